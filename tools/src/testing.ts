import { App, Duration, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { definitionCheckEnabled, formatProblems, stateProblems } from './definitions';

/*
 * Helpers the service packages' vitest tests share: rendering a state, the IAM statements a state machine grants,
 * parsing a state machine's definition, the "every common prop" objects and placements in a Map or Parallel.
 */

/** The ARN of the role `makeRole` imports. */
export const CROSS_ACCOUNT_ROLE_ARN = 'arn:aws:iam::123456789012:role/cross-account';

/** A role for `credentials`: a cross-account role imported from its ARN, with the id `CredentialsRole`. */
export function makeRole(scope: Construct): iam.IRole {
  return iam.Role.fromRoleArn(scope, 'CredentialsRole', CROSS_ACCOUNT_ROLE_ARN);
}

/**
 * The state's JSON resolved in its stack, `stack.resolve(state.toStateJson())`.
 *
 * Typed `any` because tests read nested fields of it (`render(task).Parameters.X`) whose shape is the assertion.
 */
export function render(state: sfn.State): any {
  const resolved = Stack.of(state).resolve(state.toStateJson());
  if (definitionCheckEnabled()) {
    const problems = stateProblems(state, resolved);
    if (problems.length > 0) throw new Error(`The state ${state.stateId} is invalid (validateDefinition):\n${formatProblems(problems)}`);
  }
  return resolved;
}

/** The statements of every `AWS::IAM::Policy` in the stack once `chainable` is put in a StateMachine with id `id`. */
export function statements(chainable: sfn.IChainable, id = 'SM'): unknown[] {
  return templateStatements(synthInStateMachine(chainable, { id }));
}

/** The statements of every `AWS::IAM::Policy` in a template. */
export function templateStatements(template: Template): unknown[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as unknown[]);
}

/** The `DefinitionString` of the template's (first) state machine, as CloudFormation has it. */
function definitionString(template: Template): string | { 'Fn::Join': [string, unknown[]] } {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
  return machine.Properties.DefinitionString;
}

/**
 * The definition of the template's (first) state machine, parsed; each token of its `Fn::Join` becomes `placeholder`.
 *
 * Typed `any`, as `render` is: tests read nested states of it (`def.States.Map.ItemProcessor.States.Task`).
 */
export function parseDefinition(template: Template, placeholder = 'X'): any {
  const definition = definitionString(template);
  const text = typeof definition === 'string'
    ? definition
    : definition['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : placeholder)).join('');
  return JSON.parse(text);
}

/** Options of `definitionOf` and `definitionText`. */
export interface DefinitionOfOptions {
  /** The state machine's query language. @default - none (JSONPath) */
  readonly queryLanguage?: sfn.QueryLanguage;
  /** What each token of the definition string becomes (`definitionOf` only). @default 'X' */
  readonly placeholder?: string;
}

/** Options of `synthInStateMachine`. */
export interface SynthOptions {
  /** The state machine's id. @default 'SM' */
  readonly id?: string;
  /** The state machine's query language. @default - none (JSONPath) */
  readonly queryLanguage?: sfn.QueryLanguage;
}

/** Puts `chainable` in a StateMachine of its stack and returns the stack's template. */
export function synthInStateMachine(chainable: sfn.IChainable, options: SynthOptions = {}): Template {
  const stack = Stack.of(chainable.startState);
  new sfn.StateMachine(stack, options.id ?? 'SM', {
    queryLanguage: options.queryLanguage,
    definitionBody: sfn.DefinitionBody.fromChainable(chainable),
  });
  return Template.fromStack(stack);
}

/** Puts `chainable` in a StateMachine `SM` of its stack and returns that state machine's definition, parsed. */
export function definitionOf(chainable: sfn.IChainable, options: DefinitionOfOptions = {}): any {
  return parseDefinition(synthInStateMachine(chainable, { queryLanguage: options.queryLanguage }), options.placeholder);
}

/**
 * Puts `chainable` in a StateMachine `SM` of its stack and returns its `DefinitionString` as JSON text (the
 * definition's own quotes escaped, `\\"Arguments\\"`), for `toContain` checks.
 */
export function definitionText(chainable: sfn.IChainable, options: DefinitionOfOptions = {}): string {
  return JSON.stringify(definitionString(synthInStateMachine(chainable, { queryLanguage: options.queryLanguage })));
}

/** Whether building a state in a fresh stack `Stack`, putting it in a StateMachine `SM` and synthesizing throws. */
export function synthThrows(build: (scope: Construct) => sfn.IChainable): boolean {
  const stack = new Stack(new App(), 'Stack');
  try {
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(build(stack)) });
    Template.fromStack(stack);
    return false;
  } catch {
    return true;
  }
}

/**
 * Renders nested `Fn::Join`s of strings and tokens one way (flattened, adjacent strings merged), so expected and
 * actual ARNs compare structurally.
 */
export function normalize<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => {
    if (!isJoin(v)) return v;
    const parts = v['Fn::Join'][1].flatMap((p) => (isJoin(p) ? p['Fn::Join'][1] : [p]));
    const merged: unknown[] = [];
    for (const p of parts) {
      if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += p;
      else merged.push(p);
    }
    return merged.length === 1 ? merged[0] : { 'Fn::Join': ['', merged] };
  }) as T;
}

function isJoin(p: unknown): p is { 'Fn::Join': [string, unknown[]] } {
  if (p === null || typeof p !== 'object') return false;
  const join = (p as Record<string, unknown>)['Fn::Join'];
  return Array.isArray(join) && join[0] === '';
}

/** The common props of a JSONPath task that `commonJsonPathProps` sets. */
export type CommonJsonPathProps = Required<Pick<sfn.TaskStateBaseProps,
'comment' | 'stateName' | 'inputPath' | 'outputPath' | 'resultPath' | 'resultSelector' | 'taskTimeout' | 'heartbeatTimeout' | 'credentials' | 'assign'>>;

/** What differs between packages in `commonJsonPathProps`. */
export interface CommonJsonPathValues {
  readonly comment: string;
  readonly stateName: string;
  readonly resultSelector: { [key: string]: unknown };
  readonly assign: { [key: string]: unknown };
  /** @default Duration.minutes(5) */
  readonly taskTimeout?: Duration;
  /** @default Duration.seconds(60) */
  readonly heartbeatTimeout?: Duration;
}

/**
 * Every common prop of a JSONPath task: `$.in`, `$.out`, `$.result`, the package's values, and `makeRole(scope)`
 * as `credentials`.
 */
export function commonJsonPathProps(scope: Construct, values: CommonJsonPathValues): CommonJsonPathProps {
  return {
    comment: values.comment,
    stateName: values.stateName,
    inputPath: '$.in',
    outputPath: '$.out',
    resultPath: '$.result',
    resultSelector: values.resultSelector,
    taskTimeout: sfn.Timeout.duration(values.taskTimeout ?? Duration.minutes(5)),
    heartbeatTimeout: sfn.Timeout.duration(values.heartbeatTimeout ?? Duration.seconds(60)),
    credentials: { role: sfn.TaskRole.fromRole(makeRole(scope)) },
    assign: values.assign,
  };
}

/** The common props of a JSONata task that `commonJsonataProps` sets (`credentials` unless left out). */
export type CommonJsonataProps = Required<Pick<sfn.TaskStateBaseProps, 'comment' | 'outputs' | 'taskTimeout' | 'heartbeatTimeout' | 'assign'>>
& Pick<sfn.TaskStateBaseProps, 'credentials'>;

/** What differs between packages in `commonJsonataProps`. */
export interface CommonJsonataValues {
  readonly comment: string;
  readonly outputs: string;
  readonly assign: { [key: string]: unknown };
  /** Whether to set `credentials` (the cross-account role `makeRole` imports). @default true */
  readonly credentials?: boolean;
}

/**
 * The role `makeRole` imports, as a plain object: `TaskRole.fromRole()` reads only its ARN, and a JSONata state can
 * only take a static role (aws-cdk-lib's `TaskRole.fromRoleArnJsonPath()` renders a JSONPath `RoleArn.$` field).
 */
const STATIC_CROSS_ACCOUNT_ROLE = { roleArn: CROSS_ACCOUNT_ROLE_ARN } as unknown as iam.IRole;

/**
 * Every common prop of a JSONata task: the package's values, timeouts from `$states.input.timeout` and
 * `.heartbeat`, and the cross-account role of `makeRole` as `credentials`.
 */
export function commonJsonataProps(values: CommonJsonataValues): CommonJsonataProps {
  return {
    comment: values.comment,
    outputs: values.outputs,
    taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeout %}'),
    heartbeatTimeout: sfn.Timeout.jsonata('{% $states.input.heartbeat %}'),
    ...(values.credentials === false ? {} : { credentials: { role: sfn.TaskRole.fromRole(STATIC_CROSS_ACCOUNT_ROLE) } }),
    assign: values.assign,
  };
}

/** Where a test places a state: returns what goes into the state machine. */
export type Placement = (scope: Construct, state: sfn.IChainable) => sfn.IChainable;

/** The state as the item processor of a JSONPath Map `Map`. */
export const inMap: Placement = (scope, state) => new sfn.Map(scope, 'Map').itemProcessor(state);
/** The state as the item processor of a JSONata Map `Map`. */
export const inJsonataMap: Placement = (scope, state) => sfn.Map.jsonata(scope, 'Map').itemProcessor(state);
/** The state as the only branch of a JSONPath Parallel `Parallel`. */
export const inParallel: Placement = (scope, state) => new sfn.Parallel(scope, 'Parallel').branch(state);
/** The state as the only branch of a JSONata Parallel `Parallel`. */
export const inJsonataParallel: Placement = (scope, state) => sfn.Parallel.jsonata(scope, 'Parallel').branch(state);

export { withoutDefinitionCheck, templateProblems, stateProblems, type TemplateProblem } from './definitions';
