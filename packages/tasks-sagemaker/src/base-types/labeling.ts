import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Duration } from 'aws-cdk-lib/core';
import type { S3Location } from './s3-location';

/**
 * The data objects a labeling job labels: a manifest file in S3 (a static job) or an SNS topic that new objects
 * arrive on (a streaming job).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobInputConfig.html
 */
export interface LabelingJobInputConfig {
  /**
   * The input manifest file (`DataSource.S3DataSource.ManifestS3Uri`); the job's role may read it. Set this or
   * `snsTopicArn`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobS3DataSource.html
   * @default - none
   */
  readonly manifest?: S3Location;

  /**
   * The ARN of the SNS topic of a streaming job (`DataSource.SnsDataSource.SnsTopicArn`). Set this or `manifest`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobSnsDataSource.html
   * @default - none
   */
  readonly snsTopicArn?: string;

  /**
   * What you declare about the data objects; Amazon Mechanical Turk workers only get objects free of personally
   * identifiable information.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobDataAttributes.html
   * @default - none
   */
  readonly contentClassifiers?: ContentClassifier[];
}

/**
 * What a labeling job's data objects are free of.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobDataAttributes.html
 */
export enum ContentClassifier {
  /** No personally identifiable information. */
  FREE_OF_PERSONALLY_IDENTIFIABLE_INFORMATION = 'FreeOfPersonallyIdentifiableInformation',
  /** No adult content. */
  FREE_OF_ADULT_CONTENT = 'FreeOfAdultContent',
}

/**
 * Where a labeling job writes its labels.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobOutputConfig.html
 */
export interface LabelingJobOutputConfig {
  /**
   * Where the output manifest and labels go; the job's role may write to it.
   */
  readonly s3OutputLocation: S3Location;

  /**
   * The KMS key SageMaker encrypts the output with; the job's role may use it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobOutputConfig.html
   * @default - the account's default key for Amazon S3
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * The ARN of an SNS topic that gets each labeled object of a streaming job.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobOutputConfig.html
   * @default - none
   */
  readonly snsTopicArn?: string;
}

/**
 * When a labeling job stops.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobStoppingConditions.html
 */
export interface LabelingJobStoppingConditions {
  /**
   * Stop once workers have labeled this many objects: at least 1.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobStoppingConditions.html
   * @default - no limit
   */
  readonly maxHumanLabeledObjectCount?: number;

  /**
   * Stop once this percentage of the objects is labeled: 1 to 100.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobStoppingConditions.html
   * @default - no limit
   */
  readonly maxPercentageOfInputDatasetLabeled?: number;
}

/**
 * The automated data labeling of a labeling job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobAlgorithmsConfig.html
 */
export interface LabelingJobAlgorithmsConfig {
  /**
   * The ARN of the built-in algorithm for the task type.
   */
  readonly labelingJobAlgorithmSpecificationArn: string;

  /**
   * The ARN of a model from an earlier labeling job to start from.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobAlgorithmsConfig.html
   * @default - none
   */
  readonly initialActiveLearningModelArn?: string;

  /**
   * The KMS key SageMaker encrypts the volumes of the labeling instances with; the job's role may create grants on
   * it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobResourceConfig.html
   * @default - the volumes are encrypted with an AWS managed key
   */
  readonly volumeEncryptionKey?: kms.IKey;
}

/**
 * The work people do in a labeling job: who, with which UI, how many per object, for how long and at what price.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
 */
export interface HumanTaskConfig {
  /**
   * The ARN of the work team.
   */
  readonly workteamArn: string;

  /**
   * The Liquid template of the worker UI (`UiConfig.UiTemplateS3Uri`); the job's role may read it. Set this or
   * `humanTaskUiArn`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UiConfig.html
   * @default - none
   */
  readonly uiTemplate?: S3Location;

  /**
   * The ARN of a worker task template (`UiConfig.HumanTaskUiArn`), for 3D point cloud and video frame jobs. Set this
   * or `uiTemplate`.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UiConfig.html
   * @default - none
   */
  readonly humanTaskUiArn?: string;

  /**
   * The ARN of the Lambda function that runs before each object is shown to workers (the built-in one of the task
   * type, or yours); the job's role may invoke it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
   * @default - none (built-in task types with a worker task template)
   */
  readonly preHumanTaskLambdaArn?: string;

  /**
   * The ARN of the Lambda function that consolidates the workers' annotations; the job's role may invoke it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AnnotationConsolidationConfig.html
   * @default - none
   */
  readonly annotationConsolidationLambdaArn?: string;

  /**
   * The title workers see: 1 to 128 characters.
   */
  readonly taskTitle: string;

  /**
   * The description workers see: 1 to 255 characters.
   */
  readonly taskDescription: string;

  /**
   * Keywords that help workers find the task: 1 to 5, each 1 to 30 characters.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
   * @default - none
   */
  readonly taskKeywords?: string[];

  /**
   * How many workers label each object: 1 to 9.
   */
  readonly numberOfHumanWorkersPerDataObject: number;

  /**
   * How long a worker has for a task: 30 seconds to 8 hours, in whole seconds.
   */
  readonly taskTimeLimit: Duration;

  /**
   * How long a task stays available to workers: 60 seconds to 10 days, in whole seconds.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
   * @default - SageMaker's default
   */
  readonly taskAvailabilityLifetime?: Duration;

  /**
   * The most objects sent to workers at the same time: 1 to 5,000.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
   * @default - SageMaker's default, 1,000
   */
  readonly maxConcurrentTaskCount?: number;

  /**
   * The price paid to each Amazon Mechanical Turk worker per object (public work teams only).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PublicWorkforceTaskPrice.html
   * @default - none
   */
  readonly publicWorkforceTaskPrice?: PublicWorkforceTaskPrice;
}

/**
 * The price of a task for a public (Amazon Mechanical Turk) workforce, in US dollars.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_USD.html
 */
export interface PublicWorkforceTaskPrice {
  /**
   * Whole dollars: 0 to 2.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_USD.html
   * @default 0
   */
  readonly dollars?: number;

  /**
   * Cents: 0 to 99.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_USD.html
   * @default 0
   */
  readonly cents?: number;

  /**
   * Tenths of a cent: 0 to 9.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_USD.html
   * @default 0
   */
  readonly tenthFractionsOfACent?: number;
}
