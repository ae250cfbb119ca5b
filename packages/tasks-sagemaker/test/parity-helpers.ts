import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { renderBoth, type Implementation, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { normalize, type Placement } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { expect } from 'vitest';
import { kitOf, type Kit } from './fixtures';

/** How a parity case builds its task. */
export type Factory = 'new' | 'jsonPath' | 'jsonata';

/** One parity case: props built with the implementation's kit, a factory, a placement and the state machine. */
export interface ParityCase<P> {
  readonly name: string;
  readonly factory?: Factory;
  readonly props: (scope: Construct, kit: Kit) => P;
  /** Called with the task after it is built (e.g. `addSecurityGroup`). */
  readonly after?: (task: any, scope: Construct) => void;
  readonly stateMachine?: { readonly queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: Placement;
}

/** A statement as the snapshots hold it. */
export type Statement = Record<string, unknown>;

/** Applies `fn` to every string in `value`, deeply. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? fn(v) : v)) as T;
}

/** The actions of a statement, as a list. */
export function actionsOf(statement: Statement): string[] {
  const action = statement.Action;
  return Array.isArray(action) ? (action as string[]) : [action as string];
}

/** A snapshot whose normalized statements went through `fn` (a statement returned as undefined is dropped). */
export function mapStatements(snapshot: ParitySnapshot, fn: (s: Statement) => Statement | undefined): ParitySnapshot {
  const statements = (normalize(snapshot.statements) as Statement[]).map(fn).filter((s): s is Statement => s !== undefined);
  return { ...snapshot, statements };
}

/** A statement with `actions` (one action renders as a string, as aws-iam does). */
export function withActions(statement: Statement, actions: string[]): Statement {
  return { ...statement, Action: actions.length === 1 ? actions[0] : actions };
}

/** Builds the task of `c` with `implementation`, by class name (ours and the reference have the same names). */
function builder<P>(className: string, c: ParityCase<P>, seen: { props?: P }) {
  return (scope: Construct, implementation: Implementation): sfn.TaskStateBase => {
    const kit = kitOf(implementation);
    const props = c.props(scope, kit);
    seen.props = props;
    const Task = (kit as unknown as Record<string, any>)[className];
    let task: sfn.TaskStateBase;
    switch (c.factory ?? 'new') {
      case 'jsonPath': task = Task.jsonPath(scope, 'Task', props); break;
      case 'jsonata': task = Task.jsonata(scope, 'Task', props); break;
      default: task = new Task(scope, 'Task', props);
    }
    c.after?.(task, scope);
    return task;
  };
}

/** Renders `c` with both implementations; returns our snapshot, the reference's (normalized) and the props. */
export function renderCase<P>(className: string, c: ParityCase<P>): { ours: ParitySnapshot; reference: ParitySnapshot; props: P } {
  const seen: { props?: P } = {};
  const { ours, reference } = renderBoth(builder(className, c, seen), { stateMachine: c.stateMachine, wrap: c.wrap });
  return { ours, reference: { ...reference, statements: normalize(reference.statements) }, props: seen.props as P };
}

/** Asserts that our snapshot equals `want` (the reference's, with our deliberate differences applied). */
export function expectSnapshot(ours: ParitySnapshot, want: ParitySnapshot): void {
  expect(ours.state).toEqual(want.state);
  expect(ours.template).toEqual(want.template);
  expect(normalize(ours.statements)).toEqual(normalize(want.statements));
}

/** The query language a case renders in (its factory, `queryLanguage` prop or state machine). */
export function isJsonata(c: ParityCase<unknown>, props: { queryLanguage?: sfn.QueryLanguage }): boolean {
  const language = c.factory === 'jsonata' ? 'JSONata' : props.queryLanguage ?? c.stateMachine?.queryLanguage;
  return language === 'JSONata';
}

/** The ARN a SageMaker resource named by the import `exportName` gets in the stack of the parity tests. */
export function importedNameArn(resourceType: string, exportName: string, suffix = ''): unknown {
  return {
    'Fn::Join': ['', [
      'arn:', { Ref: 'AWS::Partition' }, `:sagemaker:us-east-1:123456789012:${resourceType}/`, { 'Fn::ImportValue': exportName },
      ...(suffix ? [suffix] : []),
    ]],
  };
}

/**
 * A snapshot whose statement resources with the lowercased text of a CDK token (`…/${token[token.N]}`, what
 * aws-cdk-lib renders for a token name) are replaced, in order, by `arns`.
 */
export function replaceBrokenTokenArns(snapshot: ParitySnapshot, arns: unknown[]): ParitySnapshot {
  const queue = [...arns];
  const fix = (resource: unknown): unknown => (JSON.stringify(resource).includes('${token[token.') ? queue.shift() : resource);
  return mapStatements(snapshot, (statement) => ({
    ...statement,
    Resource: Array.isArray(statement.Resource) ? statement.Resource.map(fix) : fix(statement.Resource),
  }));
}
