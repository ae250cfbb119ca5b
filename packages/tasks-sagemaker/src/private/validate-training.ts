import type { IConstruct } from 'constructs';
import {
  isDynamic,
  validateIntegerInRange,
  validateStringLength,
  validateStringPattern,
  validationError,
  validateItemCount,
} from '@cdk-stepfunctions/tasks-core';
import type { AlgorithmSpecification, Channel, ResourceConfig, StoppingCondition } from '../base-types/training';
import {
  validateDurationSeconds,
  validateIntegerAtLeast,
  validateSizeGiB,
  validateUnique,
} from './validate';

/** The props a training job and a tuning job's training job definition share. */
export interface TrainingDefinitionProps {
  readonly algorithmSpecification: AlgorithmSpecification;
  readonly inputDataConfig?: Channel[];
  readonly resourceConfig?: ResourceConfig;
  readonly stoppingCondition?: StoppingCondition;
  readonly hyperparameters?: { [key: string]: any };
}

/**
 * An algorithm name or ARN (`arn:<partition>:sagemaker:<region>:<account>:algorithm/<name>`), as aws-cdk-lib checks it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AlgorithmSpecification.html
 */
const ALGORITHM_NAME = /^(arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:[a-z-]*\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$/;

/** A channel name. */
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]+$/;

/** 28 days, the longest a training job may run. */
export const MAX_TRAINING_SECONDS = 28 * 24 * 3600;

/**
 * Checks the algorithm, channels, resources, time limit and hyperparameters of a training job definition.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
 */
export function validateTrainingDefinition(scope: IConstruct, props: TrainingDefinitionProps): void {
  const spec = props.algorithmSpecification;
  if (spec.algorithmName === undefined && spec.trainingImage === undefined) {
    throw validationError(scope, '`algorithmSpecification` must set either `algorithmName` or `trainingImage` ' +
      '(an algorithm name or a training image URI), got neither');
  }
  if (spec.algorithmName !== undefined && spec.trainingImage !== undefined) {
    throw validationError(scope, '`algorithmSpecification` must set either `algorithmName` or `trainingImage` ' +
      '(an algorithm name or a training image URI), got both');
  }
  validateStringLength(scope, 'algorithmSpecification.algorithmName', spec.algorithmName, 1, 170);
  validateStringPattern(scope, 'algorithmSpecification.algorithmName', spec.algorithmName, ALGORITHM_NAME,
    'an algorithm name (letters, digits and hyphens, at most 63, not ending with a hyphen) or an algorithm ARN');
  validateItemCount(scope, 'algorithmSpecification.metricDefinitions', spec.metricDefinitions, 0, 40);
  for (const [i, metric] of (spec.metricDefinitions ?? []).entries()) {
    validateStringLength(scope, `algorithmSpecification.metricDefinitions[${i}].name`, metric.name, 1, 255);
    validateStringLength(scope, `algorithmSpecification.metricDefinitions[${i}].regex`, metric.regex, 1, 500);
  }

  validateItemCount(scope, 'inputDataConfig', props.inputDataConfig, 1, 20);
  for (const [i, channel] of (props.inputDataConfig ?? []).entries()) {
    validateStringLength(scope, `inputDataConfig[${i}].channelName`, channel.channelName, 1, 64);
    validateStringPattern(scope, `inputDataConfig[${i}].channelName`, channel.channelName, CHANNEL_NAME, 'letters, digits, `.`, `-` and `_`');
  }
  validateUnique(scope, 'inputDataConfig[].channelName', (props.inputDataConfig ?? []).map((c) => c.channelName).filter((n) => !isDynamic(n)));

  validateResourceConfig(scope, 'resourceConfig', props.resourceConfig);
  validateDurationSeconds(scope, 'stoppingCondition.maxRuntime', props.stoppingCondition?.maxRuntime, 1, MAX_TRAINING_SECONDS);
  validateItemCount(scope, 'hyperparameters', props.hyperparameters, 0, 100);
}

/**
 * Checks the instance count (at least 1, at most `maxInstances` when given) and the volume size (at least 1 GiB, at
 * most `maxVolumeGiB` when given) of `config`.
 */
export function validateResourceConfig(
  scope: IConstruct,
  prop: string,
  config: ResourceConfig | undefined,
  maxInstances?: number,
  maxVolumeGiB?: number,
): void {
  if (config === undefined) return;
  if (maxInstances === undefined) validateIntegerAtLeast(scope, `${prop}.instanceCount`, config.instanceCount, 1);
  else validateIntegerInRange(scope, `${prop}.instanceCount`, config.instanceCount, 1, maxInstances);
  validateSizeGiB(scope, `${prop}.volumeSize`, config.volumeSize, 1, maxVolumeGiB);
}
