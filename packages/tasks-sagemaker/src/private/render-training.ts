import type { ISageMakerTask } from '../base-types/task';
import {
  InputMode,
  S3DataType,
  type AlgorithmSpecification,
  type Channel,
  type OutputDataConfig,
  type ResourceConfig,
  type StoppingCondition,
} from '../base-types/training';
import { mlInstanceType } from './render';

/*
 * The training job fields a CreateTrainingJob task and a CreateHyperParameterTuningJob task's training job
 * definition share. Binding an S3 location or image grants the task's principal access to it, so each function is
 * called once per rendering, in the order of the rendered fields.
 */

/** A SageMaker `AlgorithmSpecification`. */
export interface AlgorithmSpecificationParameters {
  readonly TrainingInputMode: string;
  readonly TrainingImage?: string;
  readonly AlgorithmName?: string;
  readonly MetricDefinitions?: Array<{ readonly Name: string; readonly Regex: string }>;
}

/** A SageMaker `Channel`. */
export interface ChannelParameters {
  readonly ChannelName: string;
  readonly DataSource: {
    readonly S3DataSource: {
      readonly S3Uri: string;
      readonly S3DataType: string;
      readonly S3DataDistributionType?: string;
      readonly AttributeNames?: string[];
    };
  };
  readonly CompressionType?: string;
  readonly ContentType?: string;
  readonly InputMode?: string;
  readonly RecordWrapperType?: string;
  readonly ShuffleConfig?: { readonly Seed: number };
}

/** A SageMaker `OutputDataConfig`. */
export interface OutputDataConfigParameters {
  readonly S3OutputPath: string;
  readonly KmsKeyId?: string;
}

/** A SageMaker `ResourceConfig` (or a processing job's `ClusterConfig`, which has the same fields). */
export interface ResourceConfigParameters {
  readonly InstanceCount: number;
  readonly InstanceType: string;
  readonly VolumeSizeInGB: number;
  readonly VolumeKmsKeyId?: string;
}

/** A SageMaker `StoppingCondition`. */
export interface StoppingConditionParameters {
  readonly MaxRuntimeInSeconds?: number;
}

/** The algorithm, with `File` input mode by default; binds the training image. */
export function renderAlgorithmSpecification(task: ISageMakerTask, spec: AlgorithmSpecification): AlgorithmSpecificationParameters {
  return {
    TrainingInputMode: spec.trainingInputMode ?? InputMode.FILE,
    ...(spec.trainingImage ? { TrainingImage: spec.trainingImage.bind(task).imageUri } : {}),
    ...(spec.algorithmName ? { AlgorithmName: spec.algorithmName } : {}),
    ...(spec.metricDefinitions ? { MetricDefinitions: spec.metricDefinitions.map((m) => ({ Name: m.name, Regex: m.regex })) } : {}),
  };
}

/** The channels, with `S3Prefix` data by default; binds each location for reading. */
export function renderInputDataConfig(task: ISageMakerTask, channels: Channel[]): ChannelParameters[] {
  return channels.map((channel) => {
    const source = channel.dataSource.s3DataSource;
    return {
      ChannelName: channel.channelName,
      DataSource: {
        S3DataSource: {
          S3Uri: source.s3Location.bind(task, { forReading: true }).uri,
          S3DataType: source.s3DataType ?? S3DataType.S3_PREFIX,
          ...(source.s3DataDistributionType ? { S3DataDistributionType: source.s3DataDistributionType } : {}),
          ...(source.attributeNames ? { AttributeNames: source.attributeNames } : {}),
        },
      },
      ...(channel.compressionType ? { CompressionType: channel.compressionType } : {}),
      ...(channel.contentType ? { ContentType: channel.contentType } : {}),
      ...(channel.inputMode ? { InputMode: channel.inputMode } : {}),
      ...(channel.recordWrapperType ? { RecordWrapperType: channel.recordWrapperType } : {}),
      ...(channel.shuffleConfig ? { ShuffleConfig: { Seed: channel.shuffleConfig.seed } } : {}),
    };
  });
}

/** Where the model artifacts go; binds the location for writing. */
export function renderOutputDataConfig(task: ISageMakerTask, config: OutputDataConfig): OutputDataConfigParameters {
  return {
    S3OutputPath: config.s3OutputLocation.bind(task, { forWriting: true }).uri,
    ...(config.encryptionKey ? { KmsKeyId: config.encryptionKey.keyArn } : {}),
  };
}

/** The instances and volumes. */
export function renderResourceConfig(config: ResourceConfig): ResourceConfigParameters {
  return {
    InstanceCount: config.instanceCount,
    InstanceType: mlInstanceType(config.instanceType),
    VolumeSizeInGB: config.volumeSize.toGibibytes(),
    ...(config.volumeEncryptionKey ? { VolumeKmsKeyId: config.volumeEncryptionKey.keyArn } : {}),
  };
}

/** The time limit, in seconds. */
export function renderStoppingCondition(condition: StoppingCondition): StoppingConditionParameters {
  return { MaxRuntimeInSeconds: condition.maxRuntime?.toSeconds() };
}
