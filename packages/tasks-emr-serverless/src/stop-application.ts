import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { applicationStatements } from './private/iam';
import { type ApplicationParameters, SUPPORTED_INTEGRATION_PATTERNS } from './private/task';
import { validateResourceId } from './private/validation';

interface EmrServerlessStopApplicationOptions {
  /**
   * The ID of the application to stop: 1 to 64 lowercase letters and digits, or a JSON path or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StopApplication.html
   */
  readonly applicationId: string;
}

/**
 * Properties of an EmrServerlessStopApplication task that uses JSONPath.
 */
export interface EmrServerlessStopApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessStopApplicationOptions {}

/**
 * Properties of an EmrServerlessStopApplication task that uses JSONata.
 */
export interface EmrServerlessStopApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessStopApplicationOptions {}

/**
 * Properties of an EmrServerlessStopApplication task.
 */
export interface EmrServerlessStopApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessStopApplicationOptions {}

/**
 * Stops an EMR Serverless application and releases its initial capacity as a Task; with RUN_JOB, waits until it is `STOPPED`.
 *
 * Every job run of the application must have ended or been cancelled first.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export class EmrServerlessStopApplication extends TaskStateBase {
  /**
   * An EmrServerlessStopApplication task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessStopApplicationJsonPathProps): EmrServerlessStopApplication {
    return new EmrServerlessStopApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrServerlessStopApplication task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessStopApplicationJsonataProps): EmrServerlessStopApplication {
    return new EmrServerlessStopApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EMR Serverless's StopApplication response, empty. With `.sync`, the
   * state receives the finished job as the service describes it (any fields). Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   * @internal
   */
  declare readonly _serviceResult?: { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EmrServerlessStopApplicationProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrServerlessStopApplicationProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceId(this, 'applicationId', props.applicationId);

    // StopApplication on the application and, for RUN_JOB, reading it until it is stopped, with the application events rule.
    this.taskPolicies = applicationStatements(this, props.applicationId, this.integrationPattern, 'StopApplication', ['GetApplication']);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: ApplicationParameters = { ApplicationId: this.props.applicationId };
    return {
      Resource: integrationResourceArn('emr-serverless', 'stopApplication', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
