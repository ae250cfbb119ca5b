import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { DockerImage, S3Location, SageMakerCreateTrainingJob, type Channel, type SageMakerCreateTrainingJobProps } from '../src';

const base: SageMakerCreateTrainingJobProps = {
  trainingJobName: 'MyTrainJob',
  algorithmSpecification: { algorithmName: 'BlazingText' },
  outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.out') },
};
const channel = (name: string): Channel => ({ channelName: name, dataSource: { s3DataSource: { s3Location: S3Location.fromJsonExpression('$.in') } } });
const resources = (instanceCount: number, volumeSize: Size) => ({ resourceConfig: { instanceCount, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize } });

function build(props: Partial<SageMakerCreateTrainingJobProps>): SageMakerCreateTrainingJob {
  return new SageMakerCreateTrainingJob(new Stack(new App(), 'Stack'), 'Train', { ...base, ...props });
}

describe('SageMakerCreateTrainingJob validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /SageMakerCreateTrainingJob at 'Stack\/Train': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['no algorithm name nor image', { algorithmSpecification: {} }, /`algorithmSpecification` must set either `algorithmName` or `trainingImage`.*got neither/],
    ['both algorithm name and image', { algorithmSpecification: { algorithmName: 'BlazingText', trainingImage: DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')) } }, /got both/],
    ['algorithm name of 171 characters', { algorithmSpecification: { algorithmName: 'a'.repeat(171) } }, /`algorithmSpecification.algorithmName` must be from 1 to 170 characters long, got 171/],
    ['algorithm name with an underscore', { algorithmSpecification: { algorithmName: 'Blazing_Text' } }, /`algorithmSpecification.algorithmName` must be an algorithm name .* or an algorithm ARN, got 'Blazing_Text'/],
    ['algorithm name ending with a hyphen', { algorithmSpecification: { algorithmName: 'blazing-' } }, /`algorithmSpecification.algorithmName` must be an algorithm name/],
    ['41 metric definitions', { algorithmSpecification: { algorithmName: 'x', metricDefinitions: Array.from({ length: 41 }, (_, i) => ({ name: `m${i}`, regex: 'r' })) } }, /`algorithmSpecification.metricDefinitions` must have from 0 to 40 items, got 41/],
    ['empty metric regex', { algorithmSpecification: { algorithmName: 'x', metricDefinitions: [{ name: 'm', regex: '' }] } }, /`algorithmSpecification.metricDefinitions\[0\].regex` must be from 1 to 500 characters long/],
    ['job name with an underscore', { trainingJobName: 'my_job' }, /`trainingJobName` must be letters, digits and hyphens, starting and ending with a letter or digit, got 'my_job'/],
    ['job name of 64 characters', { trainingJobName: 'a'.repeat(64) }, /`trainingJobName` must be from 1 to 63 characters long, got 64/],
    ['empty job name', { trainingJobName: '' }, /`trainingJobName` must be from 1 to 63 characters long, got 0/],
    ['no channels', { inputDataConfig: [] }, /`inputDataConfig` must have from 1 to 20 items, got 0/],
    ['21 channels', { inputDataConfig: Array.from({ length: 21 }, (_, i) => channel(`c${i}`)) }, /`inputDataConfig` must have from 1 to 20 items, got 21/],
    ['channel name with a space', { inputDataConfig: [channel('my channel')] }, /`inputDataConfig\[0\].channelName` must be letters, digits, `.`, `-` and `_`, got 'my channel'/],
    ['duplicate channel names', { inputDataConfig: [channel('train'), channel('train')] }, /`inputDataConfig\[\].channelName` must be unique, got 'train' more than once/],
    ['0 instances', resources(0, Size.gibibytes(10)), /`resourceConfig.instanceCount` must be an integer of at least 1, got 0/],
    ['1.5 instances', resources(1.5, Size.gibibytes(10)), /`resourceConfig.instanceCount` must be an integer of at least 1, got 1.5/],
    ['a volume of 0 GiB', resources(1, Size.gibibytes(0)), /`resourceConfig.volumeSize` must be a whole number of GiB of at least 1, got 0 GiB/],
    ['a volume of 1.5 GiB', resources(1, Size.mebibytes(1536)), /`resourceConfig.volumeSize` must be a whole number of GiB of at least 1, got 1.5 GiB/],
    ['a runtime of 29 days', { stoppingCondition: { maxRuntime: Duration.days(29) } }, /`stoppingCondition.maxRuntime` must be a whole number of seconds from 1 to 2419200, got 2505600 seconds/],
    ['a runtime of half a second', { stoppingCondition: { maxRuntime: Duration.millis(500) } }, /`stoppingCondition.maxRuntime` must be a whole number of seconds from 1 to 2419200, got 0.5 seconds/],
    ['101 hyperparameters', { hyperparameters: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`h${i}`, '1'])) }, /`hyperparameters` must have from 0 to 100 entries, got 101/],
    ['51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v'])) }, /`tags` must have from 0 to 50 entries, got 51/],
    ['101 environment variables', { environment: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`E${i}`, 'v'])) }, /`environment` must have from 0 to 100 entries, got 101/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => build(props as Partial<SageMakerCreateTrainingJobProps>)).toThrow(error);
  });

  it.each([
    ['a JSON path job name', { trainingJobName: sfn.JsonPath.stringAt('$.name') }],
    ['a JSONata job name', { trainingJobName: '{% $states.input.name %}', queryLanguage: sfn.QueryLanguage.JSONATA }],
    ['an algorithm ARN', { algorithmSpecification: { algorithmName: 'arn:aws:sagemaker:us-east-1:123456789012:algorithm/scikit-decision-trees' } }],
    ['a JSONata algorithm name', { algorithmSpecification: { algorithmName: '{% $states.input.algorithm %}' } }],
    ['28 days', { stoppingCondition: { maxRuntime: Duration.days(28) } }],
    ['20 channels', { inputDataConfig: Array.from({ length: 20 }, (_, i) => channel(`c${i}`)) }],
    ['a 63-character name', { trainingJobName: `a${'-b'.repeat(31)}` }],
  ] as const)('accepts %s', (_name, props) => {
    expect(() => build(props as Partial<SageMakerCreateTrainingJobProps>)).not.toThrow();
  });
});
