import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { type QueryExecutionDescription, validateQueryExecutionId } from './private/query-execution-id';

interface AthenaGetQueryExecutionOptions {
  /**
   * The ID of the query execution to describe, such as `adfsaf-23trf23-f23rt23`: 1 to 128 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html#athena-GetQueryExecution-request-QueryExecutionId
   */
  readonly queryExecutionId: string;
}

/**
 * Properties of an AthenaGetQueryExecution task that uses JSONPath.
 */
export interface AthenaGetQueryExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaGetQueryExecutionOptions {}

/**
 * Properties of an AthenaGetQueryExecution task that uses JSONata.
 */
export interface AthenaGetQueryExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaGetQueryExecutionOptions {}

/**
 * Properties of an AthenaGetQueryExecution task.
 */
export interface AthenaGetQueryExecutionProps extends sfn.TaskStateBaseProps, AthenaGetQueryExecutionOptions {}

/** The input of the GetQueryExecution API call. */
interface GetQueryExecutionInput {
  readonly QueryExecutionId: string;
}

/**
 * Describes an Athena query execution (its state, statistics and result location) as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 */
export class AthenaGetQueryExecution extends TaskStateBase {
  /**
   * An AthenaGetQueryExecution task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaGetQueryExecutionJsonPathProps): AthenaGetQueryExecution {
    return new AthenaGetQueryExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An AthenaGetQueryExecution task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaGetQueryExecutionJsonataProps): AthenaGetQueryExecution {
    return new AthenaGetQueryExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: Athena's GetQueryExecution response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   * @internal
   */
  declare readonly _serviceResult?: QueryExecutionDescription;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: AthenaGetQueryExecutionProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: AthenaGetQueryExecutionProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      AthenaGetQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    validateQueryExecutionId(this, props.queryExecutionId);

    this.taskPolicies = [new iam.PolicyStatement({ actions: ['athena:getQueryExecution'], resources: ['*'] })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('athena', 'getQueryExecution', this.integrationPattern),
      ...this.renderInput({ ...getQueryExecutionInput(this.props) }, queryLanguage),
    };
  }
}

/** The GetQueryExecution API input for `props`. */
function getQueryExecutionInput(props: AthenaGetQueryExecutionProps): GetQueryExecutionInput {
  return { QueryExecutionId: props.queryExecutionId };
}
