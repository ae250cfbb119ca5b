import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, normalize, render, statements, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CompressionType,
  DockerImage,
  InputMode,
  S3DataDistributionType,
  S3DataType,
  S3Location,
  S3UploadMode,
  SageMakerCreateProcessingJob,
  type SageMakerCreateProcessingJobProps,
} from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const resource = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::sagemaker:createProcessingJob${suffix}`]] });
const arn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const IMAGE = '737474898029.dkr.ecr.sa-east-1.amazonaws.com/sagemaker-scikit-learn:0.20.0-cpu-py3';

function processing(props: Partial<SageMakerCreateProcessingJobProps> = {}): SageMakerCreateProcessingJob {
  return new SageMakerCreateProcessingJob(stack, 'Process', {
    processingJobName: 'MyProcessingJob',
    appSpecification: { image: DockerImage.fromRegistry(IMAGE) },
    ...props,
  });
}

/** The statements of the state machine's role, by action. */
function granted(task: sfn.IChainable): Record<string, unknown> {
  return Object.fromEntries((normalize(statements(task)) as Array<{ Action: string | string[]; Resource: unknown }>)
    .map((s) => [Array.isArray(s.Action) ? s.Action.join(',') : s.Action, s.Resource]));
}

describe('SageMakerCreateProcessingJob', () => {
  it('renders the request with the defaults: 1 ml.m4.xlarge with 10 GiB and a created role', () => {
    expect(render(processing())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(''),
      Parameters: {
        AppSpecification: { ImageUri: IMAGE },
        ProcessingJobName: 'MyProcessingJob',
        ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge', VolumeSizeInGB: 10 } },
        RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^ProcessSagemakerRole/), 'Arn'] },
      },
    });
  });

  it('renders createProcessingJob.sync for RUN_JOB, with every field', () => {
    const key = new kms.Key(stack, 'Key');
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'amzn-s3-demo-bucket');
    const task = processing({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      appSpecification: { image: DockerImage.fromRegistry(IMAGE), containerEntrypoint: ['python3', '/opt/ml/processing/code/run.py'], containerArguments: ['--mode', 'full'] },
      environment: { STAGE: 'prod' },
      experimentConfig: { experimentName: 'churn', trialName: 'trial-1', trialComponentDisplayName: 'preprocess', runName: 'run-1' },
      processingInputs: [
        { inputName: 'data', s3Input: { s3Location: S3Location.fromBucket(bucket, 'raw/'), localPath: '/opt/ml/processing/input', s3DataType: S3DataType.S3_PREFIX, s3InputMode: InputMode.PIPE, s3CompressionType: CompressionType.GZIP, s3DataDistributionType: S3DataDistributionType.SHARDED_BY_S3_KEY } },
        { inputName: 'code', appManaged: true, s3Input: { s3Location: S3Location.fromJsonExpression('$.code'), s3DataType: S3DataType.MANIFEST_FILE } },
      ],
      processingOutputConfig: {
        encryptionKey: key,
        outputs: [
          { outputName: 'train', s3Output: { s3Location: S3Location.fromBucket(bucket, 'train/'), localPath: '/opt/ml/processing/train', s3UploadMode: S3UploadMode.CONTINUOUS } },
          { outputName: 'features', appManaged: true, featureStoreOutput: { featureGroupName: 'customers' } },
        ],
      },
      clusterConfig: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE4), volumeSize: Size.gibibytes(100), volumeEncryptionKey: key },
      stoppingCondition: { maxRuntime: Duration.hours(3) },
      vpcConfig: { vpc },
      enableNetworkIsolation: true,
      enableInterContainerTrafficEncryption: true,
      tags: { Project: 'ML' },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync'),
      Parameters: {
        AppSpecification: { ContainerArguments: ['--mode', 'full'], ContainerEntrypoint: ['python3', '/opt/ml/processing/code/run.py'], ImageUri: IMAGE },
        Environment: { STAGE: 'prod' },
        ExperimentConfig: { ExperimentName: 'churn', RunName: 'run-1', TrialComponentDisplayName: 'preprocess', TrialName: 'trial-1' },
        NetworkConfig: {
          EnableInterContainerTrafficEncryption: true,
          EnableNetworkIsolation: true,
          VpcConfig: {
            SecurityGroupIds: [{ 'Fn::GetAtt': [expect.stringMatching(/^ProcessProcessingJobSecurityGroup/), 'GroupId'] }],
            Subnets: [{ Ref: 'VpcIsolatedSubnet1SubnetE48C5737' }, { Ref: 'VpcIsolatedSubnet2Subnet16364B91' }, { Ref: 'VpcIsolatedSubnet3Subnet6840A2D4' }],
          },
        },
        ProcessingInputs: [
          {
            InputName: 'data',
            S3Input: {
              LocalPath: '/opt/ml/processing/input',
              S3CompressionType: 'Gzip',
              S3DataDistributionType: 'ShardedByS3Key',
              S3DataType: 'S3Prefix',
              S3InputMode: 'Pipe',
              S3Uri: { 'Fn::Join': ['', ['https://s3.us-east-1.', { Ref: 'AWS::URLSuffix' }, '/amzn-s3-demo-bucket/raw/']] },
            },
          },
          { 'InputName': 'code', 'AppManaged': true, 'S3Input': { 'S3DataType': 'ManifestFile', 'S3InputMode': 'File', 'S3Uri.$': '$.code' } },
        ],
        ProcessingJobName: 'MyProcessingJob',
        ProcessingOutputConfig: {
          KmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
          Outputs: [
            {
              OutputName: 'train',
              S3Output: {
                LocalPath: '/opt/ml/processing/train',
                S3UploadMode: 'Continuous',
                S3Uri: { 'Fn::Join': ['', ['https://s3.us-east-1.', { Ref: 'AWS::URLSuffix' }, '/amzn-s3-demo-bucket/train/']] },
              },
            },
            { OutputName: 'features', AppManaged: true, FeatureStoreOutput: { FeatureGroupName: 'customers' } },
          ],
        },
        ProcessingResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.4xlarge', VolumeSizeInGB: 100, VolumeKmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } } },
        RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^ProcessSagemakerRole/), 'Arn'] },
        StoppingCondition: { MaxRuntimeInSeconds: 10800 },
        Tags: [{ Key: 'Project', Value: 'ML' }],
      },
    });
  });

  it('renders JSONata, with the job name and image from the input', () => {
    const task = SageMakerCreateProcessingJob.jsonata(stack, 'Process', {
      processingJobName: '{% $states.input.id %}',
      appSpecification: { image: DockerImage.fromJsonExpression('{% $states.input.image %}') },
      clusterConfig: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $states.input.type %}'), volumeSize: Size.gibibytes(10) },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource(''),
      Arguments: {
        AppSpecification: { ImageUri: '{% $states.input.image %}' },
        ProcessingJobName: '{% $states.input.id %}',
        ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: '{% $states.input.type %}', VolumeSizeInGB: 10 } },
        RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^ProcessSagemakerRole/), 'Arn'] },
      },
    });
  });

  it('renders Arguments inside a JSONata Map', () => {
    const task = processing({ processingJobName: '{% $states.input.id %}' });
    const definition = definitionOf(inJsonataMap(stack, task));
    expect(definition.States.Map.ItemProcessor.States.Process.Arguments.ProcessingJobName).toBe('{% $states.input.id %}');
  });

  it('grants CreateProcessingJob, ListTags and PassRole for REQUEST_RESPONSE: no Describe/Stop, no AddTags, no rule', () => {
    expect(granted(processing())).toEqual({
      'sagemaker:CreateProcessingJob': arn(':sagemaker:us-east-1:123456789012:processing-job/MyProcessingJob*'),
      'sagemaker:ListTags': '*',
      'iam:PassRole': { 'Fn::GetAtt': [expect.stringMatching(/^ProcessSagemakerRole/), 'Arn'] },
    });
  });

  it('grants AddTags for a tagged REQUEST_RESPONSE job', () => {
    expect(granted(processing({ tags: { a: 'b' } }))).toHaveProperty(['sagemaker:AddTags'], arn(':sagemaker:us-east-1:123456789012:processing-job/MyProcessingJob*'));
  });

  it('grants Describe/Stop, AddTags and the processing jobs rule for RUN_JOB', () => {
    expect(granted(processing({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      'sagemaker:CreateProcessingJob,sagemaker:DescribeProcessingJob,sagemaker:StopProcessingJob': arn(':sagemaker:us-east-1:123456789012:processing-job/MyProcessingJob*'),
      'sagemaker:ListTags': '*',
      'sagemaker:AddTags': arn(':sagemaker:us-east-1:123456789012:processing-job/MyProcessingJob*'),
      'iam:PassRole': { 'Fn::GetAtt': [expect.stringMatching(/^ProcessSagemakerRole/), 'Arn'] },
      'events:PutTargets,events:PutRule,events:DescribeRule': arn(':events:us-east-1:123456789012:rule/StepFunctionsGetEventsForSageMakerProcessingJobsRule'),
    });
  });

  it('grants on every processing job when the name is only known at run time', () => {
    const task = processing({ processingJobName: sfn.JsonPath.stringAt('$.id'), integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(granted(task)['sagemaker:AddTags']).toEqual(arn(':sagemaker:us-east-1:123456789012:processing-job/*'));
  });

  it('grants the job role the image, S3 locations and keys it uses', () => {
    const repository = new ecr.Repository(stack, 'Repo');
    const key = new kms.Key(stack, 'Key');
    const task = processing({
      appSpecification: { image: DockerImage.fromEcrRepository(repository, 'v1') },
      processingInputs: [{ inputName: 'in', s3Input: { s3Location: S3Location.fromJsonExpression('$.in'), localPath: '/opt/ml/processing/in' } }],
      processingOutputConfig: { encryptionKey: key, outputs: [{ outputName: 'out', s3Output: { s3Location: S3Location.fromJsonExpression('$.out'), localPath: '/opt/ml/processing/out' } }] },
      clusterConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: Size.gibibytes(5), volumeEncryptionKey: key },
    });
    expect(normalize(statements(task))).toEqual(expect.arrayContaining([
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      { Action: 'kms:CreateGrant', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      { Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] } },
      { Action: ['s3:GetObject', 's3:ListBucket'], Effect: 'Allow', Resource: '*' },
      { Action: 's3:PutObject', Effect: 'Allow', Resource: '*' },
    ]));
  });

  it('creates a role for SageMaker with metrics, logs, ECR login (and VPC) permissions', () => {
    const template = synthInStateMachine(processing());
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      Policies: [{ PolicyName: 'CreateProcessingJob', PolicyDocument: { Statement: [{ Effect: 'Allow', Resource: '*', Action: [
        'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken',
      ] }] } }],
    });
  });

  it('adds security groups and exposes its role', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
    const task = processing({ vpcConfig: { vpc } });
    task.addSecurityGroup(new ec2.SecurityGroup(stack, 'Extra', { vpc }));
    expect(render(task).Parameters.NetworkConfig.VpcConfig.SecurityGroupIds).toHaveLength(2);
    expect(task.connections.securityGroups).toHaveLength(1);
    expect(task.grantPrincipal).toBe(task.role);
  });
});
