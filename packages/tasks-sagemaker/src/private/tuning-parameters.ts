import type { TagParameter, VpcConfigParameters } from './render';
import type {
  AlgorithmSpecificationParameters,
  ChannelParameters,
  OutputDataConfigParameters,
  ResourceConfigParameters,
  StoppingConditionParameters,
} from './render-training';

/** A numeric range. */
export interface NumericRangeParameters {
  readonly Name: string;
  readonly MinValue: string;
  readonly MaxValue: string;
  readonly ScalingType?: string;
}

/** The CreateHyperParameterTuningJob parameters the task renders. */
export interface CreateHyperParameterTuningJobParameters {
  readonly HyperParameterTuningJobName: string;
  readonly HyperParameterTuningJobConfig: {
    readonly Strategy: string;
    readonly StrategyConfig?: { readonly HyperbandStrategyConfig: { readonly MinResource?: number; readonly MaxResource?: number } };
    readonly HyperParameterTuningJobObjective?: { readonly Type: string; readonly MetricName: string };
    readonly ResourceLimits: { readonly MaxNumberOfTrainingJobs?: number; readonly MaxParallelTrainingJobs: number; readonly MaxRuntimeInSeconds?: number };
    readonly ParameterRanges?: {
      readonly IntegerParameterRanges?: NumericRangeParameters[];
      readonly ContinuousParameterRanges?: NumericRangeParameters[];
      readonly CategoricalParameterRanges?: Array<{ readonly Name: string; readonly Values: string[] }>;
    };
    readonly TrainingJobEarlyStoppingType?: string;
    readonly RandomSeed?: number;
  };
  readonly TrainingJobDefinition: {
    readonly AlgorithmSpecification: AlgorithmSpecificationParameters;
    readonly RoleArn: string;
    readonly InputDataConfig?: ChannelParameters[];
    readonly OutputDataConfig: OutputDataConfigParameters;
    readonly ResourceConfig: ResourceConfigParameters;
    readonly StoppingCondition: StoppingConditionParameters;
    readonly StaticHyperParameters?: { [key: string]: string };
    readonly VpcConfig?: VpcConfigParameters;
    readonly EnableNetworkIsolation?: boolean;
    readonly EnableInterContainerTrafficEncryption?: boolean;
    readonly Environment?: { [key: string]: string };
  };
  readonly WarmStartConfig?: {
    readonly ParentHyperParameterTuningJobs: Array<{ readonly HyperParameterTuningJobName: string }>;
    readonly WarmStartType: string;
  };
  readonly Tags?: TagParameter[];
}
