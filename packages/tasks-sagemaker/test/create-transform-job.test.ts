import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import { Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AssembleWith, BatchStrategy, CompressionType, S3DataType, SageMakerCreateTransformJob, SplitType, type SageMakerCreateTransformJobProps } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const partition = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const regional = (service: string, rest: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:`, { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, rest]],
});
const ROLE = { 'Fn::GetAtt': ['TransformSagemakerTransformRole6637F132', 'Arn'] };

function transform(props: Partial<SageMakerCreateTransformJobProps> = {}): SageMakerCreateTransformJob {
  return new SageMakerCreateTransformJob(stack, 'Transform', {
    transformJobName: 'MyTransformJob',
    modelName: 'MyModelName',
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/prefix' } } },
    transformOutput: { s3OutputPath: 's3://outputbucket/prefix' },
    ...props,
  });
}

describe('SageMakerCreateTransformJob', () => {
  it('renders the defaults: S3Prefix input, 1 ml.m4.xlarge', () => {
    expect(render(transform())).toEqual({
      Type: 'Task',
      End: true,
      Resource: partition(':states:::sagemaker:createTransformJob'),
      Parameters: {
        TransformJobName: 'MyTransformJob',
        ModelName: 'MyModelName',
        TransformInput: { DataSource: { S3DataSource: { S3Uri: 's3://inputbucket/prefix', S3DataType: 'S3Prefix' } } },
        TransformOutput: { S3OutputPath: 's3://outputbucket/prefix' },
        TransformResources: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge' },
      },
    });
  });

  it('renders createTransformJob.sync for RUN_JOB, with every field', () => {
    const key = new kms.Key(stack, 'Key');
    const task = transform({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      modelClientOptions: { invocationsMaxRetries: 1, invocationsTimeout: Duration.minutes(20) },
      transformInput: {
        compressionType: CompressionType.GZIP,
        contentType: 'text/csv',
        splitType: SplitType.LINE,
        transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/manifest', s3DataType: S3DataType.MANIFEST_FILE } },
      },
      transformOutput: { s3OutputPath: 's3://outputbucket/prefix', encryptionKey: key, accept: 'text/csv', assembleWith: AssembleWith.LINE },
      transformResources: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2), volumeEncryptionKey: key },
      tags: { Project: 'MyProject' },
      batchStrategy: BatchStrategy.MULTI_RECORD,
      environment: { SOMEVAR: 'myvalue' },
      maxConcurrentTransforms: 3,
      maxPayload: Size.mebibytes(100),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: partition(':states:::sagemaker:createTransformJob.sync'),
      Parameters: {
        BatchStrategy: 'MultiRecord',
        Environment: { SOMEVAR: 'myvalue' },
        MaxConcurrentTransforms: 3,
        MaxPayloadInMB: 100,
        ModelClientConfig: { InvocationsMaxRetries: 1, InvocationsTimeoutInSeconds: 1200 },
        ModelName: 'MyModelName',
        Tags: [{ Key: 'Project', Value: 'MyProject' }],
        TransformInput: {
          CompressionType: 'Gzip',
          ContentType: 'text/csv',
          DataSource: { S3DataSource: { S3Uri: 's3://inputbucket/manifest', S3DataType: 'ManifestFile' } },
          SplitType: 'Line',
        },
        TransformJobName: 'MyTransformJob',
        TransformOutput: { S3OutputPath: 's3://outputbucket/prefix', KmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] }, Accept: 'text/csv', AssembleWith: 'Line' },
        TransformResources: { InstanceCount: 2, InstanceType: 'ml.p3.2xlarge', VolumeKmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      },
    });
  });

  it('renders JSON paths, including the instance type', () => {
    const task = transform({
      transformJobName: sfn.JsonPath.stringAt('$.TransformJobName'),
      modelName: sfn.JsonPath.stringAt('$.ModelName'),
      transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')) },
    });
    expect(render(task).Parameters).toMatchObject({
      'TransformJobName.$': '$.TransformJobName',
      'ModelName.$': '$.ModelName',
      'TransformResources': { 'InstanceCount': 1, 'InstanceType.$': '$.InstanceType' },
    });
  });

  it('renders default model client options: no retries, 60 seconds', () => {
    expect(render(transform({ modelClientOptions: {} })).Parameters.ModelClientConfig).toEqual({ InvocationsMaxRetries: 0, InvocationsTimeoutInSeconds: 60 });
  });

  it('grants Create, ListTags and PassRole for REQUEST_RESPONSE', () => {
    expect(normalize(statements(transform()))).toEqual([
      { Action: 'sagemaker:CreateTransformJob', Effect: 'Allow', Resource: regional('sagemaker', ':transform-job/*') },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: ROLE, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } },
    ]);
  });

  it('grants AddTags for a tagged REQUEST_RESPONSE job', () => {
    expect(normalize(statements(transform({ tags: { a: 'b' } })))).toContainEqual(
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: regional('sagemaker', ':transform-job/*') },
    );
  });

  it('grants Describe/Stop, the transform jobs rule and AddTags for RUN_JOB', () => {
    expect(normalize(statements(transform({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([
      {
        Action: ['sagemaker:CreateTransformJob', 'sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'],
        Effect: 'Allow',
        Resource: regional('sagemaker', ':transform-job/*'),
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: ROLE, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regional('events', ':rule/StepFunctionsGetEventsForSageMakerTransformJobsRule'),
      },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: regional('sagemaker', ':transform-job/*') },
    ]);
  });

  it('creates a role scoped to the job (no AmazonSageMakerFullAccess)', () => {
    const template = synthInStateMachine(transform());
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      ManagedPolicyArns: Match.absent(),
      Policies: [{
        PolicyName: 'CreateTransformJob',
        PolicyDocument: {
          Statement: [
            { Effect: 'Allow', Resource: '*', Action: ['cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken'] },
            { Effect: 'Allow', Action: 's3:GetObject', Resource: partition(':s3:::inputbucket/prefix*') },
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: partition(':s3:::inputbucket') },
            { Effect: 'Allow', Action: 's3:PutObject', Resource: partition(':s3:::outputbucket/prefix*') },
          ],
        },
      }],
    });
  });

  it('grants S3 on every resource when the URIs are only known at run time', () => {
    const task = transform({
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: sfn.JsonPath.stringAt('$.in') } } },
      transformOutput: { s3OutputPath: sfn.JsonPath.stringAt('$.out') },
    });
    const role = synthInStateMachine(task).findResources('AWS::IAM::Role', { Properties: { Policies: Match.anyValue() } });
    const [policy] = Object.values(role).map((r) => r.Properties.Policies[0].PolicyDocument.Statement);
    expect(policy.slice(1).map((s: { Resource: unknown }) => s.Resource)).toEqual(['*', '*', '*']);
  });

  it('lets the role use the output key (encrypt and decrypt) and create grants on the volume key (aws/aws-cdk#12810)', () => {
    const output = kms.Key.fromKeyArn(stack, 'Out', 'arn:aws:kms:us-east-1:123456789012:key/out');
    const volume = kms.Key.fromKeyArn(stack, 'Vol', 'arn:aws:kms:us-east-1:123456789012:key/vol');
    const task = transform({
      transformOutput: { s3OutputPath: 's3://outputbucket/prefix', encryptionKey: output },
      transformResources: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeEncryptionKey: volume },
    });
    expect(normalize(statements(task))).toEqual(expect.arrayContaining([
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: 'arn:aws:kms:us-east-1:123456789012:key/out' },
      { Action: 'kms:CreateGrant', Effect: 'Allow', Resource: 'arn:aws:kms:us-east-1:123456789012:key/vol' },
    ]));
  });

  it('exposes the given role', () => {
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/r');
    expect(transform({ role }).role).toBe(role);
  });
});
