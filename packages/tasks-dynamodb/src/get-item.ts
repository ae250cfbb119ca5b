import type { Construct } from 'constructs';
import type * as ddb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, describeValue, integrationResourceArn, resolveIntegrationPattern, validationError, validateAtSynth } from '@cdk-stepfunctions/tasks-core';
import { attributeValueMap, type DynamoAttributeValue } from './attribute-value';
import type { DynamoConsumedCapacity, DynamoProjectionExpression } from './dynamodb-types';
import { keyObjects, rejectJsonPathsInJsonata, validateExpressionAttributeNames } from './private/request';
import { type TableTarget, tableStatement, tableTarget } from './private/table';

interface DynamoGetItemOptions {
  /**
   * The table to read the item from.
   *
   * A table in another account or region than the stack is addressed by its ARN.
   */
  readonly table: ddb.ITableRef;

  /**
   * The primary key of the item: the partition key, and the sort key when the table has one.
   *
   * Each attribute is a String, Number or Binary.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-Key
   */
  readonly key: { [key: string]: DynamoAttributeValue };

  /**
   * Whether to read with strong consistency instead of eventual consistency.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ConsistentRead
   * @default false
   */
  readonly consistentRead?: boolean;

  /**
   * Placeholders for attribute names in the projection expression: each key is `#` followed by letters, digits or
   * `_`, each value the attribute name it stands for.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ExpressionAttributeNames
   * @default - no expression attribute names
   */
  readonly expressionAttributeNames?: { [key: string]: string };

  /**
   * The attributes to read: scalars, sets or elements of documents, one path each.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ProjectionExpression
   * @default - every attribute of the item
   */
  readonly projectionExpression?: DynamoProjectionExpression[];

  /**
   * How much detail about the consumed read capacity to return.
   *
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ReturnConsumedCapacity
   * @default DynamoConsumedCapacity.NONE
   */
  readonly returnConsumedCapacity?: DynamoConsumedCapacity;
}

/**
 * Properties of a DynamoGetItem task that uses JSONPath.
 */
export interface DynamoGetItemJsonPathProps extends sfn.TaskStateJsonPathBaseProps, DynamoGetItemOptions {}

/**
 * Properties of a DynamoGetItem task that uses JSONata.
 */
export interface DynamoGetItemJsonataProps extends sfn.TaskStateJsonataBaseProps, DynamoGetItemOptions {}

/**
 * Properties of a DynamoGetItem task.
 */
export interface DynamoGetItemProps extends sfn.TaskStateBaseProps, DynamoGetItemOptions {}

/** The input of the GetItem API call. */
interface GetItemInput {
  readonly Key: { [name: string]: unknown };
  readonly TableName: string;
  readonly ConsistentRead: boolean;
  readonly ExpressionAttributeNames?: { [key: string]: string };
  readonly ProjectionExpression?: string;
  readonly ReturnConsumedCapacity?: DynamoConsumedCapacity;
}

/**
 * Reads an item from a DynamoDB table as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
export class DynamoGetItem extends TaskStateBase {
  /**
   * A DynamoGetItem task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonPath(scope: Construct, id: string, props: DynamoGetItemJsonPathProps): DynamoGetItem {
    return new DynamoGetItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A DynamoGetItem task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   */
  public static jsonata(scope: Construct, id: string, props: DynamoGetItemJsonataProps): DynamoGetItem {
    return new DynamoGetItem(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: DynamoDB's GetItem response: `Item` in DynamoDB's attribute-value
   * JSON, absent when no item has the key. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
   * @internal
   */
  declare readonly _serviceResult?: {
    Item?: { [attribute: string]: { [type: string]: unknown } }; ConsumedCapacity?: unknown; SdkHttpMetadata?: unknown;
    SdkResponseMetadata?: unknown;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: DynamoGetItemProps;
  private readonly target: TableTarget;

  constructor(scope: Construct, id: string, props: DynamoGetItemProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, [sfn.IntegrationPattern.REQUEST_RESPONSE]);
    this.target = tableTarget(this, props.table);
    keyObjects(this, props.key);
    validateAtSynth(this, () => validateExpressionAttributeNames(this, props.expressionAttributeNames));
    validateProjection(this, props.projectionExpression);

    this.taskPolicies = [tableStatement(this.target, 'GetItem')];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const input = getItemInput(this, this.props, this.target);
    rejectJsonPathsInJsonata(this, input, queryLanguage);
    return {
      Resource: integrationResourceArn('dynamodb', 'getItem'),
      ...this.renderInput({ ...input }, queryLanguage),
    };
  }
}

/** Throws unless a projection has at least one path and no empty one. */
function validateProjection(scope: Construct, projection: DynamoProjectionExpression[] | undefined): void {
  if (projection === undefined) return;
  if (!Array.isArray(projection) || projection.length === 0) {
    throw validationError(scope, `\`projectionExpression\` must have at least one path, got ${describeValue(projection)}`);
  }
  projection.forEach((p, i) => {
    if (String(p).length === 0) {
      throw validationError(scope, `\`projectionExpression[${i}]\` must name an attribute (withAttribute()), got an empty expression`);
    }
  });
}

/** The GetItem API input for `props`. */
function getItemInput(scope: Construct, props: DynamoGetItemProps, target: TableTarget): GetItemInput {
  return {
    Key: attributeValueMap(props.key, scope, '`key`'),
    TableName: target.tableName,
    ConsistentRead: props.consistentRead ?? false,
    ExpressionAttributeNames: props.expressionAttributeNames,
    ProjectionExpression: props.projectionExpression?.map((p) => p.toString()).join(','),
    ReturnConsumedCapacity: props.returnConsumedCapacity,
  };
}
