import type { Construct } from 'constructs';
import type * as ddb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { attributeValueMap, type DynamoAttributeValue } from './attribute-value';
import { DynamoReturnValues, type DynamoConsumedCapacity, type DynamoItemCollectionMetrics } from './dynamodb-types';
import { keyObjects, rejectJsonPathsInJsonata } from './private/request';
import { type TableTarget, tableStatement, tableTarget } from './private/table';
import { type WriteItemInput, type WriteItemResult, validateWriteItemOptions, writeItemInput } from './private/write-item';

interface DynamoDeleteItemOptions {
  /**
   * The table to delete the item from.
   *
   * A table in another account or region than the stack is addressed by its ARN.
   */
  readonly table: ddb.ITableRef;

  /**
   * The primary key of the item: the partition key, and the sort key when the table has one.
   *
   * Each attribute is a String, Number or Binary.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-Key
   */
  readonly key: { [key: string]: DynamoAttributeValue };

  /**
   * A condition the item must meet for the delete to happen.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ConditionExpression
   * @default - the item is deleted unconditionally
   */
  readonly conditionExpression?: string;

  /**
   * Placeholders for attribute names in the condition expression: each key is `#` followed by letters, digits or
   * `_`, each value the attribute name it stands for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ExpressionAttributeNames
   * @default - no expression attribute names
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * Values to substitute in the condition expression: each key is `:` followed by letters, digits or `_`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ExpressionAttributeValues
   * @default - no expression attribute values
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };

  /**
   * How much detail about the consumed write capacity to return.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;

  /**
   * Whether to return statistics about the item collections the delete changed.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ItemCollections
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;

  /**
   * Whether to return the item as it was before it was deleted: `NONE` or `ALL_OLD` (DeleteItem takes no
   * other).
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#DDB-DeleteItem-request-ReturnValues
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
}

/**
 * Properties of a DynamoDeleteItem task that uses JSONPath.
 */
export interface DynamoDeleteItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoDeleteItemOptions {}

/**
 * Properties of a DynamoDeleteItem task that uses JSONata.
 */
export interface DynamoDeleteItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoDeleteItemOptions {}

/**
 * Properties of a DynamoDeleteItem task.
 */
export interface DynamoDeleteItemProps extends sfn.TaskStateBaseProps, DynamoDeleteItemOptions {}

/** The input of the DeleteItem API call. */
interface DeleteItemInput extends WriteItemInput {
  readonly Key: { [name: string]: unknown };
}

/** The return values DeleteItem takes. */
const DELETE_RETURN_VALUES = [DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD];

/**
 * Deletes an item from a DynamoDB table as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoDeleteItem extends TaskStateBase {
  /**
   * A DynamoDeleteItem task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoDeleteItemJsonPathProps): DynamoDeleteItem {
    return new DynamoDeleteItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A DynamoDeleteItem task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonata(scope: Construct, id: string, props: DynamoDeleteItemJsonataProps): DynamoDeleteItem {
    return new DynamoDeleteItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: DynamoDB's DeleteItem response (`Attributes` only with
   * `returnValues`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted
   * at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   * @internal
   */
  declare readonly _serviceResult?: WriteItemResult;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: DynamoDeleteItemProps;
  private readonly target: TableTarget;

  constructor(scope: Construct, id: string, props: DynamoDeleteItemProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    this.target = tableTarget(this, props.table);
    keyObjects(this, props.key);
    validateWriteItemOptions(this, props, 'DeleteItem', DELETE_RETURN_VALUES);

    this.taskPolicies = [tableStatement(this.target, 'DeleteItem')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const input = deleteItemInput(this, this.props, this.target);
    rejectJsonPathsInJsonata(this, input, queryLanguage);
    return {
      Resource: integrationResourceArn('dynamodb', 'deleteItem'),
      ...this.renderInput({ ...input }, queryLanguage),
    };
  }
}

/** The DeleteItem API input for `props`. */
function deleteItemInput(scope: Construct, props: DynamoDeleteItemProps, target: TableTarget): DeleteItemInput {
  return { Key: attributeValueMap(props.key, scope, '`key`'), ...writeItemInput(scope, props, target) };
}
