import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { isJsonataExpression } from '@cdk-stepfunctions/tasks-core';
import type { ISageMakerTask } from './task';

/**
 * An S3 location, once bound to a task: the URI the task sends to SageMaker.
 */
export interface S3LocationConfig {
  /**
   * The URI of the location (an `https://` object URL of the bucket, or the value of a JSON path or JSONata
   * expression).
   */
  readonly uri: string;
}

/**
 * What a task does with an S3 location, which decides what it grants on it.
 */
export interface S3LocationBindOptions {
  /**
   * Grant reading the objects under the location (`s3:GetObject`, `s3:ListBucket`, and `kms:Decrypt` on the bucket's
   * key).
   *
   * @default false
   */
  readonly forReading?: boolean;

  /**
   * Grant writing objects under the location (`s3:PutObject` and the bucket key's encryption actions).
   *
   * @default false
   */
  readonly forWriting?: boolean;
}

/**
 * An Amazon S3 location that a SageMaker task reads from or writes to, with the grants that implies.
 */
export abstract class S3Location {
  /**
   * The objects of `bucket` whose keys start with `keyPrefix`.
   *
   * Binding grants the task's principal read and/or write access to `<keyPrefix>*` in the bucket (and its key, when
   * the bucket is encrypted with one).
   *
   * @param bucket the bucket that holds the objects.
   * @param keyPrefix the key prefix of the objects.
   */
  public static fromBucket(bucket: s3.IBucket, keyPrefix: string): S3Location {
    return new BucketS3Location(bucket, keyPrefix);
  }

  /**
   * A location read from the state input or context at run time.
   *
   * The bucket is only known when the state runs, so binding grants the S3 actions on every resource (`*`).
   *
   * @param expression a JSON path (`$.S3Uri`) or a JSONata expression (`{% $states.input.uri %}`) giving the URI.
   */
  public static fromJsonExpression(expression: string): S3Location {
    return new ExpressionS3Location(isJsonataExpression(expression) ? expression : sfn.JsonPath.stringAt(expression));
  }

  /**
   * Called when a task uses the location: grants what `opts` asks for and returns the URI to render.
   */
  public abstract bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig;
}

/** A location in a known bucket: grants through the bucket, on `<keyPrefix>*`. */
class BucketS3Location extends S3Location {
  constructor(private readonly bucket: s3.IBucket, private readonly keyPrefix: string) {
    super();
  }

  public bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig {
    const objects = `${this.keyPrefix}*`;
    if (opts.forReading) this.bucket.grantRead(task, objects);
    if (opts.forWriting) this.bucket.grantWrite(task, objects);
    return { uri: this.bucket.urlForObject(this.keyPrefix) };
  }
}

/** A location only known at run time: grants on `*`. */
class ExpressionS3Location extends S3Location {
  constructor(private readonly uri: string) {
    super();
  }

  public bind(task: ISageMakerTask, opts: S3LocationBindOptions): S3LocationConfig {
    const actions = [
      ...(opts.forReading ? ['s3:GetObject', 's3:ListBucket'] : []),
      ...(opts.forWriting ? ['s3:PutObject'] : []),
    ];
    if (actions.length > 0) {
      task.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: ['*'] }));
    }
    return { uri: this.uri };
  }
}
