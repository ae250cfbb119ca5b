import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { textOf } from './private/task-input';

/**
 * The Spark submit job driver: the application to run, its arguments and the `spark-submit` parameters.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
 */
export interface SparkSubmitJobDriver {
  /**
   * The entry point of the application: the URI of a JAR or Python file.
   *
   * `TaskInput.fromText()` with 1 to 256 characters, or `TaskInput.fromJsonPathAt()` (a JSONata expression through
   * `TaskInput.fromText()` in JSONata).
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
   */
  readonly entryPoint: sfn.TaskInput;

  /**
   * The arguments of the application.
   *
   * `TaskInput.fromObject()` of an array of 1 to 10,280 strings (each 1 to 10,280 characters), or a JSON path
   * (`TaskInput.fromJsonPathAt()`) or JSONata expression (`TaskInput.fromText('{% … %}')`) that evaluates to one.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
   * @default - no arguments
   */
  readonly entryPointArguments?: sfn.TaskInput;

  /**
   * The `spark-submit` parameters of the job run, such as `--conf spark.executor.instances=2`.
   *
   * 1 to 102,400 characters, not only white space.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
   * @default - no Spark submit parameters
   */
  readonly sparkSubmitParameters?: string;
}

/**
 * The driver a job runs on: what the job executes.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_JobDriver.html
 */
export interface JobDriver {
  /**
   * The Spark submit job driver.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_SparkSubmitJobDriver.html
   */
  readonly sparkSubmitJobDriver: SparkSubmitJobDriver;
}

/**
 * The classification of an application configuration: the configuration file it changes.
 *
 * Use a constant, or `new Classification('…')` for a classification without one.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/emr-eks-jobs-CLI.html#emr-eks-jobs-parameters
 */
export class Classification {
  /**
   * The `spark` classification, whose `maximizeResourceAllocation` property sizes executors from the hardware.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-configure.html#emr-spark-maximizeresourceallocation
   */
  public static readonly SPARK = new Classification('spark');

  /**
   * The `spark-defaults` classification: values of `spark-defaults.conf`.
   *
   * @see https://spark.apache.org/docs/latest/configuration.html
   */
  public static readonly SPARK_DEFAULTS = new Classification('spark-defaults');

  /**
   * The `spark-env` classification: values of `spark-env.sh`.
   *
   * @see https://spark.apache.org/docs/latest/configuration.html#environment-variables
   */
  public static readonly SPARK_ENV = new Classification('spark-env');

  /**
   * The `spark-hive-site` classification: values of Spark's `hive-site.xml`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-configure.html
   */
  public static readonly SPARK_HIVE_SITE = new Classification('spark-hive-site');

  /**
   * The `spark-log4j` classification: values of Spark's `log4j.properties`.
   *
   * @see https://github.com/apache/spark/blob/master/conf/log4j2.properties.template
   */
  public static readonly SPARK_LOG4J = new Classification('spark-log4j');

  /**
   * The `spark-metrics` classification: values of Spark's `metrics.properties`.
   *
   * @see https://github.com/apache/spark/blob/master/conf/metrics.properties.template
   */
  public static readonly SPARK_METRICS = new Classification('spark-metrics');

  /**
   * @param classificationStatement the classification, as the API spells it (1 to 1,024 characters).
   */
  constructor(public readonly classificationStatement: string) {}
}

/**
 * A configuration of the applications a job runs: a classification (the configuration file), its properties and
 * nested configurations.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
 */
export interface ApplicationConfiguration {
  /**
   * The classification of the configuration.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
   */
  readonly classification: Classification;

  /**
   * Configurations nested in this one, at most 100.
   *
   * A configuration needs `properties`, `nestedConfig` or both.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
   * @default - no nested configurations
   */
  readonly nestedConfig?: ApplicationConfiguration[];

  /**
   * The properties of the classification, at most 100; keys and values have 1 to 1,024 characters.
   *
   * A configuration needs `properties`, `nestedConfig` or both.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Configuration.html
   * @default - no properties
   */
  readonly properties?: { [key: string]: string };
}

/**
 * Where a job run publishes its logs, and whether its persistent application UI is on.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_MonitoringConfiguration.html
 */
export interface Monitoring {
  /**
   * Whether to log to a CloudWatch Logs log group and an S3 bucket the task creates when `logGroup` or `logBucket`
   * is not given.
   *
   * A given `logGroup` or `logBucket` is used whatever this is.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/emr-eks-jobs-CLI.html#emr-eks-jobs-s3
   * @default false
   */
  readonly logging?: boolean;

  /**
   * The CloudWatch Logs log group the job run sends its logs to; the job execution role may write to it.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CloudWatchMonitoringConfiguration.html
   * @default - a new log group when `logging` is true, else no CloudWatch logging
   */
  readonly logGroup?: logs.ILogGroup;

  /**
   * The prefix of the log streams in `logGroup`: 1 to 256 characters.
   *
   * Needs a log group (`logGroup`, or `logging: true`).
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CloudWatchMonitoringConfiguration.html
   * @default - no prefix
   */
  readonly logStreamNamePrefix?: string;

  /**
   * The S3 bucket the job run publishes its logs to; the job execution role may read and write it.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_S3MonitoringConfiguration.html
   * @default - a new bucket when `logging` is true, else no S3 logging
   */
  readonly logBucket?: s3.IBucket;

  /**
   * Whether the persistent application UI (Spark History Server) is on.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_MonitoringConfiguration.html
   * @default true
   */
  readonly persistentAppUI?: boolean;
}

/**
 * The Amazon EMR release a job runs with.
 *
 * Use a constant, or `new ReleaseLabel('emr-7.5.0-latest')` for any other release.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/emr-eks-releases.html
 */
export class ReleaseLabel {
  /** Amazon EMR 5.32.0, latest build. */
  public static readonly EMR_5_32_0 = new ReleaseLabel('emr-5.32.0-latest');

  /** Amazon EMR 5.33.0, latest build. */
  public static readonly EMR_5_33_0 = new ReleaseLabel('emr-5.33.0-latest');

  /** Amazon EMR 6.2.0, latest build. */
  public static readonly EMR_6_2_0 = new ReleaseLabel('emr-6.2.0-latest');

  /** Amazon EMR 6.3.0, latest build. */
  public static readonly EMR_6_3_0 = new ReleaseLabel('emr-6.3.0-latest');

  /**
   * @param label the release label, such as `emr-6.2.0-latest` (1 to 64 of `.-_/`, letters and digits), or a JSON
   *   path or JSONata expression.
   */
  constructor(public readonly label: string) {}
}

/**
 * The ID of the virtual cluster a job runs on.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_StartJobRun.html
 */
export class VirtualClusterInput {
  /**
   * The ID from a task input: `TaskInput.fromText()` (a literal ID, or a JSONata expression) or
   * `TaskInput.fromJsonPathAt()`.
   */
  public static fromTaskInput(taskInput: sfn.TaskInput): VirtualClusterInput {
    return VirtualClusterInput.withId(textOf('VirtualClusterInput.fromTaskInput', 'taskInput', taskInput));
  }

  /**
   * A literal virtual cluster ID (1 to 64 characters matching `[0-9a-z]+`), or a token.
   */
  public static fromVirtualClusterId(virtualClusterId: string): VirtualClusterInput {
    return VirtualClusterInput.withId(virtualClusterId);
  }

  /** An input of this ID; the constructor takes none, as in aws-cdk-lib's API. */
  private static withId(id: string): VirtualClusterInput {
    const fields: Pick<VirtualClusterInput, 'id'> = { id };
    return Object.assign(new VirtualClusterInput(), fields);
  }

  /**
   * The virtual cluster ID: a literal, a token, a JSON path or a JSONata expression.
   */
  public readonly id!: string;

  private constructor() {}
}
