import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { SageMakerCreateTransformJob, type SageMakerCreateTransformJobProps } from '../src';

const base: SageMakerCreateTransformJobProps = {
  transformJobName: 'MyTransformJob',
  modelName: 'MyModelName',
  transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/prefix' } } },
  transformOutput: { s3OutputPath: 's3://outputbucket/prefix' },
};

function build(props: Partial<SageMakerCreateTransformJobProps>): SageMakerCreateTransformJob {
  return new SageMakerCreateTransformJob(new Stack(new App(), 'Stack'), 'Transform', { ...base, ...props });
}

describe('SageMakerCreateTransformJob validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /SageMakerCreateTransformJob at 'Stack\/Transform': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['4 retries', { modelClientOptions: { invocationsMaxRetries: 4 } }, /`modelClientOptions.invocationsMaxRetries` must be an integer from 0 to 3, got 4/],
    ['-1 retries', { modelClientOptions: { invocationsMaxRetries: -1 } }, /`modelClientOptions.invocationsMaxRetries` must be an integer from 0 to 3, got -1/],
    ['a timeout of 2 hours', { modelClientOptions: { invocationsTimeout: Duration.hours(2) } }, /`modelClientOptions.invocationsTimeout` must be a whole number of seconds from 1 to 3600, got 7200 seconds/],
    ['a timeout of 0 seconds', { modelClientOptions: { invocationsTimeout: Duration.seconds(0) } }, /`modelClientOptions.invocationsTimeout` must be a whole number of seconds from 1 to 3600, got 0 seconds/],
    ['a payload of 101 MiB', { maxPayload: Size.mebibytes(101) }, /`maxPayload` must be a whole number of MiB from 0 to 100, got 101 MiB/],
    ['-1 concurrent transforms', { maxConcurrentTransforms: -1 }, /`maxConcurrentTransforms` must be an integer of at least 0, got -1/],
    ['0 instances', { transformResources: { instanceCount: 0, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE) } }, /`transformResources.instanceCount` must be an integer of at least 1, got 0/],
    ['a job name with a dot', { transformJobName: 'my.job' }, /`transformJobName` must be letters, digits and hyphens/],
    ['a model name of 64 characters', { modelName: 'm'.repeat(64) }, /`modelName` must be from 1 to 63 characters long, got 64/],
    ['17 environment variables', { environment: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`E${i}`, 'v'])) }, /`environment` must have from 0 to 16 entries, got 17/],
    ['51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v'])) }, /`tags` must have from 0 to 50 entries, got 51/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => build(props as Partial<SageMakerCreateTransformJobProps>)).toThrow(error);
  });

  it.each([
    ['3 retries and a 1-hour timeout', { modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: Duration.hours(1) } }],
    ['a payload of 0 MiB', { maxPayload: Size.mebibytes(0) }],
    ['JSON path names', { transformJobName: sfn.JsonPath.stringAt('$.n'), modelName: sfn.JsonPath.stringAt('$.m') }],
  ] as const)('accepts %s', (_name, props) => {
    expect(() => build(props as Partial<SageMakerCreateTransformJobProps>)).not.toThrow();
  });
});
