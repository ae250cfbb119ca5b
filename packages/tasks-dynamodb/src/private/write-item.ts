import type { IConstruct } from 'constructs';
import { validateAtSynth } from '@cdk-stepfunctions/tasks-core';
import type { DynamoPutItemProps } from '../put-item';
import type { DynamoConsumedCapacity, DynamoItemCollectionMetrics, DynamoReturnValues } from '../dynamodb-types';
import {
  expressionAttributeValueObjects,
  validateExpression,
  validateExpressionAttributeNames,
  validateReturnValues,
} from './request';
import type { TableTarget } from './table';

/*
 * What the item-writing actions (PutItem, UpdateItem, DeleteItem) have in common: an optional condition with its
 * expression attribute names and values, and the same three return options.
 */

/** The props PutItem, UpdateItem and DeleteItem share, besides the table and the item or its key. */
export type WriteItemOptions = Pick<DynamoPutItemProps,
  | 'conditionExpression' | 'expressionAttributeNames' | 'expressionAttributeValues'
  | 'returnConsumedCapacity' | 'returnItemCollectionMetrics' | 'returnValues'>;

/** The fields of a PutItem, UpdateItem or DeleteItem input that the table and `WriteItemOptions` make. */
export interface WriteItemInput {
  readonly TableName: string;
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeNames?: { [key: string]: string };
  readonly ExpressionAttributeValues?: { [key: string]: unknown };
  readonly ReturnConsumedCapacity?: DynamoConsumedCapacity;
  readonly ReturnItemCollectionMetrics?: DynamoItemCollectionMetrics;
  readonly ReturnValues?: DynamoReturnValues;
}

/** The result of PutItem, UpdateItem and DeleteItem: `Attributes` only with `returnValues`. */
export interface WriteItemResult {
  Attributes?: { [attribute: string]: { [type: string]: unknown } };
  ConsumedCapacity?: unknown;
  ItemCollectionMetrics?: unknown;
  SdkHttpMetadata?: unknown;
  SdkResponseMetadata?: unknown;
}

/**
 * Throws unless the condition expression and the expression attribute values are valid now, and the expression
 * attribute names and (when `allowedReturnValues` limits them) the return values at synthesis.
 *
 * @param action the API action, named in the error on `returnValues`.
 * @param allowedReturnValues the return values the action takes; every one when undefined.
 */
export function validateWriteItemOptions(
  scope: IConstruct,
  options: WriteItemOptions,
  action: string,
  allowedReturnValues?: DynamoReturnValues[],
): void {
  validateExpression(scope, 'conditionExpression', options.conditionExpression);
  validateAtSynth(scope, () => validateExpressionAttributeNames(scope, options.expressionAttributeNames));
  expressionAttributeValueObjects(scope, options.expressionAttributeValues);
  if (allowedReturnValues !== undefined) {
    validateAtSynth(scope, () => validateReturnValues(scope, options.returnValues, allowedReturnValues, action));
  }
}

/** The table and `WriteItemOptions` fields of the input, in the order the tasks render them. */
export function writeItemInput(scope: IConstruct, options: WriteItemOptions, target: TableTarget): WriteItemInput {
  return {
    TableName: target.tableName,
    ConditionExpression: options.conditionExpression,
    ExpressionAttributeNames: options.expressionAttributeNames,
    ExpressionAttributeValues: expressionAttributeValueObjects(scope, options.expressionAttributeValues),
    ReturnConsumedCapacity: options.returnConsumedCapacity,
    ReturnItemCollectionMetrics: options.returnItemCollectionMetrics,
    ReturnValues: options.returnValues,
  };
}
