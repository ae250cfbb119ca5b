import type { Construct } from 'constructs';
import { Duration, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { ExecutionClass, WorkerConfigurationProperty } from './glue-types';
import { glueResourceArn, validateGlueName } from './private/names';

interface GlueStartJobRunOptions {
  /**
   * The name of the Glue job to run: 1 to 255 characters on a single line, or a JSON path / JSONata expression.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun
   */
  readonly glueJobName: string;

  /**
   * The arguments of this run, in place of the job's default arguments: `TaskInput.fromObject()` with names such
   * as `--my-arg` (values may be JSON paths or JSONata expressions), or `TaskInput.fromJsonPathAt()` /
   * `TaskInput.fromText('{% … %}')` for an object from the state.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html
   * @default - the default arguments of the job
   */
  readonly arguments?: sfn.TaskInput;

  /**
   * The name of the Glue security configuration this run uses: 1 to 255 characters on a single line.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-common.html#aws-glue-api-regex-oneLine
   * @default - the security configuration of the job
   */
  readonly securityConfiguration?: string;

  /**
   * How long after the run starts Glue sends a job run delay notification: a whole number of minutes, at least 1.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun
   * @default - the notification delay of the job
   */
  readonly notifyDelayAfter?: Duration;

  /**
   * The type and number of workers of this run.
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/add-job.html
   * @default - the worker configuration of the job
   */
  readonly workerConfiguration?: WorkerConfigurationProperty;

  /**
   * Whether the run gets dedicated capacity (`STANDARD`) or spare capacity (`FLEX`).
   *
   * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-StartJobRun
   * @default - the execution class of the job (STANDARD unless the job sets FLEX)
   */
  readonly executionClass?: ExecutionClass;
}

/**
 * Properties of a GlueStartJobRun task that uses JSONPath.
 */
export interface GlueStartJobRunJsonPathProps extends sfn.TaskStateJsonPathBaseProps, GlueStartJobRunOptions {}

/**
 * Properties of a GlueStartJobRun task that uses JSONata.
 */
export interface GlueStartJobRunJsonataProps extends sfn.TaskStateJsonataBaseProps, GlueStartJobRunOptions {}

/**
 * Properties of a GlueStartJobRun task.
 *
 * `taskTimeout` (or the deprecated `timeout`) becomes the job run's `Timeout` in minutes, not the state's
 * `TimeoutSeconds`: Glue stops the run when it expires.
 */
export interface GlueStartJobRunProps extends sfn.TaskStateBaseProps, GlueStartJobRunOptions {}

/** The StartJobRun request, in the order the reference renders it. */
interface StartJobRunParameters {
  readonly JobName: string;
  readonly Arguments?: unknown;
  readonly Timeout?: number | string;
  readonly SecurityConfiguration?: string;
  readonly NotificationProperty?: { readonly NotifyDelayAfter: number };
  readonly WorkerType?: string;
  readonly NumberOfWorkers?: number;
  readonly ExecutionClass?: ExecutionClass;
}

/**
 * Starts a run of an AWS Glue job as a Task: start it and go on (REQUEST_RESPONSE), or wait for it to end
 * (RUN_JOB).
 *
 * The task's output is the `JobRun` (RUN_JOB) or the `JobRunId` and `JobName` (REQUEST_RESPONSE).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
 */
export class GlueStartJobRun extends TaskStateBase {
  /**
   * A GlueStartJobRun task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
   */
  public static jsonPath(scope: Construct, id: string, props: GlueStartJobRunJsonPathProps): GlueStartJobRun {
    return new GlueStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A GlueStartJobRun task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
   */
  public static jsonata(scope: Construct, id: string, props: GlueStartJobRunJsonataProps): GlueStartJobRun {
    return new GlueStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: Glue's StartJobRun response; with `.sync`, the finished job run as
   * GetJobRun describes it. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { JobRunId: string }
    | {
      Id: string; JobName: string; JobRunState: string; Attempt?: number; StartedOn?: number; CompletedOn?: number;
      LastModifiedOn?: number; ExecutionTime?: number; ErrorMessage?: string; Arguments?: { [name: string]: string };
      [field: string]: unknown;
    };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: GlueStartJobRunProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: GlueStartJobRunProps) {
    // `arguments` is the job's arguments here, not the JSONata state's `Arguments`.
    super(scope, id, { ...props, arguments: undefined } as sfn.TaskStateBaseProps);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      GlueStartJobRun.SUPPORTED_INTEGRATION_PATTERNS);

    validateGlueName(this, 'glueJobName', props.glueJobName);
    validateGlueName(this, 'securityConfiguration', props.securityConfiguration);
    validateWholeMinutes(this, 'notifyDelayAfter', props.notifyDelayAfter);
    validateWholeMinutes(this, 'timeout', props.timeout);
    const taskTimeoutSeconds = props.taskTimeout?.seconds;
    if (taskTimeoutSeconds !== undefined) validateWholeMinutes(this, 'taskTimeout', Duration.seconds(taskTimeoutSeconds));
    validateWorkerConfiguration(this, props.workerConfiguration);

    this.taskMetrics = {
      metricPrefixSingular: 'GlueJob',
      metricPrefixPlural: 'GlueJobs',
      metricDimensions: { GlueJobName: props.glueJobName },
    };
    this.taskPolicies = [startJobRunStatement(this, props.glueJobName, this.integrationPattern)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('glue', 'startJobRun', this.integrationPattern),
      ...this.renderInput(startJobRunParameters(this.props), queryLanguage),
      // The timeout is the job run's (in the request), not the state's.
      TimeoutSeconds: undefined,
      TimeoutSecondsPath: undefined,
    };
  }
}

/** Maps the props to the StartJobRun request; fields left unset are left out. */
function startJobRunParameters(props: GlueStartJobRunProps): StartJobRunParameters {
  const worker = props.workerConfiguration;
  return {
    JobName: props.glueJobName,
    Arguments: props.arguments?.value,
    Timeout: jobRunTimeout(props),
    SecurityConfiguration: props.securityConfiguration,
    NotificationProperty: props.notifyDelayAfter !== undefined
      ? { NotifyDelayAfter: props.notifyDelayAfter.toMinutes() }
      : undefined,
    WorkerType: worker?.workerType ?? worker?.workerTypeV2?.name,
    NumberOfWorkers: worker?.numberOfWorkers,
    ExecutionClass: props.executionClass,
  };
}

/**
 * The job run's `Timeout`: the deprecated `timeout` or a static `taskTimeout` in minutes; a dynamic `taskTimeout`
 * (JSON path or JSONata expression) as the value it selects.
 */
function jobRunTimeout(props: GlueStartJobRunProps): number | string | undefined {
  if (props.timeout !== undefined) return props.timeout.toMinutes();
  const taskTimeout = props.taskTimeout;
  if (taskTimeout?.seconds !== undefined) return Duration.seconds(taskTimeout.seconds).toMinutes();
  if (taskTimeout?.path !== undefined) return sfn.JsonPath.numberAt(taskTimeout.path);
  return taskTimeout?.jsonataExpression;
}

/** Throws unless the static `duration` of `prop` is a whole number of minutes, at least 1. */
function validateWholeMinutes(scope: Construct, prop: string, duration: Duration | undefined): void {
  if (duration === undefined || duration.isUnresolved()) return;
  const seconds = duration.toSeconds();
  if (seconds < 60 || seconds % 60 !== 0) {
    throw validationError(scope, `\`${prop}\` must be a whole number of minutes, at least 1, got ${duration.toHumanString()}`);
  }
}

/** Throws unless exactly one worker type is set and the number of workers is a positive integer. */
function validateWorkerConfiguration(scope: Construct, worker: WorkerConfigurationProperty | undefined): void {
  if (worker === undefined) return;
  if (worker.workerType !== undefined && worker.workerTypeV2 !== undefined) {
    throw validationError(scope, '`workerConfiguration.workerType` cannot be combined with `workerConfiguration.workerTypeV2`: ' +
      `set one of them, got ${describeValue(worker.workerType)} and ${describeValue(worker.workerTypeV2.name)}`);
  }
  if (worker.workerType === undefined && worker.workerTypeV2 === undefined) {
    throw validationError(scope, '`workerConfiguration` must set `workerTypeV2` (or the deprecated `workerType`), got neither');
  }
  if (worker.workerTypeV2 !== undefined && !Token.isUnresolved(worker.workerTypeV2.name) && worker.workerTypeV2.name.length === 0) {
    throw validationError(scope, '`workerConfiguration.workerTypeV2` must name a worker type, got an empty string');
  }
  const workers = worker.numberOfWorkers;
  if (!Token.isUnresolved(workers) && (!Number.isInteger(workers) || workers < 1)) {
    throw validationError(scope, `\`workerConfiguration.numberOfWorkers\` must be a positive integer, got ${describeValue(workers)}`);
  }
}

/**
 * `glue:StartJobRun` on the job and, for RUN_JOB, reading and stopping its runs; on every job when the name is only
 * known at run time.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/glue-iam.html
 */
function startJobRunStatement(scope: Construct, jobName: string, pattern: sfn.IntegrationPattern): iam.PolicyStatement {
  const actions = pattern === sfn.IntegrationPattern.RUN_JOB
    ? ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun']
    : ['glue:StartJobRun'];
  return new iam.PolicyStatement({ resources: [glueResourceArn(scope, 'job', jobName)], actions });
}
