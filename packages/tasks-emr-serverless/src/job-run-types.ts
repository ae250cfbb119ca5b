import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * What a Spark job run submits.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SparkSubmit.html
 */
export interface EmrServerlessSparkSubmitOptions {
  /**
   * The entry point of the job: the S3 URI of a JAR or Python file, 1 to 4,096 characters.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SparkSubmit.html
   */
  readonly entryPoint: string;

  /**
   * The arguments of the job.
   *
   * `TaskInput.fromObject()` of an array of at most 1,024 strings, or a JSON path (`TaskInput.fromJsonPathAt()`) or
   * JSONata expression (`TaskInput.fromText('{% … %}')`) that evaluates to one.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SparkSubmit.html
   * @default - no arguments
   */
  readonly entryPointArguments?: sfn.TaskInput;

  /**
   * The `spark-submit` parameters, such as `--conf spark.executor.cores=4`: 1 to 102,400 characters.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SparkSubmit.html
   * @default - no Spark submit parameters
   */
  readonly sparkSubmitParameters?: string;
}

/**
 * What a Hive job run queries.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Hive.html
 */
export interface EmrServerlessHiveOptions {
  /**
   * The query: the S3 URI of the query file, 1 to 10,280 characters.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Hive.html
   */
  readonly query: string;

  /**
   * The S3 URI of a file of queries run before `query`: 1 to 256 characters.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Hive.html
   * @default - no initialization file
   */
  readonly initQueryFile?: string;

  /**
   * The Hive parameters, such as `--hiveconf hive.exec.scratchdir=s3://…`: 1 to 102,400 characters.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Hive.html
   * @default - no parameters
   */
  readonly parameters?: string;
}

/**
 * The driver a job run runs: a Spark submit or a Hive query.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_JobDriver.html
 */
export class EmrServerlessJobDriver {
  /**
   * A Spark job: a JAR or Python entry point, its arguments and `spark-submit` parameters.
   */
  public static sparkSubmit(options: EmrServerlessSparkSubmitOptions): EmrServerlessJobDriver {
    return new EmrServerlessJobDriver(options, undefined);
  }

  /**
   * A Hive job: a query file, an initialization file and Hive parameters.
   */
  public static hive(options: EmrServerlessHiveOptions): EmrServerlessJobDriver {
    return new EmrServerlessJobDriver(undefined, options);
  }

  /**
   * The Spark submit options, for a Spark driver.
   *
   * @default - none, for a Hive driver
   */
  public readonly sparkSubmitOptions?: EmrServerlessSparkSubmitOptions;

  /**
   * The Hive options, for a Hive driver.
   *
   * @default - none, for a Spark driver
   */
  public readonly hiveOptions?: EmrServerlessHiveOptions;

  private constructor(sparkSubmitOptions: EmrServerlessSparkSubmitOptions | undefined, hiveOptions: EmrServerlessHiveOptions | undefined) {
    this.sparkSubmitOptions = sparkSubmitOptions;
    this.hiveOptions = hiveOptions;
  }
}

/**
 * How a job run runs: a batch job that ends, or a streaming job that runs until cancelled.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/jobs-streaming.html
 */
export enum EmrServerlessJobRunMode {
  /** A batch job. */
  BATCH = 'BATCH',

  /** A streaming job (Amazon EMR 7.1.0 and later). */
  STREAMING = 'STREAMING',
}

/**
 * How EMR Serverless retries a failed job run.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/jobs-resiliency.html
 */
export interface EmrServerlessRetryPolicy {
  /**
   * The most attempts of a batch job run: at least 1.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_RetryPolicy.html
   * @default - 1 (no retries)
   */
  readonly maxAttempts?: number;

  /**
   * The most failed attempts per hour of a streaming job run: at least 1.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_RetryPolicy.html
   * @default 5
   */
  readonly maxFailedAttemptsPerHour?: number;
}
