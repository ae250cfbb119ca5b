import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Duration } from 'aws-cdk-lib/core';
import type { CompressionType, S3DataType } from './training';

/**
 * The timeout and retries of each request a transform job sends to the model.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelClientConfig.html
 */
export interface ModelClientOptions {
  /**
   * How many times a failing request is retried: 0 to 3.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelClientConfig.html
   * @default 0
   */
  readonly invocationsMaxRetries?: number;

  /**
   * How long a request may take: 1 second to 1 hour, in whole seconds.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelClientConfig.html
   * @default Duration.minutes(1)
   */
  readonly invocationsTimeout?: Duration;
}

/**
 * The data a transform job transforms and where it is in Amazon S3.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformInput.html
 */
export interface TransformInput {
  /**
   * How the data is compressed; SageMaker decompresses it before sending it to the model.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformInput.html
   * @default - not compressed (SageMaker's default, `None`)
   */
  readonly compressionType?: CompressionType;

  /**
   * The MIME type of the data, sent to the model with each request.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformInput.html
   * @default - none
   */
  readonly contentType?: string;

  /**
   * Where the data is.
   */
  readonly transformDataSource: TransformDataSource;

  /**
   * How the input files are split into mini-batches.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformInput.html
   * @default - not split (SageMaker's default, `None`)
   */
  readonly splitType?: SplitType;
}

/**
 * Where a transform job's input data is.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformDataSource.html
 */
export interface TransformDataSource {
  /**
   * The input data in Amazon S3.
   */
  readonly s3DataSource: TransformS3DataSource;
}

/**
 * A transform job's input data in Amazon S3.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformS3DataSource.html
 */
export interface TransformS3DataSource {
  /**
   * What `s3Uri` points to: a key prefix or a manifest file.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformS3DataSource.html
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;

  /**
   * The S3 URI of the key prefix or manifest file (`s3://bucket/prefix`).
   */
  readonly s3Uri: string;
}

/**
 * Where a transform job writes its results.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html
 */
export interface TransformOutput {
  /**
   * The MIME type of the results.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html
   * @default - none
   */
  readonly accept?: string;

  /**
   * How the results of each input file are put together in one S3 object.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html
   * @default - SageMaker's default (`None`: the results are concatenated as they are)
   */
  readonly assembleWith?: AssembleWith;

  /**
   * The KMS key SageMaker encrypts the results with (S3 server-side encryption).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html
   * @default - the account's default key for Amazon S3
   */
  readonly encryptionKey?: kms.IKeyRef;

  /**
   * The S3 URI where the results are written (`s3://bucket/prefix`).
   */
  readonly s3OutputPath: string;
}

/**
 * The ML compute instances of a transform job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html
 */
export interface TransformResources {
  /**
   * The number of instances: at least 1.
   */
  readonly instanceCount: number;

  /**
   * The instance type, without the `ml.` prefix, which the task adds; a JSON path or JSONata expression is
   * rendered as given.
   */
  readonly instanceType: ec2.InstanceType;

  /**
   * The KMS key SageMaker encrypts the instances' storage volumes with.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html
   * @default - the volumes are encrypted with an AWS managed key
   */
  readonly volumeEncryptionKey?: kms.IKeyRef;
}

/**
 * How many records a transform job puts in each request to the model.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
 */
export enum BatchStrategy {
  /** As many records as fit in `maxPayload`. */
  MULTI_RECORD = 'MultiRecord',
  /** One record per request. */
  SINGLE_RECORD = 'SingleRecord',
}

/**
 * How a transform job splits its input files into records.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformInput.html
 */
export enum SplitType {
  /** Not split: each file is one record. */
  NONE = 'None',
  /** One record per line. */
  LINE = 'Line',
  /** MXNet RecordIO records. */
  RECORD_IO = 'RecordIO',
  /** TensorFlow TFRecord records. */
  TF_RECORD = 'TFRecord',
}

/**
 * How a transform job puts the results of an input file together.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html
 */
export enum AssembleWith {
  /** The results are concatenated as they are (binary). */
  NONE = 'None',
  /** A newline follows each result. */
  LINE = 'Line',
}
