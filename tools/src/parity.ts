import { App, Stack, type StackProps } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { formatProblems, templateProblems, withoutDefinitionCheck, type TemplateProblem } from './definitions';

/** Which implementation a parity case builds. */
export type Implementation = 'ours' | 'reference';

/** What a case builds: the state under test (usually a task), in a stack of its own. */
export type BuildState = (scope: Construct, implementation: Implementation) => sfn.State;

export interface ParityOptions {
  /** Props of the StateMachine the state is put in. */
  readonly stateMachine?: Omit<sfn.StateMachineProps, 'definitionBody' | 'definition'>;
  /** Wraps the state before it goes into the state machine (e.g. in a Map); default: the state alone. */
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
  readonly stackProps?: StackProps;
}

/** What a case rendered, for one implementation. */
export interface ParitySnapshot {
  /** `stack.resolve(state.toStateJson())`. */
  readonly state: unknown;
  /** The statements of the state machine role's policies. */
  readonly statements: unknown[];
  /** The whole template, with the role policies' statements moved out to `statements`. */
  readonly template: Record<string, unknown>;
  /**
   * What `validateDefinition` finds wrong with the state machine's definition: always empty for ours (`renderBoth`
   * throws otherwise); for the reference, its defects for this input, which the case can assert.
   */
  readonly problems: TemplateProblem[];
}

/**
 * Builds the same state with our package and with aws-cdk-lib's aws-stepfunctions-tasks, each in its own
 * app and identically named stack, and returns what both rendered.
 *
 * Both definitions go through `validateDefinition`: ours must be valid (it throws, listing the problems,
 * otherwise); the reference's problems are returned, so a case records the reference's defect.
 */
export function renderBoth(build: BuildState, options: ParityOptions = {}): Record<Implementation, ParitySnapshot> {
  const ours = withoutDefinitionCheck(() => render(build, 'ours', options));
  if (ours.problems.length > 0) {
    throw new Error(`Our state machine definition is invalid (validateDefinition):\n${formatProblems(ours.problems)}`);
  }
  return { ours, reference: withoutDefinitionCheck(() => render(build, 'reference', options)) };
}

function render(build: BuildState, implementation: Implementation, options: ParityOptions): ParitySnapshot {
  const app = new App();
  const stack = new Stack(app, 'Stack', {
    env: { account: '123456789012', region: 'us-east-1' },
    ...options.stackProps,
  });
  const state = build(stack, implementation);
  const chainable = options.wrap ? options.wrap(stack, state) : state;
  new sfn.StateMachine(stack, 'StateMachine', {
    ...options.stateMachine,
    definitionBody: sfn.DefinitionBody.fromChainable(chainable),
  });
  const resolvedState = stack.resolve(state.toStateJson());
  const template = Template.fromStack(stack).toJSON() as { Resources?: Record<string, Resource> };
  return { state: resolvedState, ...splitPolicies(template), problems: templateProblems(template) };
}

interface Resource {
  Type: string;
  Properties?: { PolicyDocument?: { Statement?: unknown[] } };
}

function splitPolicies(template: { Resources?: Record<string, Resource> }): Omit<ParitySnapshot, 'state' | 'problems'> {
  const statements: unknown[] = [];
  const resources: Record<string, Resource> = {};
  for (const [id, resource] of Object.entries(template.Resources ?? {})) {
    const document = resource.Type === 'AWS::IAM::Policy' ? resource.Properties?.PolicyDocument : undefined;
    if (document?.Statement) {
      statements.push(...document.Statement);
      resources[id] = { ...resource, Properties: { ...resource.Properties, PolicyDocument: { ...document, Statement: ['<statements>'] } } };
    } else {
      resources[id] = resource;
    }
  }
  return { statements, template: { ...template, Resources: resources } };
}

/** Every policy statement with `action`, for assertions on one permission. */
export function statementsFor(snapshot: ParitySnapshot, action: string): Array<Record<string, unknown>> {
  return (snapshot.statements as Array<Record<string, unknown>>).filter((s) => {
    const actions = s.Action;
    return actions === action || (Array.isArray(actions) && actions.includes(action));
  });
}
