import { App, Aspects, Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import { StateMachineValidator, definitionFromCloudFormation, validateDefinition } from '@cdk-stepfunctions/validation';

/** Figures of one validation benchmark, in milliseconds (medians). */
export interface ValidationFigures {
  readonly states: number;
  /** The first `validateDefinition` call of the process: compiles asl-validator's schemas. */
  readonly firstCallMs: number;
  /** `validateDefinition` on the parsed definition, schemas compiled. */
  readonly validateMs: number;
  /** `app.synth()` of the state machine without, and with, the `StateMachineValidator` aspect. */
  readonly synthMs: number;
  readonly synthWithAspectMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** An app whose state machine chains `n` LambdaInvoke tasks (each with paths and an intrinsic function). */
function buildApp(n: number, withAspect: boolean): { app: App; stack: Stack } {
  const app = new App();
  const stack = new Stack(app, 'Bench');
  const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');
  let chain: sfn.Chain | undefined;
  for (let i = 0; i < n; i++) {
    const task = new LambdaInvoke(stack, `Task${i}`, {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject({ step: i, id: sfn.JsonPath.stringAt('$.id'), label: sfn.JsonPath.format('step {}', sfn.JsonPath.stringAt('$.id')) }),
      resultPath: `$.r${i}`,
    });
    chain = chain ? chain.next(task) : sfn.Chain.start(task);
  }
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(chain!) });
  if (withAspect) Aspects.of(app).add(new StateMachineValidator());
  return { app, stack };
}

/** The definition of the state machine of `buildApp`, with placeholders for its tokens. */
function definitionOf(stack: Stack): object | string {
  const cfn = stack.node.findChild('SM').node.defaultChild as sfn.CfnStateMachine;
  return definitionFromCloudFormation(stack.resolve(cfn.definitionString));
}

/**
 * Measures `validateDefinition` on an `n`-state definition against the synth time of its state machine, with and
 * without the aspect. Run it before anything else validates a definition, so the first call compiles the schemas.
 */
export function measureValidation(n: number, runs: number): ValidationFigures {
  const { stack } = buildApp(n, false);
  const definition = definitionOf(stack);
  let start = process.hrtime.bigint();
  const problems = validateDefinition(definition);
  const firstCallMs = ms(start);
  if (problems.length > 0) throw new Error(`the benchmark's definition is invalid: ${JSON.stringify(problems.slice(0, 3))}`);

  const validate: number[] = [];
  const synth: number[] = [];
  const synthWithAspect: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = process.hrtime.bigint();
    validateDefinition(definition);
    validate.push(ms(start));
    for (const withAspect of i % 2 ? [true, false] : [false, true]) {
      start = process.hrtime.bigint();
      buildApp(n, withAspect).app.synth();
      (withAspect ? synthWithAspect : synth).push(ms(start));
    }
  }
  return { states: n, firstCallMs, validateMs: median(validate), synthMs: median(synth), synthWithAspectMs: median(synthWithAspect) };
}

/** One line of figures. */
export function formatValidation(f: ValidationFigures): string {
  return `validation N=${f.states}: validateDefinition ${f.validateMs.toFixed(0)} ms (first call, compiling the schemas: ` +
    `${f.firstCallMs.toFixed(0)} ms); synth ${f.synthMs.toFixed(0)} ms, with the StateMachineValidator aspect ` +
    `${f.synthWithAspectMs.toFixed(0)} ms (+${(((f.synthWithAspectMs - f.synthMs) / f.synthMs) * 100).toFixed(1)}%)`;
}
