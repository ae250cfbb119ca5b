import type { IConstruct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import { isRuntimeValue } from '@cdk-stepfunctions/tasks-core';

/**
 * The ARN of a virtual cluster, `arn:<partition>:emr-containers:<region>:<account>:/virtualclusters/<id>[<suffix>]`,
 * in the stack's partition, region and account; `/virtualclusters/*` when the ID is only known at run time.
 *
 * @param suffix appended to a known ID, such as `/jobruns/*` for its job runs.
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonemroneksemrcontainers.html#amazonemroneksemrcontainers-resources-for-iam-policies
 */
export function virtualClustersArn(scope: IConstruct, virtualClusterId: string, suffix = ''): string {
  return Stack.of(scope).formatArn({
    service: 'emr-containers',
    resource: 'virtualclusters',
    resourceName: isRuntimeValue(virtualClusterId) ? '*' : `${virtualClusterId}${suffix}`,
    arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
  });
}
