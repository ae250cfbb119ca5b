/**
 * A configuration of an application: a classification (the configuration file), its properties and nested
 * configurations.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Configuration.html
 */
export interface EmrServerlessConfiguration {
  /**
   * The classification, such as `spark-defaults` or `hive-site`: 1 to 1,024 characters.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/default-configs.html
   */
  readonly classification: string;

  /**
   * The properties of the classification: at most 100, keys of 1 to 1,024 characters, values of at most 1,024.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Configuration.html
   * @default - no properties
   */
  readonly properties?: { [key: string]: string };

  /**
   * Configurations nested in this one: at most 100.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Configuration.html
   * @default - no nested configurations
   */
  readonly configurations?: EmrServerlessConfiguration[];
}

/**
 * Publishing logs to Amazon S3.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_S3MonitoringConfiguration.html
 */
export interface EmrServerlessS3MonitoringConfiguration {
  /**
   * The S3 URI the logs go to, such as `s3://my-bucket/logs/`: 1 to 10,280 characters.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_S3MonitoringConfiguration.html
   * @default - no S3 logs
   */
  readonly logUri?: string;

  /**
   * The ARN of the KMS key that encrypts the logs.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_S3MonitoringConfiguration.html
   * @default - logs encrypted as the bucket encrypts them
   */
  readonly encryptionKeyArn?: string;
}

/**
 * Keeping logs in EMR Serverless's managed storage.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ManagedPersistenceMonitoringConfiguration.html
 */
export interface EmrServerlessManagedPersistenceMonitoringConfiguration {
  /**
   * Whether managed logging is on.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ManagedPersistenceMonitoringConfiguration.html
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The ARN of the KMS key that encrypts the managed logs.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ManagedPersistenceMonitoringConfiguration.html
   * @default - an AWS owned key
   */
  readonly encryptionKeyArn?: string;
}

/**
 * Publishing logs to CloudWatch Logs.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CloudWatchLoggingConfiguration.html
 */
export interface EmrServerlessCloudWatchLoggingConfiguration {
  /**
   * Whether CloudWatch logging is on.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CloudWatchLoggingConfiguration.html
   */
  readonly enabled: boolean;

  /**
   * The log group: 1 to 512 of letters, digits and `. - _ / #`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CloudWatchLoggingConfiguration.html
   * @default - `/aws/emr-serverless`
   */
  readonly logGroupName?: string;

  /**
   * The prefix of the log streams: 1 to 512 characters without `:` or `*`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CloudWatchLoggingConfiguration.html
   * @default - no prefix
   */
  readonly logStreamNamePrefix?: string;

  /**
   * The ARN of the KMS key that encrypts the logs.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CloudWatchLoggingConfiguration.html
   * @default - logs encrypted as the log group encrypts them
   */
  readonly encryptionKeyArn?: string;

  /**
   * The log types to publish per worker type, such as `{ SPARK_DRIVER: ['STDOUT', 'STDERR'] }`: 1 to 4 worker types,
   * 1 to 5 log types each.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/logging.html#jobs-log-storage-cw
   * @default - the drivers' STDOUT and STDERR
   */
  readonly logTypes?: { [workerType: string]: string[] };
}

/**
 * Sending metrics to Amazon Managed Service for Prometheus.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_PrometheusMonitoringConfiguration.html
 */
export interface EmrServerlessPrometheusMonitoringConfiguration {
  /**
   * The remote write URL of the Prometheus workspace.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_PrometheusMonitoringConfiguration.html
   * @default - no Prometheus metrics
   */
  readonly remoteWriteUrl?: string;
}

/**
 * Where an application or a job run publishes logs and metrics.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MonitoringConfiguration.html
 */
export interface EmrServerlessMonitoringConfiguration {
  /**
   * Publishing logs to Amazon S3.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_S3MonitoringConfiguration.html
   * @default - no S3 logs
   */
  readonly s3MonitoringConfiguration?: EmrServerlessS3MonitoringConfiguration;

  /**
   * Keeping logs in managed storage.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ManagedPersistenceMonitoringConfiguration.html
   * @default - managed logging on, with an AWS owned key
   */
  readonly managedPersistenceMonitoringConfiguration?: EmrServerlessManagedPersistenceMonitoringConfiguration;

  /**
   * Publishing logs to CloudWatch Logs.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CloudWatchLoggingConfiguration.html
   * @default - no CloudWatch logs
   */
  readonly cloudWatchLoggingConfiguration?: EmrServerlessCloudWatchLoggingConfiguration;

  /**
   * Sending metrics to Amazon Managed Service for Prometheus.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_PrometheusMonitoringConfiguration.html
   * @default - no Prometheus metrics
   */
  readonly prometheusMonitoringConfiguration?: EmrServerlessPrometheusMonitoringConfiguration;
}

/**
 * Configuration that a job run uses instead of its application's.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ConfigurationOverrides.html
 */
export interface EmrServerlessConfigurationOverrides {
  /**
   * Application configurations for the job run: at most 100.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Configuration.html
   * @default - the application's runtime configuration
   */
  readonly applicationConfiguration?: EmrServerlessConfiguration[];

  /**
   * Monitoring for the job run.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MonitoringConfiguration.html
   * @default - the application's monitoring configuration
   */
  readonly monitoringConfiguration?: EmrServerlessMonitoringConfiguration;
}
