import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  resolveIntegrationPattern,
  validateIntegerInRange,
  validateStringLength,
} from '@cdk-stepfunctions/tasks-core';
import { validateQueryExecutionId } from './private/query-execution-id';

interface AthenaGetQueryResultsOptions {
  /**
   * The ID of the query execution whose results to read, such as `adfsaf-23trf23-f23rt23`: 1 to 128 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html#athena-GetQueryResults-request-QueryExecutionId
   */
  readonly queryExecutionId: string;

  /**
   * The token of the page to read, from the `NextToken` of the previous page: 1 to 1024 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html#athena-GetQueryResults-request-NextToken
   * @default - the first page
   */
  readonly nextToken?: string;

  /**
   * The most rows to return in one page: 1 to 1000.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryResults.html#athena-GetQueryResults-request-MaxResults
   * @default 1000
   */
  readonly maxResults?: number;
}

/**
 * Properties of an AthenaGetQueryResults task that uses JSONPath.
 */
export interface AthenaGetQueryResultsJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaGetQueryResultsOptions {}

/**
 * Properties of an AthenaGetQueryResults task that uses JSONata.
 */
export interface AthenaGetQueryResultsJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaGetQueryResultsOptions {}

/**
 * Properties of an AthenaGetQueryResults task.
 */
export interface AthenaGetQueryResultsProps extends sfn.TaskStateBaseProps, AthenaGetQueryResultsOptions {}

/** The input of the GetQueryResults API call. */
interface GetQueryResultsInput {
  readonly QueryExecutionId: string;
  readonly NextToken?: string;
  readonly MaxResults?: number;
}

/**
 * Reads a page of the results of an Athena query execution as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 */
export class AthenaGetQueryResults extends TaskStateBase {
  /**
   * An AthenaGetQueryResults task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaGetQueryResultsJsonPathProps): AthenaGetQueryResults {
    return new AthenaGetQueryResults(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An AthenaGetQueryResults task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaGetQueryResultsJsonataProps): AthenaGetQueryResults {
    return new AthenaGetQueryResults(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: Athena's GetQueryResults response: the rows, the first one the
   * column names for a SELECT. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   * @internal
   */
  declare readonly _serviceResult?: {
    ResultSet: {
      Rows?: Array<{ Data?: Array<{ VarCharValue?: string }> }>;
      ResultSetMetadata?: { ColumnInfo?: Array<{ [field: string]: unknown }> };
    };
    UpdateCount?: number; NextToken?: string;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: AthenaGetQueryResultsProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: AthenaGetQueryResultsProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      AthenaGetQueryResults.SUPPORTED_INTEGRATION_PATTERNS);
    validateQueryExecutionId(this, props.queryExecutionId);

    validateStringLength(this, 'nextToken', props.nextToken, 1, 1024);
    validateIntegerInRange(this, 'maxResults', props.maxResults, 1, 1000);

    this.taskPolicies = [
      new iam.PolicyStatement({ actions: ['athena:getQueryResults'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('athena', 'getQueryResults', this.integrationPattern),
      ...this.renderInput({ ...getQueryResultsInput(this.props) }, queryLanguage),
    };
  }
}

/** The GetQueryResults API input for `props`. */
function getQueryResultsInput(props: AthenaGetQueryResultsProps): GetQueryResultsInput {
  return { QueryExecutionId: props.queryExecutionId, NextToken: props.nextToken, MaxResults: props.maxResults };
}
