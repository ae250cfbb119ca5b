import type * as kms from 'aws-cdk-lib/aws-kms';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';
import type { CompressionType, InputMode, S3DataDistributionType, S3DataType } from './training';

/**
 * The container a processing job runs.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html
 */
export interface AppSpecification {
  /**
   * The image of the processing container; the job's role may pull it.
   */
  readonly image: DockerImage;

  /**
   * The entrypoint of the container, replacing the image's: 1 to 100 items of at most 256 characters.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html
   * @default - the image's entrypoint
   */
  readonly containerEntrypoint?: string[];

  /**
   * The arguments of the container: 1 to 100 items of 1 to 256 characters.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html
   * @default - none
   */
  readonly containerArguments?: string[];
}

/**
 * An input of a processing job: S3 data that SageMaker copies into (or streams to) the container.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingInput.html
 */
export interface ProcessingInput {
  /**
   * The name of the input, unique in the job.
   */
  readonly inputName: string;

  /**
   * Whether the container itself reads the input (then `s3Input.localPath` is not needed).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingInput.html
   * @default false
   */
  readonly appManaged?: boolean;

  /**
   * The S3 data of the input.
   */
  readonly s3Input: ProcessingS3Input;
}

/**
 * The S3 data of a processing job input.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
 */
export interface ProcessingS3Input {
  /**
   * Where the data is; the job's role may read it.
   */
  readonly s3Location: S3Location;

  /**
   * The path in the container where SageMaker puts the data: under `/opt/ml/processing/`, at most 256
   * characters. Needed unless the input is app-managed.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
   * @default - none (only for app-managed inputs)
   */
  readonly localPath?: string;

  /**
   * What `s3Location` points to: a key prefix or a manifest file (not an augmented manifest).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
   * @default S3DataType.S3_PREFIX
   */
  readonly s3DataType?: S3DataType;

  /**
   * Whether the data is copied before the job starts (`FILE`) or streamed (`PIPE`); `FAST_FILE` is not supported.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
   * @default InputMode.FILE
   */
  readonly s3InputMode?: InputMode;

  /**
   * Whether each instance gets all the data or a shard of it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
   * @default - SageMaker's default, `FullyReplicated`
   */
  readonly s3DataDistributionType?: S3DataDistributionType;

  /**
   * How the data is compressed; `GZIP` only with `PIPE` mode.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Input.html
   * @default - SageMaker's default, `None`
   */
  readonly s3CompressionType?: CompressionType;
}

/**
 * Where a processing job's outputs go.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutputConfig.html
 */
export interface ProcessingOutputConfig {
  /**
   * The outputs: at most 10, with unique names.
   */
  readonly outputs: ProcessingOutput[];

  /**
   * The KMS key SageMaker encrypts the S3 outputs with; the job's role may use it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutputConfig.html
   * @default - the account's default key for Amazon S3
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * An output of a processing job: to Amazon S3, or (app-managed) to a SageMaker Feature Store feature group.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutput.html
 */
export interface ProcessingOutput {
  /**
   * The name of the output, unique in the job.
   */
  readonly outputName: string;

  /**
   * Whether the container itself writes the output (needed for `featureStoreOutput`).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutput.html
   * @default false
   */
  readonly appManaged?: boolean;

  /**
   * The S3 destination; set this or `featureStoreOutput`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Output.html
   * @default - none
   */
  readonly s3Output?: ProcessingS3Output;

  /**
   * The feature group destination (app-managed outputs only); set this or `s3Output`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingFeatureStoreOutput.html
   * @default - none
   */
  readonly featureStoreOutput?: FeatureStoreOutput;
}

/**
 * The S3 destination of a processing job output.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Output.html
 */
export interface ProcessingS3Output {
  /**
   * Where the output goes; the job's role may write to it.
   */
  readonly s3Location: S3Location;

  /**
   * The path in the container whose files SageMaker uploads: under `/opt/ml/processing/`, at most 256 characters.
   * Needed unless the output is app-managed.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Output.html
   * @default - none (only for app-managed outputs)
   */
  readonly localPath?: string;

  /**
   * When the files are uploaded.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Output.html
   * @default S3UploadMode.END_OF_JOB
   */
  readonly s3UploadMode?: S3UploadMode;
}

/**
 * The SageMaker Feature Store destination of a processing job output.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingFeatureStoreOutput.html
 */
export interface FeatureStoreOutput {
  /**
   * The name of the feature group: 1 to 64 letters, digits, `-` and `_`, starting and ending with a letter or
   * digit.
   */
  readonly featureGroupName: string;
}

/**
 * When a processing job uploads an output's files.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingS3Output.html
 */
export enum S3UploadMode {
  /** While the job runs. */
  CONTINUOUS = 'Continuous',
  /** When the job ends. */
  END_OF_JOB = 'EndOfJob',
}

/**
 * The SageMaker experiment, trial and run a job is recorded in.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ExperimentConfig.html
 */
export interface ExperimentConfig {
  /**
   * The name of an existing experiment: 1 to 120 letters, digits and hyphens.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ExperimentConfig.html
   * @default - none
   */
  readonly experimentName?: string;

  /**
   * The name of an existing trial: 1 to 120 letters, digits and hyphens.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ExperimentConfig.html
   * @default - none
   */
  readonly trialName?: string;

  /**
   * The display name of the trial component the job creates: 1 to 120 letters, digits and hyphens.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ExperimentConfig.html
   * @default - none
   */
  readonly trialComponentDisplayName?: string;

  /**
   * The name of the experiment run: 1 to 120 letters, digits and hyphens.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ExperimentConfig.html
   * @default - none
   */
  readonly runName?: string;
}
