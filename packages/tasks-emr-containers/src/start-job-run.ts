import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  isRuntimeValue,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type {
  ApplicationConfiguration,
  JobDriver,
  Monitoring,
  ReleaseLabel,
  VirtualClusterInput,
} from './emr-containers-types';
import { virtualClustersArn } from './private/arns';
import { createJobExecutionRole } from './private/job-execution-role';
import { validateApplicationConfig, validateJobDriver } from './private/start-job-run-validation';
import { validateReleaseLabel, validateResourceName, validateTags, validateText, validateVirtualClusterId } from './private/validation';

interface EmrContainersStartJobRunOptions {
  /**
   * The virtual cluster the job runs on.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_StartJobRun.html
   */
  readonly virtualCluster: VirtualClusterInput;

  /**
   * The name of the job run: 1 to 64 characters matching the API's pattern `[\.\-_/#A-Za-z0-9]+`.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_StartJobRun.html
   * @default - no name
   */
  readonly jobName?: string;

  /**
   * The IAM role the job runs as.
   *
   * Its trust policy must let the EMR service accounts of the virtual cluster's namespace assume it. Required when the
   * virtual cluster ID is a JSON path or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/setting-up-trust-policy.html
   * @default - a new role, whose trust policy is updated for the virtual cluster at deployment
   */
  readonly executionRole?: iam.IRole;

  /**
   * The Amazon EMR release the job runs with.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/emr-eks-releases.html
   */
  readonly releaseLabel: ReleaseLabel;

  /**
   * The configurations of the applications the job runs, at most 100.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
   * @default - no application configuration
   */
  readonly applicationConfig?: ApplicationConfiguration[];

  /**
   * What the job runs.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_JobDriver.html
   */
  readonly jobDriver: JobDriver;

  /**
   * Where the job run publishes logs, and whether its persistent application UI is on.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_MonitoringConfiguration.html
   * @default - the persistent application UI is on; no CloudWatch or S3 logging
   */
  readonly monitoring?: Monitoring;

  /**
   * The tags of the job run: at most 50, keys of 1 to 128 characters, values of at most 256.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_StartJobRun.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of an EmrContainersStartJobRun task that uses JSONPath.
 */
export interface EmrContainersStartJobRunJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, EmrContainersStartJobRunOptions {}

/**
 * Properties of an EmrContainersStartJobRun task that uses JSONata.
 */
export interface EmrContainersStartJobRunJsonataProps
  extends sfn.TaskStateJsonataBaseProps, EmrContainersStartJobRunOptions {}

/**
 * Properties of an EmrContainersStartJobRun task.
 */
export interface EmrContainersStartJobRunProps extends sfn.TaskStateBaseProps, EmrContainersStartJobRunOptions {}

/** An application configuration, as the API takes it. */
interface ConfigurationParameters {
  readonly Classification: string;
  readonly Properties?: { [key: string]: string };
  readonly Configurations?: ConfigurationParameters[];
}

/** The StartJobRun parameters. */
interface StartJobRunParameters {
  readonly VirtualClusterId: string;
  readonly Name?: string;
  readonly ExecutionRoleArn: string;
  readonly ReleaseLabel: string;
  readonly JobDriver: {
    readonly SparkSubmitJobDriver: {
      readonly EntryPoint: string;
      readonly EntryPointArguments?: unknown;
      readonly SparkSubmitParameters?: string;
    };
  };
  readonly ConfigurationOverrides: {
    readonly ApplicationConfiguration?: ConfigurationParameters[];
    readonly MonitoringConfiguration: {
      readonly CloudWatchMonitoringConfiguration?: { readonly LogGroupName: string; readonly LogStreamNamePrefix?: string };
      readonly PersistentAppUI: 'ENABLED' | 'DISABLED';
      readonly S3MonitoringConfiguration?: { readonly LogUri: string };
    };
  };
  readonly Tags?: { [key: string]: string };
}

/**
 * Starts a job run on an EMR on EKS virtual cluster as a Task: a Spark JAR, PySpark script or Spark SQL query
 * submitted to the cluster. With RUN_JOB (the default), waits until the job run ends.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 */
export class EmrContainersStartJobRun extends TaskStateBase implements iam.IGrantable {
  /**
   * An EmrContainersStartJobRun task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersStartJobRunJsonPathProps): EmrContainersStartJobRun {
    return new EmrContainersStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrContainersStartJobRun task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrContainersStartJobRunJsonataProps): EmrContainersStartJobRun {
    return new EmrContainersStartJobRun(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: EMR on EKS's StartJobRun response. With `.sync`, the state receives
   * the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { Id: string; VirtualClusterId: string; Name?: string; Arn?: string }
    | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  /**
   * The job execution role: grant it what the job reads and writes.
   */
  public readonly grantPrincipal: iam.IPrincipal;

  private readonly props: EmrContainersStartJobRunProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly role: iam.IRole;
  private readonly logGroup?: logs.ILogGroup;
  private readonly logBucket?: s3.IBucket;

  constructor(scope: Construct, id: string, props: EmrContainersStartJobRunProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      EmrContainersStartJobRun.SUPPORTED_INTEGRATION_PATTERNS, sfn.IntegrationPattern.RUN_JOB);

    const virtualClusterId = props.virtualCluster.id;
    validateVirtualClusterId(this, 'virtualCluster', virtualClusterId);
    validateResourceName(this, 'jobName', props.jobName);
    validateReleaseLabel(this, 'releaseLabel', props.releaseLabel.label);
    validateApplicationConfig(this, 'applicationConfig', props.applicationConfig);
    validateJobDriver(this, props.jobDriver);
    validateText(this, 'monitoring.logStreamNamePrefix', props.monitoring?.logStreamNamePrefix, 1, 256);
    validateTags(this, 'tags', props.tags);
    if (props.executionRole === undefined && isRuntimeValue(virtualClusterId)) {
      throw validationError(this, '`executionRole` must be given when the virtual cluster ID is a JSON path or JSONata ' +
        'expression, as the trust policy of a new role can only be set up for a known virtual cluster, got ' +
        'no `executionRole`');
    }
    const monitoring = props.monitoring;
    if (monitoring?.logStreamNamePrefix !== undefined && monitoring.logGroup === undefined && !monitoring.logging) {
      throw validationError(this, '`monitoring.logStreamNamePrefix` needs a log group: set `monitoring.logGroup`, or ' +
        '`monitoring.logging` to true for a new one, got neither');
    }

    this.logGroup = monitoring?.logGroup ?? (monitoring?.logging ? new logs.LogGroup(this, 'Monitoring Log Group') : undefined);
    this.logBucket = monitoring?.logBucket ?? (monitoring?.logging ? new s3.Bucket(this, 'Monitoring Bucket') : undefined);
    this.role = props.executionRole ?? createJobExecutionRole(this, virtualClusterId);
    this.grantPrincipal = this.role;
    grantMonitoring(this, this.role, this.logGroup, this.logBucket);

    this.taskPolicies = startJobRunStatements(this, virtualClusterId, this.role, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters = startJobRunParameters(this.props, this.role, this.logGroup, this.logBucket);
    return {
      Resource: integrationResourceArn('emr-containers', 'startJobRun', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/** Maps the props and the resources the task uses to the StartJobRun parameters. */
function startJobRunParameters(
  props: EmrContainersStartJobRunProps,
  role: iam.IRole,
  logGroup: logs.ILogGroup | undefined,
  logBucket: s3.IBucket | undefined,
): StartJobRunParameters {
  const driver = props.jobDriver.sparkSubmitJobDriver;
  return {
    VirtualClusterId: props.virtualCluster.id,
    Name: props.jobName,
    ExecutionRoleArn: role.roleArn,
    ReleaseLabel: props.releaseLabel.label,
    JobDriver: {
      SparkSubmitJobDriver: {
        EntryPoint: driver.entryPoint.value as string,
        EntryPointArguments: driver.entryPointArguments?.value,
        SparkSubmitParameters: driver.sparkSubmitParameters,
      },
    },
    ConfigurationOverrides: {
      ApplicationConfiguration: props.applicationConfig?.map(configurationParameters),
      MonitoringConfiguration: {
        CloudWatchMonitoringConfiguration: logGroup
          ? { LogGroupName: logGroup.logGroupName, LogStreamNamePrefix: props.monitoring?.logStreamNamePrefix }
          : undefined,
        PersistentAppUI: props.monitoring?.persistentAppUI === false ? 'DISABLED' : 'ENABLED',
        S3MonitoringConfiguration: logBucket ? { LogUri: logBucket.s3UrlForObject() } : undefined,
      },
    },
    Tags: props.tags,
  };
}

/** An application configuration and those nested in it, as the API takes them. */
function configurationParameters(config: ApplicationConfiguration): ConfigurationParameters {
  return {
    Classification: config.classification.classificationStatement,
    Properties: config.properties,
    Configurations: config.nestedConfig?.map(configurationParameters),
  };
}

/**
 * Lets the job execution role write the job's logs: read and write the log bucket, write and list streams in the log
 * group, and list log groups (which EMR on EKS does before it logs).
 */
function grantMonitoring(scope: Construct, role: iam.IRole, logGroup?: logs.ILogGroup, logBucket?: s3.IBucket): void {
  logBucket?.grantReadWrite(role);
  logGroup?.grantWrite(role);
  logGroup?.grant(role, 'logs:DescribeLogStreams');
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['logs:DescribeLogGroups'],
    resources: [Stack.of(scope).formatArn({ service: 'logs', resource: '*' })],
  }));
}

/**
 * StartJobRun on the virtual cluster with this execution role only and, for RUN_JOB, reading and cancelling its job
 * runs. Any virtual cluster when the ID is only known at run time.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-eks-iam.html
 */
function startJobRunStatements(
  scope: Construct,
  virtualClusterId: string,
  role: iam.IRole,
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({
    actions: ['emr-containers:StartJobRun'],
    resources: [virtualClustersArn(scope, virtualClusterId)],
    conditions: { StringEquals: { 'emr-containers:ExecutionRoleArn': role.roleArn } },
  })];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(new iam.PolicyStatement({
      actions: ['emr-containers:DescribeJobRun', 'emr-containers:CancelJobRun'],
      resources: [virtualClustersArn(scope, virtualClusterId, '/jobruns/*')],
    }));
  }
  return statements;
}
