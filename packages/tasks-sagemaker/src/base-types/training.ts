import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Duration, Size } from 'aws-cdk-lib/core';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';

/**
 * The algorithm a training job runs: a SageMaker or AWS Marketplace algorithm by name, or your own image.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
 */
export interface AlgorithmSpecification {
  /**
   * The name or ARN of an algorithm resource you created or subscribed to in AWS Marketplace.
   *
   * Set either this or `trainingImage`, not both.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
   * @default - no algorithm name (set `trainingImage`)
   */
  readonly algorithmName?: string;

  /**
   * The metrics the algorithm writes to its logs: a name and the regular expression that finds each value.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MetricDefinition.html
   * @default - no metrics
   */
  readonly metricDefinitions?: MetricDefinition[];

  /**
   * The Docker image that holds the training algorithm.
   *
   * Set either this or `algorithmName`, not both.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
   * @default - no image (set `algorithmName`)
   */
  readonly trainingImage?: DockerImage;

  /**
   * How the algorithm reads its training data.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
   * @default InputMode.FILE
   */
  readonly trainingInputMode?: InputMode;
}

/**
 * A dataset of a training job (training, validation, test…) and the S3 location it is read from.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
 */
export interface Channel {
  /**
   * The name of the channel: 1 to 64 letters, digits, `.`, `-` and `_`, unique in the job.
   */
  readonly channelName: string;

  /**
   * How the channel's data is compressed.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
   * @default - not compressed
   */
  readonly compressionType?: CompressionType;

  /**
   * The MIME type of the channel's data.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
   * @default - none
   */
  readonly contentType?: string;

  /**
   * Where the channel's data is.
   */
  readonly dataSource: DataSource;

  /**
   * How the algorithm reads this channel, overriding the algorithm's `trainingInputMode`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
   * @default - the algorithm's training input mode
   */
  readonly inputMode?: InputMode;

  /**
   * `RecordWrapperType.RECORD_IO` when the data is raw but the algorithm wants RecordIO: SageMaker wraps each S3
   * object in a RecordIO record.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
   * @default - none
   */
  readonly recordWrapperType?: RecordWrapperType;

  /**
   * Shuffle the channel's data (S3 prefix or manifest inputs in File or Pipe mode) with this seed.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ShuffleConfig.html
   * @default - not shuffled
   */
  readonly shuffleConfig?: ShuffleConfig;
}

/**
 * How a training channel's data is shuffled.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ShuffleConfig.html
 */
export interface ShuffleConfig {
  /**
   * The seed of the shuffling order.
   */
  readonly seed: number;
}

/**
 * Where a training channel's data is.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DataSource.html
 */
export interface DataSource {
  /**
   * The channel's data in Amazon S3.
   */
  readonly s3DataSource: S3DataSource;
}

/**
 * A training channel's data in Amazon S3.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
 */
export interface S3DataSource {
  /**
   * The attributes to read from each line of an augmented manifest file.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
   * @default - none
   */
  readonly attributeNames?: string[];

  /**
   * Whether each instance gets all the data or a shard of it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
   * @default - SageMaker's default (fully replicated)
   */
  readonly s3DataDistributionType?: S3DataDistributionType;

  /**
   * What `s3Location` points to: a key prefix or a manifest file.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;

  /**
   * The S3 location of the data; the job's role may read it.
   */
  readonly s3Location: S3Location;
}

/**
 * Where a training job writes the model artifacts.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputDataConfig.html
 */
export interface OutputDataConfig {
  /**
   * The KMS key SageMaker encrypts the model artifacts with (S3 server-side encryption); the job's role may use it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputDataConfig.html
   * @default - the account's default key for Amazon S3
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * The S3 location of the model artifacts; the job's role may write to it.
   */
  readonly s3OutputLocation: S3Location;
}

/**
 * How long a job may run before SageMaker stops it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
 */
export interface StoppingCondition {
  /**
   * The longest the job may run, in whole seconds: from 1 second to 28 days (to 777,600 seconds, 9 days, for a
   * processing job).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
   * @default - 1 hour
   */
  readonly maxRuntime?: Duration;
}

/**
 * The ML compute instances and storage volumes of a job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
 */
export interface ResourceConfig {
  /**
   * The number of instances: at least 1.
   */
  readonly instanceCount: number;

  /**
   * The instance type, without the `ml.` prefix, which the task adds (`ec2.InstanceType.of(M4, XLARGE)` is
   * `ml.m4.xlarge`).
   *
   * To read the type from the state input, pass the full `ml.` type as a JSON path or JSONata expression:
   * `new ec2.InstanceType(sfn.JsonPath.stringAt('$.instanceType'))`; it is rendered as given.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
   */
  readonly instanceType: ec2.InstanceType;

  /**
   * The KMS key SageMaker encrypts the instances' storage volumes with; the job's role may create grants on it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
   * @default - the volumes are encrypted with an AWS managed key
   */
  readonly volumeEncryptionKey?: kms.IKey;

  /**
   * The size of each instance's storage volume, in whole GiB: at least 1 GiB.
   */
  readonly volumeSize: Size;
}

/**
 * The VPC a job's containers connect to.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
 */
export interface VpcConfig {
  /**
   * The VPC; the task creates a security group in it.
   */
  readonly vpc: ec2.IVpc;

  /**
   * The subnets of `vpc` to use.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
   * @default - the VPC's private subnets
   */
  readonly subnets?: ec2.SubnetSelection;
}

/**
 * A metric an algorithm writes to its logs.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MetricDefinition.html
 */
export interface MetricDefinition {
  /**
   * The name of the metric: 1 to 255 characters.
   */
  readonly name: string;

  /**
   * The regular expression that finds the metric's value in the logs: 1 to 500 characters.
   */
  readonly regex: string;
}

/**
 * What an S3 data source's location points to.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
 */
export enum S3DataType {
  /** A manifest file listing the objects to use. */
  MANIFEST_FILE = 'ManifestFile',
  /** A key prefix: every object under it. */
  S3_PREFIX = 'S3Prefix',
  /** An augmented manifest file: JSON lines with the objects and their attributes. */
  AUGMENTED_MANIFEST_FILE = 'AugmentedManifestFile',
}

/**
 * How S3 data is spread over a job's instances.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3DataSource.html
 */
export enum S3DataDistributionType {
  /** Every instance gets all the data. */
  FULLY_REPLICATED = 'FullyReplicated',
  /** Each instance gets a share of the objects, split by key. */
  SHARDED_BY_S3_KEY = 'ShardedByS3Key',
}

/**
 * Whether SageMaker wraps each input object in a RecordIO record.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
 */
export enum RecordWrapperType {
  /** The objects are passed as they are. */
  NONE = 'None',
  /** Each object is wrapped in a RecordIO record. */
  RECORD_IO = 'RecordIO',
}

/**
 * How an algorithm reads its input data.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
 */
export enum InputMode {
  /** The data is streamed from S3 to the container. */
  PIPE = 'Pipe',
  /** The data is downloaded to the instance's volume before the algorithm starts. */
  FILE = 'File',
  /** The data is streamed from S3 but appears as files in the container. */
  FAST_FILE = 'FastFile',
}

/**
 * How input data is compressed.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
 */
export enum CompressionType {
  /** Not compressed. */
  NONE = 'None',
  /** Compressed with gzip. */
  GZIP = 'Gzip',
}
