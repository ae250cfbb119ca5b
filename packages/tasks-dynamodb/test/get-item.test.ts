import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inMap, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DynamoAttributeValue as A,
  DynamoConsumedCapacity,
  DynamoGetItem,
  DynamoProjectionExpression,
  type DynamoGetItemProps,
} from '../src';
import { OTHER_ACCOUNT_ARN, OTHER_REGION_ARN, type TableKind, makeTable, resource, tableArnInStack } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function get(props: Partial<DynamoGetItemProps> = {}, kind: TableKind = 'owned'): DynamoGetItem {
  return new DynamoGetItem(stack, 'Get', { table: makeTable(stack, kind), key: { pk: A.fromString('1234') }, ...props });
}

const TABLE_REF = { Ref: 'TableCD117FA1' };

describe('DynamoGetItem', () => {
  it('renders the JSONPath state with its defaults', () => {
    expect(render(get())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('getItem'),
      Parameters: { Key: { pk: { S: '1234' } }, TableName: TABLE_REF, ConsistentRead: false },
    });
  });

  it('renders every field', () => {
    const task = get({
      key: { SOME_KEY: A.fromString('1234'), OTHER_KEY: A.fromNumber(4321) },
      consistentRead: true,
      expressionAttributeNames: { '#ok': 'OTHER_KEY' },
      projectionExpression: [
        new DynamoProjectionExpression().withAttribute('Messages').atIndex(1).withAttribute('Tags'),
        new DynamoProjectionExpression().withAttribute('#ok'),
      ],
      returnConsumedCapacity: DynamoConsumedCapacity.TOTAL,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('getItem'),
      Parameters: {
        Key: { SOME_KEY: { S: '1234' }, OTHER_KEY: { N: '4321' } },
        TableName: TABLE_REF,
        ConsistentRead: true,
        ExpressionAttributeNames: { '#ok': 'OTHER_KEY' },
        ProjectionExpression: 'Messages[1].Tags,#ok',
        ReturnConsumedCapacity: 'TOTAL',
      },
    });
  });

  it('renders JSON paths as .$ fields', () => {
    const task = get({
      key: { pk: A.fromString(sfn.JsonPath.stringAt('$.partitionKey')), sk: A.numberFromString(sfn.JsonPath.stringAt('$.sortKey')) },
      expressionAttributeNames: { '#o': sfn.JsonPath.stringAt('$.otherKey') },
      projectionExpression: [new DynamoProjectionExpression().withAttribute('#o')],
    });
    expect(render(task).Parameters).toEqual({
      Key: { pk: { 'S.$': '$.partitionKey' }, sk: { 'N.$': '$.sortKey' } },
      TableName: TABLE_REF,
      ConsistentRead: false,
      'ExpressionAttributeNames': { '#o.$': '$.otherKey' },
      ProjectionExpression: '#o',
    });
  });

  it('renders the JSONata state', () => {
    const task = DynamoGetItem.jsonata(stack, 'Get', {
      table: makeTable(stack, 'owned'),
      key: { pk: A.fromString('{% $states.input.id %}') },
      consistentRead: true,
      returnConsumedCapacity: DynamoConsumedCapacity.INDEXES,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('getItem'),
      Arguments: { Key: { pk: { S: '{% $states.input.id %}' } }, TableName: TABLE_REF, ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' },
    });
  });

  it('renders the JSONPath state from the jsonPath() factory', () => {
    const task = DynamoGetItem.jsonPath(stack, 'Get', { table: makeTable(stack, 'importedName'), key: { pk: A.fromString('a') } });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('getItem'),
      Parameters: { Key: { pk: { S: 'a' } }, TableName: 'imported-table', ConsistentRead: false },
    });
  });

  it('follows a JSONata state machine when nested in a Map', () => {
    const task = get({ key: { pk: A.fromString('{% $states.input.id %}') } });
    const definition = definitionOf(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition.States.Map.ItemProcessor.States.Get.Arguments.Key).toEqual({ pk: { S: '{% $states.input.id %}' } });
  });

  it('renders inside a JSONata Map', () => {
    const task = get({ key: { pk: A.fromString('{% $states.input.id %}') } });
    const definition = definitionOf(inJsonataMap(stack, task));
    expect(definition.States.Map.ItemProcessor.States.Get).toMatchObject({ QueryLanguage: 'JSONata', Arguments: { TableName: 'X' } });
  });

  describe('IAM', () => {
    it('grants dynamodb:GetItem on the table, by its name in the stack environment', () => {
      expect(normalize(statements(get()))).toEqual([
        { Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: normalize(tableArnInStack(TABLE_REF)) },
      ]);
    });

    it('grants on the imported table name', () => {
      expect(normalize(statements(get({}, 'importedName')))).toEqual([
        { Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: normalize(tableArnInStack('imported-table')) },
      ]);
    });

    it('addresses and grants a table in another region by its ARN', () => {
      const task = get({}, 'otherRegion');
      expect(render(task).Parameters.TableName).toBe(OTHER_REGION_ARN);
      expect(statements(task)).toEqual([{ Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: OTHER_REGION_ARN }]);
    });

    it('addresses and grants a table in another account by its ARN', () => {
      const task = get({}, 'otherAccount');
      expect(render(task).Parameters.TableName).toBe(OTHER_ACCOUNT_ARN);
      expect(statements(task)).toEqual([{ Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: OTHER_ACCOUNT_ARN }]);
    });

    it('grants on every table when the name is read at run time', () => {
      const task = get({}, 'jsonPathName');
      expect(render(task).Parameters['TableName.$']).toBe('$.table');
      expect(statements(task)).toEqual([{ Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: '*' }]);
    });
  });
});
