import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements, synthInStateMachine, templateStatements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DockerImage,
  HyperParameterScalingType,
  HyperParameterTuningJobObjectiveType,
  HyperParameterTuningJobStrategyType,
  InputMode,
  S3Location,
  SageMakerCreateHyperParameterTuningJob,
  TrainingJobEarlyStoppingType,
  WarmStartType,
  type SageMakerCreateHyperParameterTuningJobProps,
} from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const resource = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::sagemaker:createHyperParameterTuningJob${suffix}`]] });
const arn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const ROLE = { 'Fn::GetAtt': [expect.stringMatching(/^TuneSagemakerRole/), 'Arn'] };

function tune(props: Partial<SageMakerCreateHyperParameterTuningJobProps> = {}): SageMakerCreateHyperParameterTuningJob {
  return new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', {
    hyperParameterTuningJobName: 'MyTuningJob',
    resourceLimits: { maxParallelTrainingJobs: 2 },
    algorithmSpecification: { trainingImage: DockerImage.fromRegistry('xgboost:1') },
    outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output') },
    ...props,
  });
}

function granted(task: sfn.IChainable): Record<string, unknown> {
  return Object.fromEntries((normalize(statements(task)) as Array<{ Action: string | string[]; Resource: unknown }>)
    .filter((s) => !String(s.Action).startsWith('s3:') && !String(s.Action).startsWith('ecr:'))
    .map((s) => [Array.isArray(s.Action) ? s.Action.join(',') : s.Action, s.Resource]));
}

describe('SageMakerCreateHyperParameterTuningJob', () => {
  it('renders the request with the defaults: Bayesian, File mode, 1 ml.m4.xlarge with 10 GiB, 1 hour', () => {
    expect(render(tune())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(''),
      Parameters: {
        HyperParameterTuningJobName: 'MyTuningJob',
        HyperParameterTuningJobConfig: { Strategy: 'Bayesian', ResourceLimits: { MaxParallelTrainingJobs: 2 } },
        TrainingJobDefinition: {
          AlgorithmSpecification: { TrainingInputMode: 'File', TrainingImage: 'xgboost:1' },
          RoleArn: ROLE,
          OutputDataConfig: { 'S3OutputPath.$': '$.output' },
          ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m4.xlarge', VolumeSizeInGB: 10 },
          StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        },
      },
    });
  });

  it('renders createHyperParameterTuningJob.sync for RUN_JOB, with every field', () => {
    const key = new kms.Key(stack, 'Key');
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 2 });
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'amzn-s3-demo-bucket');
    const task = tune({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      strategy: HyperParameterTuningJobStrategyType.HYPERBAND,
      hyperbandStrategyConfig: { minResource: 1, maxResource: 10 },
      objective: { type: HyperParameterTuningJobObjectiveType.MAXIMIZE, metricName: 'validation:auc' },
      resourceLimits: { maxParallelTrainingJobs: 3, maxNumberOfTrainingJobs: 30, maxRuntime: Duration.hours(12) },
      parameterRanges: {
        integerParameterRanges: [{ name: 'max_depth', minValue: '3', maxValue: '10', scalingType: HyperParameterScalingType.LINEAR }],
        continuousParameterRanges: [{ name: 'eta', minValue: '0.01', maxValue: '0.5', scalingType: HyperParameterScalingType.LOGARITHMIC }, { name: 'gamma', minValue: '0', maxValue: '5' }],
        categoricalParameterRanges: [{ name: 'booster', values: ['gbtree', 'dart'] }],
      },
      trainingJobEarlyStoppingType: TrainingJobEarlyStoppingType.AUTO,
      randomSeed: 42,
      warmStartConfig: { parentHyperParameterTuningJobs: ['previous-job'], warmStartType: WarmStartType.TRANSFER_LEARNING },
      algorithmSpecification: { algorithmName: 'xgboost-algo', trainingInputMode: InputMode.PIPE, metricDefinitions: [{ name: 'validation:auc', regex: 'auc:(.*)' }] },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: S3Location.fromBucket(bucket, 'train/') } } }],
      outputDataConfig: { s3OutputLocation: S3Location.fromBucket(bucket, 'models/'), encryptionKey: key },
      resourceConfig: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE2), volumeSize: Size.gibibytes(30), volumeEncryptionKey: key },
      stoppingCondition: { maxRuntime: Duration.hours(2) },
      staticHyperParameters: { objective: 'binary:logistic' },
      vpcConfig: { vpc },
      enableNetworkIsolation: true,
      enableInterContainerTrafficEncryption: false,
      environment: { LOG: 'debug' },
      tags: { Project: 'ML' },
    });
    const url = (key: string) => ({ 'Fn::Join': ['', ['https://s3.us-east-1.', { Ref: 'AWS::URLSuffix' }, `/amzn-s3-demo-bucket/${key}`]] });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync'),
      Parameters: {
        HyperParameterTuningJobName: 'MyTuningJob',
        HyperParameterTuningJobConfig: {
          Strategy: 'Hyperband',
          StrategyConfig: { HyperbandStrategyConfig: { MinResource: 1, MaxResource: 10 } },
          HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'validation:auc' },
          ResourceLimits: { MaxNumberOfTrainingJobs: 30, MaxParallelTrainingJobs: 3, MaxRuntimeInSeconds: 43200 },
          ParameterRanges: {
            IntegerParameterRanges: [{ Name: 'max_depth', MinValue: '3', MaxValue: '10', ScalingType: 'Linear' }],
            ContinuousParameterRanges: [{ Name: 'eta', MinValue: '0.01', MaxValue: '0.5', ScalingType: 'Logarithmic' }, { Name: 'gamma', MinValue: '0', MaxValue: '5' }],
            CategoricalParameterRanges: [{ Name: 'booster', Values: ['gbtree', 'dart'] }],
          },
          TrainingJobEarlyStoppingType: 'Auto',
          RandomSeed: 42,
        },
        TrainingJobDefinition: {
          AlgorithmSpecification: { TrainingInputMode: 'Pipe', AlgorithmName: 'xgboost-algo', MetricDefinitions: [{ Name: 'validation:auc', Regex: 'auc:(.*)' }] },
          RoleArn: ROLE,
          InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3Uri: url('train/'), S3DataType: 'S3Prefix' } } }],
          OutputDataConfig: { S3OutputPath: url('models/'), KmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
          ResourceConfig: { InstanceCount: 2, InstanceType: 'ml.m5.2xlarge', VolumeSizeInGB: 30, VolumeKmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
          StoppingCondition: { MaxRuntimeInSeconds: 7200 },
          StaticHyperParameters: { objective: 'binary:logistic' },
          VpcConfig: {
            SecurityGroupIds: [{ 'Fn::GetAtt': [expect.stringMatching(/^TuneTuningJobSecurityGroup/), 'GroupId'] }],
            Subnets: [{ Ref: 'VpcIsolatedSubnet1SubnetE48C5737' }, { Ref: 'VpcIsolatedSubnet2Subnet16364B91' }],
          },
          EnableNetworkIsolation: true,
          EnableInterContainerTrafficEncryption: false,
          Environment: { LOG: 'debug' },
        },
        WarmStartConfig: { ParentHyperParameterTuningJobs: [{ HyperParameterTuningJobName: 'previous-job' }], WarmStartType: 'TransferLearning' },
        Tags: [{ Key: 'Project', Value: 'ML' }],
      },
    });
  });

  it('renders JSONata', () => {
    const task = SageMakerCreateHyperParameterTuningJob.jsonata(stack, 'Tune', {
      hyperParameterTuningJobName: '{% $states.input.name %}',
      resourceLimits: { maxParallelTrainingJobs: 1 },
      algorithmSpecification: { algorithmName: 'algo' },
      outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('{% $states.input.out %}') },
    });
    expect(render(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Resource: resource(''),
      Arguments: { HyperParameterTuningJobName: '{% $states.input.name %}', TrainingJobDefinition: { OutputDataConfig: { S3OutputPath: '{% $states.input.out %}' } } },
    });
  });

  it('grants CreateHyperParameterTuningJob, ListTags and PassRole for REQUEST_RESPONSE', () => {
    expect(granted(tune())).toEqual({
      'sagemaker:CreateHyperParameterTuningJob': arn(':sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/MyTuningJob*'),
      'sagemaker:ListTags': '*',
      'iam:PassRole': ROLE,
    });
  });

  it('grants Describe/Stop, AddTags and the tuning jobs rule for RUN_JOB', () => {
    expect(granted(tune({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      'sagemaker:CreateHyperParameterTuningJob,sagemaker:DescribeHyperParameterTuningJob,sagemaker:StopHyperParameterTuningJob':
        arn(':sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/MyTuningJob*'),
      'sagemaker:ListTags': '*',
      'sagemaker:AddTags': arn(':sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/MyTuningJob*'),
      'iam:PassRole': ROLE,
      'events:PutTargets,events:PutRule,events:DescribeRule': arn(':events:us-east-1:123456789012:rule/StepFunctionsGetEventsForSageMakerTuningJobsRule'),
    });
  });

  it('grants AddTags for tagged jobs, on every job for a run-time name', () => {
    expect(granted(tune({ tags: { a: 'b' }, hyperParameterTuningJobName: sfn.JsonPath.stringAt('$.name') }))['sagemaker:AddTags'])
      .toEqual(arn(':sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/*'));
  });

  it('creates a role for SageMaker and grants it the output key', () => {
    const key = new kms.Key(stack, 'Key');
    const task = tune({ outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.o'), encryptionKey: key } });
    const template = synthInStateMachine(task);
    expect(normalize(templateStatements(template))).toContainEqual(
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
    );
    template.hasResourceProperties('AWS::IAM::Role', {
      Policies: [{ PolicyName: 'CreateHyperParameterTuningJob', PolicyDocument: { Statement: [{ Effect: 'Allow', Resource: '*', Action: [
        'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken',
      ] }] } }],
    });
    expect(task.grantPrincipal).toBe(task.role);
  });
});
