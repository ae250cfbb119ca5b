import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-dynamodb', () => {
  it('exports the tasks and their factories', () => {
    for (const task of [api.DynamoGetItem, api.DynamoPutItem, api.DynamoUpdateItem, api.DynamoDeleteItem]) {
      expect(typeof task).toBe('function');
      expect(typeof task.jsonPath).toBe('function');
      expect(typeof task.jsonata).toBe('function');
    }
  });

  it('exports the attribute values, projection expressions and enums', () => {
    expect(typeof api.DynamoAttributeValue.fromString).toBe('function');
    expect(typeof api.DynamoProjectionExpression).toBe('function');
    expect(api.DynamoConsumedCapacity.INDEXES).toBe('INDEXES');
    expect(api.DynamoItemCollectionMetrics.SIZE).toBe('SIZE');
    expect(api.DynamoReturnValues.UPDATED_NEW).toBe('UPDATED_NEW');
  });

  it('keeps its helpers private', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DynamoAttributeValue', 'DynamoConsumedCapacity', 'DynamoDeleteItem', 'DynamoGetItem', 'DynamoItemCollectionMetrics',
      'DynamoProjectionExpression', 'DynamoPutItem', 'DynamoReturnValues', 'DynamoUpdateItem',
    ]);
  });
});
