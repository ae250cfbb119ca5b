import { App, Duration, Fn, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, normalize, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { BatchSubmitJob, type BatchSubmitJobProps } from '../src';
import {
  OWNED_DEFINITION_REF,
  OWNED_QUEUE_ARN,
  expectedStatements,
  machineStatements,
  jobDefinition,
  jobQueue,
  type DefinitionKind,
  type QueueKind,
} from './fixtures';

const resource = (suffix = '') => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::batch:submitJob${suffix}`]] });

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function submit(props: Partial<BatchSubmitJobProps> = {}, definition: DefinitionKind = 'owned', queue: QueueKind = 'owned'): BatchSubmitJob {
  return new BatchSubmitJob(stack, 'Task', {
    jobDefinitionArn: jobDefinition(stack, definition),
    jobName: 'JobName',
    jobQueueArn: jobQueue(stack, queue),
    ...props,
  });
}

describe('BatchSubmitJob', () => {
  describe('rendering', () => {
    it('waits for the job by default (.sync) and renders the required fields', () => {
      expect(render(submit())).toEqual({
        Type: 'Task',
        End: true,
        Resource: resource('.sync'),
        Parameters: { JobDefinition: OWNED_DEFINITION_REF, JobName: 'JobName', JobQueue: OWNED_QUEUE_ARN },
      });
    });

    it('renders every field; taskTimeout becomes the attempt timeout, not TimeoutSeconds', () => {
      const task = submit({
        arraySize: 15,
        containerOverrides: {
          command: ['sudo', 'rm'],
          environment: { key: 'value' },
          instanceType: new ec2.InstanceType('MULTI'),
          memory: Size.mebibytes(1024),
          gpuCount: 1,
          vcpus: 10,
        },
        dependsOn: [{ jobId: '1234', type: 'some_type' }],
        payload: sfn.TaskInput.fromObject({ foo: sfn.JsonPath.stringAt('$.bar') }),
        attempts: 3,
        tags: { team: 'data' },
        taskTimeout: sfn.Timeout.duration(Duration.seconds(60)),
        integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      });
      expect(render(task)).toEqual({
        Type: 'Task',
        End: true,
        Resource: resource(),
        Parameters: {
          JobDefinition: OWNED_DEFINITION_REF,
          JobName: 'JobName',
          JobQueue: OWNED_QUEUE_ARN,
          Parameters: { 'foo.$': '$.bar' },
          ArrayProperties: { Size: 15 },
          ContainerOverrides: {
            Command: ['sudo', 'rm'],
            Environment: [{ Name: 'key', Value: 'value' }],
            InstanceType: 'MULTI',
            ResourceRequirements: [{ Type: 'GPU', Value: '1' }, { Type: 'MEMORY', Value: '1024' }, { Type: 'VCPU', Value: '10' }],
          },
          DependsOn: [{ JobId: '1234', Type: 'some_type' }],
          RetryStrategy: { Attempts: 3 },
          Tags: { team: 'data' },
          Timeout: { AttemptDurationSeconds: 60 },
        },
      });
    });

    it('renders values from the state input', () => {
      const task = submit({
        jobName: sfn.JsonPath.stringAt('$.jobName'),
        arraySize: sfn.JsonPath.numberAt('$.arraySize'),
        taskTimeout: sfn.Timeout.at('$.timeout'),
        attempts: sfn.JsonPath.numberAt('$.attempts'),
        containerOverrides: { memory: Size.mebibytes(sfn.JsonPath.numberAt('$.memory')), vcpus: sfn.JsonPath.numberAt('$.vcpus') },
        payload: sfn.TaskInput.fromJsonPathAt('$.params'),
      });
      expect(render(task).Parameters).toEqual({
        'JobDefinition': OWNED_DEFINITION_REF,
        'JobName.$': '$.jobName',
        'JobQueue': OWNED_QUEUE_ARN,
        'Parameters.$': '$.params',
        'ArrayProperties': { 'Size.$': '$.arraySize' },
        'ContainerOverrides': { ResourceRequirements: [{ 'Type': 'MEMORY', 'Value.$': '$.memory' }, { 'Type': 'VCPU', 'Value.$': '$.vcpus' }] },
        'RetryStrategy': { 'Attempts.$': '$.attempts' },
        'Timeout': { 'AttemptDurationSeconds.$': '$.timeout' },
      });
    });

    it('renders the deprecated timeout in seconds and keeps the heartbeat on the state', () => {
      const task = submit({ timeout: Duration.minutes(5), heartbeat: Duration.minutes(1) });
      expect(render(task)).toMatchObject({ HeartbeatSeconds: 60, Parameters: { Timeout: { AttemptDurationSeconds: 300 } } });
      expect(render(task).TimeoutSeconds).toBeUndefined();
    });

    it('renders the JSONata state, with a JSONata taskTimeout as the attempt timeout', () => {
      const task = BatchSubmitJob.jsonata(stack, 'Task', {
        jobDefinitionArn: '{% $states.input.definition %}',
        jobName: '{% $states.input.name %}',
        jobQueueArn: jobQueue(stack, 'arn'),
        payload: sfn.TaskInput.fromObject({ day: '{% $states.input.day %}' }),
        taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeoutSeconds %}'),
      });
      expect(render(task)).toEqual({
        Type: 'Task',
        QueryLanguage: 'JSONata',
        End: true,
        Resource: resource('.sync'),
        Arguments: {
          JobDefinition: '{% $states.input.definition %}',
          JobName: '{% $states.input.name %}',
          JobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/MyQueue',
          Parameters: { day: '{% $states.input.day %}' },
          Timeout: { AttemptDurationSeconds: '{% $states.input.timeoutSeconds %}' },
        },
      });
    });

    it('renders the JSONPath state from the jsonPath() factory', () => {
      const task = BatchSubmitJob.jsonPath(stack, 'Task', {
        jobDefinitionArn: jobDefinition(stack, 'arn'), jobName: 'JobName', jobQueueArn: jobQueue(stack, 'arn'), resultPath: '$.job',
      });
      expect(render(task)).toMatchObject({ ResultPath: '$.job', Parameters: { JobName: 'JobName' } });
      expect(render(task).QueryLanguage).toBeUndefined();
    });

    it('renders Arguments inside a JSONata Map', () => {
      const definition = definitionOf(inJsonataMap(stack, submit({ jobName: '{% $states.input.name %}' }, 'arn', 'arn')));
      expect(definition.States.Map.ItemProcessor.States.Task.Arguments).toMatchObject({ JobName: '{% $states.input.name %}' });
    });
  });

  describe('IAM', () => {
    it('grants only batch:SubmitJob, on the job definition and queue, for REQUEST_RESPONSE', () => {
      const task = submit({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
      expect(machineStatements(task)).toEqual(normalize(expectedStatements('owned', 'owned', false, false)));
    });

    it('adds DescribeJobs, TerminateJob and the EventBridge managed rule for RUN_JOB', () => {
      expect(machineStatements(submit())).toEqual(normalize(expectedStatements('owned', 'owned', true, false)));
    });

    it('grants batch:TagResource on jobs when the job is tagged', () => {
      const task = submit({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE, tags: { team: 'data' } });
      expect(machineStatements(task)).toEqual(normalize(expectedStatements('owned', 'owned', false, true)));
    });

    it('does not grant batch:TagResource for an empty tag map', () => {
      expect(machineStatements(submit({ tags: {} }))).toEqual(normalize(expectedStatements('owned', 'owned', true, false)));
    });

    it.each([
      ['an ARN with a revision', 'arn'],
      ['an ARN without a revision', 'arnNoRevision'],
      ['a name', 'name'],
      ['a name with a revision', 'nameRevision'],
      ['an imported ARN', 'imported'],
      ['a JSON path', 'jsonPath'],
    ] as const)('scopes batch:SubmitJob to the job definition given as %s', (_name, definition) => {
      expect(machineStatements(submit({}, definition, 'arn'))).toEqual(normalize(expectedStatements(definition, 'arn', true, false)));
    });

    it.each([
      ['a name', 'name'],
      ['an imported ARN', 'imported'],
      ['a JSON path', 'jsonPath'],
    ] as const)('grants on the job queue given as %s', (_name, queue) => {
      expect(machineStatements(submit({}, 'arn', queue))).toEqual(normalize(expectedStatements('arn', queue, true, false)));
    });

    it('grants on every job definition and queue when both are JSONata expressions', () => {
      const task = BatchSubmitJob.jsonata(stack, 'Task', {
        jobDefinitionArn: jobDefinition(stack, 'jsonata'), jobName: 'JobName', jobQueueArn: jobQueue(stack, 'jsonata'),
      });
      expect(machineStatements(task)).toEqual(normalize(expectedStatements('jsonata', 'jsonata', true, false)));
    });

    it('grants TagResource for tags from a CDK token', () => {
      const tags = Fn.importValue('Tags') as unknown as { [key: string]: string };
      const granted = JSON.stringify(machineStatements(submit({ tags, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })));
      expect(granted).toContain('batch:TagResource');
    });
  });
});
