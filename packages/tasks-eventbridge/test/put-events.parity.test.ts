import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EventBridgePutEvents, type EventBridgePutEventsEntry, type EventBridgePutEventsProps } from '../src';
import { type BusKind, makeBus } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  /** The entries, built in the case's scope. */
  readonly entries?: (scope: Construct) => EventBridgePutEventsEntry[];
  readonly props?: (scope: Construct) => Partial<EventBridgePutEventsProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const details = {
  object: () => sfn.TaskInput.fromObject({ Message: 'Hello', id: sfn.JsonPath.stringAt('$.id'), nested: { a: [1, 2] } }),
  jsonPath: () => sfn.TaskInput.fromJsonPathAt('$.EventDetail'),
  text: () => sfn.TaskInput.fromText('{"instance-id": "i-1234567890abcdef0", "state": "terminated"}'),
  formattedText: () => sfn.TaskInput.fromText(sfn.JsonPath.format('{"id": "{}"}', sfn.JsonPath.stringAt('$.id'))),
  jsonToString: () => sfn.TaskInput.fromText(sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.detail'))),
  context: () => sfn.TaskInput.fromObject({ exec: sfn.JsonPath.executionId, token: sfn.JsonPath.taskToken }),
  cdkTokens: () => sfn.TaskInput.fromObject({ region: Fn.ref('AWS::Region'), imported: Fn.importValue('X') }),
  jsonataObject: () => sfn.TaskInput.fromObject({ id: '{% $states.input.id %}', fixed: 1 }),
  jsonataText: () => sfn.TaskInput.fromText('{% $states.input.detail %}'),
};

const entry = (scope: Construct, bus: BusKind = 'default', detail = details.object(), id = 'Bus'): EventBridgePutEventsEntry => ({
  detail,
  detailType: 'MessageFromStepFunctions',
  source: 'step.functions',
  eventBus: makeBus(scope, bus, id),
});

const commonJsonPath = (scope: Construct): Partial<EventBridgePutEventsProps> => commonJsonPathProps(scope, {
  comment: 'send it',
  stateName: 'Send the event',
  resultSelector: { failed: sfn.JsonPath.numberAt('$.FailedEntryCount'), entries: sfn.JsonPath.listAt('$.Entries') },
  assign: { failed: sfn.JsonPath.numberAt('$.FailedEntryCount') },
});

const commonJsonata = (): Partial<EventBridgePutEventsProps> => commonJsonataProps({
  comment: 'send it',
  outputs: '{% $states.result.Entries %}',
  assign: { failed: '{% $states.result.FailedEntryCount %}' },
});

const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;
const cases: Case[] = [];
const buses: BusKind[] = ['default', 'owned', 'cfn', 'imported', 'byName', 'otherAccount'];
for (const bus of buses) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${bus} bus, ${factory}`, factory, entries: (s) => [entry(s, bus, factory === 'jsonata' ? details.jsonataObject() : details.object())] });
  }
}
for (const [name, detail] of Object.entries(details)) {
  const jsonata = name.startsWith('jsonata');
  cases.push({ name: `detail ${name}`, factory: jsonata ? 'jsonata' : 'new', entries: (s) => [entry(s, 'default', detail())] });
  cases.push({ name: `detail ${name}, owned bus, jsonPath`, factory: jsonata ? 'jsonata' : 'jsonPath', entries: (s) => [entry(s, 'owned', detail())] });
}
cases.push(
  { name: 'ten entries on the default bus (one resource)', entries: (s) => Array.from({ length: 10 }, () => entry(s)) },
  { name: 'entries on every kind of bus', entries: (s) => buses.map((bus, i) => entry(s, bus, details.object(), `Bus${i}`)) },
  { name: 'two entries on one owned bus', entries: (s) => {
    const bus = makeBus(s, 'owned');
    return [{ ...entry(s), eventBus: bus }, { ...entry(s), eventBus: bus, detailType: 'Other' }];
  } },
  { name: 'entries on every kind of bus, JSONata', factory: 'jsonata', entries: (s) => buses.map((bus, i) => entry(s, bus, details.jsonataObject(), `Bus${i}`)) },
  { name: 'dynamic detailType and source', entries: (s) => [{
    ...entry(s), detailType: sfn.JsonPath.stringAt('$.type'), source: sfn.JsonPath.stringAt('$.source'),
  }] },
  { name: 'JSONata detailType and source', factory: 'jsonata', entries: (s) => [{
    ...entry(s, 'default', details.jsonataObject()), detailType: '{% $states.input.type %}', source: '{% $states.input.source %}',
  }] },
  { name: 'CDK token detailType and source', entries: (s) => [{ ...entry(s), detailType: Fn.importValue('T'), source: Fn.importValue('S') }] },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'callback with the token in the detail', props: () => ({ integrationPattern: CALLBACK }), entries: (s) => [entry(s, 'owned', details.context())] },
  { name: 'callback with the token in the second entry', props: () => ({ integrationPattern: CALLBACK }),
    entries: (s) => [entry(s), entry(s, 'imported', sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }))] },
  { name: 'callback with JSONata token', factory: 'jsonata', props: () => ({ integrationPattern: CALLBACK }),
    entries: (s) => [entry(s, 'default', sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }))] },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata, entries: (s) => [entry(s, 'owned', details.jsonataObject())] },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata',
    entries: (s) => [entry(s, 'owned', details.jsonataObject())] },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, entries: (s) => [entry(s, 'owned', details.jsonataObject())] },
  { name: 'constructor with queryLanguage JSONata', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }),
    entries: (s) => [entry(s, 'imported', details.jsonataText())] },
  { name: 'constructor with queryLanguage JSONPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'jsonata factory, callback, entries on two buses', factory: 'jsonata', props: () => ({ integrationPattern: CALLBACK }),
    entries: (s) => [entry(s, 'owned', details.jsonataObject()), entry(s, 'byName', sfn.TaskInput.fromText('{% {"token": $states.context.Task.Token} %}'), 'Bus2')] },
  { name: 'inside a JSONPath Map', wrap: inMap },
  { name: 'inside a JSONPath Parallel', entries: (s) => [entry(s, 'owned')], wrap: inParallel },
  { name: 'README: an owned bus', entries: (s) => [entry(s, 'owned', sfn.TaskInput.fromObject({ Message: 'Hello from Step Functions!' }))] },
  { name: 'everything at once', props: commonJsonPath, entries: (s) => [entry(s, 'owned'), entry(s, 'imported', details.text(), 'Bus2')] },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { entries: c.entries?.(scope) ?? [entry(scope)], ...c.props?.(scope) } as EventBridgePutEventsProps;
    const Impl = implementation === 'ours' ? EventBridgePutEvents : reference.EventBridgePutEvents;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Put', props);
      case 'jsonata': return Impl.jsonata(scope, 'Put', props);
      default: return new Impl(scope, 'Put', props as reference.EventBridgePutEventsProps);
    }
  };
}

describe('EventBridgePutEvents parity with aws-cdk-lib', () => {
  it('rejects a JSONPath detail in a JSONata task, where the reference renders an invalid definition', () => {
    const jsonataWithJsonPathDetail: Case = { name: 'JSONPath detail in a JSONata task', factory: 'jsonata' };
    expect(() => renderBoth(build(jsonataWithJsonPathDetail))).toThrow(/`the task input \(Arguments\)` must not contain JSONPath references/);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });
});
