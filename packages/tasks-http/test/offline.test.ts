import { SecretValue } from 'aws-cdk-lib/core';
import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as events from 'aws-cdk-lib/aws-events';
import { HttpInvoke } from '../src';

describe('HttpInvoke offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const connection = new events.Connection(stack, 'Connection', {
      authorization: events.Authorization.apiKey('x-api-key', SecretValue.unsafePlainText('key')),
    });
    const getOrder = HttpInvoke.jsonPath(stack, 'Get order', {
      connection,
      apiRoot: 'https://api.example.com',
      apiEndpoint: sfn.TaskInput.fromText(sfn.JsonPath.format('orders/{}', sfn.JsonPath.stringAt('$.orderId'))),
      method: sfn.TaskInput.fromText('GET'),
      resultSelector: { order: sfn.JsonPath.objectAt('$.ResponseBody') },
    });

    const run = await runStateMachine(getOrder, {
      input: { orderId: 'o1' },
      mocks: [mock(getOrder).returns({ ResponseBody: { id: 'o1', total: 27 }, StatusCode: 200, StatusText: 'OK' })],
    });

    expect(run).toHaveSucceeded({ order: { id: 'o1', total: 27 } });
    expect(run).toHaveCalled(getOrder, { ApiEndpoint: 'https://api.example.com/orders/o1', Method: 'GET' });
  });
});
