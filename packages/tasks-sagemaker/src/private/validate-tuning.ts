import type { IConstruct } from 'constructs';
import { validateStringLength, validationError, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import {
  HyperParameterTuningJobStrategyType,
  type HyperbandStrategyConfig,
  type HyperParameterTuningJobObjective,
  type ParameterRanges,
  type TuningResourceLimits,
  type WarmStartConfig,
} from '../base-types/tuning';
import { validateDurationSeconds, validateIntegerAtLeast, validateResourceName } from './validate';

/** The tuning props of a SageMakerCreateHyperParameterTuningJob task. */
export interface TuningConfigProps {
  readonly strategy?: HyperParameterTuningJobStrategyType;
  readonly hyperbandStrategyConfig?: HyperbandStrategyConfig;
  readonly objective?: HyperParameterTuningJobObjective;
  readonly resourceLimits: TuningResourceLimits;
  readonly parameterRanges?: ParameterRanges;
  readonly randomSeed?: number;
  readonly warmStartConfig?: WarmStartConfig;
}

/**
 * Checks the strategy, objective, limits, ranges and warm start of a tuning job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
 */
export function validateTuningConfig(scope: IConstruct, props: TuningConfigProps): void {
  if (props.hyperbandStrategyConfig && props.strategy !== HyperParameterTuningJobStrategyType.HYPERBAND) {
    throw validationError(scope, '`hyperbandStrategyConfig` needs `strategy` HYPERBAND, ' +
      `got ${props.strategy ?? 'BAYESIAN (the default)'}`);
  }
  validateIntegerAtLeast(scope, 'hyperbandStrategyConfig.minResource', props.hyperbandStrategyConfig?.minResource, 1);
  validateIntegerAtLeast(scope, 'hyperbandStrategyConfig.maxResource', props.hyperbandStrategyConfig?.maxResource, 1);
  validateStringLength(scope, 'objective.metricName', props.objective?.metricName, 1, 255);
  validateIntegerAtLeast(scope, 'resourceLimits.maxParallelTrainingJobs', props.resourceLimits.maxParallelTrainingJobs, 1);
  validateIntegerAtLeast(scope, 'resourceLimits.maxNumberOfTrainingJobs', props.resourceLimits.maxNumberOfTrainingJobs, 1);
  validateDurationSeconds(scope, 'resourceLimits.maxRuntime', props.resourceLimits.maxRuntime, 120, 15768000);
  const ranges = props.parameterRanges;
  validateItemCount(scope, 'parameterRanges.integerParameterRanges', ranges?.integerParameterRanges, 0, 30);
  validateItemCount(scope, 'parameterRanges.continuousParameterRanges', ranges?.continuousParameterRanges, 0, 30);
  validateItemCount(scope, 'parameterRanges.categoricalParameterRanges', ranges?.categoricalParameterRanges, 0, 30);
  for (const [i, range] of (ranges?.categoricalParameterRanges ?? []).entries()) {
    validateItemCount(scope, `parameterRanges.categoricalParameterRanges[${i}].values`, range.values, 1, 30);
  }
  validateIntegerAtLeast(scope, 'randomSeed', props.randomSeed, 0);
  const warmStart = props.warmStartConfig;
  validateItemCount(scope, 'warmStartConfig.parentHyperParameterTuningJobs', warmStart?.parentHyperParameterTuningJobs, 1, 5);
  for (const [i, name] of (warmStart?.parentHyperParameterTuningJobs ?? []).entries()) {
    validateResourceName(scope, `warmStartConfig.parentHyperParameterTuningJobs[${i}]`, name, 32);
  }
}
