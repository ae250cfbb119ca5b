import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { applicationStatements } from './private/iam';
import { type ApplicationParameters, SUPPORTED_INTEGRATION_PATTERNS } from './private/task';
import { validateResourceId } from './private/validation';

interface EmrServerlessStartApplicationOptions {
  /**
   * The ID of the application to start: 1 to 64 lowercase letters and digits, or a JSON path or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartApplication.html
   */
  readonly applicationId: string;
}

/**
 * Properties of an EmrServerlessStartApplication task that uses JSONPath.
 */
export interface EmrServerlessStartApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessStartApplicationOptions {}

/**
 * Properties of an EmrServerlessStartApplication task that uses JSONata.
 */
export interface EmrServerlessStartApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessStartApplicationOptions {}

/**
 * Properties of an EmrServerlessStartApplication task.
 */
export interface EmrServerlessStartApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessStartApplicationOptions {}

/**
 * Starts an EMR Serverless application and the initial capacity it has as a Task; with RUN_JOB, waits until it is `STARTED`.
 *
 * Job runs submitted to an application that auto-starts start it too; starting it first makes its initial capacity ready.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export class EmrServerlessStartApplication extends TaskStateBase {
  /**
   * An EmrServerlessStartApplication task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessStartApplicationJsonPathProps): EmrServerlessStartApplication {
    return new EmrServerlessStartApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrServerlessStartApplication task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessStartApplicationJsonataProps): EmrServerlessStartApplication {
    return new EmrServerlessStartApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EMR Serverless's StartApplication response, empty. With `.sync`, the
   * state receives the finished job as the service describes it (any fields). Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   * @internal
   */
  declare readonly _serviceResult?: { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EmrServerlessStartApplicationProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrServerlessStartApplicationProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceId(this, 'applicationId', props.applicationId);

    // StartApplication on the application and, for RUN_JOB, reading it until it is started (and stopping it, should the task be stopped) with the application events rule.
    this.taskPolicies = applicationStatements(this, props.applicationId, this.integrationPattern, 'StartApplication',
      ['GetApplication', 'StopApplication']);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: ApplicationParameters = { ApplicationId: this.props.applicationId };
    return {
      Resource: integrationResourceArn('emr-serverless', 'startApplication', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
