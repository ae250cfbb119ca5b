import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DynamoAttributeValue as A,
  DynamoConsumedCapacity,
  DynamoItemCollectionMetrics,
  DynamoPutItem,
  DynamoReturnValues,
  type DynamoPutItemProps,
} from '../src';
import { OTHER_REGION_ARN, type TableKind, makeTable, resource, tableArnInStack } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function put(props: Partial<DynamoPutItemProps> = {}, kind: TableKind = 'owned'): DynamoPutItem {
  return new DynamoPutItem(stack, 'Put', { table: makeTable(stack, kind), item: { pk: A.fromString('1234') }, ...props });
}

const TABLE_REF = { Ref: 'TableCD117FA1' };

describe('DynamoPutItem', () => {
  it('renders the JSONPath state with its defaults', () => {
    expect(render(put())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('putItem'),
      Parameters: { Item: { pk: { S: '1234' } }, TableName: TABLE_REF },
    });
  });

  it('renders every field, JSON paths as .$ fields', () => {
    const task = put({
      item: { pk: A.fromString('1234'), total: A.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')) },
      conditionExpression: '#f <> :f and Subject <> :s',
      expressionAttributeNames: { '#f': 'ForumName' },
      expressionAttributeValues: {
        ':f': A.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
        ':s': A.booleanFromJsonPath(sfn.JsonPath.stringAt('$.Item.flag')),
      },
      returnConsumedCapacity: DynamoConsumedCapacity.TOTAL,
      returnItemCollectionMetrics: DynamoItemCollectionMetrics.SIZE,
      returnValues: DynamoReturnValues.ALL_OLD,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('putItem'),
      Parameters: {
        Item: { pk: { S: '1234' }, total: { 'N.$': '$.Item.TotalCount.N' } },
        TableName: TABLE_REF,
        ConditionExpression: '#f <> :f and Subject <> :s',
        ExpressionAttributeNames: { '#f': 'ForumName' },
        ExpressionAttributeValues: { ':f': { 'N.$': '$.Item.TotalCount.N' }, ':s': { 'BOOL.$': '$.Item.flag' } },
        ReturnConsumedCapacity: 'TOTAL',
        ReturnItemCollectionMetrics: 'SIZE',
        ReturnValues: 'ALL_OLD',
      },
    });
  });

  it('renders the JSONata state', () => {
    const task = DynamoPutItem.jsonata(stack, 'Put', {
      table: makeTable(stack, 'owned'),
      item: { pk: A.fromString('1234'), doc: A.mapFromJsonata('{% $states.input.doc %}') },
      conditionExpression: 'attribute_not_exists(pk) OR #v < :v',
      expressionAttributeNames: { '#v': 'version' },
      expressionAttributeValues: {
        ':v': A.numberFromString('{% $string($states.input.version) %}'),
        ':b': A.booleanFromJsonata('{% $states.input.flag %}'),
      },
      returnValues: DynamoReturnValues.NONE,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('putItem'),
      Arguments: {
        Item: { pk: { S: '1234' }, doc: { M: '{% $states.input.doc %}' } },
        TableName: TABLE_REF,
        ConditionExpression: 'attribute_not_exists(pk) OR #v < :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: {
          ':v': { N: '{% $string($states.input.version) %}' },
          ':b': { BOOL: '{% $states.input.flag %}' },
        },
        ReturnValues: 'NONE',
      },
    });
  });

  it('renders a number read from the state input as text (aws/aws-cdk#12456)', () => {
    const task = put({ item: { pk: A.fromString('a'), ttl: A.fromNumber(sfn.JsonPath.numberAt('$.ttl')) } });
    expect(render(task).Parameters.Item.ttl).toEqual({ 'N.$': 'States.JsonToString($.ttl)' });
  });

  it('renders maps, lists and booleans read from the state input as paths (aws/aws-cdk#21149)', () => {
    const task = put({
      item: {
        pk: A.fromString('a'),
        map: A.mapFromJsonPath(sfn.JsonPath.stringAt('$.Item.BusinessRule.M')),
        list: A.listFromJsonPath('$.Item.Table.L'),
        flag: A.booleanFromJsonPath('$.Item.flag'),
      },
    });
    expect(render(task).Parameters.Item).toEqual({
      pk: { S: 'a' },
      map: { 'M.$': '$.Item.BusinessRule.M' },
      list: { 'L.$': '$.Item.Table.L' },
      flag: { 'BOOL.$': '$.Item.flag' },
    });
  });

  it('fails at render when a JSONata task holds JSON paths, which JSONata does not evaluate', () => {
    const task = DynamoPutItem.jsonata(stack, 'Put', {
      table: makeTable(stack, 'owned'),
      item: { pk: A.fromString(sfn.JsonPath.stringAt('$.id')) },
    });
    expect(() => render(task)).toThrow(/the task input must not contain JSON paths .* when the task runs in JSONata, .*got '\$\.id'/);
  });

  describe('IAM', () => {
    it('grants dynamodb:PutItem on the table', () => {
      expect(normalize(statements(put()))).toEqual([
        { Action: 'dynamodb:PutItem', Effect: 'Allow', Resource: normalize(tableArnInStack(TABLE_REF)) },
      ]);
    });

    it('addresses and grants a table in another region by its ARN', () => {
      const task = put({}, 'otherRegion');
      expect(render(task).Parameters.TableName).toBe(OTHER_REGION_ARN);
      expect(statements(task)).toEqual([{ Action: 'dynamodb:PutItem', Effect: 'Allow', Resource: OTHER_REGION_ARN }]);
    });

    it('grants on every table when a JSONata expression names the table', () => {
      const task = DynamoPutItem.jsonata(stack, 'Put', { table: makeTable(stack, 'jsonataName'), item: { pk: A.fromString('a') } });
      expect(render(task).Arguments.TableName).toBe('{% $states.input.table %}');
      expect(statements(task)).toEqual([{ Action: 'dynamodb:PutItem', Effect: 'Allow', Resource: '*' }]);
    });
  });
});
