import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import type { Construct } from 'constructs';
import { SqsSendMessage, type SqsSendMessageProps } from '../src';
import { type QueueKind, isFifo, makeQueue } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = Partial<SqsSendMessageProps> & { [key: string]: unknown };

interface Case {
  readonly name: string;
  readonly queue?: QueueKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Props;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const body = () => ({ messageBody: sfn.TaskInput.fromText('hello') });
const fifoIds = (kind: QueueKind): Props => (isFifo(kind) ? { messageGroupId: 'group-1', messageDeduplicationId: 'dedup-1' } : {});

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'send it',
  stateName: 'Send the message',
  resultSelector: { id: sfn.JsonPath.stringAt('$.MessageId'), md5: sfn.JsonPath.stringAt('$.MD5OfMessageBody') },
  assign: { last: sfn.JsonPath.stringAt('$.MessageId') },
});
const commonJsonata = () => commonJsonataProps({
  comment: 'send it',
  outputs: '{% $states.result.MessageId %}',
  assign: { last: '{% $states.result.MessageId %}' },
});

const cases: Case[] = [];
cases.push(
  { name: 'inside a JSONPath Map', props: body, wrap: inMap },
  { name: 'inside a JSONPath Parallel', props: body, wrap: inParallel },
  { name: 'inside a Map, JSONata task', factory: 'jsonata', props: body,
    wrap: inMap },
);

// Every queue kind with every factory.
const kinds: QueueKind[] = ['owned', 'imported', 'encrypted', 'encryptedOwnKey', 'kmsManaged', 'sqsManaged', 'importedEncrypted',
  'fifo', 'fifoContentDedup', 'importedFifo', 'encryptedFifo'];
for (const queue of kinds) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${queue} queue, ${factory}, minimal`, queue, factory, props: () => ({ ...body(), ...fifoIds(queue) }) });
  }
}

// Message bodies.
const bodies: Array<[string, Factory, () => Props]> = [
  ['static text', 'new', body],
  ['JSON path', 'new', () => ({ messageBody: sfn.TaskInput.fromJsonPathAt('$.message') })],
  ['entire payload', 'new', () => ({ messageBody: sfn.TaskInput.fromJsonPathAt('$') })],
  ['object with paths', 'new', () => ({ messageBody: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2'), n: [1, 2] }) })],
  ['JsonPath.format', 'new', () => ({ messageBody: sfn.TaskInput.fromText(sfn.JsonPath.format('Hello {}', sfn.JsonPath.stringAt('$.name'))) })],
  ['JsonPath.jsonToString', 'new', () => ({ messageBody: sfn.TaskInput.fromText(sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.o'))) })],
  ['context object', 'new', () => ({ messageBody: sfn.TaskInput.fromObject({ execution: sfn.JsonPath.stringAt('$$.Execution.Id') }) })],
  ['JSONata text', 'jsonata', () => ({ messageBody: sfn.TaskInput.fromText('{% $states.input.message %}') })],
  ['JSONata object', 'jsonata', () => ({ messageBody: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}', b: 2 }) })],
  ['static text, JSONata', 'jsonata', body],
  ['static object, JSONata', 'jsonata', () => ({ messageBody: sfn.TaskInput.fromObject({ a: 1 }) })],
];
for (const [name, factory, props] of bodies) cases.push({ name: `messageBody: ${name}`, factory, props });

// Delay.
for (const [name, delay] of [['0 seconds', Duration.seconds(0)], ['1 second', Duration.seconds(1)], ['15 minutes', Duration.minutes(15)],
  ['900 seconds', Duration.seconds(900)], ['2 minutes', Duration.minutes(2)], ['whole seconds in millis', Duration.millis(3000)]] as const) {
  cases.push({ name: `delay ${name}`, props: () => ({ ...body(), delay }) });
}
cases.push({ name: 'delay, JSONata', factory: 'jsonata', props: () => ({ ...body(), delay: Duration.seconds(30) }) });

cases.push(
  // Ids.
  { name: 'FIFO ids from JSON paths', queue: 'fifo', props: () => ({
    ...body(), messageGroupId: sfn.JsonPath.stringAt('$.group'), messageDeduplicationId: sfn.JsonPath.stringAt('$$.Execution.Name'),
  }) },
  { name: 'FIFO ids, JSONata', queue: 'fifo', factory: 'jsonata', props: () => ({
    ...body(), messageGroupId: '{% $states.input.group %}', messageDeduplicationId: '{% $states.context.Execution.Name %}',
  }) },
  { name: 'FIFO group id only', queue: 'fifo', props: () => ({ ...body(), messageGroupId: 'g' }) },
  { name: 'FIFO content-based dedup, group id only', queue: 'fifoContentDedup', props: () => ({ ...body(), messageGroupId: 'g' }) },
  { name: 'imported FIFO, group id only', queue: 'importedFifo', props: () => ({ ...body(), messageGroupId: 'g' }) },
  { name: 'FIFO ids of 128 punctuation characters', queue: 'fifo', props: () => ({
    ...body(), messageGroupId: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' + 'g'.repeat(96), messageDeduplicationId: 'd'.repeat(128),
  }) },
  { name: 'standard queue with a message group id (fair queues)', props: () => ({ ...body(), messageGroupId: 'tenant-1' }) },
  { name: 'standard queue with a deduplication id', props: () => ({ ...body(), messageDeduplicationId: 'd' }) },
  { name: 'standard queue with every option', queue: 'owned', props: () => ({
    ...body(), delay: Duration.seconds(10), messageGroupId: 'g', messageDeduplicationId: 'd',
  }) },
  // Integration patterns.
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ ...body(), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'callback with JSONPath token', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, input: sfn.JsonPath.entirePayload }),
  }) },
  { name: 'callback with JSONPath token as text', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    messageBody: sfn.TaskInput.fromText(sfn.JsonPath.taskToken),
  }) },
  { name: 'callback with JSONata token', factory: 'jsonata', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    messageBody: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
  }) },
  { name: 'callback on an encrypted FIFO queue', queue: 'encryptedFifo', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    messageGroupId: 'g',
  }) },
  // Common state props.
  { name: 'every common JSONPath prop', queue: 'owned', props: (scope) => ({ ...body(), ...commonJsonPath(scope) }) },
  { name: 'every common JSONPath prop, jsonPath()', factory: 'jsonPath', props: (scope) => ({ ...body(), ...commonJsonPath(scope) }) },
  { name: 'every common JSONata prop', queue: 'owned', factory: 'jsonata', props: () => ({ ...body(), ...commonJsonata() }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ ...body(), taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ ...body(), timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ ...body(), resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata', props: body },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({
    messageBody: sfn.TaskInput.fromText('{% $states.input.m %}'),
  }) },
  { name: 'JSONata query language on the constructor', props: () => ({ ...body(), queryLanguage: sfn.QueryLanguage.JSONATA }) },
  // The reference README examples.
  { name: 'README: Send1', queue: 'owned', props: () => ({ messageBody: sfn.TaskInput.fromJsonPathAt('$.message') }) },
  { name: 'README: Send2', queue: 'owned', props: () => ({
    messageBody: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2') }),
  }) },
  // Everything at once.
  { name: 'everything at once, JSONPath', queue: 'encryptedOwnKey', props: (scope) => ({
    ...commonJsonPath(scope),
    messageBody: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }),
    delay: Duration.minutes(1),
    messageGroupId: sfn.JsonPath.stringAt('$.tenant'),
    messageDeduplicationId: sfn.JsonPath.stringAt('$$.Execution.Name'),
  }) },
  { name: 'everything at once, JSONata', queue: 'encryptedFifo', factory: 'jsonata', props: () => ({
    ...commonJsonata(),
    messageBody: sfn.TaskInput.fromText('{% $string($states.input) %}'),
    messageGroupId: '{% $states.input.group %}',
    messageDeduplicationId: 'd',
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { queue: makeQueue(scope, c.queue ?? 'imported'), ...c.props?.(scope) } as SqsSendMessageProps;
    const Impl = implementation === 'ours' ? SqsSendMessage : reference.SqsSendMessage;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Send', props as reference.SqsSendMessageJsonPathProps);
      case 'jsonata': return Impl.jsonata(scope, 'Send', props as reference.SqsSendMessageJsonataProps);
      default: return new Impl(scope, 'Send', props as reference.SqsSendMessageProps);
    }
  };
}

describe('SqsSendMessage parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(ours.statements).toEqual(ref.statements);
  });

  it('covers more than 75 cases', () => {
    expect(cases.length).toBeGreaterThan(75);
  });
});
