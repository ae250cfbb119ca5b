import type { IConstruct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';

/**
 * The ARN of every Amazon EMR cluster of the stack's account and region, in the stack's partition:
 * `arn:<partition>:elasticmapreduce:<region>:<account>:cluster/*`.
 *
 * The EMR tasks take cluster IDs that are usually only known when the state runs, so they are granted on every
 * cluster, as Step Functions' own dynamic-resource policies are.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html
 */
export function clustersArn(scope: IConstruct): string {
  return Stack.of(scope).formatArn({
    service: 'elasticmapreduce',
    resource: 'cluster',
    resourceName: '*',
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
