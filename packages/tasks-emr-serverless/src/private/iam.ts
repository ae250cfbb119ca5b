import type { IConstruct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { eventsManagedRuleStatement, isRuntimeValue } from '@cdk-stepfunctions/tasks-core';

/*
 * The permissions of the EMR Serverless tasks, as the Step Functions developer guide lists them: the action on the
 * application (or job run), the reads `.sync` polls with, and the EventBridge managed rule `.sync` waits with.
 * See https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam.
 */

/** The EventBridge managed rule `.sync` application tasks need. */
export const APPLICATION_EVENTS_RULE = 'StepFunctionsGetEventsForEMRServerlessApplicationRule';

/** The EventBridge managed rule `.sync` job run tasks need. */
export const JOB_EVENTS_RULE = 'StepFunctionsGetEventsForEMRServerlessJobRule';

/**
 * `arn:<partition>:emr-serverless:<region>:<account>:/<path>`, in the stack's partition, region and account.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonemrserverless.html#amazonemrserverless-resources-for-iam-policies
 */
export function emrServerlessArn(scope: IConstruct, path: string): string {
  const [resource, ...rest] = path.split('/');
  return Stack.of(scope).formatArn({
    service: 'emr-serverless',
    resource,
    resourceName: rest.length > 0 ? rest.join('/') : undefined,
    arnFormat: ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
  });
}

/**
 * The ARN of an application, `…:/applications/<id>[<suffix>]`, or of every application (`…:/applications/*`) when its
 * ID is only known at run time.
 *
 * @param suffix appended to a known ID, such as `/jobruns/*` for its job runs.
 */
export function applicationArn(scope: IConstruct, applicationId: string, suffix = ''): string {
  return emrServerlessArn(scope, isRuntimeValue(applicationId) ? 'applications/*' : `applications/${applicationId}${suffix}`);
}

/**
 * The statements of a task on one application: `action` on it (on every application when its ID is only known at
 * run time) and, for RUN_JOB, `syncActions` on it too plus the application events rule.
 *
 * @param action the task's API action, without the `emr-serverless:` prefix.
 * @param syncActions the actions `.sync` also calls, such as `GetApplication` to poll the application's state.
 */
export function applicationStatements(
  scope: IConstruct,
  applicationId: string,
  pattern: sfn.IntegrationPattern,
  action: string,
  syncActions: string[],
): iam.PolicyStatement[] {
  const runJob = pattern === sfn.IntegrationPattern.RUN_JOB;
  const statements = [new iam.PolicyStatement({
    actions: [action, ...(runJob ? syncActions : [])].map((name) => `emr-serverless:${name}`),
    resources: [applicationArn(scope, applicationId)],
  })];
  if (runJob) statements.push(eventsManagedRuleStatement(scope, APPLICATION_EVENTS_RULE));
  return statements;
}

/** Tagging what a task creates, which an API call with tags needs besides its own action. */
export function tagResourceStatement(resource: string): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions: ['emr-serverless:TagResource'], resources: [resource] });
}
