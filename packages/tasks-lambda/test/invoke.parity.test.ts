import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, normalize } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { LambdaInvoke, LambdaInvocationType, type LambdaInvokeProps } from '../src';
import { type FunctionKind, makeFunction } from './fixtures';
import type { Construct } from 'constructs';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly fn?: FunctionKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<LambdaInvokeProps>;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  /** The qualifier the case sets, for the expected invoke permission. */
  readonly qualifier?: 'static' | 'dynamic';
}

const payloads = {
  object: () => ({ payload: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id'), fixed: 1, nested: { a: ['x'] } }) }),
  jsonPath: () => ({ payload: sfn.TaskInput.fromJsonPathAt('$.detail') }),
  text: () => ({ payload: sfn.TaskInput.fromText('hello') }),
  jsonataObject: () => ({ payload: sfn.TaskInput.fromObject({ id: '{% $states.input.id %}', fixed: 1 }) }),
  jsonataText: () => ({ payload: sfn.TaskInput.fromText('{% $states.input.detail %}') }),
};

const commonJsonPath = (scope: Construct): Partial<LambdaInvokeProps> => commonJsonPathProps(scope, {
  comment: 'invoke it',
  stateName: 'Invoke the function',
  resultSelector: { status: sfn.JsonPath.stringAt('$.StatusCode'), payload: sfn.JsonPath.objectAt('$.Payload') },
  assign: { last: sfn.JsonPath.stringAt('$.Payload') },
});

const commonJsonata = (): Partial<LambdaInvokeProps> => commonJsonataProps({
  comment: 'invoke it',
  outputs: '{% $states.result.Payload %}',
  assign: { last: '{% $states.result.Payload %}' },
});

const cases: Case[] = [];
for (const fn of ['owned', 'imported', 'version', 'alias'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${fn} function, ${factory}, minimal`, fn, factory });
  }
}
for (const [name, payload] of Object.entries(payloads)) {
  const jsonata = name.startsWith('jsonata');
  cases.push({ name: `payload ${name}`, factory: jsonata ? 'jsonata' : 'new', props: payload });
  if (!jsonata && name !== 'jsonPath' && name !== 'text') {
    cases.push({ name: `payload ${name}, payloadResponseOnly`, props: () => ({ ...payload(), payloadResponseOnly: true }) });
  }
  if (jsonata) {
    cases.push({ name: `payload ${name}, payloadResponseOnly`, factory: 'jsonata', props: () => ({ ...payload(), payloadResponseOnly: true }) });
  }
}
cases.push({ name: 'payloadResponseOnly without payload', props: () => ({ payloadResponseOnly: true }) });
cases.push({ name: 'payloadResponseOnly without payload, JSONata', factory: 'jsonata', props: () => ({ payloadResponseOnly: true }) });
for (const invocationType of Object.values(LambdaInvocationType)) {
  cases.push({ name: `invocationType ${invocationType}`, props: () => ({ invocationType }) });
  cases.push({ name: `invocationType ${invocationType}, JSONata`, factory: 'jsonata', props: () => ({ invocationType }) });
}
cases.push(
  { name: 'callback with JSONPath token', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
  }) },
  { name: 'callback with JSONata token', factory: 'jsonata', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    payload: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
  }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'static qualifier', qualifier: 'static', props: () => ({ qualifier: 'live' }) },
  { name: 'JSON path qualifier', qualifier: 'dynamic', props: () => ({ qualifier: sfn.JsonPath.stringAt('$.version') }) },
  { name: 'JSONata qualifier', qualifier: 'dynamic', factory: 'jsonata', props: () => ({ qualifier: '{% $states.input.version %}' }) },
  { name: 'alias with a JSON path qualifier', fn: 'alias', props: () => ({ qualifier: sfn.JsonPath.stringAt('$.version') }) },
  { name: 'version with a static qualifier', fn: 'version', props: () => ({ qualifier: 'live' }) },
  { name: 'alias with a JSONata qualifier', fn: 'alias', factory: 'jsonata', props: () => ({ qualifier: '{% $states.input.version %}' }) },
  { name: 'clientContext', props: () => ({ clientContext: 'eyJhIjoxfQ==' }) },
  { name: 'no retries', props: () => ({ retryOnServiceExceptions: false }) },
  { name: 'no retries, JSONata', factory: 'jsonata', props: () => ({ retryOnServiceExceptions: false }) },
  { name: 'every common JSONPath prop', fn: 'owned', props: commonJsonPath },
  { name: 'every common JSONata prop', fn: 'owned', factory: 'jsonata', props: commonJsonata },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: payloads.jsonataObject },
  { name: 'everything at once', fn: 'alias', props: (scope) => ({
    ...commonJsonPath(scope), ...payloads.object(), invocationType: LambdaInvocationType.REQUEST_RESPONSE,
    clientContext: 'eyJhIjoxfQ==', retryOnServiceExceptions: false,
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { lambdaFunction: makeFunction(scope, c.fn ?? 'imported'), ...c.props?.(scope) } as LambdaInvokeProps;
    const Impl = implementation === 'ours' ? LambdaInvoke : reference.LambdaInvoke;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Invoke', props);
      case 'jsonata': return Impl.jsonata(scope, 'Invoke', props);
      default: return new Impl(scope, 'Invoke', props as reference.LambdaInvokeProps);
    }
  };
}

/**
 * Where we differ on purpose (see README, "Differences from aws-cdk-lib"): the reference grants
 * `lambda:InvokeFunction` on `[arn, arn:*]` whatever the qualifier; we grant what the call reaches.
 */
function withLeastPrivilegeInvoke(snapshot: ParitySnapshot, qualifier: Case['qualifier']): ParitySnapshot {
  const statements = (snapshot.statements as Array<{ Action: unknown; Resource: unknown }>).map((s) => {
    if (s.Action !== 'lambda:InvokeFunction' || !Array.isArray(s.Resource) || s.Resource.length !== 2) return s;
    const [arn] = s.Resource;
    if (qualifier === undefined) return { ...s, Resource: arn };
    if (qualifier === 'static') return { ...s, Resource: { 'Fn::Join': ['', [arn, ':live']] } };
    return { ...s, Resource: s.Resource[1] };
  });
  return { ...snapshot, statements };
}

describe('LambdaInvoke parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(withLeastPrivilegeInvoke(ref, c.qualifier).statements));
  });
});
