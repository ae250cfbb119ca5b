import { App, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaInvoke } from '../src';

describe('LambdaInvoke offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock: the Invoke response, and the payload alone with payloadResponseOnly', async () => {
    const stack = new Stack(new App(), 'Stack');
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:orders');
    const price = new LambdaInvoke(stack, 'Price', { lambdaFunction: fn, resultSelector: { 'total.$': '$.Payload.total', 'status.$': '$.StatusCode' }, resultPath: '$.price' });
    const validate = LambdaInvoke.jsonPath(stack, 'Validate', { lambdaFunction: fn, payloadResponseOnly: true, resultPath: '$.validation' });

    const run = await runStateMachine(price.next(validate), {
      input: { orderId: 'o1' },
      mocks: [mock(price).returns({ Payload: { total: 27 } }), mock(validate).returns({ Payload: { valid: true } })],
    });

    expect(run).toHaveSucceeded({ orderId: 'o1', price: { total: 27, status: 200 }, validation: { valid: true } });
    expect(run).toHaveCalled(price, { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:orders', Payload: { orderId: 'o1' } });
  });
});
