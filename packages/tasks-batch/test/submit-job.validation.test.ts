import { App, Duration, Fn, Size, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { BatchSubmitJob, type BatchSubmitJobProps } from '../src';
import { DEFINITION_ARN, QUEUE_ARN } from './fixtures';

const REQUIRED: BatchSubmitJobProps = { jobDefinitionArn: DEFINITION_ARN, jobName: 'JobName', jobQueueArn: QUEUE_ARN };

/** Builds and renders ours in a fresh stack (validation may happen at either step). */
function ours(props: Partial<BatchSubmitJobProps>): any {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new BatchSubmitJob(stack, 'Task', { ...REQUIRED, ...props }).toStateJson());
}

/** Builds and renders the reference in a fresh stack. */
function theReference(props: Partial<BatchSubmitJobProps>): any {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new reference.BatchSubmitJob(stack, 'Task', { ...REQUIRED, ...props }).toStateJson());
}

const tags = (count: number) => Object.fromEntries([...Array(count).keys()].map((i) => [`key${i}`, 'tag']));

describe('BatchSubmitJob validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, Partial<BatchSubmitJobProps>, RegExp]> = [
      ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
        /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['an environment variable starting with AWS_BATCH', { containerOverrides: { environment: { AWS_BATCH_MY_NAME: 'MY_VALUE' } } },
        /`containerOverrides.environment` names must not start with AWS_BATCH, which AWS Batch reserves, got 'AWS_BATCH_MY_NAME'/],
      ['an array size of 1', { arraySize: 1 }, /`arraySize` must be an integer from 2 to 10000, got 1/],
      ['an array size of 10,001', { arraySize: 10_001 }, /`arraySize` must be an integer from 2 to 10000, got 10001/],
      ['21 dependencies', { dependsOn: [...Array(21).keys()].map((i) => ({ jobId: `${i}`, type: `some_type-${i}` })) },
        /`dependsOn` must have from 0 to 20 items, got 21/],
      ['0 attempts', { attempts: 0 }, /`attempts` must be an integer from 1 to 10, got 0/],
      ['11 attempts', { attempts: 11 }, /`attempts` must be an integer from 1 to 10, got 11/],
      ['an attempt timeout under 60 seconds', { taskTimeout: sfn.Timeout.duration(Duration.seconds(59)) },
        /`taskTimeout` must be at least 60 seconds, the shortest attempt timeout of AWS Batch, got 59 seconds/],
      ['a deprecated timeout under 60 seconds', { timeout: Duration.seconds(30) },
        /`timeout` must be at least 60 seconds, the shortest attempt timeout of AWS Batch, got 30 seconds/],
      ['100 tags', { tags: tags(100) }, /`tags` must have from 0 to 50 entries, got 100/],
      ['a tag key of 150 characters', { tags: { ['k'.repeat(150)]: 'tag' } }, /`tags` keys must be from 1 to 128 characters long, got 150 characters/],
      ['a tag value of 300 characters', { tags: { key: 'v'.repeat(300) } }, /`tags` values must be at most 256 characters long, got 300 characters for 'key'/],
      ['a memory override that is not whole MiB', { containerOverrides: { memory: Size.kibibytes(4608) } },
        /`containerOverrides.memory` must be a whole number of MiB, at least 4, got 4.5 MiB/],
      ['a JSON path inside the command', { containerOverrides: { command: ['echo', sfn.JsonPath.stringAt('$.m')] } },
        /`containerOverrides.command` must not contain JSON paths among its items .* JsonPath.listAt\(\), got \["echo","<JSON path>"\]/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, props, message) => {
      expect(() => theReference(props)).toThrow();
      expect(() => ours(props)).toThrow(message);
    });
  });

  describe('resource overrides the reference drops silently', () => {
    const cases: Array<[string, Partial<BatchSubmitJobProps>, RegExp]> = [
      ['a vCPU override of 0', { containerOverrides: { vcpus: 0 } },
        /`containerOverrides.vcpus` must be more than 0 \(leave it unset to keep the job definition's vCPUs\), got 0/],
      ['a GPU override of 0', { containerOverrides: { gpuCount: 0 } },
        /`containerOverrides.gpuCount` must be a positive integer \(leave it unset to keep the job definition's GPUs\), got 0/],
    ];

    it.each(cases)('fails on %s', (_name, props, message) => {
      expect(theReference(props).Parameters.ContainerOverrides.ResourceRequirements).toBeUndefined();
      expect(() => ours(props)).toThrow(message);
    });

    it('fails on an attempt timeout of zero, which the reference drops', () => {
      expect(theReference({ timeout: Duration.seconds(0) }).Parameters.Timeout).toBeUndefined();
      expect(() => ours({ timeout: Duration.seconds(0) })).toThrow(/`timeout` must be/);
    });
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, Partial<BatchSubmitJobProps>, RegExp]> = [
      ['negative vCPUs', { containerOverrides: { vcpus: -1 } }, /`containerOverrides.vcpus` must be more than 0/],
      ['a fractional GPU count', { containerOverrides: { gpuCount: 1.5 } }, /`containerOverrides.gpuCount` must be a positive integer/],
      ['a memory override of 0 (the reference renders MEMORY 0)', { containerOverrides: { memory: Size.mebibytes(0) } },
        /`containerOverrides.memory` must be a whole number of MiB, at least 4, got 0 MiB/],
      ['2 MiB of memory', { containerOverrides: { memory: Size.mebibytes(2) } }, /`containerOverrides.memory` must be a whole number of MiB, at least 4, got 2 MiB/],
      ['a fractional array size', { arraySize: 2.5 }, /`arraySize` must be an integer from 2 to 10000, got 2.5/],
      ['an empty job name', { jobName: '' }, /`jobName` must be from 1 to 128 characters long, got 0 characters/],
      ['a job name of 129 characters', { jobName: 'j'.repeat(129) }, /`jobName` must be from 1 to 128 characters long, got 129/],
      ['a job name starting with a hyphen', { jobName: '-job' },
        /`jobName` must be letters, numbers, hyphens and underscores, starting with a letter or number, got '-job'/],
      ['a job name with a space', { jobName: 'my job' }, /`jobName` must be letters, numbers, hyphens and underscores/],
      ['a job queue ARN as the job definition', { jobDefinitionArn: QUEUE_ARN },
        /`jobDefinitionArn` must be a job definition ARN \(arn:<partition>:batch:<region>:<account>:job-definition\/<name>\[:<revision>\]\) or name\[:revision\], got 'arn:aws:batch:us-east-1:123456789012:job-queue\/MyQueue'/],
      ['a job definition name with a space', { jobDefinitionArn: 'my definition' }, /`jobDefinitionArn` must be a job definition ARN/],
      ['a job definition revision of 0', { jobDefinitionArn: 'MyJobDef:0' }, /`jobDefinitionArn` must be a job definition ARN/],
      ['an SQS queue ARN as the job queue', { jobQueueArn: 'arn:aws:sqs:us-east-1:123456789012:MyQueue' },
        /`jobQueueArn` must be a job queue ARN \(arn:<partition>:batch:<region>:<account>:job-queue\/<name>\) or name, got 'arn:aws:sqs/],
      ['a job queue name over 128 characters', { jobQueueArn: 'q'.repeat(129) }, /`jobQueueArn` must be a job queue ARN/],
      ['a tag key starting with aws:', { tags: { 'aws:owner': 'me' } }, /`tags` keys must not start with aws:, which AWS reserves, got 'aws:owner'/],
      ['an empty tag key', { tags: { '': 'v' } }, /`tags` keys must be from 1 to 128 characters long, got 0 characters/],
    ];

    it.each(cases)('fails on %s', (_name, props, message) => {
      expect(() => ours(props)).toThrow(message);
    });
  });

  it('accepts the bounds and values known only at deploy or run time', () => {
    for (const props of [
      { arraySize: 2, attempts: 1, taskTimeout: sfn.Timeout.duration(Duration.seconds(60)), tags: tags(50) },
      { arraySize: 10_000, attempts: 10, dependsOn: [...Array(20).keys()].map((i) => ({ jobId: `${i}` })) },
      { jobName: 'j'.repeat(128), jobDefinitionArn: 'MyJobDef:12', jobQueueArn: 'MyQueue' },
      { jobDefinitionArn: 'arn:aws-cn:batch:cn-north-1:123456789012:job-definition/def' },
      { jobName: sfn.JsonPath.stringAt('$.name'), jobDefinitionArn: sfn.JsonPath.stringAt('$.def'), jobQueueArn: sfn.JsonPath.stringAt('$.queue') },
      { jobName: Fn.importValue('Name'), jobDefinitionArn: Fn.importValue('Def'), jobQueueArn: Fn.importValue('Queue') },
      { arraySize: sfn.JsonPath.numberAt('$.size'), attempts: sfn.JsonPath.numberAt('$.attempts'), taskTimeout: sfn.Timeout.at('$.t') },
      { containerOverrides: { vcpus: 0.25, gpuCount: 1, memory: Size.mebibytes(4), command: sfn.JsonPath.listAt('$.command') } },
      { containerOverrides: { vcpus: sfn.JsonPath.numberAt('$.v'), gpuCount: sfn.JsonPath.numberAt('$.g'), memory: Size.mebibytes(sfn.JsonPath.numberAt('$.m')) } },
      { tags: { team: sfn.JsonPath.stringAt('$.team') } },
    ]) {
      expect(() => ours(props)).not.toThrow();
    }
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      ours({ attempts: 0 });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^BatchSubmitJob at 'Stack\/Task': /);
  });
});
