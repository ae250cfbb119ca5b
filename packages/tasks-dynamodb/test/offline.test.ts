import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { DynamoAttributeValue, DynamoGetItem, DynamoPutItem } from '../src';

describe('DynamoDB tasks offline (@cdk-stepfunctions/testing)', () => {
  it('run through their typed mocks: an item found, then one written', async () => {
    const stack = new Stack(new App(), 'Stack');
    const table = new dynamodb.Table(stack, 'Table', { tableName: 'orders', partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING } });
    const getOrder = DynamoGetItem.jsonPath(stack, 'Get order', {
      table,
      key: { orderId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')) },
      resultSelector: { 'status.$': '$.Item.status.S' },
      resultPath: '$.order',
    });
    const save = DynamoPutItem.jsonPath(stack, 'Save', {
      table,
      item: { orderId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')), status: DynamoAttributeValue.fromString('SHIPPED') },
      resultPath: sfn.JsonPath.DISCARD,
    });

    const run = await runStateMachine(getOrder.next(save), {
      input: { orderId: 'o1' },
      mocks: [mock(getOrder).returns({ Item: { orderId: { S: 'o1' }, status: { S: 'PAID' } } }), mock(save).returns({})],
    });

    expect(run).toHaveSucceeded({ orderId: 'o1', order: { status: 'PAID' } });
    expect(run).toHaveCalled(getOrder, { TableName: 'orders', Key: { orderId: { S: 'o1' } } });
    expect(run).toHaveCalled(save, { Item: { status: { S: 'SHIPPED' } } });
  });
});
