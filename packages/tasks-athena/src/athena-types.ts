import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Where Athena saves the results of a query, and how it encrypts them.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultConfiguration.html
 */
export interface ResultConfiguration {
  /**
   * The S3 location of the results: `s3://<bucketName>/<objectKey>/`.
   *
   * The bucket and key may be JSON paths or JSONata expressions.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultConfiguration.html#athena-Type-ResultConfiguration-OutputLocation
   * @default - the query result location of the workgroup
   */
  readonly outputLocation?: s3.Location;

  /**
   * How Athena encrypts the results in S3.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html
   * @default - the workgroup's encryption; none (SSE_S3 when the bucket has default encryption) otherwise
   */
  readonly encryptionConfiguration?: EncryptionConfiguration;
}

/**
 * How Athena encrypts query results in S3.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html
 */
export interface EncryptionConfiguration {
  /**
   * The kind of encryption: with an S3 managed key, or with a KMS key on the server or on the client side.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html#athena-Type-EncryptionConfiguration-EncryptionOption
   * @default EncryptionOption.S3_MANAGED
   */
  readonly encryptionOption: EncryptionOption;

  /**
   * The KMS key that encrypts the results, for `KMS` and `CLIENT_SIDE_KMS` (setting it with `S3_MANAGED` fails).
   *
   * The task role is granted `kms:Decrypt` and `kms:GenerateDataKey*` on it, which Athena needs of the caller to
   * write encrypted results.
   *
   * @see https://docs.aws.amazon.com/athena/latest/ug/encryption.html
   * @default - none for `S3_MANAGED`; the AWS managed key for `KMS` and `CLIENT_SIDE_KMS`
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * How Athena encrypts query results in S3.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_EncryptionConfiguration.html#athena-Type-EncryptionConfiguration-EncryptionOption
 */
export enum EncryptionOption {
  /**
   * Server-side encryption with an S3 managed key (SSE-S3).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html
   */
  S3_MANAGED = 'SSE_S3',

  /**
   * Server-side encryption with a KMS key (SSE-KMS).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
   */
  KMS = 'SSE_KMS',

  /**
   * Client-side encryption with a KMS key (CSE-KMS).
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingClientSideEncryption.html
   */
  CLIENT_SIDE_KMS = 'CSE_KMS',
}

/**
 * The data catalog and database a query runs in.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecutionContext.html
 */
export interface QueryExecutionContext {
  /**
   * The data catalog: 1 to 256 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecutionContext.html#athena-Type-QueryExecutionContext-Catalog
   * @default - the catalog of the workgroup, `AwsDataCatalog`
   */
  readonly catalogName?: string;

  /**
   * The database: 1 to 255 characters.
   *
   * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecutionContext.html#athena-Type-QueryExecutionContext-Database
   * @default - none: the query names the databases of its tables
   */
  readonly databaseName?: string;
}
