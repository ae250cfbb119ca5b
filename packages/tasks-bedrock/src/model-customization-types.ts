import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * How a model customization job customizes the base model.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html
 */
export enum CustomizationType {
  /**
   * Fine-tuning: train the model on labeled examples to do better at specific tasks.
   */
  FINE_TUNING = 'FINE_TUNING',

  /**
   * Continued pre-training: train the model on unlabeled data so it gets familiar with a domain.
   */
  CONTINUED_PRE_TRAINING = 'CONTINUED_PRE_TRAINING',

  /**
   * Distillation: train a smaller student model on responses a larger teacher model generates for your use case.
   */
  DISTILLATION = 'DISTILLATION',
}

/**
 * A tag, as a key and a value.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Tag.html
 */
export interface CustomModelTag {
  /**
   * The tag's key: 1 to 128 letters, digits, white space and `._:/=+@-`.
   */
  readonly key: string;

  /**
   * The tag's value: up to 256 letters, digits, white space and `._:/=+@-`.
   */
  readonly value: string;
}

/**
 * An S3 location of a model customization job's data: a bucket and a path in it.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-prepare.html
 */
export interface DataBucketConfiguration {
  /**
   * The bucket.
   */
  readonly bucket: s3.IBucket;

  /**
   * The path of a file or folder in the bucket: `/`-separated segments of letters, digits and `-!_*'().`.
   *
   * @default - the root of the bucket
   */
  readonly path?: string;
}

/**
 * Where a model customization job writes its output (metrics and artifacts).
 */
export interface OutputBucketConfiguration extends DataBucketConfiguration {}

/**
 * Where a model customization job reads its training data.
 */
export interface TrainingBucketConfiguration extends DataBucketConfiguration {}

/**
 * Where a model customization job reads a validation data set.
 */
export interface ValidationBucketConfiguration extends DataBucketConfiguration {}

/**
 * The VPC a model customization job reaches its data through.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-job-access-security.html
 */
export interface IBedrockCreateModelCustomizationJobVpcConfig {
  /**
   * The security groups of the job's network interfaces: 1 to 5.
   */
  readonly securityGroups: ec2.ISecurityGroup[];

  /**
   * The subnets of the job's network interfaces: 1 to 16.
   */
  readonly subnets: ec2.ISubnet[];
}
