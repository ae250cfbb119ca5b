import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export const IMPORTED_ROLE_ARN = 'arn:aws:iam::123456789012:role/scheduler-role';
export const IMPORTED_QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:target-queue';
export const IMPORTED_DLQ_ARN = 'arn:aws:sqs:us-east-1:123456789012:dead-letters';
export const IMPORTED_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
export const UNIVERSAL_TARGET_ARN = 'arn:aws:scheduler:::aws-sdk:sqs:sendMessage';

/** Owned resources are created in the stack; imported ones come from fixed ARNs. */
export type Ownership = 'owned' | 'imported';

/** The execution role EventBridge Scheduler assumes, created under `scope` with stable ids. */
export function makeSchedulerRole(scope: Construct, kind: Ownership): iam.IRole {
  if (kind === 'imported') return iam.Role.fromRoleArn(scope, 'SchedulerRole', IMPORTED_ROLE_ARN);
  return new iam.Role(scope, 'SchedulerRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
}

export function makeQueue(scope: Construct, kind: Ownership, id = 'TargetQueue'): sqs.IQueue {
  if (kind === 'imported') return sqs.Queue.fromQueueArn(scope, id, id === 'TargetQueue' ? IMPORTED_QUEUE_ARN : IMPORTED_DLQ_ARN);
  return new sqs.Queue(scope, id);
}

export function makeKey(scope: Construct, kind: Ownership): kms.IKey {
  if (kind === 'imported') return kms.Key.fromKeyArn(scope, 'Key', IMPORTED_KEY_ARN);
  return new kms.Key(scope, 'Key');
}
