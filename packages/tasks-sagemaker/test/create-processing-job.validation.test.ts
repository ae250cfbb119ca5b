import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  CompressionType,
  DockerImage,
  InputMode,
  S3DataType,
  S3Location,
  SageMakerCreateProcessingJob,
  type ProcessingInput,
  type ProcessingOutput,
  type SageMakerCreateProcessingJobProps,
} from '../src';

const image = DockerImage.fromRegistry('image:1');
const base: SageMakerCreateProcessingJobProps = { processingJobName: 'MyJob', appSpecification: { image } };
const input = (more: Partial<ProcessingInput['s3Input']> = {}, name = 'in'): ProcessingInput => ({
  inputName: name, s3Input: { s3Location: S3Location.fromJsonExpression('$.in'), localPath: '/opt/ml/processing/in', ...more },
});
const output = (more: Partial<ProcessingOutput> = {}): ProcessingOutput => ({
  outputName: 'out', s3Output: { s3Location: S3Location.fromJsonExpression('$.out'), localPath: '/opt/ml/processing/out' }, ...more,
});
const cluster = (instanceCount: number, gib: number) => ({ clusterConfig: { instanceCount, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: Size.gibibytes(gib) } });

function build(props: Partial<SageMakerCreateProcessingJobProps>): SageMakerCreateProcessingJob {
  return new SageMakerCreateProcessingJob(new Stack(new App(), 'Stack'), 'Process', { ...base, ...props });
}

describe('SageMakerCreateProcessingJob validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /SageMakerCreateProcessingJob at 'Stack\/Process': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['a job name with an underscore', { processingJobName: 'my_job' }, /`processingJobName` must be letters, digits and hyphens, starting and ending with a letter or digit, got 'my_job'/],
    ['a job name of 64 characters', { processingJobName: 'j'.repeat(64) }, /`processingJobName` must be from 1 to 63 characters long, got 64/],
    ['an empty entrypoint', { appSpecification: { image, containerEntrypoint: [] } }, /`appSpecification.containerEntrypoint` must have from 1 to 100 items, got 0/],
    ['an argument of 257 characters', { appSpecification: { image, containerArguments: ['a'.repeat(257)] } }, /`appSpecification.containerArguments\[0\]` must be from 1 to 256 characters long, got 257/],
    ['11 inputs', { processingInputs: Array.from({ length: 11 }, (_, i) => input({}, `in${i}`)) }, /`processingInputs` must have from 0 to 10 items, got 11/],
    ['duplicate input names', { processingInputs: [input(), input()] }, /`processingInputs\[\].inputName` must be unique, got 'in' more than once/],
    ['an input without a local path', { processingInputs: [input({ localPath: undefined })] }, /`processingInputs\[0\].s3Input.localPath` must be set unless `appManaged` is true, got undefined/],
    ['an input path outside /opt/ml/processing', { processingInputs: [input({ localPath: '/tmp/in' })] }, /`processingInputs\[0\].s3Input.localPath` must be a path under \/opt\/ml\/processing\/, got '\/tmp\/in'/],
    ['an augmented manifest input', { processingInputs: [input({ s3DataType: S3DataType.AUGMENTED_MANIFEST_FILE })] }, /`processingInputs\[0\].s3Input.s3DataType` must be S3_PREFIX or MANIFEST_FILE, got AUGMENTED_MANIFEST_FILE/],
    ['a FastFile input', { processingInputs: [input({ s3InputMode: InputMode.FAST_FILE })] }, /`processingInputs\[0\].s3Input.s3InputMode` must be FILE or PIPE, got FAST_FILE/],
    ['a gzip input in File mode', { processingInputs: [input({ s3CompressionType: CompressionType.GZIP })] }, /`processingInputs\[0\].s3Input.s3CompressionType` GZIP needs `s3InputMode` PIPE, got FILE \(the default\)/],
    ['11 outputs', { processingOutputConfig: { outputs: Array.from({ length: 11 }, (_, i) => output({ outputName: `o${i}` })) } }, /`processingOutputConfig.outputs` must have from 0 to 10 items, got 11/],
    ['duplicate output names', { processingOutputConfig: { outputs: [output(), output()] } }, /`processingOutputConfig.outputs\[\].outputName` must be unique, got 'out' more than once/],
    ['an output with no destination', { processingOutputConfig: { outputs: [output({ s3Output: undefined })] } }, /`processingOutputConfig.outputs\[0\]` must set exactly one of `s3Output` and `featureStoreOutput`, got neither/],
    ['an output with two destinations', { processingOutputConfig: { outputs: [output({ appManaged: true, featureStoreOutput: { featureGroupName: 'fg' } })] } }, /must set exactly one of `s3Output` and `featureStoreOutput`, got both/],
    ['a feature store output that is not app-managed', { processingOutputConfig: { outputs: [output({ s3Output: undefined, featureStoreOutput: { featureGroupName: 'fg' } })] } }, /`processingOutputConfig.outputs\[0\].featureStoreOutput` needs `appManaged` true, got undefined/],
    ['a feature group name with a dot', { processingOutputConfig: { outputs: [output({ s3Output: undefined, appManaged: true, featureStoreOutput: { featureGroupName: 'my.group' } })] } }, /`processingOutputConfig.outputs\[0\].featureStoreOutput.featureGroupName` must be 1 to 64 letters/],
    ['an output without a local path', { processingOutputConfig: { outputs: [output({ s3Output: { s3Location: S3Location.fromJsonExpression('$.o') } })] } }, /`processingOutputConfig.outputs\[0\].s3Output.localPath` must be set unless `appManaged` is true/],
    ['an experiment name with an underscore', { experimentConfig: { experimentName: 'my_exp' } }, /`experimentConfig.experimentName` must be 1 to 120 letters, digits and hyphens/],
    ['a trial name of 121 characters', { experimentConfig: { trialName: 't'.repeat(121) } }, /`experimentConfig.trialName` must be 1 to 120/],
    ['0 instances', cluster(0, 10), /`clusterConfig.instanceCount` must be an integer from 1 to 100, got 0/],
    ['101 instances', cluster(101, 10), /`clusterConfig.instanceCount` must be an integer from 1 to 100, got 101/],
    ['a volume of 16385 GiB', cluster(1, 16385), /`clusterConfig.volumeSize` must be a whole number of GiB from 1 to 16384, got 16385 GiB/],
    ['a runtime of 10 days', { stoppingCondition: { maxRuntime: Duration.days(10) } }, /`stoppingCondition.maxRuntime` must be a whole number of seconds from 1 to 777600, got 864000 seconds/],
    ['101 environment variables', { environment: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`E${i}`, 'v'])) }, /`environment` must have from 0 to 100 entries, got 101/],
    ['51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v'])) }, /`tags` must have from 0 to 50 entries, got 51/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => build(props as Partial<SageMakerCreateProcessingJobProps>)).toThrow(error);
  });

  it.each([
    ['an app-managed input without a local path', { processingInputs: [{ inputName: 'in', appManaged: true, s3Input: { s3Location: S3Location.fromJsonExpression('$.in') } }] }],
    ['a gzip input in Pipe mode', { processingInputs: [input({ s3CompressionType: CompressionType.GZIP, s3InputMode: InputMode.PIPE })] }],
    ['9 days', { stoppingCondition: { maxRuntime: Duration.seconds(777600) } }],
    ['a JSONata job name', { processingJobName: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA }],
  ] as const)('accepts %s', (_name, props) => {
    expect(() => build(props as Partial<SageMakerCreateProcessingJobProps>)).not.toThrow();
  });
});
