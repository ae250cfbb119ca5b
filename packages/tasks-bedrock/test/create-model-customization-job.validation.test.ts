import { App, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { BedrockCreateModelCustomizationJob, type BedrockCreateModelCustomizationJobProps } from '../src';
import { makeModel } from './fixtures';

type Props = BedrockCreateModelCustomizationJobProps;
type PropsOf = (scope: Construct) => Partial<Props>;

function base(scope: Construct): Props {
  return {
    baseModel: makeModel(scope, 'foundation'),
    customModelName: 'custom-model',
    jobName: 'job-name',
    outputData: { bucket: new s3.Bucket(scope, 'OutputBucket'), path: 'output-data' },
    trainingData: { bucket: new s3.Bucket(scope, 'TrainingDataBucket'), path: 'training-data' },
    validationData: [{ bucket: new s3.Bucket(scope, 'ValidationDataBucket'), path: 'validation-data1' }],
  };
}

function customize(props: PropsOf): BedrockCreateModelCustomizationJob {
  const stack = new Stack(new App(), 'Stack');
  return new BedrockCreateModelCustomizationJob(stack, 'Customize', { ...base(stack), ...props(stack) });
}

function customizeReference(props: PropsOf): unknown {
  const stack = new Stack(new App(), 'Reference');
  return new reference.BedrockCreateModelCustomizationJob(stack, 'Customize', { ...base(stack), ...props(stack) } as reference.BedrockCreateModelCustomizationJobProps);
}

const vpcWith = (scope: Construct, securityGroups: number, subnets: number) => {
  const vpc = new ec2.Vpc(scope, 'Vpc');
  const group = new ec2.SecurityGroup(scope, 'SecurityGroup', { vpc });
  return { vpcConfig: { securityGroups: Array(securityGroups).fill(group), subnets: Array(subnets).fill(vpc.privateSubnets[0]) } };
};

describe('BedrockCreateModelCustomizationJob validation', () => {
  describe('where the reference throws, we throw', () => {
    it.each<[string, PropsOf, RegExp]>([
      ['WAIT_FOR_TASK_TOKEN', () => ({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }),
        /BedrockCreateModelCustomizationJob at 'Stack\/Customize': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['neither validation data nor Evaluation percentage', () => ({ validationData: undefined }),
        /`validationData` or the `Evaluation percentage` hyperparameter must be set, so the job can validate the model, got neither/],
      ['other hyperparameters only', () => ({ validationData: undefined, hyperParameters: { epochCount: '1' } }), /`validationData` or the `Evaluation percentage` hyperparameter/],
      ['an empty client request token', () => ({ clientRequestToken: '' }), /`clientRequestToken` must be from 1 to 256 characters long, got 0 characters/],
      ['a client request token of 257 characters', () => ({ clientRequestToken: 'a'.repeat(257) }), /`clientRequestToken` must be from 1 to 256 characters long, got 257/],
      ['a client request token starting with a hyphen', () => ({ clientRequestToken: '-a' }),
        /`clientRequestToken` must be letters, digits and hyphens, starting and ending with a letter or digit, got '-a'/],
      ['a client request token ending with hyphens', () => ({ clientRequestToken: 'a--' }), /`clientRequestToken` must be letters, digits and hyphens/],
      ['a client request token with an underscore', () => ({ clientRequestToken: '_' }), /`clientRequestToken` must be letters, digits and hyphens/],
      ['an empty custom model name', () => ({ customModelName: '' }), /`customModelName` must be from 1 to 63 characters long, got 0/],
      ['a custom model name of 64 characters', () => ({ customModelName: 'a'.repeat(64) }), /`customModelName` must be from 1 to 63 characters long, got 64/],
      ['a custom model name starting with a hyphen', () => ({ customModelName: '-a' }),
        /`customModelName` must be letters and digits, each followed by at most one `-` or `_`, got '-a'/],
      ['a custom model name with two hyphens', () => ({ customModelName: 'a--' }), /`customModelName` must be letters and digits/],
      ['a custom model name of an underscore', () => ({ customModelName: '_' }), /`customModelName` must be letters and digits/],
      ['201 custom model tags', () => ({ customModelTags: Array(201).fill({ key: 'key', value: 'value' }) }), /`customModelTags` must have from 0 to 200 items, got 201/],
      ['an empty job name', () => ({ jobName: '' }), /`jobName` must be from 1 to 63 characters long, got 0/],
      ['a job name of 64 characters', () => ({ jobName: 'a'.repeat(64) }), /`jobName` must be from 1 to 63 characters long, got 64/],
      ['a job name starting with a hyphen', () => ({ jobName: '-a' }), /`jobName` must be a letter or digit followed by letters, digits, `\+`, `-` and `.`, got '-a'/],
      ['a job name of an underscore', () => ({ jobName: '_' }), /`jobName` must be a letter or digit/],
      ['201 job tags', () => ({ jobTags: Array(201).fill({ key: 'key', value: 'value' }) }), /`jobTags` must have from 0 to 200 items, got 201/],
      ['no validation data sets', () => ({ validationData: [] }), /`validationData` must have from 1 to 10 items, got 0/],
      // Sparse, as aws-cdk-lib's own test builds it: the count is what is checked.
      ['11 validation data sets', () => ({ validationData: Array(11).map(() => ({ bucket: s3.Bucket.fromBucketName(new Stack(), 'B', 'b') })) }),
        /`validationData` must have from 1 to 10 items, got 11/],
      ['6 security groups', (s) => vpcWith(s, 6, 1), /`vpcConfig.securityGroups` must have from 1 to 5 items, got 6/],
      ['17 subnets', (s) => vpcWith(s, 1, 17), /`vpcConfig.subnets` must have from 1 to 16 items, got 17/],
      ['no security groups', (s) => vpcWith(s, 0, 1), /`vpcConfig.securityGroups` must have from 1 to 5 items, got 0/],
      ['an imported custom model key', (s) => ({ customModelKmsKey: kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab') }),
        /`customModelKmsKey` must be a key defined in this app, whose key policy can allow the job's role to use it: an imported key's policy cannot be changed, got an imported key/],
    ])('fails on %s', (_name, props, message) => {
      expect(() => customizeReference(props)).toThrow();
      expect(() => customize(props)).toThrow(message);
    });
  });

  describe('what we check beyond the reference', () => {
    it.each<[string, PropsOf, RegExp]>([
      ['a client request token ending with a hyphen', () => ({ clientRequestToken: 'ab-' }), /`clientRequestToken` must be letters, digits and hyphens/],
      ['an empty tag key', () => ({ jobTags: [{ key: '', value: 'v' }] }), /`jobTags\[0\].key` must be from 1 to 128 characters long, got 0/],
      ['a tag key of 129 characters', () => ({ customModelTags: [{ key: 'k'.repeat(129), value: 'v' }] }), /`customModelTags\[0\].key` must be from 1 to 128 characters long/],
      ['a tag value of 257 characters', () => ({ jobTags: [{ key: 'k', value: 'v'.repeat(257) }] }), /`jobTags\[0\].value` must be from 0 to 256 characters long/],
      ['a tag key with a comma', () => ({ jobTags: [{ key: 'a,b', value: 'v' }] }), /`jobTags\[0\].key` must be letters, digits, white space and `._:\/=\+@-`, got 'a,b'/],
      ['a training path with a space', () => ({ trainingData: { bucket: s3.Bucket.fromBucketName(new Stack(), 'T', 'train-bucket'), path: 'my data/train.jsonl' } }),
        /`trainingData.path` must be an S3 key of `\/`-separated segments of letters, digits and `-!_\*'\(\).` \(one leading `\/` is dropped\), got 'my data\/train.jsonl'/],
      ['an output path starting with two slashes', () => ({ outputData: { bucket: s3.Bucket.fromBucketName(new Stack(), 'O', 'out-bucket'), path: '//out' } }),
        /`outputData.path` must be an S3 key of `\/`-separated segments .* \(one leading `\/` is dropped\), got '\/\/out'/],
      ['a validation path with two slashes', () => ({ validationData: [{ bucket: s3.Bucket.fromBucketName(new Stack(), 'V', 'valid-bucket'), path: 'a//b' }] }),
        /`validationData\[0\].path` must be an S3 key/],
    ])('fails on %s', (_name, props, message) => {
      expect(() => customize(props)).toThrow(message);
    });

    it('accepts the documented shapes and run-time values', () => {
      expect(() => customize(() => ({ clientRequestToken: 'a'.repeat(256), customModelName: 'a'.repeat(63), jobName: 'a+b-c.d' }))).not.toThrow();
      expect(() => customize(() => ({ customModelName: 'my_model-1', jobTags: [{ key: 'team', value: '' }] }))).not.toThrow();
      expect(() => customize(() => ({ trainingData: { bucket: s3.Bucket.fromBucketName(new Stack(), 'T', 'train-bucket'), path: "dir/(v1)/data_*!'.jsonl" } }))).not.toThrow();
      expect(() => customize(() => ({
        clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
        customModelName: sfn.JsonPath.stringAt('$.name'),
        jobName: '{% $states.input.job %}',
        queryLanguage: sfn.QueryLanguage.JSONATA,
      }))).not.toThrow();
    });

    it('accepts RUN_JOB, which aws-cdk-lib accepts but renders as the request-response resource', () => {
      expect(() => customize(() => ({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).not.toThrow();
    });
  });
});
