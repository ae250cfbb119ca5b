import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { validateQueryExecutionId } from './private/query-execution-id';

interface AthenaStopQueryExecutionOptions {
  /**
   * The ID of the query execution to stop, such as `adfsaf-23trf23-f23rt23`: 1 to 128 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_StopQueryExecution.html#athena-StopQueryExecution-request-QueryExecutionId
   */
  readonly queryExecutionId: string;
}

/**
 * Properties of an AthenaStopQueryExecution task that uses JSONPath.
 */
export interface AthenaStopQueryExecutionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, AthenaStopQueryExecutionOptions {}

/**
 * Properties of an AthenaStopQueryExecution task that uses JSONata.
 */
export interface AthenaStopQueryExecutionJsonataProps extends sfn.TaskStateJsonataBaseProps, AthenaStopQueryExecutionOptions {}

/**
 * Properties of an AthenaStopQueryExecution task.
 */
export interface AthenaStopQueryExecutionProps extends sfn.TaskStateBaseProps, AthenaStopQueryExecutionOptions {}

/** The input of the StopQueryExecution API call. */
interface StopQueryExecutionInput {
  readonly QueryExecutionId: string;
}

/**
 * Stops a running Athena query execution as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 */
export class AthenaStopQueryExecution extends TaskStateBase {
  /**
   * An AthenaStopQueryExecution task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonPath(scope: Construct, id: string, props: AthenaStopQueryExecutionJsonPathProps): AthenaStopQueryExecution {
    return new AthenaStopQueryExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An AthenaStopQueryExecution task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   */
  public static jsonata(scope: Construct, id: string, props: AthenaStopQueryExecutionJsonataProps): AthenaStopQueryExecution {
    return new AthenaStopQueryExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: Athena's StopQueryExecution response, empty. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
   * @internal
   */
  declare readonly _serviceResult?: Record<string, never>;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: AthenaStopQueryExecutionProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: AthenaStopQueryExecutionProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      AthenaStopQueryExecution.SUPPORTED_INTEGRATION_PATTERNS);
    validateQueryExecutionId(this, props.queryExecutionId);

    this.taskPolicies = [new iam.PolicyStatement({ actions: ['athena:stopQueryExecution'], resources: ['*'] })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('athena', 'stopQueryExecution', this.integrationPattern),
      ...this.renderInput({ ...stopQueryExecutionInput(this.props) }, queryLanguage),
    };
  }
}

/** The StopQueryExecution API input for `props`. */
function stopQueryExecutionInput(props: AthenaStopQueryExecutionProps): StopQueryExecutionInput {
  return { QueryExecutionId: props.queryExecutionId };
}
