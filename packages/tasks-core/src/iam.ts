import type { IConstruct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';

/**
 * The statement a `.sync` (RUN_JOB) integration needs for the EventBridge managed rule Step Functions
 * creates to learn that the job finished.
 *
 * @param ruleName the managed rule's name, e.g. `StepFunctionsGetEventsForECSTaskRule`.
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/service-integration-iam-templates.html
 */
export function eventsManagedRuleStatement(scope: IConstruct, ruleName: string): PolicyStatement {
  return new PolicyStatement({
    actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    resources: [
      Stack.of(scope).formatArn({
        service: 'events',
        resource: 'rule',
        resourceName: ruleName,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      }),
    ],
  });
}

/**
 * The `iam:PassRole` statement a task needs to hand `roles` to the service it calls.
 *
 * @param service when given, passing is limited to that service principal (`iam:PassedToService`).
 */
export function passRoleStatement(roles: IRole[], service?: string): PolicyStatement {
  return new PolicyStatement({
    actions: ['iam:PassRole'],
    resources: roles.map((role) => role.roleArn),
    conditions: service ? { StringEquals: { 'iam:PassedToService': service } } : undefined,
  });
}
