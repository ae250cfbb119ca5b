import type { Construct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  resolveIntegrationPattern,
} from '@cdk-stepfunctions/tasks-core';
import type { BatchContainerOverrides, BatchJobDependency } from './batch-types';
import { jobDefinitionResources, jobQueueResource, jobsArn } from './private/resources';
import { attemptDurationSeconds, validateSubmitJobProps } from './private/validation';

interface BatchSubmitJobOptions {
  /**
   * The job definition the job runs: its ARN, with or without the revision (a name, or `name:revision`, is also
   * accepted, as SubmitJob takes them).
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-jobDefinition
   */
  readonly jobDefinitionArn: string;

  /**
   * The name of the job: up to 128 letters, numbers, hyphens and underscores, starting with a letter or number.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-jobName
   */
  readonly jobName: string;

  /**
   * The job queue the job is submitted to: its ARN (a name is also accepted, as SubmitJob takes it).
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-jobQueue
   */
  readonly jobQueueArn: string;

  /**
   * The number of child jobs of an array job, from 2 to 10,000; setting it makes the job an array job.
   *
   * @see https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html
   * @default - not an array job
   */
  readonly arraySize?: number;

  /**
   * What the job changes in the container of its job definition.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-containerOverrides
   * @default - the container of the job definition, unchanged
   */
  readonly containerOverrides?: BatchContainerOverrides;

  /**
   * The jobs this job waits for, at most 20.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-dependsOn
   * @default - no dependencies
   */
  readonly dependsOn?: BatchJobDependency[];

  /**
   * The parameters of the job, substituted for the `Ref::` placeholders of the job definition's command.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html#Batch-SubmitJob-request-parameters
   * @default - the parameters of the job definition
   */
  readonly payload?: sfn.TaskInput;

  /**
   * How many times the job is moved to `RUNNABLE`, from 1 to 10: a failed job is retried until it has run this
   * many times.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_RetryStrategy.html
   * @default 1
   */
  readonly attempts?: number;

  /**
   * Tags of the job: at most 50, keys of 1 to 128 characters not starting with `aws:`, values of at most 256.
   * The state machine's role is granted `batch:TagResource` on jobs to apply them.
   *
   * @see https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a BatchSubmitJob task that uses JSONPath.
 */
export interface BatchSubmitJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, BatchSubmitJobOptions {}

/**
 * Properties of a BatchSubmitJob task that uses JSONata.
 */
export interface BatchSubmitJobJsonataProps extends sfn.TaskStateJsonataBaseProps, BatchSubmitJobOptions {}

/**
 * Properties of a BatchSubmitJob task.
 *
 * `taskTimeout` (or the deprecated `timeout`) becomes the job's attempt timeout (`Timeout.AttemptDurationSeconds`, at
 * least 60 seconds), not the state's `TimeoutSeconds`.
 */
export interface BatchSubmitJobProps extends sfn.TaskStateBaseProps, BatchSubmitJobOptions {}

/** A resource requirement of the container overrides. */
interface ResourceRequirement {
  readonly Type: 'GPU' | 'MEMORY' | 'VCPU';
  readonly Value: string;
}

/** The container overrides of the SubmitJob request. */
interface ContainerOverridesParameters {
  readonly Command?: string[];
  readonly Environment?: Array<{ readonly Name: string; readonly Value: string }>;
  readonly InstanceType?: string;
  readonly ResourceRequirements?: ResourceRequirement[];
}

/** The SubmitJob request, in the order the reference renders it. */
interface SubmitJobParameters {
  readonly JobDefinition: string;
  readonly JobName: string;
  readonly JobQueue: string;
  readonly Parameters?: unknown;
  readonly ArrayProperties?: { readonly Size: number };
  readonly ContainerOverrides?: ContainerOverridesParameters;
  readonly DependsOn?: Array<{ readonly JobId?: string; readonly Type?: string }>;
  readonly RetryStrategy?: { readonly Attempts: number };
  readonly Tags?: { [key: string]: string };
  readonly Timeout?: { readonly AttemptDurationSeconds: number | string };
}

/** The EventBridge managed rule a `.sync` SubmitJob needs. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForBatchJobsRule';

/**
 * Submits an AWS Batch job from a job definition as a Task: wait for the job to end (RUN_JOB, the default) or
 * submit it and go on (REQUEST_RESPONSE).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
 */
export class BatchSubmitJob extends TaskStateBase {
  /**
   * A BatchSubmitJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
   */
  public static jsonPath(scope: Construct, id: string, props: BatchSubmitJobJsonPathProps): BatchSubmitJob {
    return new BatchSubmitJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A BatchSubmitJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
   */
  public static jsonata(scope: Construct, id: string, props: BatchSubmitJobJsonataProps): BatchSubmitJob {
    return new BatchSubmitJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: Batch's SubmitJob response; with `.sync`, the finished job as
   * DescribeJobs describes it. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { JobId: string; JobName: string; JobArn?: string }
    | {
      JobId: string; JobName: string; JobArn?: string; JobQueue: string; JobDefinition: string; Status: string;
      StatusReason?: string; CreatedAt?: number; StartedAt?: number; StoppedAt?: number;
      Attempts?: Array<{ [field: string]: unknown }>; Container?: { ExitCode?: number; [field: string]: unknown };
      [field: string]: unknown;
    };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: BatchSubmitJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: BatchSubmitJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      BatchSubmitJob.SUPPORTED_INTEGRATION_PATTERNS, sfn.IntegrationPattern.RUN_JOB);
    validateSubmitJobProps(this, props);

    this.taskPolicies = submitJobStatements(this, props, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('batch', 'submitJob', this.integrationPattern),
      ...this.renderInput(submitJobParameters(this.props), queryLanguage),
      // The timeout is the job's attempt timeout (in the request), not the state's.
      TimeoutSeconds: undefined,
      TimeoutSecondsPath: undefined,
    };
  }
}

/** Maps the props to the SubmitJob request; fields left unset are left out. */
function submitJobParameters(props: BatchSubmitJobProps): SubmitJobParameters {
  const timeout = attemptDurationSeconds(props);
  return {
    JobDefinition: props.jobDefinitionArn,
    JobName: props.jobName,
    JobQueue: props.jobQueueArn,
    Parameters: props.payload?.value,
    ArrayProperties: props.arraySize !== undefined ? { Size: props.arraySize } : undefined,
    ContainerOverrides: props.containerOverrides ? containerOverridesParameters(props.containerOverrides) : undefined,
    DependsOn: props.dependsOn?.map((dependency) => ({ JobId: dependency.jobId, Type: dependency.type })),
    RetryStrategy: props.attempts !== undefined ? { Attempts: props.attempts } : undefined,
    Tags: props.tags,
    Timeout: timeout !== undefined ? { AttemptDurationSeconds: timeout } : undefined,
  };
}

/** The container overrides, with GPU, memory (MiB) and vCPU as resource requirements in that order. */
function containerOverridesParameters(overrides: BatchContainerOverrides): ContainerOverridesParameters {
  const requirements: ResourceRequirement[] = [];
  if (overrides.gpuCount !== undefined) requirements.push({ Type: 'GPU', Value: `${overrides.gpuCount}` });
  if (overrides.memory !== undefined) requirements.push({ Type: 'MEMORY', Value: `${overrides.memory.toMebibytes()}` });
  if (overrides.vcpus !== undefined) requirements.push({ Type: 'VCPU', Value: `${overrides.vcpus}` });
  return {
    Command: overrides.command,
    Environment: overrides.environment
      ? Object.entries(overrides.environment).map(([name, value]) => ({ Name: name, Value: value }))
      : undefined,
    InstanceType: overrides.instanceType?.toString(),
    ResourceRequirements: requirements.length > 0 ? requirements : undefined,
  };
}

/**
 * The statements SubmitJob needs: `batch:SubmitJob` on the job definition and the job queue; for RUN_JOB,
 * `batch:DescribeJobs` (which takes no resource), `batch:TerminateJob` on jobs (to stop the job when the execution
 * stops) and the EventBridge managed rule; `batch:TagResource` on jobs when the job is tagged.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/batch-iam.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbatch.html
 */
function submitJobStatements(scope: Construct, props: BatchSubmitJobProps, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({
      actions: ['batch:SubmitJob'],
      resources: [...jobDefinitionResources(scope, props.jobDefinitionArn), jobQueueResource(scope, props.jobQueueArn)],
    }),
  ];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(
      new iam.PolicyStatement({ actions: ['batch:DescribeJobs'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['batch:TerminateJob'], resources: [jobsArn(scope)] }),
      eventsManagedRuleStatement(scope, SYNC_EVENTS_RULE),
    );
  }
  if (hasTags(props.tags)) {
    statements.push(new iam.PolicyStatement({ actions: ['batch:TagResource'], resources: [jobsArn(scope)] }));
  }
  return statements;
}

/** Whether the request tags the job: a tag map with entries, or one known only later. */
function hasTags(tags: { [key: string]: string } | undefined): boolean {
  if (tags === undefined) return false;
  return Token.isUnresolved(tags) || Object.keys(tags).length > 0;
}
