import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { templateStatements } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import {
  DynamoAttributeValue,
  DynamoConsumedCapacity,
  DynamoDeleteItem,
  DynamoGetItem,
  DynamoProjectionExpression,
  DynamoPutItem,
  DynamoReturnValues,
  DynamoUpdateItem,
} from '../src';

describe('README examples', () => {
  it('synthesize', () => {
    const stack = new Stack(new App(), 'Stack');
    const table: dynamodb.ITable = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });

    const getMessage = DynamoGetItem.jsonPath(stack, 'GetMessage', {
      table,
      key: { MessageId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.messageId')) },
      projectionExpression: [
        new DynamoProjectionExpression().withAttribute('Messages').atIndex(0).withAttribute('Text'),
        new DynamoProjectionExpression().withAttribute('#s'),
      ],
      expressionAttributeNames: { '#s': 'Status' },
      consistentRead: true,
      returnConsumedCapacity: DynamoConsumedCapacity.TOTAL,
    });

    const saveOrder = DynamoPutItem.jsonPath(stack, 'SaveOrder', {
      table,
      item: {
        OrderId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.orderId')),
        Quantity: DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$.quantity')),
        Price: DynamoAttributeValue.numberFromString('19.99'),
        Tags: DynamoAttributeValue.fromStringSet(['new', sfn.JsonPath.stringAt('$.channel')]),
        Address: DynamoAttributeValue.mapFromJsonPath('$.address'),
        Lines: DynamoAttributeValue.listFromJsonPath('$.lines'),
        Gift: DynamoAttributeValue.booleanFromJsonPath('$.gift'),
        Note: DynamoAttributeValue.fromNull(true),
      },
      conditionExpression: 'attribute_not_exists(OrderId)',
      returnValues: DynamoReturnValues.ALL_OLD,
    });

    const saveOrderJsonata = DynamoPutItem.jsonata(stack, 'SaveOrderJsonata', {
      table,
      item: {
        OrderId: DynamoAttributeValue.fromString('{% $states.input.orderId %}'),
        Quantity: DynamoAttributeValue.numberFromString('{% $string($states.input.quantity) %}'),
        Address: DynamoAttributeValue.mapFromJsonata('{% $states.input.address %}'),
        Gift: DynamoAttributeValue.booleanFromJsonata('{% $states.input.gift %}'),
      },
    });

    const countVisit = new DynamoUpdateItem(stack, 'CountVisit', {
      table,
      key: { PageId: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.pageId')) },
      updateExpression: 'ADD #v :one SET #l = :now',
      expressionAttributeNames: { '#v': 'Visits', '#l': 'LastVisit' },
      expressionAttributeValues: {
        ':one': DynamoAttributeValue.fromNumber(1),
        ':now': DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$$.State.EnteredTime')),
      },
      returnValues: DynamoReturnValues.UPDATED_NEW,
    });

    const sharedTable = dynamodb.Table.fromTableArn(stack, 'SharedTable',
      'arn:aws:dynamodb:us-east-1:210987654321:table/sessions');

    const endSession = DynamoDeleteItem.jsonata(stack, 'EndSession', {
      table: sharedTable,
      key: {
        UserId: DynamoAttributeValue.fromString('{% $states.input.userId %}'),
        StartedAt: DynamoAttributeValue.numberFromString('{% $string($states.input.startedAt) %}'),
      },
      conditionExpression: 'attribute_exists(UserId)',
    });

    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(
        getMessage.next(saveOrder).next(saveOrderJsonata).next(countVisit).next(endSession),
      ),
    });
    const template = Template.fromStack(stack);
    expect(templateStatements(template)).toContainEqual({
      Action: 'dynamodb:DeleteItem', Effect: 'Allow', Resource: 'arn:aws:dynamodb:us-east-1:210987654321:table/sessions',
    });
  });
});
