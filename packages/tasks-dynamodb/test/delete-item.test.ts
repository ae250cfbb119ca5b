import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DynamoAttributeValue as A,
  DynamoConsumedCapacity,
  DynamoDeleteItem,
  DynamoItemCollectionMetrics,
  DynamoReturnValues,
  type DynamoDeleteItemProps,
} from '../src';
import { SAME_ENV_ARN, type TableKind, makeTable, resource, tableArnInStack } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function remove(props: Partial<DynamoDeleteItemProps> = {}, kind: TableKind = 'owned'): DynamoDeleteItem {
  return new DynamoDeleteItem(stack, 'Delete', { table: makeTable(stack, kind), key: { pk: A.fromString('1234') }, ...props });
}

const TABLE_REF = { Ref: 'TableCD117FA1' };

describe('DynamoDeleteItem', () => {
  it('renders the JSONPath state with its defaults', () => {
    expect(render(remove())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('deleteItem'),
      Parameters: { Key: { pk: { S: '1234' } }, TableName: TABLE_REF },
    });
  });

  it('renders every field', () => {
    const task = remove({
      key: { pk: A.fromString('1234'), sk: A.fromBinary('YQ==') },
      conditionExpression: 'ForumName <> :f and Subject <> :s',
      expressionAttributeNames: { '#ok': 'OTHER_KEY' },
      expressionAttributeValues: { ':f': A.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')), ':s': A.fromString('s') },
      returnConsumedCapacity: DynamoConsumedCapacity.INDEXES,
      returnItemCollectionMetrics: DynamoItemCollectionMetrics.SIZE,
      returnValues: DynamoReturnValues.ALL_OLD,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('deleteItem'),
      Parameters: {
        Key: { pk: { S: '1234' }, sk: { B: 'YQ==' } },
        TableName: TABLE_REF,
        ConditionExpression: 'ForumName <> :f and Subject <> :s',
        ExpressionAttributeNames: { '#ok': 'OTHER_KEY' },
        ExpressionAttributeValues: { ':f': { 'N.$': '$.Item.TotalCount.N' }, ':s': { S: 's' } },
        ReturnConsumedCapacity: 'INDEXES',
        ReturnItemCollectionMetrics: 'SIZE',
        ReturnValues: 'ALL_OLD',
      },
    });
  });

  it('renders the JSONata state', () => {
    const task = DynamoDeleteItem.jsonata(stack, 'Delete', {
      table: makeTable(stack, 'importedName'),
      key: { pk: A.fromString('{% $states.input.id %}'), sk: A.numberFromString('{% $string($states.input.n) %}') },
      returnValues: DynamoReturnValues.ALL_OLD,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('deleteItem'),
      Arguments: {
        Key: { pk: { S: '{% $states.input.id %}' }, sk: { N: '{% $string($states.input.n) %}' } },
        TableName: 'imported-table',
        ReturnValues: 'ALL_OLD',
      },
    });
  });

  describe('IAM', () => {
    it('grants dynamodb:DeleteItem on the table', () => {
      expect(normalize(statements(remove()))).toEqual([
        { Action: 'dynamodb:DeleteItem', Effect: 'Allow', Resource: normalize(tableArnInStack(TABLE_REF)) },
      ]);
    });

    it('addresses a table imported by ARN into an environment-agnostic stack by that ARN', () => {
      const task = remove({}, 'importedArn');
      expect(render(task).Parameters.TableName).toBe(SAME_ENV_ARN);
      expect(statements(task)).toEqual([{ Action: 'dynamodb:DeleteItem', Effect: 'Allow', Resource: SAME_ENV_ARN }]);
    });

    it('addresses a table imported by ARN into a stack of the same environment by its name', () => {
      stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
      const task = remove({}, 'importedArn');
      expect(render(task).Parameters.TableName).toBe('imported-table');
      expect(normalize(statements(task))).toEqual([{
        Action: 'dynamodb:DeleteItem',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':dynamodb:us-east-1:123456789012:table/imported-table']] },
      }]);
    });
  });
});
