import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { mock, TaskMock, type MockResult, type ServiceResultOf } from '../src';
import { InvokeTask, newStack, PublishTask } from './cdk-fixtures';

// The lines marked @ts-expect-error are compiled by the package's typecheck: each must be a type error.
describe('mock() types', () => {
  const stack = newStack();
  const invoke = new InvokeTask(stack, 'Invoke', { functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' });
  const publish = new PublishTask(stack, 'Publish', 'arn:aws:sns:us-east-1:123456789012:t');

  it('types a task\'s mock by the service result its class declares', () => {
    expectTypeOf(mock(invoke)).toEqualTypeOf<TaskMock<{ Payload: unknown; StatusCode: number; ExecutedVersion?: string; FunctionError?: string }>>();
    expectTypeOf<ServiceResultOf<PublishTask>>().toEqualTypeOf<{ MessageId: string; SequenceNumber?: string }>();
    expectTypeOf<MockResult<{ MessageId: string }>>().toEqualTypeOf<{ MessageId?: string }>();
    mock(invoke).returns({ Payload: { ok: true }, StatusCode: 200 });
    mock(invoke).returns({ Payload: 1 });
    mock(publish).returns({ MessageId: 'm-1', SequenceNumber: '1' });
    mock(invoke).answers((call) => ({ result: { Payload: call.input } }));
    expect(mock(invoke).returns({ Payload: 1 }).steps).toHaveLength(1);
  });

  it('rejects a result of the wrong shape', () => {
    // @ts-expect-error StatusCode is a number
    mock(invoke).returns({ Payload: 1, StatusCode: '200' });
    // @ts-expect-error Lambda's response has no field Status
    mock(invoke).returns({ Payload: 1, Status: 200 });
    // @ts-expect-error a result is the response object, not a bare value
    mock(invoke).returns(42);
    // @ts-expect-error MessageId is text
    mock(publish).returns({ MessageId: 1 });
    // @ts-expect-error an SNS response is not a Lambda response
    mock(publish).returns({ Payload: 1 });
    // @ts-expect-error a computed result is typed too
    mock(invoke).answers(() => ({ result: { StatusCode: 'x' } }));
    expect(true).toBe(true);
  });

  it('leaves a state named by text, and aws-cdk-lib\'s tasks, untyped', () => {
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');
    const cdkTask = new tasks.LambdaInvoke(stack, 'CDK invoke', { lambdaFunction: fn });
    expectTypeOf(mock('Invoke')).toEqualTypeOf<TaskMock<unknown>>();
    expectTypeOf(mock(cdkTask)).toEqualTypeOf<TaskMock<unknown>>();
    mock('Invoke').returns(42);
    mock(cdkTask).returns('anything');
    expect(mock(cdkTask).stateName).toBe('CDK invoke');
  });

  it('refuses what is neither a state nor a name', () => {
    // @ts-expect-error a number names no state
    expect(() => mock(42)).toThrow('mock() takes a state (a task construct) or a state name');
    expect(() => mock('X').times(2)).toThrow("mock('X').times(2): add a response first");
    expect(() => mock('X').returns(1).times(0)).toThrow('times() needs a whole number of calls of at least 1, got 0');
    expect(() => mock('X').returns(1).answers(() => ({}))).toThrow(/does not combine with returns\(\) or throws\(\)/);
  });
});
