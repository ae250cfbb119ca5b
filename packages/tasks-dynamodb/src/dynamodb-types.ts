import { describeValue, validationError } from '@cdk-stepfunctions/tasks-core';

/**
 * How much detail about consumed throughput DynamoDB returns with the result.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ReturnConsumedCapacity
 */
export enum DynamoConsumedCapacity {
  /**
   * The consumed capacity of the whole operation and of each table and secondary index it used.
   */
  INDEXES = 'INDEXES',

  /**
   * Only the consumed capacity of the whole operation.
   */
  TOTAL = 'TOTAL',

  /**
   * No consumed capacity.
   */
  NONE = 'NONE',
}

/**
 * Whether DynamoDB returns statistics about the item collections a write changed.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnItemCollectionMetrics
 */
export enum DynamoItemCollectionMetrics {
  /**
   * Statistics about the item collections the operation changed, if any (tables with local secondary indexes).
   */
  SIZE = 'SIZE',

  /**
   * No statistics.
   */
  NONE = 'NONE',
}

/**
 * Which attributes of the item a write returns, as they were before or after the write.
 *
 * `DynamoPutItem` and `DynamoDeleteItem` take only `NONE` and `ALL_OLD`; `DynamoUpdateItem` takes all of them.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnValues
 */
export enum DynamoReturnValues {
  /**
   * Nothing.
   */
  NONE = 'NONE',

  /**
   * Every attribute of the item as it was before the write.
   */
  ALL_OLD = 'ALL_OLD',

  /**
   * The attributes the update changed, as they were before it (`DynamoUpdateItem` only).
   */
  UPDATED_OLD = 'UPDATED_OLD',

  /**
   * Every attribute of the item as it is after the update (`DynamoUpdateItem` only).
   */
  ALL_NEW = 'ALL_NEW',

  /**
   * The attributes the update changed, as they are after it (`DynamoUpdateItem` only).
   */
  UPDATED_NEW = 'UPDATED_NEW',
}

/**
 * Builds one path of a projection expression: an attribute, then nested attributes (`.name`) and list
 * elements (`[index]`), such as `Messages[1].Tags`.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html
 */
export class DynamoProjectionExpression {
  private readonly expression: string[] = [];

  /**
   * Adds an attribute: the first element of the path, or a nested attribute of the one before (`.attr`).
   *
   * @param attr the attribute name, or an expression attribute name (`#name`) defined in `expressionAttributeNames`.
   */
  public withAttribute(attr: string): DynamoProjectionExpression {
    if (typeof attr !== 'string' || attr.length === 0) {
      throw validationError('DynamoProjectionExpression.withAttribute', `\`attr\` must be a non-empty attribute name, got ${describeValue(attr)}`);
    }
    this.expression.push(this.expression.length === 0 ? attr : `.${attr}`);
    return this;
  }

  /**
   * Adds a list element of the attribute before (`[index]`).
   *
   * @param index the element's position in the list, from 0.
   */
  public atIndex(index: number): DynamoProjectionExpression {
    if (this.expression.length === 0) {
      throw validationError('DynamoProjectionExpression.atIndex',
        `the expression must start with an attribute (withAttribute()) before a list index, got atIndex(${describeValue(index)}) first`);
    }
    if (!Number.isInteger(index) || index < 0) {
      throw validationError('DynamoProjectionExpression.atIndex', `\`index\` must be an integer from 0, got ${describeValue(index)}`);
    }
    this.expression.push(`[${index}]`);
    return this;
  }

  /**
   * The path as DynamoDB reads it, such as `Messages[1].Tags`.
   */
  public toString(): string {
    return this.expression.join('');
  }
}
