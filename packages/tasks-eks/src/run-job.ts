import type { Construct } from 'constructs';
import type * as eks from 'aws-cdk-lib/aws-eks';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import { type ClusterConnection, clusterConnection } from './private/cluster';
import { validateNamespace } from './private/validation';

interface EksRunJobOptions {
  /**
   * The EKS cluster to run the job in.
   *
   * An imported cluster must have its `clusterEndpoint` and `clusterCertificateAuthorityData`. The API server must
   * have public endpoint access.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  readonly cluster: eks.ICluster;

  /**
   * The Kubernetes namespace to run the job in.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html#connect-eks-kubernetes-apis-runjob
   * @default 'default'
   */
  readonly namespace?: string;

  /**
   * The Kubernetes Job to run: a `batch/v1` Job manifest (`apiVersion`, `kind`, `metadata`, `spec`), as an object
   * or as text.
   *
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/
   */
  readonly job: sfn.TaskInput;

  /**
   * Whether and how to return the logs of the job's pods once it completes (RUN_JOB only).
   *
   * The logs come back under `logs.pods.<pod>.containers.<container>.log`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html#connect-eks-kubernetes-apis-runjob
   * @default - no logs are retrieved
   */
  readonly logOptions?: LogOptions;
}

/**
 * Properties of an EksRunJob task that uses JSONPath.
 */
export interface EksRunJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksRunJobOptions {}

/**
 * Properties of an EksRunJob task that uses JSONata.
 */
export interface EksRunJobJsonataProps extends sfn.TaskStateJsonataBaseProps, EksRunJobOptions {}

/**
 * Properties of an EksRunJob task.
 */
export interface EksRunJobProps extends sfn.TaskStateBaseProps, EksRunJobOptions {}

/**
 * How an EksRunJob task retrieves the logs of the job's pods after the job completes.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html#connect-eks-kubernetes-apis-runjob
 */
export interface LogOptions {
  /**
   * Retrieve the logs of the job's pods once the job completes.
   *
   * @default false
   */
  readonly retrieveLogs?: boolean;

  /**
   * Return each log as a raw string instead of parsing it as JSON (parsing can, for instance, round long numbers).
   *
   * Needs `retrieveLogs`.
   *
   * @default false
   */
  readonly rawLogs?: boolean;

  /**
   * Query parameters of the Kubernetes Read Log API, each with its list of values, such as `tailLines` or
   * `limitBytes` to keep the result within the Step Functions payload quota.
   *
   * Needs `retrieveLogs`.
   *
   * @see https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#read-log-pod-v1-core
   * @default - every line of every container's log
   */
  readonly logParameters?: { [key: string]: string[] };
}

/** The `eks:runJob` parameters. */
interface RunJobParameters extends ClusterConnection {
  readonly Namespace?: string;
  readonly Job: unknown;
  readonly LogOptions?: {
    readonly RetrieveLogs?: boolean;
    readonly RawLogs?: boolean;
    readonly LogParameters?: { [key: string]: string[] };
  };
}

/**
 * Runs a Kubernetes Job on an EKS cluster as a Task: start it (REQUEST_RESPONSE) or wait for it to complete and,
 * optionally, return its pods' logs (RUN_JOB, the default).
 *
 * The state machine's role needs no IAM permission for it: the cluster authorizes the role through Kubernetes RBAC
 * (access entries or the `aws-auth` ConfigMap) to create and read Jobs, and to read pods and their logs.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html#connect-eks-kubernetes-apis-runjob
 */
export class EksRunJob extends TaskStateBase {
  /**
   * An EksRunJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksRunJobJsonPathProps): EksRunJob {
    return new EksRunJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksRunJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksRunJobJsonataProps): EksRunJob {
    return new EksRunJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: the Kubernetes API's response about the job (with `.sync`, the
   * finished job and, when asked, its logs). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?: {
    ResponseBody?: unknown; StatusCode?: number; StatusText?: string; Headers?: { [name: string]: unknown };
    logs?: unknown; [field: string]: unknown;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksRunJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly connection: ClusterConnection;

  constructor(scope: Construct, id: string, props: EksRunJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, EksRunJob.SUPPORTED_INTEGRATION_PATTERNS,
      sfn.IntegrationPattern.RUN_JOB);
    if (props.logOptions !== undefined && this.integrationPattern !== sfn.IntegrationPattern.RUN_JOB) {
      throw validationError(this, '`logOptions` applies only when `integrationPattern` is RUN_JOB (logs are read once the ' +
        `job completes), got ${this.integrationPattern}`);
    }
    validateLogOptions(this, props.logOptions);
    validateNamespace(this, 'namespace', props.namespace);
    validateJobManifest(this, props.job);
    this.connection = clusterConnection(this, props.cluster);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'runJob', this.integrationPattern),
      ...this.renderInput(runJobParameters(this.connection, this.props), queryLanguage),
    };
  }
}

/** Maps the props to the `eks:runJob` parameters. */
function runJobParameters(connection: ClusterConnection, props: EksRunJobProps): RunJobParameters {
  const logOptions = props.logOptions;
  return {
    ...connection,
    Namespace: props.namespace,
    Job: props.job.value,
    LogOptions: logOptions === undefined ? undefined : {
      RetrieveLogs: logOptions.retrieveLogs,
      RawLogs: logOptions.rawLogs,
      LogParameters: logOptions.logParameters,
    },
  };
}

/** Throws when `rawLogs` or `logParameters` is set while logs are not retrieved. */
function validateLogOptions(scope: Construct, logOptions: LogOptions | undefined): void {
  if (logOptions === undefined || logOptions.retrieveLogs === true) return;
  const given = (['rawLogs', 'logParameters'] as const).filter((key) => logOptions[key] !== undefined);
  if (given.length > 0) {
    throw validationError(scope, `${given.map((key) => `\`logOptions.${key}\``).join(' and ')} apply only when ` +
      `\`logOptions.retrieveLogs\` is true, got ${describeValue(logOptions.retrieveLogs)}`);
  }
}

/** The manifest fields `eks:runJob` requires of a Job given as an object. */
const JOB_FIELDS: Array<[string, string]> = [['apiVersion', 'batch/v1'], ['kind', 'Job']];

/**
 * Throws unless a Job given as an object is a `batch/v1` Job: `eks:runJob` runs Kubernetes Jobs only. Fields from
 * JSON paths or JSONata expressions, and Jobs given as text or a path, are not checked.
 */
function validateJobManifest(scope: Construct, job: sfn.TaskInput): void {
  if (job.type !== sfn.InputType.OBJECT || job.value === null || typeof job.value !== 'object') return;
  const manifest = job.value as { [key: string]: unknown };
  const dynamicKeys = Object.keys(manifest).filter((key) => key.endsWith('.$'));
  for (const [field, wanted] of JOB_FIELDS) {
    const value = manifest[field];
    if (isDynamic(value) || dynamicKeys.includes(`${field}.$`)) continue;
    if (value !== wanted) {
      throw validationError(scope, `\`job.${field}\` must be '${wanted}' (eks:runJob runs Kubernetes batch/v1 Jobs; use ` +
        `EksCall for other objects), got ${describeValue(value)}`);
    }
  }
}
