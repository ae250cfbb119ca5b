import type { Duration } from 'aws-cdk-lib/core';

/**
 * The metric a hyperparameter tuning job optimizes.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobObjective.html
 */
export interface HyperParameterTuningJobObjective {
  /**
   * Whether to maximize or minimize the metric.
   */
  readonly type: HyperParameterTuningJobObjectiveType;

  /**
   * The name of the metric, one of the algorithm's metric definitions: 1 to 255 characters.
   */
  readonly metricName: string;
}

/**
 * Whether a tuning job maximizes or minimizes its objective metric.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobObjective.html
 */
export enum HyperParameterTuningJobObjectiveType {
  /** Look for the largest value. */
  MAXIMIZE = 'Maximize',
  /** Look for the smallest value. */
  MINIMIZE = 'Minimize',
}

/**
 * How a tuning job chooses the hyperparameters of each training job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-how-it-works.html
 */
export enum HyperParameterTuningJobStrategyType {
  /** Bayesian optimization. */
  BAYESIAN = 'Bayesian',
  /** Random search. */
  RANDOM = 'Random',
  /** Hyperband, which stops under-performing jobs early. */
  HYPERBAND = 'Hyperband',
  /** Every combination of the categorical ranges. */
  GRID = 'Grid',
}

/**
 * The resources of the Hyperband strategy, in the unit the training script reports (such as epochs).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperbandStrategyConfig.html
 */
export interface HyperbandStrategyConfig {
  /**
   * The least resource a training job runs with before it may be stopped: at least 1.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperbandStrategyConfig.html
   * @default - SageMaker's default, 1
   */
  readonly minResource?: number;

  /**
   * The most resource a training job runs with: at least 1.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperbandStrategyConfig.html
   * @default - SageMaker's default
   */
  readonly maxResource?: number;
}

/**
 * How many training jobs a tuning job runs, and for how long.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html
 */
export interface TuningResourceLimits {
  /**
   * The most training jobs that run at the same time: at least 1.
   */
  readonly maxParallelTrainingJobs: number;

  /**
   * The most training jobs in all: at least 1.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html
   * @default - SageMaker's default (none with the Grid strategy)
   */
  readonly maxNumberOfTrainingJobs?: number;

  /**
   * The longest the tuning job may run: 120 seconds to 15,768,000 seconds (half a year), in whole seconds.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html
   * @default - no limit besides the training jobs' own
   */
  readonly maxRuntime?: Duration;
}

/**
 * The hyperparameters a tuning job searches, and their ranges: at most 30 ranges of each kind.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParameterRanges.html
 */
export interface ParameterRanges {
  /**
   * Hyperparameters with integer values.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_IntegerParameterRange.html
   * @default - none
   */
  readonly integerParameterRanges?: IntegerParameterRange[];

  /**
   * Hyperparameters with real values.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContinuousParameterRange.html
   * @default - none
   */
  readonly continuousParameterRanges?: ContinuousParameterRange[];

  /**
   * Hyperparameters with a set of values.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CategoricalParameterRange.html
   * @default - none
   */
  readonly categoricalParameterRanges?: CategoricalParameterRange[];
}

/**
 * The integer values a tuning job tries for a hyperparameter.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_IntegerParameterRange.html
 */
export interface IntegerParameterRange {
  /** The name of the hyperparameter. */
  readonly name: string;
  /** The smallest value, as a string (`'1'`). */
  readonly minValue: string;
  /** The largest value, as a string (`'100'`). */
  readonly maxValue: string;
  /**
   * How the range is searched.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_IntegerParameterRange.html
   * @default - SageMaker's default, `Auto`
   */
  readonly scalingType?: HyperParameterScalingType;
}

/**
 * The real values a tuning job tries for a hyperparameter.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContinuousParameterRange.html
 */
export interface ContinuousParameterRange {
  /** The name of the hyperparameter. */
  readonly name: string;
  /** The smallest value, as a string (`'0.001'`). */
  readonly minValue: string;
  /** The largest value, as a string (`'0.1'`). */
  readonly maxValue: string;
  /**
   * How the range is searched.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContinuousParameterRange.html
   * @default - SageMaker's default, `Auto`
   */
  readonly scalingType?: HyperParameterScalingType;
}

/**
 * The values a tuning job tries for a categorical hyperparameter.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CategoricalParameterRange.html
 */
export interface CategoricalParameterRange {
  /** The name of the hyperparameter. */
  readonly name: string;
  /** The values: 1 to 30. */
  readonly values: string[];
}

/**
 * How a tuning job searches a numeric range.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_IntegerParameterRange.html
 */
export enum HyperParameterScalingType {
  /** SageMaker chooses. */
  AUTO = 'Auto',
  /** A linear scale. */
  LINEAR = 'Linear',
  /** A logarithmic scale (positive ranges only). */
  LOGARITHMIC = 'Logarithmic',
  /** A reverse logarithmic scale (continuous ranges within [0, 1) only). */
  REVERSE_LOGARITHMIC = 'ReverseLogarithmic',
}

/**
 * Whether a tuning job stops training jobs that are unlikely to beat the best one.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
 */
export enum TrainingJobEarlyStoppingType {
  /** Training jobs run to the end. */
  OFF = 'Off',
  /** SageMaker may stop training jobs early. */
  AUTO = 'Auto',
}

/**
 * Earlier tuning jobs a tuning job starts from.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobWarmStartConfig.html
 */
export interface WarmStartConfig {
  /**
   * The names of the earlier tuning jobs: 1 to 5.
   */
  readonly parentHyperParameterTuningJobs: string[];

  /**
   * How the earlier jobs relate to this one.
   */
  readonly warmStartType: WarmStartType;
}

/**
 * How the parent jobs of a warm start relate to the new tuning job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobWarmStartConfig.html
 */
export enum WarmStartType {
  /** Same data and algorithm; only the ranges may differ. */
  IDENTICAL_DATA_AND_ALGORITHM = 'IdenticalDataAndAlgorithm',
  /** Different data, algorithm or ranges. */
  TRANSFER_LEARNING = 'TransferLearning',
}
