import type { Construct } from 'constructs';
import type { Duration } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  isRuntimeValue,
  passRoleStatement,
  resolveIntegrationPattern,
} from '@cdk-stepfunctions/tasks-core';
import type { EmrServerlessConfigurationOverrides } from './configuration-types';
import { EmrServerlessJobRunMode, type EmrServerlessJobDriver, type EmrServerlessRetryPolicy } from './job-run-types';
import { validateConfigurations, validateJobDriver, validateMonitoring } from './private/configuration-validation';
import { JOB_EVENTS_RULE, applicationArn, tagResourceStatement } from './private/iam';
import {
  configurationsParameters,
  jobDriverParameters,
  monitoringParameters,
  retryPolicyParameters,
  type ConfigurationParameters,
  type JobDriverParameters,
  type MonitoringParameters,
} from './private/render';
import { SUPPORTED_INTEGRATION_PATTERNS } from './private/task';
import {
  minutesOf,
  requireFor,
  validateAtLeast,
  validateClientToken,
  validateMinutes,
  validateResourceId,
  validateTags,
  validateText,
} from './private/validation';

interface EmrServerlessStartJobRunOptions {
  /**
   * The ID of the application to run the job on: 1 to 64 lowercase letters and digits, or a JSON path or JSONata
   * expression.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html
   */
  readonly applicationId: string;

  /**
   * The IAM role the job runs as; the state machine may pass it to EMR Serverless.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/security-iam-runtime-role.html
   */
  readonly executionRole: iam.IRole;

  /**
   * What the job runs: `EmrServerlessJobDriver.sparkSubmit()` or `.hive()`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_JobDriver.html
   */
  readonly jobDriver: EmrServerlessJobDriver;

  /**
   * Configuration the job run uses instead of the application's.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ConfigurationOverrides.html
   * @default - the application's configuration
   */
  readonly configurationOverrides?: EmrServerlessConfigurationOverrides;

  /**
   * The name of the job run: 1 to 256 characters; names need not be unique.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html
   * @default - no name
   */
  readonly name?: string;

  /**
   * The tags of the job run: at most 200.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * How long the job run may run before EMR Serverless cancels it: whole minutes, 0 to 1,000,000.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html
   * @default - 720 minutes (12 hours)
   */
  readonly executionTimeout?: Duration;

  /**
   * Whether the job run is a batch or a streaming job.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/jobs-streaming.html
   * @default EmrServerlessJobRunMode.BATCH
   */
  readonly mode?: EmrServerlessJobRunMode;

  /**
   * How EMR Serverless retries the job run when it fails: `maxAttempts` for batch jobs,
   * `maxFailedAttemptsPerHour` for streaming jobs.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/jobs-resiliency.html
   * @default - no retries for a batch job; 5 failed attempts per hour for a streaming job
   */
  readonly retryPolicy?: EmrServerlessRetryPolicy;

  /**
   * The idempotency token of the request: 1 to 64 of letters, digits and `. _ -`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_StartJobRun.html
   * @default - Step Functions generates one
   */
  readonly clientToken?: string;
}

/**
 * Properties of an EmrServerlessStartJobRun task that uses JSONPath.
 */
export interface EmrServerlessStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrServerlessStartJobRunOptions {}

/**
 * Properties of an EmrServerlessStartJobRun task that uses JSONata.
 */
export interface EmrServerlessStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrServerlessStartJobRunOptions {}

/**
 * Properties of an EmrServerlessStartJobRun task.
 */
export interface EmrServerlessStartJobRunProps extends sfn.TaskStateBaseProps, EmrServerlessStartJobRunOptions {}

/** The StartJobRun parameters. */
interface StartJobRunParameters {
  readonly ApplicationId: string;
  readonly ClientToken?: string;
  readonly ExecutionRoleArn: string;
  readonly JobDriver: JobDriverParameters;
  readonly ConfigurationOverrides?: {
    readonly ApplicationConfiguration?: ConfigurationParameters[];
    readonly MonitoringConfiguration?: MonitoringParameters;
  };
  readonly Tags?: { [key: string]: string };
  readonly ExecutionTimeoutMinutes?: number;
  readonly Name?: string;
  readonly Mode?: string;
  readonly RetryPolicy?: { readonly MaxAttempts?: number; readonly MaxFailedAttemptsPerHour?: number };
}

/**
 * Starts a job run on an EMR Serverless application as a Task: a Spark job or a Hive query. With RUN_JOB (the
 * default), waits until the job run succeeds; a failed or cancelled job run fails the state.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export class EmrServerlessStartJobRun extends TaskStateBase implements iam.IGrantable {
  /**
   * An EmrServerlessStartJobRun task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessStartJobRunJsonPathProps): EmrServerlessStartJobRun {
    return new EmrServerlessStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrServerlessStartJobRun task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessStartJobRunJsonataProps): EmrServerlessStartJobRun {
    return new EmrServerlessStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EMR Serverless's StartJobRun response. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { ApplicationId: string; JobRunId: string; Arn: string }
    | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  /**
   * The job's execution role: grant it what the job reads and writes.
   */
  public readonly grantPrincipal: iam.IPrincipal;

  private readonly props: EmrServerlessStartJobRunProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrServerlessStartJobRunProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_INTEGRATION_PATTERNS,
      sfn.IntegrationPattern.RUN_JOB);
    validateResourceId(this, 'applicationId', props.applicationId);
    validateJobDriver(this, props.jobDriver.hiveOptions ? 'jobDriver.hive' : 'jobDriver.sparkSubmit', props.jobDriver);
    validateConfigurations(this, 'configurationOverrides.applicationConfiguration', props.configurationOverrides?.applicationConfiguration);
    validateMonitoring(this, 'configurationOverrides.monitoringConfiguration', props.configurationOverrides?.monitoringConfiguration);
    validateText(this, 'name', props.name, 1, 256);
    validateTags(this, 'tags', props.tags);
    validateMinutes(this, 'executionTimeout', props.executionTimeout, 0, 1000000);
    validateClientToken(this, 'clientToken', props.clientToken);
    const retry = props.retryPolicy;
    validateAtLeast(this, 'retryPolicy.maxAttempts', retry?.maxAttempts, 1);
    validateAtLeast(this, 'retryPolicy.maxFailedAttemptsPerHour', retry?.maxFailedAttemptsPerHour, 1);
    const streaming = props.mode === EmrServerlessJobRunMode.STREAMING;
    requireFor(this, 'retryPolicy.maxAttempts', retry?.maxAttempts, !streaming, 'to batch job runs', `mode ${props.mode}`);
    requireFor(this, 'retryPolicy.maxFailedAttemptsPerHour', retry?.maxFailedAttemptsPerHour, streaming,
      'to streaming job runs (mode STREAMING)', `mode ${props.mode ?? 'BATCH (the default)'}`);

    this.grantPrincipal = props.executionRole;
    this.taskPolicies = startJobRunStatements(this, props, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('emr-serverless', 'startJobRun', this.integrationPattern),
      ...this.renderInput(startJobRunParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the StartJobRun parameters. */
function startJobRunParameters(props: EmrServerlessStartJobRunProps): StartJobRunParameters {
  const overrides = props.configurationOverrides;
  return {
    ApplicationId: props.applicationId,
    ClientToken: props.clientToken,
    ExecutionRoleArn: props.executionRole.roleArn,
    JobDriver: jobDriverParameters(props.jobDriver),
    ConfigurationOverrides: overrides && {
      ApplicationConfiguration: configurationsParameters(overrides.applicationConfiguration),
      MonitoringConfiguration: monitoringParameters(overrides.monitoringConfiguration),
    },
    Tags: props.tags,
    ExecutionTimeoutMinutes: minutesOf(props.executionTimeout),
    Name: props.name,
    Mode: props.mode,
    RetryPolicy: retryPolicyParameters(props.retryPolicy),
  };
}

/**
 * StartJobRun on the application and passing the execution role to EMR Serverless; for RUN_JOB, reading and
 * cancelling the application's job runs and the job events rule; tagging the job run when it has tags. Every
 * application when its ID is only known at run time.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam
 */
function startJobRunStatements(scope: Construct, props: EmrServerlessStartJobRunProps, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const runJob = pattern === sfn.IntegrationPattern.RUN_JOB;
  const dynamic = isRuntimeValue(props.applicationId);
  const jobRuns = applicationArn(scope, props.applicationId, '/jobruns/*');
  const statements = [new iam.PolicyStatement({
    actions: ['emr-serverless:StartJobRun', ...(runJob && dynamic ? ['emr-serverless:GetJobRun', 'emr-serverless:CancelJobRun'] : [])],
    resources: [applicationArn(scope, props.applicationId)],
  })];
  statements.push(passRoleStatement([props.executionRole], 'emr-serverless.amazonaws.com'));
  if (runJob && !dynamic) {
    statements.push(new iam.PolicyStatement({ actions: ['emr-serverless:GetJobRun', 'emr-serverless:CancelJobRun'], resources: [jobRuns] }));
  }
  if (runJob) statements.push(eventsManagedRuleStatement(scope, JOB_EVENTS_RULE));
  if (props.tags !== undefined) statements.push(tagResourceStatement(jobRuns));
  return statements;
}
