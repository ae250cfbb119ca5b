import { App, Aspects, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { StateMachineValidator, validateDefinition, type ValidateDefinitionOptions, type ValidationProblem } from '../src';

/** A one-state-machine definition from its states; the first state is `StartAt`. */
export function machine(states: Record<string, unknown>, top: Record<string, unknown> = {}): Record<string, unknown> {
  return { StartAt: Object.keys(states)[0], States: states, ...top };
}

/** The problems of one rule. */
export function problemsOf(rule: string, definition: object | string, options?: ValidateDefinitionOptions): ValidationProblem[] {
  return validateDefinition(definition, options).filter((p) => p.rule === rule);
}

/** An error annotation: the path of the construct it is on, and its message. */
export interface Reported {
  readonly path: string;
  readonly message: string;
}

/** Options of `synthValidated`. */
export interface SynthValidatedOptions {
  readonly queryLanguage?: sfn.QueryLanguage;
  readonly stateMachineType?: sfn.StateMachineType;
}

/**
 * Builds a state machine from `build`'s chain in a new app with the validator aspect, synthesizes it and returns
 * the error annotations of the stack (construct path and message).
 */
export function synthValidated(build: (stack: Stack) => sfn.IChainable, options: SynthValidatedOptions = {}): Reported[] {
  const app = new App();
  const stack = new Stack(app, 'Stack');
  new sfn.StateMachine(stack, 'SM', {
    definitionBody: sfn.DefinitionBody.fromChainable(build(stack)),
    queryLanguage: options.queryLanguage,
    stateMachineType: options.stateMachineType,
  });
  Aspects.of(app).add(new StateMachineValidator());
  app.synth();
  return Annotations.fromStack(stack)
    .findError('*', Match.anyValue())
    .map((e) => ({ path: e.id, message: String(e.entry.data) }));
}
