import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { MessageAttributeDataType, SnsPublish, type SnsPublishProps } from '../src';
import { type TopicKind, makeTopic } from './fixtures';

const T = MessageAttributeDataType;

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function propsFor(props: Partial<SnsPublishProps>, kind: TopicKind): SnsPublishProps {
  return { topic: makeTopic(stack, kind), message: sfn.TaskInput.fromText('hi'), ...props };
}

/** Builds and renders ours (validation may happen at either step). */
function ours(props: Partial<SnsPublishProps>, kind: TopicKind = 'imported'): unknown {
  stack = new Stack(new App(), 'Stack');
  return stack.resolve(new SnsPublish(stack, 'Publish', propsFor(props, kind)).toStateJson());
}

/** Builds and renders the reference, in a stack of its own. */
function theReference(props: Partial<SnsPublishProps>, kind: TopicKind = 'imported'): unknown {
  const saved = stack;
  stack = new Stack(new App(), 'Reference');
  try {
    return stack.resolve(new reference.SnsPublish(stack, 'Publish', propsFor(props, kind) as reference.SnsPublishProps).toStateJson());
  } finally {
    stack = saved;
  }
}

describe('SnsPublish validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, Partial<SnsPublishProps>, TopicKind, RegExp]> = [
      ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB }, 'imported',
        /`integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/],
      ['WAIT_FOR_TASK_TOKEN without the token', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, 'imported',
        /`message` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
      ['a FIFO topic without messageGroupId', { messageDeduplicationId: 'd' }, 'fifo',
        /`messageGroupId` must be set for a FIFO topic, got undefined/],
      ['an imported FIFO topic without messageGroupId', { messageDeduplicationId: 'd' }, 'importedFifo',
        /`messageGroupId` must be set for a FIFO topic/],
      ['an empty messageGroupId on a FIFO topic', { messageGroupId: '', messageDeduplicationId: 'd' }, 'fifo',
        /`messageGroupId` must be from 1 to 128 characters long, got 0 characters/],
      ['a messageGroupId over 128 characters on a FIFO topic', { messageGroupId: 'g'.repeat(129), messageDeduplicationId: 'd' }, 'fifo',
        /`messageGroupId` must be from 1 to 128 characters long, got 129 characters/],
      ['a FIFO topic without content-based deduplication nor messageDeduplicationId', { messageGroupId: 'g' }, 'fifo',
        /`messageDeduplicationId` must be set for a FIFO topic without content-based deduplication/],
      ['a messageDeduplicationId over 128 characters on a FIFO topic', { messageGroupId: 'g', messageDeduplicationId: 'd'.repeat(129) }, 'fifo',
        /`messageDeduplicationId` must be from 1 to 128 characters long, got 129 characters/],
      ['a string attribute typed Number', { messageAttributes: { a: { value: 'x', dataType: T.NUMBER } } }, 'imported',
        /`messageAttributes.a.dataType` Number does not fit a string value \('x'\): a string must be String/],
      ['a string attribute typed String.Array', { messageAttributes: { a: { value: '["x"]', dataType: T.STRING_ARRAY } } }, 'imported',
        /`messageAttributes.a.dataType` String.Array does not fit a string value .* a String.Array value must be an array/],
      ['a number attribute typed String', { messageAttributes: { a: { value: 1, dataType: T.STRING } } }, 'imported',
        /`messageAttributes.a.dataType` String does not fit a number value \(1\): a number must be Number/],
      ['a boolean attribute typed Number', { messageAttributes: { a: { value: true, dataType: T.NUMBER } } }, 'imported',
        /`messageAttributes.a.dataType` Number does not fit a boolean value/],
      ['an array attribute typed String', { messageAttributes: { a: { value: ['x'], dataType: T.STRING } } }, 'imported',
        /`messageAttributes.a.dataType` must be String.Array \(or unset\) for an array value, got String/],
      ['an array attribute typed Number', { messageAttributes: { a: { value: [1], dataType: T.NUMBER } } }, 'imported',
        /`messageAttributes.a.dataType` must be String.Array \(or unset\) for an array value, got Number/],
      ['an array with an object typed String.Array', { messageAttributes: { a: { value: [{ x: 1 }], dataType: T.STRING_ARRAY } } }, 'imported',
        /`messageAttributes.a.value\[0\]` must be a string, finite number, boolean or null, got \{"x":1\}/],
      ['an object attribute typed String', { messageAttributes: { a: { value: { x: 1 }, dataType: T.STRING } } }, 'imported',
        /`messageAttributes.a.value` must be a string, number, boolean, array, TaskInput, JSON path or JSONata expression, got \{"x":1\}/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, props, kind, message) => {
      expect(() => theReference(props, kind)).toThrow();
      expect(() => ours(props, kind)).toThrow(message);
    });
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      ours({ messageGroupId: 'g' }, 'fifo');
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^SnsPublish at 'Stack\/Publish': /);
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, Partial<SnsPublishProps>, TopicKind, RegExp]> = [
      ['a messageGroupId with a space', { messageGroupId: 'a b', messageDeduplicationId: 'd' }, 'fifo',
        /`messageGroupId` must be a-z, A-Z, 0-9 and punctuation \(printable ASCII without spaces\), got 'a b'/],
      ['a non-ASCII messageDeduplicationId', { messageGroupId: 'g', messageDeduplicationId: 'é' }, 'fifo',
        /`messageDeduplicationId` must be a-z, A-Z, 0-9 and punctuation/],
      ['a messageGroupId over 128 characters on a standard topic', { messageGroupId: 'g'.repeat(129) }, 'imported',
        /`messageGroupId` must be from 1 to 128 characters long/],
      ['an empty messageDeduplicationId on a content-deduplicating FIFO topic', { messageGroupId: 'g', messageDeduplicationId: '' }, 'fifoContentDedup',
        /`messageDeduplicationId` must be from 1 to 128 characters long, got 0/],
      ['a subject of 100 characters', { subject: 's'.repeat(100) }, 'imported',
        /`subject` must be from 1 to 99 characters long, got 100 characters/],
      ['an empty subject', { subject: '' }, 'imported', /`subject` must be from 1 to 99 characters long, got 0/],
      ['a subject with a line break', { subject: 'a\nb' }, 'imported',
        /`subject` must be text without line breaks or control characters/],
      ['an attribute name starting with AWS.', { messageAttributes: { 'AWS.x': { value: 'x' } } }, 'imported',
        /`messageAttributes` names must be 1 to 256 of A-Z, a-z, 0-9, _, -, \..*got 'AWS.x'/],
      ['an attribute name starting with amazon.', { messageAttributes: { 'amazon.x': { value: 'x' } } }, 'imported', /got 'amazon.x'/],
      ['an attribute name starting with a period', { messageAttributes: { '.x': { value: 'x' } } }, 'imported', /got '.x'/],
      ['an attribute name ending with a period', { messageAttributes: { 'x.': { value: 'x' } } }, 'imported', /got 'x.'/],
      ['an attribute name with two periods in a row', { messageAttributes: { 'a..b': { value: 'x' } } }, 'imported', /got 'a..b'/],
      ['an attribute name with a space', { messageAttributes: { 'a b': { value: 'x' } } }, 'imported', /got 'a b'/],
      ['an attribute name over 256 characters', { messageAttributes: { ['n'.repeat(257)]: { value: 'x' } } }, 'imported', /names must be 1 to 256/],
      ['an array with an object (untyped)', { messageAttributes: { a: { value: ['x', { y: 1 }] } } }, 'imported',
        /`messageAttributes.a.value\[1\]` must be a string, finite number, boolean or null, got \{"y":1\}/],
      ['an array with a nested array', { messageAttributes: { a: { value: [['x']] } } }, 'imported',
        /`messageAttributes.a.value\[0\]` must be a string, finite number, boolean or null/],
      ['an array with a JSON path', { messageAttributes: { a: { value: [sfn.JsonPath.stringAt('$.x')] } } }, 'imported',
        /`messageAttributes.a.value\[0\]` must be a static value: a JSON path or JSONata expression cannot sit inside/],
      ['an array with a JSON path number', { messageAttributes: { a: { value: [sfn.JsonPath.numberAt('$.x')] } } }, 'imported',
        /`messageAttributes.a.value\[0\]` must be a static value/],
      ['an array with a JSONata expression', { messageAttributes: { a: { value: ['{% $x %}'] } } }, 'imported',
        /`messageAttributes.a.value\[0\]` must be a static value/],
      ['an array with NaN', { messageAttributes: { a: { value: [Number.NaN] } } }, 'imported',
        /`messageAttributes.a.value\[0\]` must be a string, finite number, boolean or null, got null/],
      ['an array typed Binary', { messageAttributes: { a: { value: ['x'], dataType: T.BINARY } } }, 'imported',
        /`messageAttributes.a.dataType` must be String.Array \(or unset\) for an array value, got Binary/],
      ['an object value (untyped)', { messageAttributes: { a: { value: { x: 1 } } } }, 'imported',
        /`messageAttributes.a.value` must be a string, number, boolean, array, TaskInput, JSON path or JSONata expression/],
      ['a null value', { messageAttributes: { a: { value: null } } }, 'imported', /`messageAttributes.a.value` must be .*, got null/],
      ['an undefined value', { messageAttributes: { a: { value: undefined } } }, 'imported', /`messageAttributes.a.value` must be .*, got undefined/],
      ['an infinite number', { messageAttributes: { a: { value: Number.POSITIVE_INFINITY } } }, 'imported',
        /`messageAttributes.a.value` must be a finite number, got Infinity/],
    ];

    it.each(cases)('fails on %s', (_name, props, kind, message) => {
      expect(() => ours(props, kind)).toThrow(message);
    });
  });

  it('accepts dynamic ids, subjects and attribute values without checking them', () => {
    expect(() => ours({
      messageGroupId: sfn.JsonPath.stringAt('$.group'),
      messageDeduplicationId: sfn.JsonPath.stringAt('$.dedup'),
      subject: sfn.JsonPath.stringAt('$.subject'),
      messageAttributes: {
        a: { value: sfn.JsonPath.stringAt('$.a'), dataType: T.NUMBER },
        b: { value: sfn.JsonPath.stringAt('$.b'), dataType: T.STRING_ARRAY },
      },
    }, 'fifo')).not.toThrow();
    expect(() => ours({
      queryLanguage: sfn.QueryLanguage.JSONATA,
      messageGroupId: `{% ${'$states.input.group & '.repeat(10)}"" %}`,
      messageDeduplicationId: '{% $states.context.Execution.Name %}',
      subject: '{% $states.input.subject %}',
    }, 'fifo')).not.toThrow();
  });

  it('accepts the longest ids and subject and every punctuation character', () => {
    expect(() => ours({
      messageGroupId: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' + 'g'.repeat(96),
      messageDeduplicationId: 'd'.repeat(128),
      subject: 's'.repeat(99),
    }, 'fifo')).not.toThrow();
  });

  it('accepts a FIFO topic with content-based deduplication and no deduplication id', () => {
    expect(() => ours({ messageGroupId: 'g' }, 'fifoContentDedup')).not.toThrow();
  });

  describe('when message attributes are checked', () => {
    const badAttributes: Array<[string, SnsPublishProps['messageAttributes'], RegExp]> = [
      ['a number typed String', { price: { value: 3, dataType: T.STRING } }, /`messageAttributes.price.dataType` String does not fit a number/],
      ['a boolean typed Number', { flag: { value: false, dataType: T.NUMBER } }, /`messageAttributes.flag.dataType` Number does not fit a boolean/],
      ['text typed String.Array', { tags: { value: 'a,b', dataType: T.STRING_ARRAY } }, /`messageAttributes.tags.dataType` String.Array does not fit/],
      ['an array holding an object', { tags: { value: ['a', { b: 1 }] } }, /`messageAttributes.tags.value\[1\]` must be a string/],
      ['a reserved name', { 'AWS.trace': { value: 'x' } }, /`messageAttributes` names must be .*got 'AWS.trace'/],
    ];

    it.each(badAttributes)('builds the task with %s and fails once the state is rendered', (_name, messageAttributes, message) => {
      const task = new SnsPublish(stack, 'Publish', propsFor({ messageAttributes }, 'imported'));
      expect(() => stack.resolve(task.toStateJson())).toThrow(message);
    });

    it('fails when a state machine renders the task, naming the task', () => {
      const task = new SnsPublish(stack, 'Publish', propsFor({ messageAttributes: { n: { value: 'x', dataType: T.NUMBER } } }, 'imported'));
      expect(() => new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(task) }))
        .toThrow(/SnsPublish at 'Stack\/Publish': `messageAttributes.n.dataType`/);
    });
  });
});
