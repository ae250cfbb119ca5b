import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DynamoAttributeValue as A,
  DynamoConsumedCapacity,
  DynamoItemCollectionMetrics,
  DynamoReturnValues,
  DynamoUpdateItem,
  type DynamoUpdateItemProps,
} from '../src';
import { OTHER_ACCOUNT_ARN, type TableKind, makeTable, resource, tableArnInStack } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function update(props: Partial<DynamoUpdateItemProps> = {}, kind: TableKind = 'owned'): DynamoUpdateItem {
  return new DynamoUpdateItem(stack, 'Update', { table: makeTable(stack, kind), key: { pk: A.fromString('1234') }, ...props });
}

const TABLE_REF = { Ref: 'TableCD117FA1' };

describe('DynamoUpdateItem', () => {
  it('renders the JSONPath state with its defaults', () => {
    expect(render(update())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('updateItem'),
      Parameters: { Key: { pk: { S: '1234' } }, TableName: TABLE_REF },
    });
  });

  it('renders every field', () => {
    const task = update({
      conditionExpression: 'ForumName <> :f',
      expressionAttributeNames: { '#t': 'TotalCount' },
      expressionAttributeValues: { ':val': A.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')), ':f': A.fromString('x') },
      returnConsumedCapacity: DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: DynamoItemCollectionMetrics.SIZE,
      returnValues: DynamoReturnValues.ALL_NEW,
      updateExpression: 'SET #t = #t + :val',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('updateItem'),
      Parameters: {
        Key: { pk: { S: '1234' } },
        TableName: TABLE_REF,
        ConditionExpression: 'ForumName <> :f',
        ExpressionAttributeNames: { '#t': 'TotalCount' },
        ExpressionAttributeValues: { ':val': { 'N.$': '$.Item.TotalCount.N' }, ':f': { S: 'x' } },
        ReturnConsumedCapacity: 'TOTAL',
        ReturnItemCollectionMetrics: 'SIZE',
        ReturnValues: 'ALL_NEW',
        UpdateExpression: 'SET #t = #t + :val',
      },
    });
  });

  it.each(Object.values(DynamoReturnValues))('takes return values %s', (returnValues) => {
    expect(render(update({ returnValues })).Parameters.ReturnValues).toBe(returnValues);
  });

  it('renders the JSONata state', () => {
    const task = DynamoUpdateItem.jsonata(stack, 'Update', {
      table: makeTable(stack, 'owned'),
      key: { pk: A.fromString('{% $states.input.id %}') },
      updateExpression: 'SET #c = #c + :one',
      expressionAttributeNames: { '#c': 'count' },
      expressionAttributeValues: { ':one': A.fromNumber(1) },
      returnValues: DynamoReturnValues.UPDATED_NEW,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('updateItem'),
      Arguments: {
        Key: { pk: { S: '{% $states.input.id %}' } },
        TableName: TABLE_REF,
        ExpressionAttributeNames: { '#c': 'count' },
        ExpressionAttributeValues: { ':one': { N: '1' } },
        ReturnValues: 'UPDATED_NEW',
        UpdateExpression: 'SET #c = #c + :one',
      },
    });
  });

  it('adds a number read from the state input as text (aws/aws-cdk#12456)', () => {
    const task = update({ updateExpression: 'ADD total :n', expressionAttributeValues: { ':n': A.fromNumber(sfn.JsonPath.numberAt('$.n')) } });
    expect(render(task).Parameters.ExpressionAttributeValues).toEqual({ ':n': { 'N.$': 'States.JsonToString($.n)' } });
  });

  describe('IAM', () => {
    it('grants dynamodb:UpdateItem on the table', () => {
      expect(normalize(statements(update()))).toEqual([
        { Action: 'dynamodb:UpdateItem', Effect: 'Allow', Resource: normalize(tableArnInStack(TABLE_REF)) },
      ]);
    });

    it('addresses and grants a table in another account by its ARN', () => {
      const task = update({}, 'otherAccount');
      expect(render(task).Parameters.TableName).toBe(OTHER_ACCOUNT_ARN);
      expect(statements(task)).toEqual([{ Action: 'dynamodb:UpdateItem', Effect: 'Allow', Resource: OTHER_ACCOUNT_ARN }]);
    });
  });
});
