import type { Construct } from 'constructs';
import type * as ddb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { attributeValueMap, type DynamoAttributeValue } from './attribute-value';
import { DynamoReturnValues, type DynamoConsumedCapacity, type DynamoItemCollectionMetrics } from './dynamodb-types';
import { itemObjects, rejectJsonPathsInJsonata } from './private/request';
import { type TableTarget, tableStatement, tableTarget } from './private/table';
import { type WriteItemInput, type WriteItemResult, validateWriteItemOptions, writeItemInput } from './private/write-item';

interface DynamoPutItemOptions {
  /**
   * The attributes of the item, one name-value pair each; the primary key attributes are required.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-Item
   */
  readonly item: { [key: string]: DynamoAttributeValue };

  /**
   * The table to write the item to.
   *
   * A table in another account or region than the stack is addressed by its ARN.
   */
  readonly table: ddb.ITableRef;

  /**
   * A condition the existing item must meet for the put to happen.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ConditionExpression
   * @default - the item is written unconditionally
   */
  readonly conditionExpression?: string;

  /**
   * Placeholders for attribute names in the condition expression: each key is `#` followed by letters, digits or
   * `_`, each value the attribute name it stands for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ExpressionAttributeNames
   * @default - no expression attribute names
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * Values to substitute in the condition expression: each key is `:` followed by letters, digits or `_`.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ExpressionAttributeValues
   * @default - no expression attribute values
   */
  readonly expressionAttributeValues?: { [key: string]: DynamoAttributeValue };

  /**
   * How much detail about the consumed write capacity to return.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;

  /**
   * Whether to return statistics about the item collections the put changed.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ItemCollections
   * @default DynamoItemCollectionMetrics.NONE
   */
  readonly returnItemCollectionMetrics?: DynamoItemCollectionMetrics;

  /**
   * Whether to return the item as it was before the put replaced it: `NONE` or `ALL_OLD` (PutItem takes no
   * other).
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnValues
   * @default DynamoReturnValues.NONE
   */
  readonly returnValues?: DynamoReturnValues;
}

/**
 * Properties of a DynamoPutItem task that uses JSONPath.
 */
export interface DynamoPutItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoPutItemOptions {}

/**
 * Properties of a DynamoPutItem task that uses JSONata.
 */
export interface DynamoPutItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoPutItemOptions {}

/**
 * Properties of a DynamoPutItem task.
 */
export interface DynamoPutItemProps extends sfn.TaskStateBaseProps, DynamoPutItemOptions {}

/** The input of the PutItem API call. */
interface PutItemInput extends WriteItemInput {
  readonly Item: { [name: string]: unknown };
}

/** The return values PutItem takes. */
const PUT_RETURN_VALUES = [DynamoReturnValues.NONE, DynamoReturnValues.ALL_OLD];

/**
 * Writes an item to a DynamoDB table as a Task, replacing any item with the same key.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoPutItem extends TaskStateBase {
  /**
   * A DynamoPutItem task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoPutItemJsonPathProps): DynamoPutItem {
    return new DynamoPutItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A DynamoPutItem task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonata(scope: Construct, id: string, props: DynamoPutItemJsonataProps): DynamoPutItem {
    return new DynamoPutItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: DynamoDB's PutItem response (`Attributes` only with `returnValues`).
   * Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   * @internal
   */
  declare readonly _serviceResult?: WriteItemResult;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: DynamoPutItemProps;
  private readonly target: TableTarget;

  constructor(scope: Construct, id: string, props: DynamoPutItemProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    this.target = tableTarget(this, props.table);
    itemObjects(this, props.item);
    validateWriteItemOptions(this, props, 'PutItem', PUT_RETURN_VALUES);

    this.taskPolicies = [tableStatement(this.target, 'PutItem')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const input = putItemInput(this, this.props, this.target);
    rejectJsonPathsInJsonata(this, input, queryLanguage);
    return {
      Resource: integrationResourceArn('dynamodb', 'putItem'),
      ...this.renderInput({ ...input }, queryLanguage),
    };
  }
}

/** The PutItem API input for `props`. */
function putItemInput(scope: Construct, props: DynamoPutItemProps, target: TableTarget): PutItemInput {
  return { Item: attributeValueMap(props.item, scope, '`item`'), ...writeItemInput(scope, props, target) };
}
