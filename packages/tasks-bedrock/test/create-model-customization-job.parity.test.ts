import { Duration, Fn } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { BedrockCreateModelCustomizationJob, CustomizationType, type BedrockCreateModelCustomizationJobProps } from '../src';
import { makeModel, partitionArn, type ModelKind } from './fixtures';

type Props = BedrockCreateModelCustomizationJobProps;

interface Case {
  readonly name: string;
  readonly model?: ModelKind;
  readonly props?: (scope: Construct) => Partial<Props>;
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

/** The required props with owned buckets and one validation data set. */
function required(scope: Construct): Omit<Props, 'baseModel'> {
  return {
    customModelName: 'custom-model',
    jobName: 'job-name',
    outputData: { bucket: new s3.Bucket(scope, 'OutputBucket'), path: 'output-data' },
    trainingData: { bucket: new s3.Bucket(scope, 'TrainingDataBucket'), path: 'training-data' },
    validationData: [{ bucket: new s3.Bucket(scope, 'ValidationDataBucket'), path: 'validation-data1' }],
  };
}

const vpcConfig = (scope: Construct) => {
  const vpc = new ec2.Vpc(scope, 'Vpc');
  return { securityGroups: [new ec2.SecurityGroup(scope, 'SecurityGroup', { vpc })], subnets: vpc.privateSubnets };
};

const commonJsonPath = (scope: Construct): Partial<Props> => commonJsonPathProps(scope, {
  comment: 'customize',
  stateName: 'Customize the model',
  resultSelector: { arn: sfn.JsonPath.stringAt('$.JobArn') },
  assign: { jobArn: sfn.JsonPath.stringAt('$.JobArn') },
});

const cases: Case[] = [];
for (const model of ['foundation', 'custom', 'provisioned', 'tokenArn'] as const) {
  cases.push({ name: `${model} base model, minimal`, model });
}
cases.push(
  { name: 'Evaluation percentage instead of validation data', props: () => ({ validationData: undefined, hyperParameters: { 'Evaluation percentage': '10' } }) },
  { name: 'two validation data sets of one bucket', props: (s) => {
    const bucket = new s3.Bucket(s, 'Validation');
    return { validationData: [{ bucket, path: 'validation-data1' }, { bucket, path: 'validation-data2' }] };
  } },
  { name: 'ten validation data sets', props: (s) => {
    const bucket = new s3.Bucket(s, 'Validation');
    return { validationData: Array.from({ length: 10 }, (_, i) => ({ bucket, path: `v${i}` })) };
  } },
  { name: 'paths left out', props: (s) => ({
    outputData: { bucket: new s3.Bucket(s, 'Out') }, trainingData: { bucket: new s3.Bucket(s, 'Train') },
    validationData: [{ bucket: new s3.Bucket(s, 'Valid') }],
  }) },
  { name: 'imported buckets', props: (s) => ({
    outputData: { bucket: s3.Bucket.fromBucketName(s, 'Out', 'output-bucket'), path: 'output-data/' },
    trainingData: { bucket: s3.Bucket.fromBucketArn(s, 'Train', 'arn:aws:s3:::training-bucket'), path: 'training-data/data.json' },
    validationData: [{ bucket: s3.Bucket.fromBucketName(s, 'Valid', 'validation-bucket'), path: 'validation-data/data.json' }],
  }) },
  { name: 'client request token', props: () => ({ clientRequestToken: 'MyToken-1' }) },
  { name: 'client request token from a JSON path', props: () => ({ clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name') }) },
  ...Object.values(CustomizationType).map((type) => ({ name: `customization type ${type}`, props: () => ({ customizationType: type }) })),
  { name: 'custom model KMS key', props: (s) => ({ customModelKmsKey: new kms.Key(s, 'KmsKey') }) },
  { name: 'custom model KMS key with a given role', props: (s) => ({
    customModelKmsKey: new kms.Key(s, 'KmsKey'), role: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') }),
  }) },
  { name: 'custom model name and job name from JSON paths', props: () => ({ customModelName: sfn.JsonPath.stringAt('$.model'), jobName: sfn.JsonPath.format('job-{}', sfn.JsonPath.uuid()) }) },
  { name: 'names from CDK tokens', props: () => ({ customModelName: Fn.importValue('ModelName'), jobName: Fn.importValue('JobName') }) },
  { name: 'custom model and job tags', props: () => ({ customModelTags: [{ key: 'key1', value: 'value1' }], jobTags: [{ key: 'key2', value: 'value2' }, { key: 'team', value: '' }] }) },
  { name: 'tag values from JSON paths', props: () => ({ jobTags: [{ key: 'run', value: sfn.JsonPath.stringAt('$$.Execution.Name') }] }) },
  { name: 'data paths from CDK tokens', props: (s) => ({ trainingData: { bucket: new s3.Bucket(s, 'Train'), path: Fn.importValue('TrainingPath') } }) },
  { name: 'hyperparameters from CDK tokens', props: () => ({ hyperParameters: { epochCount: Fn.importValue('Epochs') } }) },
  { name: '200 tags', props: () => ({ jobTags: Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }) },
  { name: 'hyperparameters', props: () => ({ hyperParameters: { epochCount: '2', batchSize: '1', learningRate: sfn.JsonPath.stringAt('$.lr') } }) },
  { name: 'owned role', props: (s) => ({ role: new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') }) }) },
  { name: 'imported role', props: (s) => ({ role: iam.Role.fromRoleArn(s, 'Role', 'arn:aws:iam::123456789012:role/bedrock-jobs') }) },
  { name: 'role reference only (CfnRole)', props: (s) => ({
    role: new iam.CfnRole(s, 'Role', { assumeRolePolicyDocument: { Statement: [] } }),
  }) },
  { name: 'VPC', props: (s) => ({ vpcConfig: vpcConfig(s) }) },
  { name: 'VPC with a given role', props: (s) => ({ vpcConfig: vpcConfig(s), role: iam.Role.fromRoleArn(s, 'Role', 'arn:aws:iam::123456789012:role/r') }) },
  { name: 'imported security groups and subnets', props: (s) => ({ vpcConfig: {
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-12345678')],
    subnets: [ec2.Subnet.fromSubnetId(s, 'A', 'subnet-aaaa'), ec2.Subnet.fromSubnetId(s, 'B', 'subnet-bbbb')],
  } }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.hours(2), heartbeat: Duration.minutes(5) }) },
  { name: 'queryLanguage JSONPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'inside a JSONPath Map', wrap: inMap },
  { name: 'inside a JSONPath Parallel', wrap: inParallel },
  { name: 'README example', props: (s) => {
    const vpc = new ec2.Vpc(s, 'Vpc');
    return {
      clientRequestToken: 'MyToken',
      customizationType: CustomizationType.FINE_TUNING,
      customModelKmsKey: new kms.Key(s, 'Key'),
      customModelName: 'MyCustomModel',
      customModelTags: [{ key: 'key1', value: 'value1' }],
      hyperParameters: { batchSize: '10' },
      jobName: 'MyCustomizationJob',
      jobTags: [{ key: 'key2', value: 'value2' }],
      outputData: { bucket: new s3.Bucket(s, 'Output'), path: 'output-data/' },
      trainingData: { bucket: new s3.Bucket(s, 'Training'), path: 'training-data/data.json' },
      validationData: [{ bucket: new s3.Bucket(s, 'Validation'), path: 'validation-data/data.json' }],
      vpcConfig: { securityGroups: [new ec2.SecurityGroup(s, 'SecurityGroup', { vpc })], subnets: vpc.privateSubnets },
    };
  } },
  { name: 'data at the bucket root (empty path) and a path with a leading slash', props: (s) => ({
    outputData: { bucket: new s3.Bucket(s, 'RootOutput'), path: '' },
    trainingData: { bucket: new s3.Bucket(s, 'SlashTraining'), path: '/training/data.jsonl' },
    validationData: [{ bucket: new s3.Bucket(s, 'RootValidation'), path: '/' }],
  }) },
  { name: 'everything at once', model: 'custom', props: (s) => ({
    ...commonJsonPath(s), clientRequestToken: 't1', customizationType: CustomizationType.CONTINUED_PRE_TRAINING,
    customModelKmsKey: new kms.Key(s, 'Key'), customModelTags: [{ key: 'a', value: 'b' }], jobTags: [{ key: 'c', value: 'd' }],
    hyperParameters: { epochCount: '1' }, vpcConfig: vpcConfig(s),
  }) },
);

function build(c: Case, pattern?: sfn.IntegrationPattern) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { baseModel: makeModel(scope, c.model ?? 'foundation'), ...required(scope), ...c.props?.(scope) } as Props;
    const withPattern = pattern ? { ...props, integrationPattern: pattern } : props;
    return implementation === 'ours'
      ? new BedrockCreateModelCustomizationJob(scope, 'Customize', withPattern)
      : new reference.BedrockCreateModelCustomizationJob(scope, 'Customize', withPattern as reference.BedrockCreateModelCustomizationJobProps);
  };
}

const JOBS = partitionArn(':bedrock:us-east-1:123456789012:model-customization-job/*');

/**
 * The reference's RUN_JOB snapshot with our fix applied (README, "Differences"): the `.sync` resource, and
 * `bedrock:GetModelCustomizationJob`/`StopModelCustomizationJob` on the account's jobs after the create statement.
 */
function runJobExpected(ref: ParitySnapshot): ParitySnapshot {
  const fix = (text: string) => text.split(':states:::bedrock:createModelCustomizationJob"').join(':states:::bedrock:createModelCustomizationJob.sync"')
    .split(':states:::bedrock:createModelCustomizationJob\\"').join(':states:::bedrock:createModelCustomizationJob.sync\\"');
  const statements = normalize(ref.statements) as Array<Record<string, unknown>>;
  const create = statements.findIndex((s) => Array.isArray(s.Action) && (s.Action as string[]).includes('bedrock:CreateModelCustomizationJob'));
  return {
    state: JSON.parse(fix(JSON.stringify(ref.state))),
    template: JSON.parse(fix(JSON.stringify(ref.template))),
    problems: ref.problems,
    statements: [
      ...statements.slice(0, create + 1),
      { Action: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'], Effect: 'Allow', Resource: JOBS },
      ...statements.slice(create + 1),
    ],
  };
}

describe('BedrockCreateModelCustomizationJob parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });

  it.each(cases.filter((c) => !c.wrap).map((c) => [c.name, c] as const))('RUN_JOB, %s: .sync and Get/Stop where aws-cdk-lib renders the request-response resource', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c, sfn.IntegrationPattern.RUN_JOB));
    const want = runJobExpected(ref);
    expect(JSON.stringify(ref.state)).not.toContain('createModelCustomizationJob.sync');
    expect(ours.state).toEqual(want.state);
    expect(ours.template).toEqual(want.template);
    expect(normalize(ours.statements)).toEqual(want.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(30);
  });
});
