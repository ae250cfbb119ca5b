import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { SqsSendMessage, type SqsSendMessageProps } from '../src';
import { type QueueKind, makeQueue } from './fixtures';

function propsFor(stack: Stack, props: Partial<SqsSendMessageProps>, kind: QueueKind): SqsSendMessageProps {
  return { queue: makeQueue(stack, kind), messageBody: sfn.TaskInput.fromText('hi'), ...props };
}

/** Builds and renders ours in a fresh stack (validation may happen at either step). */
function ours(props: Partial<SqsSendMessageProps>, kind: QueueKind = 'imported'): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new SqsSendMessage(stack, 'Send', propsFor(stack, props, kind)).toStateJson());
}

/** Builds and renders the reference in a fresh stack. */
function theReference(props: Partial<SqsSendMessageProps>, kind: QueueKind = 'imported'): unknown {
  const stack = new Stack(new App(), 'Stack');
  const task = new reference.SqsSendMessage(stack, 'Send', propsFor(stack, props, kind) as reference.SqsSendMessageProps);
  return stack.resolve(task.toStateJson());
}

describe('SqsSendMessage validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, Partial<SqsSendMessageProps>, RegExp]> = [
      ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
        /`integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/],
      ['WAIT_FOR_TASK_TOKEN without the token', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
        /`messageBody` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
      ['WAIT_FOR_TASK_TOKEN with an object body lacking the token', {
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        messageBody: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }),
      }, /`messageBody` must contain the task token/],
      ['a delay that is not a whole number of seconds', { delay: Duration.millis(1500) },
        /`delay` must be a whole number of seconds from 0 to 900 \(15 minutes\), got 1.5 seconds/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, props, message) => {
      expect(() => theReference(props)).toThrow();
      expect(() => ours(props)).toThrow(message);
    });
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      ours({ delay: Duration.seconds(901) });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^SqsSendMessage at 'Stack\/Send': /);
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, Partial<SqsSendMessageProps>, QueueKind, RegExp]> = [
      ['a delay over 900 seconds', { delay: Duration.seconds(901) }, 'imported',
        /`delay` must be a whole number of seconds from 0 to 900 \(15 minutes\), got 901 seconds/],
      ['a delay of 16 minutes', { delay: Duration.minutes(16) }, 'imported', /`delay` must be .* got 960 seconds/],
      ['a delay on a FIFO queue', { delay: Duration.seconds(5), messageGroupId: 'g' }, 'fifo',
        /`delay` must be undefined for a FIFO queue, which takes no per-message delay \(set deliveryDelay on the queue instead\), got 5 seconds/],
      ['a zero delay on an imported FIFO queue', { delay: Duration.seconds(0), messageGroupId: 'g' }, 'importedFifo',
        /`delay` must be undefined for a FIFO queue/],
      ['a FIFO queue without messageGroupId', { messageDeduplicationId: 'd' }, 'fifo',
        /`messageGroupId` must be set for a FIFO queue, got undefined/],
      ['an imported FIFO queue without messageGroupId', {}, 'importedFifo', /`messageGroupId` must be set for a FIFO queue/],
      ['an empty messageGroupId', { messageGroupId: '' }, 'fifo', /`messageGroupId` must be from 1 to 128 characters long, got 0/],
      ['a messageGroupId over 128 characters', { messageGroupId: 'g'.repeat(129) }, 'imported',
        /`messageGroupId` must be from 1 to 128 characters long, got 129/],
      ['a messageDeduplicationId over 128 characters', { messageGroupId: 'g', messageDeduplicationId: 'd'.repeat(129) }, 'fifo',
        /`messageDeduplicationId` must be from 1 to 128 characters long, got 129/],
      ['a messageGroupId with a space', { messageGroupId: 'a b' }, 'imported',
        /`messageGroupId` must be a-z, A-Z, 0-9 and punctuation \(printable ASCII without spaces\), got 'a b'/],
      ['a non-ASCII messageDeduplicationId', { messageDeduplicationId: 'ü' }, 'imported',
        /`messageDeduplicationId` must be a-z, A-Z, 0-9 and punctuation/],
      ['an empty message body', { messageBody: sfn.TaskInput.fromText('') }, 'imported',
        /`messageBody` must be at least one character long, got ''/],
    ];

    it.each(cases)('fails on %s', (_name, props, kind, message) => {
      expect(() => ours(props, kind)).toThrow(message);
    });
  });

  it('accepts the delay bounds', () => {
    expect(() => ours({ delay: Duration.seconds(0) })).not.toThrow();
    expect(() => ours({ delay: Duration.seconds(900) })).not.toThrow();
    expect(() => ours({ delay: Duration.minutes(15) })).not.toThrow();
  });

  it('accepts dynamic ids without checking them', () => {
    expect(() => ours({
      messageGroupId: sfn.JsonPath.stringAt('$.group'),
      messageDeduplicationId: sfn.JsonPath.stringAt('$.dedup'),
    }, 'fifo')).not.toThrow();
    expect(() => ours({
      queryLanguage: sfn.QueryLanguage.JSONATA,
      messageGroupId: `{% ${'$states.input.group & '.repeat(10)}"" %}`,
      messageDeduplicationId: '{% $states.context.Execution.Name %}',
    }, 'fifo')).not.toThrow();
  });

  it('accepts the longest ids and every punctuation character', () => {
    expect(() => ours({
      messageGroupId: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' + 'g'.repeat(96),
      messageDeduplicationId: 'd'.repeat(128),
    }, 'fifo')).not.toThrow();
  });

  it('accepts a FIFO queue with only a message group id (content-based deduplication cannot be checked on IQueue)', () => {
    expect(() => ours({ messageGroupId: 'g' }, 'fifo')).not.toThrow();
  });
});
