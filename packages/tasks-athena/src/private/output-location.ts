import type { IConstruct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { isRuntimeValue } from '@cdk-stepfunctions/tasks-core';

/** The S3 ARNs a query writes its results to. */
export interface OutputLocationArns {
  /** The objects under the result location, `*` when that is not known before the state runs. */
  readonly objects: string;
  /** The bucket, when it is known before the state runs. */
  readonly bucket?: string;
}

/**
 * The ARNs of a result location: `arn:<partition>:s3:::<bucket>/<key>/*` (as aws-cdk-lib grants), `<bucket>/*`
 * for a key only known at run time, `*` for a bucket only known at run time or no location (the workgroup's).
 */
export function outputLocationArns(scope: IConstruct, location: s3.Location | undefined): OutputLocationArns {
  if (!location?.bucketName || isRuntimeValue(location.bucketName)) return { objects: '*' };
  const stack = Stack.of(scope);
  const prefix = isRuntimeValue(location.objectKey) ? '*' : `${location.objectKey}/*`;
  return {
    objects: stack.formatArn({ region: '', account: '', service: 's3', resource: location.bucketName, resourceName: prefix }),
    bucket: stack.formatArn({ region: '', account: '', service: 's3', resource: location.bucketName }),
  };
}
