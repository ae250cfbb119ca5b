import { App, Stack } from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { BedrockCreateModelCustomizationJob, BedrockInvokeModel, type BedrockCreateModelCustomizationJobProps } from '../src';
import { makeModel } from './fixtures';

function job(stack: Stack, props: Partial<BedrockCreateModelCustomizationJobProps> = {}): sfn.State {
  const bucket = s3.Bucket.fromBucketName(stack, 'Data', 'data-bucket');
  return new BedrockCreateModelCustomizationJob(stack, 'T', {
    baseModel: makeModel(stack, 'foundation'),
    customModelName: 'm',
    jobName: 'j',
    trainingData: { bucket },
    outputData: { bucket },
    hyperParameters: { 'Evaluation percentage': '10' },
    ...props,
  });
}

/** Every task and pattern, with the `Resource` the connect-bedrock page of the Step Functions guide names. */
const tasks: Array<[string, (stack: Stack) => sfn.State]> = [
  ['arn:aws:states:::bedrock:invokeModel', (s) => new BedrockInvokeModel(s, 'T', { model: makeModel(s, 'provisioned'), body: sfn.TaskInput.fromObject({ a: 1 }) })],
  ['arn:aws:states:::bedrock:createModelCustomizationJob', (s) => job(s)],
  ['arn:aws:states:::bedrock:createModelCustomizationJob.sync', (s) => job(s, { integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
];

describe('optimized Bedrock integrations', () => {
  it.each(tasks)('render %s in the aws partition', (expected, make) => {
    const stack = new Stack(new App(), 'Stack');
    expect(definitionOf(make(stack), { placeholder: 'aws' }).States.T.Resource).toBe(expected);
  });
});
