import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  isRuntimeValue,
  resolveIntegrationPattern,
} from '@cdk-stepfunctions/tasks-core';
import { JOB_EVENTS_RULE, applicationArn } from './private/iam';
import { SUPPORTED_INTEGRATION_PATTERNS } from './private/task';
import { validateResourceId } from './private/validation';

interface EmrServerlessCancelJobRunOptions {
  /**
   * The ID of the application the job runs on: 1 to 64 lowercase letters and digits, or a JSON path or JSONata
   * expression.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CancelJobRun.html
   */
  readonly applicationId: string;

  /**
   * The ID of the job run to cancel: 1 to 64 lowercase letters and digits, or a JSON path or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CancelJobRun.html
   */
  readonly jobRunId: string;
}

/**
 * Properties of an EmrServerlessCancelJobRun task that uses JSONPath.
 */
export interface EmrServerlessCancelJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessCancelJobRunOptions {}

/**
 * Properties of an EmrServerlessCancelJobRun task that uses JSONata.
 */
export interface EmrServerlessCancelJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessCancelJobRunOptions {}

/**
 * Properties of an EmrServerlessCancelJobRun task.
 */
export interface EmrServerlessCancelJobRunProps extends sfn.TaskStateBaseProps, EmrServerlessCancelJobRunOptions {}

/** The CancelJobRun parameters. */
interface CancelJobRunParameters {
  readonly ApplicationId: string;
  readonly JobRunId: string;
}

/**
 * Cancels an EMR Serverless job run as a Task; with RUN_JOB, waits until it is `CANCELLED`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export class EmrServerlessCancelJobRun extends TaskStateBase {
  /**
   * An EmrServerlessCancelJobRun task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessCancelJobRunJsonPathProps): EmrServerlessCancelJobRun {
    return new EmrServerlessCancelJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrServerlessCancelJobRun task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessCancelJobRunJsonataProps): EmrServerlessCancelJobRun {
    return new EmrServerlessCancelJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EMR Serverless's CancelJobRun response. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   * @internal
   */
  declare readonly _serviceResult?: { ApplicationId: string; JobRunId: string } | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EmrServerlessCancelJobRunProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrServerlessCancelJobRunProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceId(this, 'applicationId', props.applicationId);
    validateResourceId(this, 'jobRunId', props.jobRunId);

    this.taskPolicies = cancelJobRunStatements(this, props, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: CancelJobRunParameters = { ApplicationId: this.props.applicationId, JobRunId: this.props.jobRunId };
    return {
      Resource: integrationResourceArn('emr-serverless', 'cancelJobRun', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/**
 * CancelJobRun on the job run and, for RUN_JOB, reading it until it is cancelled, with the job events rule. Every
 * job run of the application when the job run ID is only known at run time, every application's when the
 * application ID is.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam
 */
function cancelJobRunStatements(scope: Construct, props: EmrServerlessCancelJobRunProps, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const runJob = pattern === sfn.IntegrationPattern.RUN_JOB;
  const jobRunId = isRuntimeValue(props.jobRunId) ? '*' : props.jobRunId;
  const statements = [new iam.PolicyStatement({
    actions: ['emr-serverless:CancelJobRun', ...(runJob ? ['emr-serverless:GetJobRun'] : [])],
    resources: [applicationArn(scope, props.applicationId, `/jobruns/${jobRunId}`)],
  })];
  if (runJob) statements.push(eventsManagedRuleStatement(scope, JOB_EVENTS_RULE));
  return statements;
}
