import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-sagemaker', () => {
  it('exports the nine tasks, their types and enums', () => {
    for (const name of [
      'SageMakerCreateTrainingJob', 'SageMakerCreateTransformJob', 'SageMakerCreateEndpoint', 'SageMakerCreateEndpointConfig',
      'SageMakerCreateModel', 'SageMakerUpdateEndpoint', 'SageMakerCreateProcessingJob', 'SageMakerCreateHyperParameterTuningJob',
      'SageMakerCreateLabelingJob', 'S3Location', 'DockerImage', 'ContainerDefinition', 'AcceleratorClass', 'AcceleratorType',
    ] as const) {
      expect(typeof api[name]).toBe('function');
    }
    expect(api.InputMode.FAST_FILE).toBe('FastFile');
    expect(api.S3DataType.AUGMENTED_MANIFEST_FILE).toBe('AugmentedManifestFile');
    expect(api.S3DataDistributionType.SHARDED_BY_S3_KEY).toBe('ShardedByS3Key');
    expect(api.RecordWrapperType.RECORD_IO).toBe('RecordIO');
    expect(api.CompressionType.GZIP).toBe('Gzip');
    expect(api.Mode.MULTI_MODEL).toBe('MultiModel');
    expect(api.BatchStrategy.SINGLE_RECORD).toBe('SingleRecord');
    expect(api.SplitType.TF_RECORD).toBe('TFRecord');
    expect(api.AssembleWith.LINE).toBe('Line');
    expect(api.S3UploadMode.END_OF_JOB).toBe('EndOfJob');
    expect(api.HyperParameterTuningJobStrategyType.HYPERBAND).toBe('Hyperband');
    expect(api.ContentClassifier.FREE_OF_ADULT_CONTENT).toBe('FreeOfAdultContent');
  });
});
