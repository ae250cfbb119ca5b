import type { IConstruct } from 'constructs';
import {
  isDynamic,
  validateStringLength,
  validateStringPattern,
  validationError,
  validateItemCount,
} from '@cdk-stepfunctions/tasks-core';
import type { AppSpecification, ExperimentConfig, ProcessingInput, ProcessingOutputConfig } from '../base-types/processing';
import { CompressionType, InputMode, S3DataType } from '../base-types/training';
import { validateUnique } from './validate';

/** A container path under `/opt/ml/processing/`. */
const LOCAL_PATH = /^\/opt\/ml\/processing\/.*$/;

/** An experiment, trial or run name. */
const EXPERIMENT_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$/;

/** A feature group name. */
const FEATURE_GROUP_NAME = /^[a-zA-Z0-9]([_-]*[a-zA-Z0-9]){0,63}$/;

/**
 * Checks the container, inputs, outputs and experiment of a processing job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html
 */
export function validateProcessingJob(
  scope: IConstruct,
  app: AppSpecification,
  inputs: ProcessingInput[] | undefined,
  outputConfig: ProcessingOutputConfig | undefined,
  experiment: ExperimentConfig | undefined,
): void {
  validateStrings(scope, 'appSpecification.containerEntrypoint', app.containerEntrypoint, 1, 256);
  validateStrings(scope, 'appSpecification.containerArguments', app.containerArguments, 1, 256);

  validateItemCount(scope, 'processingInputs', inputs, 0, 10);
  for (const [i, input] of (inputs ?? []).entries()) {
    const prop = `processingInputs[${i}].s3Input`;
    const s3 = input.s3Input;
    validateLocalPath(scope, `${prop}.localPath`, s3.localPath, input.appManaged);
    if (s3.s3DataType === S3DataType.AUGMENTED_MANIFEST_FILE) {
      throw validationError(scope, `\`${prop}.s3DataType\` must be S3_PREFIX or MANIFEST_FILE, got AUGMENTED_MANIFEST_FILE`);
    }
    if (s3.s3InputMode === InputMode.FAST_FILE) {
      throw validationError(scope, `\`${prop}.s3InputMode\` must be FILE or PIPE, got FAST_FILE`);
    }
    if (s3.s3CompressionType === CompressionType.GZIP && s3.s3InputMode !== InputMode.PIPE) {
      throw validationError(scope, `\`${prop}.s3CompressionType\` GZIP needs \`s3InputMode\` PIPE, got ${s3.s3InputMode ?? 'FILE (the default)'}`);
    }
  }
  validateUnique(scope, 'processingInputs[].inputName', (inputs ?? []).map((input) => input.inputName).filter((n) => !isDynamic(n)));

  const outputs = outputConfig?.outputs;
  validateItemCount(scope, 'processingOutputConfig.outputs', outputs, 0, 10);
  for (const [i, output] of (outputs ?? []).entries()) {
    const prop = `processingOutputConfig.outputs[${i}]`;
    if ((output.s3Output === undefined) === (output.featureStoreOutput === undefined)) {
      throw validationError(scope, `\`${prop}\` must set exactly one of \`s3Output\` and \`featureStoreOutput\`, ` +
        `got ${output.s3Output ? 'both' : 'neither'}`);
    }
    if (output.featureStoreOutput) {
      if (!output.appManaged) {
        throw validationError(scope, `\`${prop}.featureStoreOutput\` needs \`appManaged\` true, got ${output.appManaged ?? 'undefined'}`);
      }
      validateStringPattern(scope, `${prop}.featureStoreOutput.featureGroupName`, output.featureStoreOutput.featureGroupName,
        FEATURE_GROUP_NAME, '1 to 64 letters, digits, `-` and `_`, starting and ending with a letter or digit');
    }
    if (output.s3Output) validateLocalPath(scope, `${prop}.s3Output.localPath`, output.s3Output.localPath, output.appManaged);
  }
  validateUnique(scope, 'processingOutputConfig.outputs[].outputName', (outputs ?? []).map((o) => o.outputName).filter((n) => !isDynamic(n)));

  for (const key of ['experimentName', 'trialName', 'trialComponentDisplayName', 'runName'] as const) {
    validateStringPattern(scope, `experimentConfig.${key}`, experiment?.[key], EXPERIMENT_NAME,
      '1 to 120 letters, digits and hyphens, starting and ending with a letter or digit');
  }
}

/** Throws unless `values` has 1 to 100 strings, each `minLength` to `maxLength` characters long. */
function validateStrings(scope: IConstruct, prop: string, values: string[] | undefined, minLength: number, maxLength: number): void {
  validateItemCount(scope, prop, values, 1, 100);
  for (const [i, value] of (values ?? []).entries()) validateStringLength(scope, `${prop}[${i}]`, value, minLength, maxLength);
}

/** Throws unless a static container path is under `/opt/ml/processing/`; it is needed unless the data is app-managed. */
function validateLocalPath(scope: IConstruct, prop: string, path: string | undefined, appManaged: boolean | undefined): void {
  if (path === undefined) {
    if (!appManaged) throw validationError(scope, `\`${prop}\` must be set unless \`appManaged\` is true, got undefined`);
    return;
  }
  validateStringLength(scope, prop, path, 1, 256);
  validateStringPattern(scope, prop, path, LOCAL_PATH, 'a path under /opt/ml/processing/');
}
