import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';

/** How a parity case builds the task: the constructor or a factory. */
export type Factory = 'new' | 'jsonPath' | 'jsonata';

/** A parity case of a task whose props are `P`. */
export interface ParityCase<P> {
  readonly name: string;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<P>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

/** A task class with the reference's static factories. */
interface TaskClass {
  new (scope: Construct, id: string, props: any): sfn.State;
  jsonPath(scope: Construct, id: string, props: any): sfn.State;
  jsonata(scope: Construct, id: string, props: any): sfn.State;
}

/**
 * Runs `cases` through both implementations and expects the same state, template and statements.
 *
 * @param base the required props, built under the case's stack
 */
export function describeParity<P>(title: string, ours: TaskClass, reference: TaskClass, base: (scope: Construct) => P, cases: ParityCase<P>[]): void {
  describe(`${title} parity with aws-cdk-lib`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const build = (scope: Construct, implementation: 'ours' | 'reference'): sfn.State => {
        const props = { ...base(scope), ...c.props?.(scope) };
        const Impl = implementation === 'ours' ? ours : reference;
        switch (c.factory ?? 'new') {
          case 'jsonPath': return Impl.jsonPath(scope, 'Task', props);
          case 'jsonata': return Impl.jsonata(scope, 'Task', props);
          default: return new Impl(scope, 'Task', props);
        }
      };
      const { ours: mine, reference: ref } = renderBoth(build, { stateMachine: c.stateMachine, wrap: c.wrap });
      expect(mine.state).toEqual(ref.state);
      expect(mine.template).toEqual(ref.template);
      expect(normalize(mine.statements)).toEqual(normalize(ref.statements));
    });
  });
}

/** Cases every task has: factories, common props of both query languages, JSONata state machines, Map and Parallel. */
export function commonCases<P extends sfn.TaskStateBaseProps>(patterns: sfn.IntegrationPattern[]): ParityCase<P>[] {
  const cases: ParityCase<P>[] = [];
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${factory}, default pattern`, factory });
    for (const integrationPattern of patterns) {
      cases.push({ name: `${factory}, ${integrationPattern}`, factory, props: () => ({ integrationPattern }) as Partial<P> });
    }
  }
  const jsonPath = (scope: Construct) => commonJsonPathProps(scope, {
    comment: 'an EMR task',
    stateName: 'EMR task',
    resultSelector: { result: sfn.JsonPath.stringAt('$') },
    assign: { last: sfn.JsonPath.stringAt('$') },
  }) as Partial<P>;
  const jsonata = () => commonJsonataProps({ comment: 'an EMR task', outputs: '{% $states.result %}', assign: { last: '{% $states.result %}' } }) as Partial<P>;
  cases.push(
    { name: 'every common JSONPath prop', props: jsonPath },
    { name: 'every common JSONPath prop, jsonPath', factory: 'jsonPath', props: jsonPath },
    { name: 'every common JSONata prop', factory: 'jsonata', props: jsonata },
    ...patterns.map((integrationPattern): ParityCase<P> => ({
      name: `every common JSONata prop, ${integrationPattern}`, factory: 'jsonata', props: () => ({ ...jsonata(), integrationPattern }) as Partial<P>,
    })),
    { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) as Partial<P> },
    { name: 'queryLanguage JSONata prop', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }) as Partial<P> },
    { name: 'queryLanguage JSONPath prop', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) as Partial<P> },
    { name: 'JSONata state machine, jsonata', factory: 'jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
    { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
    { name: 'inside a JSONPath Map', wrap: inMap },
    { name: 'inside a JSONPath Parallel', wrap: inParallel },
  );
  return cases;
}
