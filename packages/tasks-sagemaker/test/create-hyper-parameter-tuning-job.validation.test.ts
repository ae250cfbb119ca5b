import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  DockerImage,
  HyperParameterTuningJobObjectiveType,
  HyperParameterTuningJobStrategyType,
  S3Location,
  SageMakerCreateHyperParameterTuningJob,
  WarmStartType,
  type SageMakerCreateHyperParameterTuningJobProps,
} from '../src';

const base: SageMakerCreateHyperParameterTuningJobProps = {
  hyperParameterTuningJobName: 'MyTuningJob',
  resourceLimits: { maxParallelTrainingJobs: 2 },
  algorithmSpecification: { algorithmName: 'algo' },
  outputDataConfig: { s3OutputLocation: S3Location.fromJsonExpression('$.output') },
};

function build(props: Partial<SageMakerCreateHyperParameterTuningJobProps>): SageMakerCreateHyperParameterTuningJob {
  return new SageMakerCreateHyperParameterTuningJob(new Stack(new App(), 'Stack'), 'Tune', { ...base, ...props });
}

describe('SageMakerCreateHyperParameterTuningJob validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /SageMakerCreateHyperParameterTuningJob at 'Stack\/Tune': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['a name of 33 characters', { hyperParameterTuningJobName: 't'.repeat(33) }, /`hyperParameterTuningJobName` must be from 1 to 32 characters long, got 33/],
    ['a name with an underscore', { hyperParameterTuningJobName: 'my_tuning' }, /`hyperParameterTuningJobName` must be letters, digits and hyphens/],
    ['a Hyperband config without the Hyperband strategy', { hyperbandStrategyConfig: { maxResource: 10 } }, /`hyperbandStrategyConfig` needs `strategy` HYPERBAND, got BAYESIAN \(the default\)/],
    ['a Hyperband config with the Random strategy', { strategy: HyperParameterTuningJobStrategyType.RANDOM, hyperbandStrategyConfig: {} }, /needs `strategy` HYPERBAND, got Random/],
    ['a min resource of 0', { strategy: HyperParameterTuningJobStrategyType.HYPERBAND, hyperbandStrategyConfig: { minResource: 0 } }, /`hyperbandStrategyConfig.minResource` must be an integer of at least 1, got 0/],
    ['an empty objective metric', { objective: { type: HyperParameterTuningJobObjectiveType.MINIMIZE, metricName: '' } }, /`objective.metricName` must be from 1 to 255 characters long, got 0/],
    ['0 parallel training jobs', { resourceLimits: { maxParallelTrainingJobs: 0 } }, /`resourceLimits.maxParallelTrainingJobs` must be an integer of at least 1, got 0/],
    ['0 training jobs', { resourceLimits: { maxParallelTrainingJobs: 1, maxNumberOfTrainingJobs: 0 } }, /`resourceLimits.maxNumberOfTrainingJobs` must be an integer of at least 1, got 0/],
    ['a runtime of 1 minute', { resourceLimits: { maxParallelTrainingJobs: 1, maxRuntime: Duration.minutes(1) } }, /`resourceLimits.maxRuntime` must be a whole number of seconds from 120 to 15768000, got 60 seconds/],
    ['31 integer ranges', { parameterRanges: { integerParameterRanges: Array.from({ length: 31 }, (_, i) => ({ name: `p${i}`, minValue: '1', maxValue: '2' })) } }, /`parameterRanges.integerParameterRanges` must have from 0 to 30 items, got 31/],
    ['a categorical range without values', { parameterRanges: { categoricalParameterRanges: [{ name: 'c', values: [] }] } }, /`parameterRanges.categoricalParameterRanges\[0\].values` must have from 1 to 30 items, got 0/],
    ['a negative random seed', { randomSeed: -1 }, /`randomSeed` must be an integer of at least 0, got -1/],
    ['6 warm start parents', { warmStartConfig: { parentHyperParameterTuningJobs: ['a', 'b', 'c', 'd', 'e', 'f'], warmStartType: WarmStartType.IDENTICAL_DATA_AND_ALGORITHM } }, /`warmStartConfig.parentHyperParameterTuningJobs` must have from 1 to 5 items, got 6/],
    ['a warm start parent with a bad name', { warmStartConfig: { parentHyperParameterTuningJobs: ['bad_name'], warmStartType: WarmStartType.TRANSFER_LEARNING } }, /`warmStartConfig.parentHyperParameterTuningJobs\[0\]` must be letters, digits and hyphens/],
    ['no algorithm', { algorithmSpecification: {} }, /`algorithmSpecification` must set either `algorithmName` or `trainingImage`/],
    ['algorithm name and image', { algorithmSpecification: { algorithmName: 'a', trainingImage: DockerImage.fromRegistry('i') } }, /got both/],
    ['a training runtime of 29 days', { stoppingCondition: { maxRuntime: Duration.days(29) } }, /`stoppingCondition.maxRuntime` must be a whole number of seconds from 1 to 2419200/],
    ['101 static hyperparameters', { staticHyperParameters: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`h${i}`, '1'])) }, /`staticHyperParameters` must have from 0 to 100 entries, got 101/],
    ['49 environment variables', { environment: Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`E${i}`, 'v'])) }, /`environment` must have from 0 to 48 entries, got 49/],
    ['51 tags', { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'v'])) }, /`tags` must have from 0 to 50 entries, got 51/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => build(props as Partial<SageMakerCreateHyperParameterTuningJobProps>)).toThrow(error);
  });

  it.each([
    ['a 32-character name', { hyperParameterTuningJobName: 't'.repeat(32) }],
    ['the Hyperband strategy and config', { strategy: HyperParameterTuningJobStrategyType.HYPERBAND, hyperbandStrategyConfig: { minResource: 1, maxResource: 9 } }],
    ['a JSON path name', { hyperParameterTuningJobName: sfn.JsonPath.stringAt('$.name') }],
  ] as const)('accepts %s', (_name, props) => {
    expect(() => build(props as Partial<SageMakerCreateHyperParameterTuningJobProps>)).not.toThrow();
  });
});
