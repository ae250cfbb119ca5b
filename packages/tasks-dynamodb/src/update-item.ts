import type { Construct } from 'constructs';
import type * as ddb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { attributeValueMap, type DynamoAttributeValue } from './attribute-value';
import type { DynamoReturnValues, DynamoConsumedCapacity, DynamoItemCollectionMetrics } from './dynamodb-types';
import { keyObjects, rejectJsonPathsInJsonata, validateExpression } from './private/request';
import { type TableTarget, tableStatement, tableTarget } from './private/table';
import { type WriteItemInput, type WriteItemResult, validateWriteItemOptions, writeItemInput } from './private/write-item';

interface DynamoUpdateItemOptions {
  /**
   * The table of the item to update (or to create, when no item has the key).
   *
   * A table in another account or region than the stack is addressed by its ARN.
   */
  readonly table: ddb.ITableRef;

  /**
   * The primary key of the item: the partition key, and the sort key when the table has one.
   *
   * Each attribute is a String, Number or Binary.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-Key
   */
  readonly key: { [key: string]: DynamoAttributeValue };

  /**
   * A condition the existing item must meet for the update to happen.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ConditionExpression
   * @default - the item is updated unconditionally
   */
  readonly conditionExpression?: string;

  /**
   * Placeholders for attribute names in the condition and update expressions: each key is `#` followed by letters, digits or
   * `_`, each value the attribute name it stands for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ExpressionAttributeNames
   * @default - no expression attribute names
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * Values to substitute in the condition and update expressions: each key is `:` followed by letters, digits or `_`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ExpressionAttributeValues
   * @default - no expression attribute values
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };

  /**
   * How much detail about the consumed write capacity to return.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;

  /**
   * Whether to return statistics about the item collections the update changed.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ItemCollections
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;

  /**
   * Which attributes of the item to return, as they were before the update or are after it.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-ReturnValues
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;

  /**
   * The attributes to change and how: `SET`, `REMOVE`, `ADD` and `DELETE` actions.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#DDB-UpdateItem-request-UpdateExpression
   * @default - no update expression (only the key attributes are written, for a new item)
   */
  readonly updateExpression?: string;
}

/**
 * Properties of a DynamoUpdateItem task that uses JSONPath.
 */
export interface DynamoUpdateItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoUpdateItemOptions {}

/**
 * Properties of a DynamoUpdateItem task that uses JSONata.
 */
export interface DynamoUpdateItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoUpdateItemOptions {}

/**
 * Properties of a DynamoUpdateItem task.
 */
export interface DynamoUpdateItemProps extends sfn.TaskStateBaseProps, DynamoUpdateItemOptions {}

/** The input of the UpdateItem API call. */
interface UpdateItemInput extends WriteItemInput {
  readonly Key: { [name: string]: unknown };
  readonly UpdateExpression?: string;
}

/**
 * Updates the attributes of an item in a DynamoDB table as a Task, creating the item when none has the key.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoUpdateItem extends TaskStateBase {
  /**
   * A DynamoUpdateItem task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoUpdateItemJsonPathProps): DynamoUpdateItem {
    return new DynamoUpdateItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A DynamoUpdateItem task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonata(scope: Construct, id: string, props: DynamoUpdateItemJsonataProps): DynamoUpdateItem {
    return new DynamoUpdateItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: DynamoDB's UpdateItem response (`Attributes` only with
   * `returnValues`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted
   * at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   * @internal
   */
  declare readonly _serviceResult?: WriteItemResult;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: DynamoUpdateItemProps;
  private readonly target: TableTarget;

  constructor(scope: Construct, id: string, props: DynamoUpdateItemProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    this.target = tableTarget(this, props.table);
    keyObjects(this, props.key);
    validateWriteItemOptions(this, props, 'UpdateItem');
    validateExpression(this, 'updateExpression', props.updateExpression);

    this.taskPolicies = [tableStatement(this.target, 'UpdateItem')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const input = updateItemInput(this, this.props, this.target);
    rejectJsonPathsInJsonata(this, input, queryLanguage);
    return {
      Resource: integrationResourceArn('dynamodb', 'updateItem'),
      ...this.renderInput({ ...input }, queryLanguage),
    };
  }
}

/** The UpdateItem API input for `props`. */
function updateItemInput(scope: Construct, props: DynamoUpdateItemProps, target: TableTarget): UpdateItemInput {
  return {
    Key: attributeValueMap(props.key, scope, '`key`'),
    ...writeItemInput(scope, props, target),
    UpdateExpression: props.updateExpression,
  };
}
