import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CompressionType,
  DockerImage,
  InputMode,
  RecordWrapperType,
  S3DataType,
  S3Location,
  SageMakerCreateTrainingJob,
  type SageMakerCreateTrainingJobProps,
} from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const partition = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const regional = (service: string, rest: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:`, { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, rest]],
});
const bucketUrl = (key: string) => ({ 'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, `/mybucket/${key}`]] });

function train(props: Partial<SageMakerCreateTrainingJobProps> = {}): SageMakerCreateTrainingJob {
  return new SageMakerCreateTrainingJob(stack, 'Train', {
    trainingJobName: 'MyTrainJob',
    algorithmSpecification: { algorithmName: 'BlazingText' },
    outputDataConfig: { s3OutputLocation: S3Location.fromBucket(s3.Bucket.fromBucketName(stack, 'Out', 'mybucket'), 'out/') },
    ...props,
  });
}

describe('SageMakerCreateTrainingJob', () => {
  it('renders the defaults: File mode, 1 ml.m4.xlarge with 10 GiB, 1 hour, a created role', () => {
    const task = train({
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: S3Location.fromBucket(s3.Bucket.fromBucketName(stack, 'In', 'mybucket'), 'train/') } } }],
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: partition(':states:::sagemaker:createTrainingJob'),
      Parameters: {
        TrainingJobName: 'MyTrainJob',
        RoleArn: { 'Fn::GetAtt': ['TrainSagemakerRoleE8C232DB', 'Arn'] },
        AlgorithmSpecification: { AlgorithmName: 'BlazingText', TrainingInputMode: 'File' },
        InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: bucketUrl('train/') } } }],
        OutputDataConfig: { S3OutputPath: bucketUrl('out/') },
        ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge', VolumeSizeInGB: 10 },
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      },
    });
  });

  it('renders no InputDataConfig without channels', () => {
    expect(render(train()).Parameters).not.toHaveProperty('InputDataConfig');
  });

  it('renders createTrainingJob.sync for RUN_JOB, with every field', () => {
    const key = new kms.Key(stack, 'Key');
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
    const extra = new ec2.SecurityGroup(stack, 'Extra', { vpc });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') });
    const task = train({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      role,
      algorithmSpecification: { algorithmName: 'BlazingText', trainingInputMode: InputMode.FAST_FILE, metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }] },
      enableNetworkIsolation: true,
      hyperparameters: { lr: '0.1' },
      inputDataConfig: [{
        channelName: 'train',
        contentType: 'image/jpeg',
        compressionType: CompressionType.GZIP,
        recordWrapperType: RecordWrapperType.RECORD_IO,
        inputMode: InputMode.PIPE,
        shuffleConfig: { seed: 42 },
        dataSource: { s3DataSource: { attributeNames: ['source-ref'], s3DataType: S3DataType.AUGMENTED_MANIFEST_FILE, s3Location: S3Location.fromJsonExpression('$.manifest') } },
      }],
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output'), encryptionKey: key },
      resourceConfig: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2), volumeSize: Size.gibibytes(50), volumeEncryptionKey: key },
      stoppingCondition: { maxRuntime: Duration.days(2) },
      tags: { Project: 'ML' },
      vpcConfig: { vpc },
      environment: { MODE: 'fast' },
    });
    task.addSecurityGroup(extra);
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: partition(':states:::sagemaker:createTrainingJob.sync'),
      Parameters: {
        TrainingJobName: 'MyTrainJob',
        EnableNetworkIsolation: true,
        RoleArn: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] },
        AlgorithmSpecification: { TrainingInputMode: 'FastFile', AlgorithmName: 'BlazingText', MetricDefinitions: [{ Name: 'loss', Regex: 'loss=(.*)' }] },
        InputDataConfig: [{
          ChannelName: 'train',
          DataSource: { S3DataSource: { 'S3Uri.$': '$.manifest', 'S3DataType': 'AugmentedManifestFile', 'AttributeNames': ['source-ref'] } },
          CompressionType: 'Gzip',
          ContentType: 'image/jpeg',
          InputMode: 'Pipe',
          RecordWrapperType: 'RecordIO',
          ShuffleConfig: { Seed: 42 },
        }],
        OutputDataConfig: { 'S3OutputPath.$': '$.output', 'KmsKeyId': { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
        ResourceConfig: { InstanceCount: 2, InstanceType: 'ml.p3.2xlarge', VolumeSizeInGB: 50, VolumeKmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
        StoppingCondition: { MaxRuntimeInSeconds: 172800 },
        HyperParameters: { lr: '0.1' },
        Tags: [{ Key: 'Project', Value: 'ML' }],
        VpcConfig: {
          SecurityGroupIds: [{ 'Fn::GetAtt': ['TrainTrainJobSecurityGroupE1CD26CE', 'GroupId'] }, { 'Fn::GetAtt': ['Extra6C4EAC05', 'GroupId'] }],
          Subnets: [{ Ref: 'VpcIsolatedSubnet1SubnetE48C5737' }, { Ref: 'VpcIsolatedSubnet2Subnet16364B91' }],
        },
        Environment: { MODE: 'fast' },
      },
    });
    expect(task.connections.securityGroups).toHaveLength(1);
  });

  it('renders JSON paths and JSONata as given', () => {
    const task = SageMakerCreateTrainingJob.jsonata(stack, 'Train', {
      trainingJobName: '{% $states.input.name %}',
      algorithmSpecification: { trainingImage: DockerImage.fromJsonExpression('{% $states.input.image %}') },
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('{% $states.input.out %}') },
      resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $states.input.type %}'), volumeSize: Size.gibibytes(1) },
    });
    expect(render(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: {
        TrainingJobName: '{% $states.input.name %}',
        AlgorithmSpecification: { TrainingImage: '{% $states.input.image %}', TrainingInputMode: 'File' },
        OutputDataConfig: { S3OutputPath: '{% $states.input.out %}' },
        ResourceConfig: { InstanceType: '{% $states.input.type %}' },
      },
    });
  });

  it('grants Create, ListTags, AddTags and PassRole for REQUEST_RESPONSE (no Describe/Stop, no events rule)', () => {
    expect(normalize(statements(train()))).toEqual(expect.arrayContaining([
      { Action: 'sagemaker:CreateTrainingJob', Effect: 'Allow', Resource: regional('sagemaker', ':training-job/MyTrainJob*') },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: regional('sagemaker', ':training-job/MyTrainJob*') },
      {
        Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['TrainSagemakerRoleE8C232DB', 'Arn'] },
        Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
      },
    ]));
    stack = new Stack(new App(), 'Stack');
    const text = JSON.stringify(statements(train()));
    expect(text).not.toContain('DescribeTrainingJob');
    expect(text).not.toContain('events:PutRule');
  });

  it('grants Describe/Stop and the SageMaker training jobs rule for RUN_JOB', () => {
    expect(normalize(statements(train({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual(expect.arrayContaining([
      {
        Action: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob'],
        Effect: 'Allow',
        Resource: regional('sagemaker', ':training-job/MyTrainJob*'),
      },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regional('events', ':rule/StepFunctionsGetEventsForSageMakerTrainingJobsRule'),
      },
    ]));
  });

  it('grants on every training job when the name is a JSON path or JSONata, AddTags included', () => {
    const task = SageMakerCreateTrainingJob.jsonata(stack, 'Train', {
      trainingJobName: '{% $states.input.name %}',
      algorithmSpecification: { algorithmName: 'BlazingText' },
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('{% $states.input.out %}') },
    });
    const granted = normalize(statements(task)) as Array<{ Action: unknown; Resource: unknown }>;
    expect(granted.find((s) => s.Action === 'sagemaker:AddTags')?.Resource).toEqual(regional('sagemaker', ':training-job/*'));
    expect(granted.find((s) => s.Action === 'sagemaker:CreateTrainingJob')?.Resource).toEqual(regional('sagemaker', ':training-job/*'));
  });

  it('creates a role for SageMaker with metrics, logs, ECR login and VPC permissions', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
    const template = synthInStateMachine(train({ vpcConfig: { vpc } }));
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      Policies: [{
        PolicyName: 'CreateTrainingJob',
        PolicyDocument: { Statement: [{ Effect: 'Allow', Resource: '*', Action: [
          'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams',
          'ecr:GetAuthorizationToken', 'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface',
          'ec2:DeleteNetworkInterfacePermission', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions',
          'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups',
        ] }] },
      }],
    });
  });

  it('lets the job role decrypt with the output key, not only encrypt (aws/aws-cdk#12810), and create grants on the volume key', () => {
    const key = new kms.Key(stack, 'Key');
    const task = train({
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.out'), encryptionKey: key },
      resourceConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: Size.gibibytes(5), volumeEncryptionKey: key },
    });
    expect(normalize(statements(task))).toEqual(expect.arrayContaining([
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      { Action: 'kms:CreateGrant', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
    ]));
  });

  it('exposes its role as role and grantPrincipal', () => {
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/r');
    const task = train({ role });
    expect(task.role).toBe(role);
    expect(task.grantPrincipal).toBe(role);
  });
});
