import { describe, expect, it } from 'vitest';
import { defaultResponse, filledFields, resourceKey, type ResponseContext } from '../src/mocks/default-responses';
import type { TaskCall } from '../src';

function context(resource: string, input: Record<string, unknown> = {}, stateName = 'S'): ResponseContext {
  const call = { stateName, resource, input, attempt: 1, context: {}, timestamp: '2025-01-01T00:00:00.000Z', kind: 'task' } as TaskCall;
  return { call, input, region: 'us-east-1', account: '123456789012', partition: 'aws', now: Date.parse(call.timestamp), id: (k = '') => `${stateName}#1/${k}` };
}

describe('default responses', () => {
  it('keys resources by their service action and pattern', () => {
    expect(resourceKey('arn:aws:states:::states:startExecution.sync:2')).toEqual({ key: 'states:startExecution.sync:2', waitsForTaskToken: false });
    expect(resourceKey('arn:aws:states:::sqs:sendMessage.waitForTaskToken')).toEqual({ key: 'sqs:sendMessage', waitsForTaskToken: true });
    expect(resourceKey('arn:aws:lambda:us-east-1:123456789012:function:f').key).toBe('lambda:function');
    expect(resourceKey('arn:aws:states:us-east-1:123456789012:activity:a').key).toBe('activity');
  });

  it('answers realistically from the call: an Event invocation, an SQS body digest, one EventBridge entry per event', () => {
    expect(defaultResponse(context('arn:aws:states:::lambda:invoke', { InvocationType: 'Event' }))).toMatchObject({ StatusCode: 202, Payload: '' });
    expect(defaultResponse(context('arn:aws:states:::sqs:sendMessage', { MessageBody: 'hello' })))
      .toMatchObject({ MD5OfMessageBody: '5d41402abc4b2a76b9719d911017c592', MessageId: expect.any(String) });
    expect(defaultResponse(context('arn:aws:states:::events:putEvents', { Entries: [{}, {}] })))
      .toEqual({ Entries: [{ EventId: expect.any(String) }, { EventId: expect.any(String) }], FailedEntryCount: 0 });
    expect(defaultResponse(context('arn:aws:states:::dynamodb:getItem', { Key: { pk: { S: 'o1' } } }))).toMatchObject({ Item: { pk: { S: 'o1' } } });
  });

  it('describes a finished child execution for .sync:2, with JSON text for .sync', () => {
    const input = { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child', Name: 'run-1', Input: { a: 1 } };
    expect(defaultResponse(context('arn:aws:states:::states:startExecution.sync:2', input))).toMatchObject({
      ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:child:run-1', Status: 'SUCCEEDED', Input: { a: 1 }, Output: {},
    });
    expect(defaultResponse(context('arn:aws:states:::states:startExecution.sync', input))).toMatchObject({ Input: '{"a":1}', Output: '{}' });
  });

  it('answers {} for a task token, any other SDK action and a function ARN, and nothing for an unknown integration', () => {
    expect(defaultResponse(context('arn:aws:states:::sns:publish.waitForTaskToken'))).toEqual({});
    expect(defaultResponse(context('arn:aws:states:::aws-sdk:s3:putObject'))).toEqual({});
    expect(defaultResponse(context('arn:aws:lambda:us-east-1:123456789012:function:f'))).toEqual({});
    expect(defaultResponse(context('arn:aws:states:::unknown:thing'))).toBeUndefined();
  });

  it('fills only the fields AWS always returns into a partial result', () => {
    expect(filledFields(context('arn:aws:states:::lambda:invoke'))).toEqual({ ExecutedVersion: '$LATEST', Payload: {}, StatusCode: 200 });
    expect(filledFields(context('arn:aws:states:::dynamodb:getItem', { Key: { pk: { S: 'x' } } }))).toEqual({});
    expect(Object.keys(filledFields(context('arn:aws:states:::sqs:sendMessage', { MessageBody: 'x' })))).toEqual(['MD5OfMessageBody', 'MessageId']);
  });
});
