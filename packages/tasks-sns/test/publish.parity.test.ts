import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import type { Construct } from 'constructs';
import { MessageAttributeDataType, SnsPublish, type SnsPublishProps } from '../src';
import {
  IMPORTED_KEY_ARN,
  type TopicKind,
  isEncrypted,
  isFifo,
  makeTopic,
} from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = Partial<SnsPublishProps> & { [key: string]: unknown };

interface Case {
  readonly name: string;
  readonly topic?: TopicKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Props;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const T = MessageAttributeDataType;
const text = () => ({ message: sfn.TaskInput.fromText('hello') });
const fifoIds = (kind: TopicKind): Props => (isFifo(kind) ? { messageGroupId: 'group-1', messageDeduplicationId: 'dedup-1' } : {});

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'publish it',
  stateName: 'Publish the message',
  resultSelector: { id: sfn.JsonPath.stringAt('$.MessageId') },
  assign: { last: sfn.JsonPath.stringAt('$.MessageId') },
});
const commonJsonata = () => commonJsonataProps({
  comment: 'publish it',
  outputs: '{% $states.result.MessageId %}',
  assign: { last: '{% $states.result.MessageId %}' },
});

const cases: Case[] = [];
cases.push(
  { name: 'inside a JSONPath Map', props: text, wrap: inMap },
  { name: 'inside a JSONPath Parallel', props: text, wrap: inParallel },
  { name: 'inside a Map, JSONata task', factory: 'jsonata', props: text,
    wrap: inMap },
);

// Every topic kind with every factory.
const kinds: TopicKind[] = ['owned', 'imported', 'encrypted', 'importedEncrypted', 'fifo', 'fifoContentDedup', 'importedFifo', 'encryptedFifo'];
for (const topic of kinds) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${topic} topic, ${factory}, minimal`, topic, factory, props: () => ({ ...text(), ...fifoIds(topic) }) });
  }
}

// Messages.
const messages: Array<[string, Factory, () => Props]> = [
  ['static text', 'new', text],
  ['JSON path', 'new', () => ({ message: sfn.TaskInput.fromJsonPathAt('$.message') })],
  ['nested JSON path', 'new', () => ({ message: sfn.TaskInput.fromJsonPathAt('$.state.message') })],
  ['object with paths', 'new', () => ({ message: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2'), n: 1 }) })],
  ['JsonPath.format', 'new', () => ({ message: sfn.TaskInput.fromText(sfn.JsonPath.format('Hello {}', sfn.JsonPath.stringAt('$.name'))) })],
  ['context path', 'new', () => ({ message: sfn.TaskInput.fromText(sfn.JsonPath.stringAt('$$.Execution.Id')) })],
  ['JSONata text', 'jsonata', () => ({ message: sfn.TaskInput.fromText('{% $states.input.message %}') })],
  ['JSONata object', 'jsonata', () => ({ message: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}', b: 2 }) })],
  ['static text, JSONata', 'jsonata', text],
];
for (const [name, factory, props] of messages) cases.push({ name: `message: ${name}`, factory, props });

// Message attributes of every data type and value kind.
const attributes: Array<[string, Factory, (scope: Construct) => Props['messageAttributes']]> = [
  ['static string', 'new', () => ({ a: { value: 'x' } })],
  ['static number', 'new', () => ({ a: { value: 4 } })],
  ['static float', 'new', () => ({ a: { value: -1.5 } })],
  ['static boolean', 'new', () => ({ a: { value: true } })],
  ['static array', 'new', () => ({ a: { value: ['@kslater', '@jjf', null, '@mfanning'] } })],
  ['static mixed array', 'new', () => ({ a: { value: ['a', 1, true, false, null] } })],
  ['empty array typed String.Array', 'new', () => ({ a: { value: [], dataType: T.STRING_ARRAY } })],
  ['static string typed String', 'new', () => ({ a: { value: 'x', dataType: T.STRING } })],
  ['static number typed Number', 'new', () => ({ a: { value: 7, dataType: T.NUMBER } })],
  ['static boolean typed String', 'new', () => ({ a: { value: false, dataType: T.STRING } })],
  ['static string typed Binary', 'new', () => ({ a: { value: 'aGVsbG8=', dataType: T.BINARY } })],
  ['JSON path string', 'new', () => ({ a: { value: sfn.JsonPath.stringAt('$.place') } })],
  ['JSON path typed Binary', 'new', () => ({ a: { value: sfn.JsonPath.stringAt('$.pic'), dataType: T.BINARY } })],
  ['JSON path typed Number', 'new', () => ({ a: { value: sfn.JsonPath.numberAt('$.n'), dataType: T.NUMBER } })],
  ['JSON path string typed Number', 'new', () => ({ a: { value: sfn.JsonPath.stringAt('$.n'), dataType: T.NUMBER } })],
  ['JSON path typed String.Array', 'new', () => ({ a: { value: sfn.JsonPath.stringAt('$.list'), dataType: T.STRING_ARRAY } })],
  ['JSON path list', 'new', () => ({ a: { value: sfn.JsonPath.listAt('$.list') } })],
  ['context path', 'new', () => ({ a: { value: sfn.JsonPath.stringAt('$$.Execution.Name') } })],
  ['TaskInput text', 'new', () => ({ a: { value: sfn.TaskInput.fromText('x') } })],
  ['TaskInput JSON path', 'new', () => ({ a: { value: sfn.TaskInput.fromJsonPathAt('$.a') } })],
  ['TaskInput typed Number', 'new', () => ({ a: { value: sfn.TaskInput.fromJsonPathAt('$.n'), dataType: T.NUMBER } })],
  ['TaskInput typed Binary', 'new', () => ({ a: { value: sfn.TaskInput.fromJsonPathAt('$.bin'), dataType: T.BINARY } })],
  ['TaskInput typed String.Array', 'new', () => ({ a: { value: sfn.TaskInput.fromText('["a","b"]'), dataType: T.STRING_ARRAY } })],
  ['CloudFormation token', 'new', (scope) => ({ a: { value: new sns.Topic(scope, 'Other').topicArn } })],
  ['array with a CloudFormation token', 'new', (scope) => ({ a: { value: ['x', new sns.Topic(scope, 'Other').topicName] } })],
  ['JSONata string', 'jsonata', () => ({ a: { value: '{% $states.input.place %}' } })],
  ['JSONata string typed String', 'jsonata', () => ({ a: { value: '{% $states.input.place %}', dataType: T.STRING } })],
  ['JSONata typed Binary', 'jsonata', () => ({ a: { value: '{% $states.input.pic %}', dataType: T.BINARY } })],
  ['static values, JSONata', 'jsonata', () => ({ s: { value: 'x' }, n: { value: 1 }, b: { value: true }, l: { value: ['a', 'b'] } })],
  ['several attributes', 'new', () => ({
    place: { value: sfn.JsonPath.stringAt('$.place') },
    pic: { dataType: T.BINARY, value: sfn.JsonPath.stringAt('$.pic') },
    people: { value: 4 },
    handles: { value: ['@kslater', '@jjf', null, '@mfanning'] },
  })],
  ['no attributes (empty map)', 'new', () => ({})],
  ['names with _ - .', 'new', () => ({ 'my_attr-1.x': { value: 'x' } })],
];
for (const [name, factory, messageAttributes] of attributes) {
  cases.push({ name: `attributes: ${name}`, factory, props: (scope) => ({ ...text(), messageAttributes: messageAttributes(scope) }) });
}

cases.push(
  // Subject and message structure.
  { name: 'subject', props: () => ({ ...text(), subject: 'Hello there' }) },
  { name: 'subject from a JSON path', props: () => ({ ...text(), subject: sfn.JsonPath.stringAt('$.subject') }) },
  { name: 'subject, JSONata', factory: 'jsonata', props: () => ({ ...text(), subject: '{% $states.input.subject %}' }) },
  { name: 'messagePerSubscriptionType', props: () => ({
    message: sfn.TaskInput.fromObject({ default: 'hi', sqs: sfn.JsonPath.stringAt('$.sqs'), email: 'Hello' }),
    messagePerSubscriptionType: true,
  }) },
  { name: 'messagePerSubscriptionType false', props: () => ({ ...text(), messagePerSubscriptionType: false }) },
  { name: 'messagePerSubscriptionType, JSONata', factory: 'jsonata', props: () => ({
    message: sfn.TaskInput.fromObject({ default: '{% $states.input.text %}' }),
    messagePerSubscriptionType: true,
  }) },
  // FIFO ids.
  { name: 'FIFO ids from JSON paths', topic: 'fifo', props: () => ({
    ...text(), messageGroupId: sfn.JsonPath.stringAt('$.group'), messageDeduplicationId: sfn.JsonPath.stringAt('$.dedup'),
  }) },
  { name: 'FIFO ids, JSONata', topic: 'fifo', factory: 'jsonata', props: () => ({
    ...text(), messageGroupId: '{% $states.input.group %}', messageDeduplicationId: '{% $states.context.Execution.Name %}',
  }) },
  { name: 'FIFO content-based dedup with group only', topic: 'fifoContentDedup', props: () => ({ ...text(), messageGroupId: 'g' }) },
  { name: 'FIFO content-based dedup with both ids', topic: 'fifoContentDedup', props: () => ({ ...text(), messageGroupId: 'g', messageDeduplicationId: 'd' }) },
  { name: 'FIFO ids of 128 punctuation characters', topic: 'fifo', props: () => ({
    ...text(), messageGroupId: 'a'.repeat(100) + '!"#$%&\'()*+,-./:;<=>?@[]^_', messageDeduplicationId: 'b'.repeat(128),
  }) },
  { name: 'standard topic with a message group id (fair queues)', props: () => ({ ...text(), messageGroupId: 'tenant-1' }) },
  { name: 'standard topic with a deduplication id', props: () => ({ ...text(), messageDeduplicationId: 'd' }) },
  // Integration patterns.
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ ...text(), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'callback with JSONPath token', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    message: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, input: sfn.JsonPath.entirePayload }),
  }) },
  { name: 'callback with JSONPath token as text', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    message: sfn.TaskInput.fromText(sfn.JsonPath.taskToken),
  }) },
  { name: 'callback with JSONata token', factory: 'jsonata', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    message: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
  }) },
  { name: 'callback on an encrypted FIFO topic', topic: 'encryptedFifo', props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    message: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    messageGroupId: 'g', messageDeduplicationId: sfn.JsonPath.stringAt('$$.Execution.Name'),
  }) },
  // Common state props.
  { name: 'every common JSONPath prop', topic: 'owned', props: (scope) => ({ ...text(), ...commonJsonPath(scope) }) },
  { name: 'every common JSONPath prop, jsonPath()', factory: 'jsonPath', props: (scope) => ({ ...text(), ...commonJsonPath(scope) }) },
  { name: 'every common JSONata prop', topic: 'owned', factory: 'jsonata', props: () => ({ ...text(), ...commonJsonata() }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ ...text(), taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ ...text(), timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ ...text(), resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata', props: text },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({
    message: sfn.TaskInput.fromText('{% $states.input.m %}'),
  }) },
  { name: 'JSONata query language on the constructor', props: () => ({ ...text(), queryLanguage: sfn.QueryLanguage.JSONATA }) },
  // The reference README examples.
  { name: 'README: Publish1', topic: 'owned', props: () => ({
    integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    message: sfn.TaskInput.fromJsonPathAt('$.state.message'),
    messageAttributes: {
      place: { value: sfn.JsonPath.stringAt('$.place') },
      pic: { dataType: T.BINARY, value: sfn.JsonPath.stringAt('$.pic') },
      people: { value: 4 },
      handles: { value: ['@kslater', '@jjf', null, '@mfanning'] },
    },
  }) },
  { name: 'README: Publish2', topic: 'owned', props: () => ({
    message: sfn.TaskInput.fromObject({ field1: 'somedata', field2: sfn.JsonPath.stringAt('$.field2') }),
  }) },
  { name: 'README: Publish message', topic: 'owned', props: () => ({
    message: sfn.TaskInput.fromJsonPathAt('$.message'), resultPath: '$.sns',
  }) },
  // Everything at once.
  { name: 'everything at once, JSONPath', topic: 'encryptedFifo', props: (scope) => ({
    ...commonJsonPath(scope),
    message: sfn.TaskInput.fromObject({ default: sfn.JsonPath.stringAt('$.text') }),
    messagePerSubscriptionType: true,
    subject: 'Subject',
    messageGroupId: 'g',
    messageDeduplicationId: sfn.JsonPath.stringAt('$$.Execution.Name'),
    messageAttributes: { a: { value: 1 }, b: { value: sfn.JsonPath.stringAt('$.b'), dataType: T.STRING } },
  }) },
  { name: 'everything at once, JSONata', topic: 'encryptedFifo', factory: 'jsonata', props: () => ({
    ...commonJsonata(),
    message: sfn.TaskInput.fromText('{% $string({"default": $states.input.text}) %}'),
    messagePerSubscriptionType: true,
    subject: '{% $states.input.subject %}',
    messageGroupId: '{% $states.input.group %}',
    messageDeduplicationId: 'd',
    messageAttributes: { a: { value: 1 }, b: { value: '{% $states.input.b %}' } },
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { topic: makeTopic(scope, c.topic ?? 'imported'), ...c.props?.(scope) } as SnsPublishProps;
    const Impl = implementation === 'ours' ? SnsPublish : reference.SnsPublish;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Publish', props as reference.SnsPublishJsonPathProps);
      case 'jsonata': return Impl.jsonata(scope, 'Publish', props as reference.SnsPublishJsonataProps);
      default: return new Impl(scope, 'Publish', props as reference.SnsPublishProps);
    }
  };
}

/**
 * Where we differ on purpose (README, "Differences from aws-cdk-lib"; aws/aws-cdk#32303): publishing to a topic
 * encrypted with a customer managed key needs kms:Decrypt and kms:GenerateDataKey* on it, which the reference
 * does not grant. We add the statement right after sns:Publish.
 */
function withKmsGrant(snapshot: ParitySnapshot, kind: TopicKind): ParitySnapshot {
  if (!isEncrypted(kind)) return snapshot;
  const key = kind === 'importedEncrypted' ? IMPORTED_KEY_ARN : { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] };
  const kmsStatement = { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: key };
  const statements = (snapshot.statements as Array<{ Action: unknown }>).flatMap((s) =>
    s.Action === 'sns:Publish' ? [s, kmsStatement] : [s]);
  return { ...snapshot, statements };
}

describe('SnsPublish parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(ours.statements).toEqual(withKmsGrant(ref, c.topic ?? 'imported').statements);
  });

  it('covers more than 90 cases', () => {
    expect(cases.length).toBeGreaterThan(90);
  });
});
