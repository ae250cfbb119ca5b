import type { Construct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * The ARN of the task definition's family, without the revision:
 * `arn:aws:ecs:us-west-2:123456789012:task-definition/hello_world:8` becomes `…:task-definition/hello_world`.
 */
export function familyArn(scope: Construct, taskDefinitionArn: string): string {
  const stack = Stack.of(scope);
  const parts = stack.splitArn(taskDefinitionArn, ArnFormat.SLASH_RESOURCE_NAME);
  return stack.formatArn({
    partition: parts.partition,
    service: parts.service,
    account: parts.account,
    region: parts.region,
    resource: parts.resource,
    arnFormat: parts.arnFormat,
    resourceName: parts.resourceName?.split(':')[0],
  });
}

/**
 * `ecs:TagResource` on the tasks of the cluster, only while RunTask creates them: what copying the task
 * definition's tags to a new task needs.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/supported-iam-actions-tagging.html
 */
export function tagTasksStatement(scope: Construct, cluster: ecs.ICluster): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['ecs:TagResource'],
    resources: [Stack.of(scope).formatArn({
      service: 'ecs',
      resource: 'task',
      resourceName: `${cluster.clusterName}/*`,
      region: cluster.env.region,
      account: cluster.env.account,
    })],
    conditions: { StringEquals: { 'ecs:CreateAction': 'RunTask' } },
  });
}
