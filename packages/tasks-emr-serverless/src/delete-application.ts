import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { applicationStatements } from './private/iam';
import { type ApplicationParameters, SUPPORTED_INTEGRATION_PATTERNS } from './private/task';
import { validateResourceId } from './private/validation';

interface EmrServerlessDeleteApplicationOptions {
  /**
   * The ID of the application to delete: 1 to 64 lowercase letters and digits, or a JSON path or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_DeleteApplication.html
   */
  readonly applicationId: string;
}

/**
 * Properties of an EmrServerlessDeleteApplication task that uses JSONPath.
 */
export interface EmrServerlessDeleteApplicationJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessDeleteApplicationOptions {}

/**
 * Properties of an EmrServerlessDeleteApplication task that uses JSONata.
 */
export interface EmrServerlessDeleteApplicationJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessDeleteApplicationOptions {}

/**
 * Properties of an EmrServerlessDeleteApplication task.
 */
export interface EmrServerlessDeleteApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessDeleteApplicationOptions {}

/**
 * Deletes an EMR Serverless application as a Task; with RUN_JOB, waits until it is `TERMINATED`.
 *
 * The application must be `CREATED` or `STOPPED`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export class EmrServerlessDeleteApplication extends TaskStateBase {
  /**
   * An EmrServerlessDeleteApplication task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessDeleteApplicationJsonPathProps): EmrServerlessDeleteApplication {
    return new EmrServerlessDeleteApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrServerlessDeleteApplication task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessDeleteApplicationJsonataProps): EmrServerlessDeleteApplication {
    return new EmrServerlessDeleteApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EMR Serverless's DeleteApplication response, empty. With `.sync`,
   * the state receives the finished job as the service describes it (any fields). Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   * @internal
   */
  declare readonly _serviceResult?: { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EmrServerlessDeleteApplicationProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrServerlessDeleteApplicationProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceId(this, 'applicationId', props.applicationId);

    // DeleteApplication on the application and, for RUN_JOB, reading it until it is deleted, with the application events rule.
    this.taskPolicies = applicationStatements(this, props.applicationId, this.integrationPattern, 'DeleteApplication', ['GetApplication']);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: ApplicationParameters = { ApplicationId: this.props.applicationId };
    return {
      Resource: integrationResourceArn('emr-serverless', 'deleteApplication', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
