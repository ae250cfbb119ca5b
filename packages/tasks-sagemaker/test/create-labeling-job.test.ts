import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements, synthInStateMachine, templateStatements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContentClassifier, S3Location, SageMakerCreateLabelingJob, type HumanTaskConfig, type SageMakerCreateLabelingJobProps } from '../src';

let stack: Stack;
let bucket: s3.IBucket;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
  bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'amzn-s3-demo-bucket');
});

const resource = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::sagemaker:createLabelingJob${suffix}`]] });
const arn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const url = (key: string) => ({ 'Fn::Join': ['', ['https://s3.us-east-1.', { Ref: 'AWS::URLSuffix' }, `/amzn-s3-demo-bucket/${key}`]] });
const ROLE = { 'Fn::GetAtt': [expect.stringMatching(/^LabelSagemakerRole/), 'Arn'] };
const PRE = 'arn:aws:lambda:us-east-1:432418664414:function:PRE-TextMultiClass';
const ACS = 'arn:aws:lambda:us-east-1:432418664414:function:ACS-TextMultiClass';
const WORKTEAM = 'arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/team';

const humanTask = (more: Partial<HumanTaskConfig> = {}): HumanTaskConfig => ({
  workteamArn: WORKTEAM,
  uiTemplate: S3Location.fromBucket(bucket, 'TextClassification.template'),
  preHumanTaskLambdaArn: PRE,
  taskTitle: 'Classify short bits of text',
  taskDescription: 'Classify the following text',
  numberOfHumanWorkersPerDataObject: 1,
  taskTimeLimit: Duration.minutes(5),
  ...more,
});

function label(props: Partial<SageMakerCreateLabelingJobProps> = {}): SageMakerCreateLabelingJob {
  return new SageMakerCreateLabelingJob(stack, 'Label', {
    labelingJobName: 'example-job-name',
    labelAttributeName: 'Categories',
    inputConfig: { manifest: S3Location.fromBucket(bucket, 'manifest.json') },
    outputConfig: { s3OutputLocation: S3Location.fromBucket(bucket, 'output/') },
    humanTaskConfig: humanTask(),
    ...props,
  });
}

function granted(task: sfn.IChainable): Record<string, unknown> {
  return Object.fromEntries((normalize(statements(task)) as Array<{ Action: string | string[]; Resource: unknown }>)
    .filter((s) => !String(s.Action).startsWith('s3:'))
    .map((s) => [Array.isArray(s.Action) ? s.Action.join(',') : s.Action, s.Resource]));
}

describe('SageMakerCreateLabelingJob', () => {
  it('renders the request with the required fields', () => {
    expect(render(label())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(''),
      Parameters: {
        HumanTaskConfig: {
          NumberOfHumanWorkersPerDataObject: 1,
          PreHumanTaskLambdaArn: PRE,
          TaskDescription: 'Classify the following text',
          TaskTimeLimitInSeconds: 300,
          TaskTitle: 'Classify short bits of text',
          UiConfig: { UiTemplateS3Uri: url('TextClassification.template') },
          WorkteamArn: WORKTEAM,
        },
        InputConfig: { DataSource: { S3DataSource: { ManifestS3Uri: url('manifest.json') } } },
        LabelAttributeName: 'Categories',
        LabelingJobName: 'example-job-name',
        OutputConfig: { S3OutputPath: url('output/') },
        RoleArn: ROLE,
      },
    });
  });

  it('renders createLabelingJob.sync for RUN_JOB, with every field', () => {
    const key = new kms.Key(stack, 'Key');
    const task = label({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      inputConfig: { manifest: S3Location.fromJsonExpression('$.manifest'), contentClassifiers: [ContentClassifier.FREE_OF_PERSONALLY_IDENTIFIABLE_INFORMATION, ContentClassifier.FREE_OF_ADULT_CONTENT] },
      outputConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output'), encryptionKey: key, snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:labels' },
      humanTaskConfig: humanTask({
        annotationConsolidationLambdaArn: ACS,
        taskKeywords: ['tc', 'Labeling'],
        taskAvailabilityLifetime: Duration.hours(6),
        maxConcurrentTaskCount: 100,
        publicWorkforceTaskPrice: { dollars: 0, cents: 3, tenthFractionsOfACent: 6 },
      }),
      labelCategoryConfig: S3Location.fromBucket(bucket, 'labelcategories.json'),
      stoppingConditions: { maxHumanLabeledObjectCount: 10000, maxPercentageOfInputDatasetLabeled: 100 },
      labelingJobAlgorithmsConfig: {
        labelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification',
        initialActiveLearningModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/previous',
        volumeEncryptionKey: key,
      },
      tags: { Project: 'ML' },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync'),
      Parameters: {
        HumanTaskConfig: {
          AnnotationConsolidationConfig: { AnnotationConsolidationLambdaArn: ACS },
          MaxConcurrentTaskCount: 100,
          NumberOfHumanWorkersPerDataObject: 1,
          PreHumanTaskLambdaArn: PRE,
          PublicWorkforceTaskPrice: { AmountInUsd: { Cents: 3, Dollars: 0, TenthFractionsOfACent: 6 } },
          TaskAvailabilityLifetimeInSeconds: 21600,
          TaskDescription: 'Classify the following text',
          TaskKeywords: ['tc', 'Labeling'],
          TaskTimeLimitInSeconds: 300,
          TaskTitle: 'Classify short bits of text',
          UiConfig: { UiTemplateS3Uri: url('TextClassification.template') },
          WorkteamArn: WORKTEAM,
        },
        InputConfig: {
          DataAttributes: { ContentClassifiers: ['FreeOfPersonallyIdentifiableInformation', 'FreeOfAdultContent'] },
          DataSource: { S3DataSource: { 'ManifestS3Uri.$': '$.manifest' } },
        },
        LabelAttributeName: 'Categories',
        LabelCategoryConfigS3Uri: url('labelcategories.json'),
        LabelingJobAlgorithmsConfig: {
          InitialActiveLearningModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/previous',
          LabelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification',
          LabelingJobResourceConfig: { VolumeKmsKeyId: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
        },
        LabelingJobName: 'example-job-name',
        OutputConfig: { 'KmsKeyId': { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] }, 'S3OutputPath.$': '$.output', 'SnsTopicArn': 'arn:aws:sns:us-east-1:123456789012:labels' },
        RoleArn: ROLE,
        StoppingConditions: { MaxHumanLabeledObjectCount: 10000, MaxPercentageOfInputDatasetLabeled: 100 },
        Tags: [{ Key: 'Project', Value: 'ML' }],
      },
    });
  });

  it('renders a streaming job from an SNS topic with a worker task template, in JSONata', () => {
    const task = SageMakerCreateLabelingJob.jsonata(stack, 'Label', {
      labelingJobName: '{% $states.input.name %}',
      labelAttributeName: 'label-ref',
      inputConfig: { snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' },
      outputConfig: { s3OutputLocation: S3Location.fromJsonExpression('{% $states.input.output %}') },
      humanTaskConfig: humanTask({ uiTemplate: undefined, humanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/PointCloudObjectDetection' }),
    });
    expect(render(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: {
        HumanTaskConfig: { UiConfig: { HumanTaskUiArn: 'arn:aws:sagemaker:us-east-1:394669845002:human-task-ui/PointCloudObjectDetection' } },
        InputConfig: { DataSource: { SnsDataSource: { SnsTopicArn: 'arn:aws:sns:us-east-1:123456789012:objects' } } },
        LabelingJobName: '{% $states.input.name %}',
        OutputConfig: { S3OutputPath: '{% $states.input.output %}' },
      },
    });
  });

  it('grants CreateLabelingJob, ListTags and PassRole for REQUEST_RESPONSE', () => {
    expect(granted(label())).toEqual({
      'sagemaker:CreateLabelingJob': arn(':sagemaker:us-east-1:123456789012:labeling-job/example-job-name*'),
      'sagemaker:ListTags': '*',
      'iam:PassRole': ROLE,
      'lambda:InvokeFunction': PRE,
    });
  });

  it('grants Describe/Stop, AddTags and the labeling jobs rule for RUN_JOB', () => {
    expect(granted(label({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      'sagemaker:CreateLabelingJob,sagemaker:DescribeLabelingJob,sagemaker:StopLabelingJob': arn(':sagemaker:us-east-1:123456789012:labeling-job/example-job-name*'),
      'sagemaker:ListTags': '*',
      'sagemaker:AddTags': arn(':sagemaker:us-east-1:123456789012:labeling-job/example-job-name*'),
      'iam:PassRole': ROLE,
      'events:PutTargets,events:PutRule,events:DescribeRule': arn(':events:us-east-1:123456789012:rule/StepFunctionsGetEventsForSageMakerLabelingJobsRule'),
      'lambda:InvokeFunction': PRE,
    });
  });

  it('lets the role invoke the Lambda functions, publish to the output topic and use the keys', () => {
    const key = new kms.Key(stack, 'Key');
    const task = label({
      outputConfig: { s3OutputLocation: S3Location.fromBucket(bucket, 'output/'), encryptionKey: key, snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:labels' },
      humanTaskConfig: humanTask({ annotationConsolidationLambdaArn: ACS }),
      labelingJobAlgorithmsConfig: { labelingJobAlgorithmSpecificationArn: 'arn:aws:sagemaker:us-east-1:027400017018:labeling-job-algorithm-specification/text-classification', volumeEncryptionKey: key },
    });
    const template = synthInStateMachine(task);
    expect(normalize(templateStatements(template))).toEqual(expect.arrayContaining([
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      { Action: 'kms:CreateGrant', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: [PRE, ACS] },
      { Action: 'sns:Publish', Effect: 'Allow', Resource: 'arn:aws:sns:us-east-1:123456789012:labels' },
      { Action: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'], Effect: 'Allow', Resource: [arn(':s3:::amzn-s3-demo-bucket'), arn(':s3:::amzn-s3-demo-bucket/manifest.json*')] },
    ]));
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } }] },
      Policies: [{ PolicyName: 'CreateLabelingJob', PolicyDocument: { Statement: [{ Effect: 'Allow', Resource: '*', Action: [
        'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams',
      ] }] } }],
    });
    expect(task.grantPrincipal).toBe(task.role);
  });
});
