import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  AcceleratorClass,
  AcceleratorType,
  ContainerDefinition,
  DockerImage,
  HyperParameterTuningJobObjectiveType,
  InputMode,
  Mode,
  S3DataType,
  S3Location,
  SageMakerCreateEndpoint,
  SageMakerCreateEndpointConfig,
  SageMakerCreateHyperParameterTuningJob,
  SageMakerCreateLabelingJob,
  SageMakerCreateModel,
  SageMakerCreateProcessingJob,
  SageMakerCreateTrainingJob,
  SageMakerCreateTransformJob,
  SageMakerUpdateEndpoint,
} from '../src';

/* The README's examples, one per class, with `this` as `stack`, synthesized in one state machine. */

describe('README examples', () => {
  it('synthesize', () => {
    const stack = new Stack(new App(), 'Stack');

    const train = new SageMakerCreateTrainingJob(stack, 'TrainSagemaker', {
      trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      algorithmSpecification: { algorithmName: 'BlazingText', trainingInputMode: InputMode.FILE },
      inputDataConfig: [{
        channelName: 'train',
        dataSource: { s3DataSource: { s3DataType: S3DataType.S3_PREFIX, s3Location: S3Location.fromJsonExpression('$.S3Bucket') } },
      }],
      outputDataConfig: {
        s3OutputLocation: S3Location.fromBucket(s3.Bucket.fromBucketName(stack, 'Bucket', 'amzn-s3-demo-bucket'), 'myoutputpath'),
      },
      resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')), volumeSize: Size.gibibytes(50) },
      stoppingCondition: { maxRuntime: Duration.hours(2) },
    });

    const batchInference = new SageMakerCreateTransformJob(stack, 'Batch Inference', {
      transformJobName: 'MyTransformJob',
      modelName: 'MyModelName',
      modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: Duration.minutes(5) },
      transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/train', s3DataType: S3DataType.S3_PREFIX } } },
      transformOutput: { s3OutputPath: 's3://outputbucket/TransformJobOutputPath' },
      transformResources: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE) },
    });

    const createModel = new SageMakerCreateModel(stack, 'Sagemaker', {
      modelName: 'MyModel',
      primaryContainer: new ContainerDefinition({
        image: DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
        mode: Mode.SINGLE_MODEL,
        modelS3Location: S3Location.fromJsonExpression('$.TrainingJob.ModelArtifacts.S3ModelArtifacts'),
      }),
    });

    const createEndpointConfig = new SageMakerCreateEndpointConfig(stack, 'SagemakerEndpointConfig', {
      endpointConfigName: 'MyEndpointConfig',
      productionVariants: [{
        initialInstanceCount: 2,
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
        modelName: 'MyModel',
        variantName: 'awesome-variant',
        acceleratorType: AcceleratorType.of(AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM),
      }],
    });

    const createEndpoint = new SageMakerCreateEndpoint(stack, 'SagemakerEndpoint', {
      endpointName: sfn.JsonPath.stringAt('$.EndpointName'),
      endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName'),
      tags: sfn.TaskInput.fromObject([{ Key: 'Project', Value: 'ML' }]),
    });

    const updateEndpoint = SageMakerUpdateEndpoint.jsonata(stack, 'Update endpoint', {
      endpointName: '{% $states.input.endpoint.name %}',
      endpointConfigName: '{% $states.input.endpoint.config %}',
    });

    const data = new s3.Bucket(stack, 'Data');
    const preprocess = new SageMakerCreateProcessingJob(stack, 'Preprocess', {
      processingJobName: sfn.JsonPath.stringAt('$.id'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      appSpecification: {
        image: DockerImage.fromRegistry('737474898029.dkr.ecr.sa-east-1.amazonaws.com/sagemaker-scikit-learn:0.20.0-cpu-py3'),
        containerEntrypoint: ['python3', '/opt/ml/processing/code/preprocess.py'],
      },
      processingInputs: [{
        inputName: 'raw',
        s3Input: { s3Location: S3Location.fromBucket(data, 'raw/'), localPath: '/opt/ml/processing/input' },
      }],
      processingOutputConfig: {
        outputs: [{ outputName: 'train', s3Output: { s3Location: S3Location.fromBucket(data, 'train/'), localPath: '/opt/ml/processing/train' } }],
      },
      clusterConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM), volumeSize: Size.gibibytes(10) },
      stoppingCondition: { maxRuntime: Duration.hours(1) },
    });

    const models = new s3.Bucket(stack, 'Models');
    const tune = new SageMakerCreateHyperParameterTuningJob(stack, 'Tune', {
      hyperParameterTuningJobName: sfn.JsonPath.stringAt('$.tuningJobName'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      objective: { type: HyperParameterTuningJobObjectiveType.MAXIMIZE, metricName: 'validation:auc' },
      resourceLimits: { maxParallelTrainingJobs: 2, maxNumberOfTrainingJobs: 20 },
      parameterRanges: {
        continuousParameterRanges: [{ name: 'eta', minValue: '0.01', maxValue: '0.5' }],
        integerParameterRanges: [{ name: 'max_depth', minValue: '3', maxValue: '10' }],
      },
      algorithmSpecification: { trainingImage: DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')) },
      inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3Location: S3Location.fromJsonExpression('$.train') } } }],
      outputDataConfig: { s3OutputLocation: S3Location.fromBucket(models, 'tuning/') },
      staticHyperParameters: { objective: 'binary:logistic' },
    });

    const labels = s3.Bucket.fromBucketName(stack, 'Labels', 'amzn-s3-demo-bucket');
    const label = new SageMakerCreateLabelingJob(stack, 'Label', {
      labelingJobName: 'example-job-name',
      labelAttributeName: 'Categories',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      inputConfig: { manifest: S3Location.fromBucket(labels, 'manifest.json') },
      outputConfig: { s3OutputLocation: S3Location.fromBucket(labels, 'output/') },
      labelCategoryConfig: S3Location.fromBucket(labels, 'labelcategories.json'),
      humanTaskConfig: {
        workteamArn: 'arn:aws:sagemaker:us-east-1:123456789012:workteam/private-crowd/ExampleTesting',
        uiTemplate: S3Location.fromBucket(labels, 'TextClassification.template'),
        preHumanTaskLambdaArn: 'arn:aws:lambda:us-east-1:432418664414:function:PRE-TextMultiClass',
        annotationConsolidationLambdaArn: 'arn:aws:lambda:us-east-1:432418664414:function:ACS-TextMultiClass',
        taskTitle: 'Classify short bits of text',
        taskDescription: 'Classify the following text',
        taskKeywords: ['tc', 'Labeling'],
        numberOfHumanWorkersPerDataObject: 1,
        taskTimeLimit: Duration.minutes(5),
      },
      stoppingConditions: { maxHumanLabeledObjectCount: 10000, maxPercentageOfInputDatasetLabeled: 100 },
    });

    new sfn.StateMachine(stack, 'MLPipeline', {
      definitionBody: sfn.DefinitionBody.fromChainable(sfn.Chain.start(preprocess).next(label).next(tune).next(train).next(batchInference)
        .next(createModel).next(createEndpointConfig).next(createEndpoint).next(updateEndpoint)),
    });
    const definition = JSON.stringify(Template.fromStack(stack).toJSON());
    for (const resource of ['createProcessingJob.sync', 'createLabelingJob.sync', 'createHyperParameterTuningJob.sync', 'createTrainingJob.sync',
      'createTransformJob', 'createModel', 'createEndpointConfig', 'createEndpoint', 'updateEndpoint']) {
      expect(definition).toContain(`:states:::sagemaker:${resource}`);
    }
    expect(definition).toContain('ml.eia2.medium');
  });
});
