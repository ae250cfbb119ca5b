import type { IConstruct } from 'constructs';
import { ArnFormat, Stack, Token } from 'aws-cdk-lib/core';
import { isRuntimeValue } from '@cdk-stepfunctions/tasks-core';

/*
 * The ARNs the Batch statements name. SubmitJob accepts a job definition as `name`, `name:revision` or an ARN with or
 * without the revision, and a job queue as a name or an ARN; IAM matches the request against
 * `job-definition/<name>:<revision>` and `job-queue/<name>`.
 *
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbatch.html#awsbatch-resources-for-iam-policies
 */

/** A job definition ARN, with its revision when it has one. */
export const JOB_DEFINITION_ARN = /^arn:[^:\s]+:batch:[^:\s]*:[^:\s]*:job-definition\/([A-Za-z0-9_-]{1,128})(?::([1-9][0-9]*))?$/;
/** A job definition name, with its revision when it has one. */
export const JOB_DEFINITION_NAME = /^[A-Za-z0-9_-]{1,128}(?::[1-9][0-9]*)?$/;
/** A job queue ARN. */
export const JOB_QUEUE_ARN = /^arn:[^:\s]+:batch:[^:\s]*:[^:\s]*:job-queue\/[A-Za-z0-9_-]{1,128}$/;
/** A job queue name. */
export const JOB_QUEUE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/** `arn:<partition>:batch:<region>:<account>:<resource>/<name>` in the stack's partition, region and account. */
function batchArn(scope: IConstruct, resource: string, resourceName: string): string {
  return Stack.of(scope).formatArn({ service: 'batch', resource, resourceName, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
}

/**
 * What `batch:SubmitJob` is granted on for the job definition: the definition in every revision (`<arn>` and
 * `<arn>:*`, the ARN without its revision); every definition (`job-definition/*`) when it is known only at run time.
 * A deploy-time token is granted as it resolves (the `Ref` of a job definition is its ARN with the revision) and
 * with `:*`, for an ARN without one.
 */
export function jobDefinitionResources(scope: IConstruct, jobDefinition: string): string[] {
  if (knownAtRunTime(jobDefinition)) return [batchArn(scope, 'job-definition', '*')];
  if (Token.isUnresolved(jobDefinition)) return [jobDefinition, `${jobDefinition}:*`];
  const arn = JOB_DEFINITION_ARN.exec(jobDefinition);
  const base = arn
    ? jobDefinition.replace(/:[1-9][0-9]*$/, '')
    : batchArn(scope, 'job-definition', jobDefinition.replace(/:[1-9][0-9]*$/, ''));
  return [base, `${base}:*`];
}

/**
 * What `batch:SubmitJob` is granted on for the job queue: its ARN (a name becomes the queue's ARN in the stack's
 * account and region); every queue (`job-queue/*`) when it is known only at run time.
 */
export function jobQueueResource(scope: IConstruct, jobQueue: string): string {
  if (knownAtRunTime(jobQueue)) return batchArn(scope, 'job-queue', '*');
  if (Token.isUnresolved(jobQueue) || jobQueue.startsWith('arn:')) return jobQueue;
  return batchArn(scope, 'job-queue', jobQueue);
}

/** Whether `value` is a JSON path or JSONata expression (without narrowing its type, as `isRuntimeValue` does). */
function knownAtRunTime(value: string): boolean {
  return isRuntimeValue(value);
}

/** Every job (`job/*`) in the stack's account and region, where submitted jobs are created. */
export function jobsArn(scope: IConstruct): string {
  return batchArn(scope, 'job', '*');
}
