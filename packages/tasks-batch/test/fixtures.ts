import { Fn, Size } from 'aws-cdk-lib/core';
import * as batch from 'aws-cdk-lib/aws-batch';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, statements } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';

/** Where the job definition of a test comes from. */
export type DefinitionKind = 'owned' | 'arn' | 'arnNoRevision' | 'name' | 'nameRevision' | 'imported' | 'jsonPath' | 'jsonata';
/** Where the job queue of a test comes from. */
export type QueueKind = 'owned' | 'arn' | 'name' | 'imported' | 'jsonPath' | 'jsonata';

export const DEFINITION_ARN = 'arn:aws:batch:us-east-1:123456789012:job-definition/MyJobDef:3';
export const DEFINITION_ARN_NO_REVISION = 'arn:aws:batch:us-east-1:123456789012:job-definition/MyJobDef';
export const QUEUE_ARN = 'arn:aws:batch:us-east-1:123456789012:job-queue/MyQueue';
/** The logical IDs of the owned job definition and queue (ids `JobDefinition` and `JobQueue` at the stack root). */
export const OWNED_DEFINITION_REF = { Ref: 'JobDefinition24FFE3ED' };
export const OWNED_QUEUE_ARN = { 'Fn::GetAtt': ['JobQueueEE3AD499', 'JobQueueArn'] };

/** A job definition of the given kind, created under `scope` with stable ids. */
export function jobDefinition(scope: Construct, kind: DefinitionKind): string {
  switch (kind) {
    case 'owned': return new batch.EcsJobDefinition(scope, 'JobDefinition', {
      container: new batch.EcsEc2ContainerDefinition(scope, 'Container', {
        image: ecs.ContainerImage.fromRegistry('public.ecr.aws/amazonlinux/amazonlinux:latest'),
        cpu: 1,
        memory: Size.mebibytes(2048),
      }),
    }).jobDefinitionArn;
    case 'arn': return DEFINITION_ARN;
    case 'arnNoRevision': return DEFINITION_ARN_NO_REVISION;
    case 'name': return 'MyJobDef';
    case 'nameRevision': return 'MyJobDef:7';
    case 'imported': return Fn.importValue('JobDefinitionArn');
    case 'jsonPath': return sfn.JsonPath.stringAt('$.jobDefinition');
    case 'jsonata': return '{% $states.input.jobDefinition %}';
  }
}

/** A job queue of the given kind, created under `scope` with stable ids. */
export function jobQueue(scope: Construct, kind: QueueKind): string {
  switch (kind) {
    case 'owned': return new batch.JobQueue(scope, 'JobQueue', {
      computeEnvironments: [{ order: 1, computeEnvironment: new batch.UnmanagedComputeEnvironment(scope, 'ComputeEnv') }],
    }).jobQueueArn;
    case 'arn': return QUEUE_ARN;
    case 'name': return 'MyQueue';
    case 'imported': return Fn.importValue('JobQueueArn');
    case 'jsonPath': return sfn.JsonPath.stringAt('$.jobQueue');
    case 'jsonata': return '{% $states.input.jobQueue %}';
  }
}

/** `arn:${Partition}:<service>:us-east-1:123456789012:<resource>`, as a stack in that environment formats it (normalized). */
export function stackArn(service: string, resource: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:us-east-1:123456789012:${resource}`]] };
}

/** The resources we grant `batch:SubmitJob` on for a job definition of this kind (normalized). */
export function definitionResources(kind: DefinitionKind): unknown[] {
  switch (kind) {
    case 'owned': return [OWNED_DEFINITION_REF, { 'Fn::Join': ['', [OWNED_DEFINITION_REF, ':*']] }];
    case 'arn':
    case 'arnNoRevision': return [DEFINITION_ARN_NO_REVISION, `${DEFINITION_ARN_NO_REVISION}:*`];
    case 'name':
    case 'nameRevision': return [stackArn('batch', 'job-definition/MyJobDef'), stackArn('batch', 'job-definition/MyJobDef:*')];
    case 'imported': return [{ 'Fn::ImportValue': 'JobDefinitionArn' }, { 'Fn::Join': ['', [{ 'Fn::ImportValue': 'JobDefinitionArn' }, ':*']] }];
    case 'jsonPath':
    case 'jsonata': return [stackArn('batch', 'job-definition/*')];
  }
}

/** The resource we grant `batch:SubmitJob` on for a job queue of this kind (normalized). */
export function queueResource(kind: QueueKind): unknown {
  switch (kind) {
    case 'owned': return OWNED_QUEUE_ARN;
    case 'arn': return QUEUE_ARN;
    case 'name': return stackArn('batch', 'job-queue/MyQueue');
    case 'imported': return { 'Fn::ImportValue': 'JobQueueArn' };
    case 'jsonPath':
    case 'jsonata': return stackArn('batch', 'job-queue/*');
  }
}

/** What the statements of a BatchSubmitJob should be (normalized), for a stack in us-east-1 / 123456789012. */
export function expectedStatements(definition: DefinitionKind, queue: QueueKind, runJob: boolean, tagged: boolean): unknown[] {
  const jobs = stackArn('batch', 'job/*');
  return [
    { Action: 'batch:SubmitJob', Effect: 'Allow', Resource: [...definitionResources(definition), queueResource(queue)] },
    ...(runJob ? [
      { Action: 'batch:DescribeJobs', Effect: 'Allow', Resource: '*' },
      { Action: 'batch:TerminateJob', Effect: 'Allow', Resource: jobs },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: stackArn('events', 'rule/StepFunctionsGetEventsForBatchJobsRule'),
      },
    ] : []),
    ...(tagged ? [{ Action: 'batch:TagResource', Effect: 'Allow', Resource: jobs }] : []),
  ];
}

/**
 * The state machine's statements once `task` is put in one (normalized): those of the owned job definition's
 * execution role (CloudWatch Logs) are left out.
 */
export function machineStatements(task: sfn.IChainable): unknown[] {
  return (normalize(statements(task)) as Array<{ Action: string | string[] }>)
    .filter((s) => ([] as string[]).concat(s.Action).every((action) => !action.startsWith('logs:')));
}
