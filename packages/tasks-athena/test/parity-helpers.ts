import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { type ParitySnapshot, renderBoth } from '@cdk-stepfunctions/tools/parity';
import type { Placement } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { expect } from 'vitest';
import * as ours from '../src';

/** The exports a parity case uses, from our package or from aws-cdk-lib (the same names and shapes). */
export type Lib = typeof ours;
export const LIBS: Record<'ours' | 'reference', Lib> = { ours, reference: reference as unknown as Lib };

export type Factory = 'new' | 'jsonPath' | 'jsonata';
export type AnyProps = { [key: string]: unknown };
export type TaskName = 'AthenaStartQueryExecution' | 'AthenaGetQueryExecution' | 'AthenaGetQueryResults' | 'AthenaStopQueryExecution';

/** One parity case of an Athena task. */
export interface Case {
  readonly name: string;
  readonly factory?: Factory;
  /** The task's props, built with the implementation's enums. */
  readonly props: (scope: Construct, lib: Lib) => AnyProps;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  readonly wrap?: Placement;
  /** A deliberate difference: assertions on both snapshots instead of equality. */
  readonly differs?: (ours: ParitySnapshot, reference: ParitySnapshot) => void;
}

/** Renders a case with both implementations and compares them (or runs the case's own assertions). */
export function checkParity(task: TaskName, c: Case): void {
  const snapshots = renderBoth((scope, implementation) => {
    const lib = LIBS[implementation];
    const Task = lib[task] as unknown as {
      new (s: Construct, id: string, p: AnyProps): sfn.State;
      jsonPath(s: Construct, id: string, p: AnyProps): sfn.State;
      jsonata(s: Construct, id: string, p: AnyProps): sfn.State;
    };
    const props = c.props(scope, lib);
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Task.jsonPath(scope, 'Task', props);
      case 'jsonata': return Task.jsonata(scope, 'Task', props);
      default: return new Task(scope, 'Task', props);
    }
  }, { stateMachine: c.stateMachine, wrap: c.wrap });
  if (c.differs) {
    c.differs(snapshots.ours, snapshots.reference);
    return;
  }
  expect(snapshots.ours.state).toEqual(snapshots.reference.state);
  expect(snapshots.ours.template).toEqual(snapshots.reference.template);
  expect(snapshots.ours.statements).toEqual(snapshots.reference.statements);
}

/** The `Parameters` (or `Arguments`) of a snapshot's state. */
export function inputOf(snapshot: ParitySnapshot): AnyProps {
  const state = snapshot.state as { Parameters?: AnyProps; Arguments?: AnyProps };
  return (state.Parameters ?? state.Arguments) as AnyProps;
}

/** The statements of a snapshot without those granting `action`. */
export function withoutAction(snapshot: ParitySnapshot, action: string): unknown[] {
  return (snapshot.statements as AnyProps[]).filter((s) => !(Array.isArray(s.Action) ? s.Action : [s.Action]).includes(action));
}
