import type { IConstruct } from 'constructs';
import { validateIntegerInRange, validateStringLength, validateStringPattern, validationError, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import type { HumanTaskConfig, LabelingJobInputConfig, LabelingJobStoppingConditions } from '../base-types/labeling';
import { validateDurationSeconds, validateIntegerAtLeast } from './validate';

/**
 * Checks the input, human task and stopping conditions of a labeling job.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateLabelingJob.html
 */
export function validateLabelingJob(
  scope: IConstruct,
  labelAttributeName: string,
  input: LabelingJobInputConfig,
  task: HumanTaskConfig,
  stopping: LabelingJobStoppingConditions | undefined,
): void {
  validateStringLength(scope, 'labelAttributeName', labelAttributeName, 1, 127);
  validateStringPattern(scope, 'labelAttributeName', labelAttributeName, /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/,
    'letters, digits and hyphens, starting and ending with a letter or digit');
  exactlyOne(scope, 'inputConfig', { manifest: input.manifest, snsTopicArn: input.snsTopicArn });
  exactlyOne(scope, 'humanTaskConfig', { uiTemplate: task.uiTemplate, humanTaskUiArn: task.humanTaskUiArn });

  validateStringLength(scope, 'humanTaskConfig.taskTitle', task.taskTitle, 1, 128);
  validateStringLength(scope, 'humanTaskConfig.taskDescription', task.taskDescription, 1, 255);
  validateItemCount(scope, 'humanTaskConfig.taskKeywords', task.taskKeywords, 1, 5);
  for (const [i, keyword] of (task.taskKeywords ?? []).entries()) {
    validateStringLength(scope, `humanTaskConfig.taskKeywords[${i}]`, keyword, 1, 30);
  }
  validateIntegerInRange(scope, 'humanTaskConfig.numberOfHumanWorkersPerDataObject', task.numberOfHumanWorkersPerDataObject, 1, 9);
  validateDurationSeconds(scope, 'humanTaskConfig.taskTimeLimit', task.taskTimeLimit, 30, 28800);
  validateDurationSeconds(scope, 'humanTaskConfig.taskAvailabilityLifetime', task.taskAvailabilityLifetime, 60, 864000);
  validateIntegerInRange(scope, 'humanTaskConfig.maxConcurrentTaskCount', task.maxConcurrentTaskCount, 1, 5000);
  const price = task.publicWorkforceTaskPrice;
  validateIntegerInRange(scope, 'humanTaskConfig.publicWorkforceTaskPrice.dollars', price?.dollars, 0, 2);
  validateIntegerInRange(scope, 'humanTaskConfig.publicWorkforceTaskPrice.cents', price?.cents, 0, 99);
  validateIntegerInRange(scope, 'humanTaskConfig.publicWorkforceTaskPrice.tenthFractionsOfACent', price?.tenthFractionsOfACent, 0, 9);

  validateIntegerAtLeast(scope, 'stoppingConditions.maxHumanLabeledObjectCount', stopping?.maxHumanLabeledObjectCount, 1);
  validateIntegerInRange(scope, 'stoppingConditions.maxPercentageOfInputDatasetLabeled', stopping?.maxPercentageOfInputDatasetLabeled, 1, 100);
}

/** Throws unless exactly one of `options` is set; `prop` names the object that holds them. */
function exactlyOne(scope: IConstruct, prop: string, options: { [name: string]: unknown }): void {
  const given = Object.keys(options).filter((name) => options[name] !== undefined);
  if (given.length !== 1) {
    const names = Object.keys(options).map((name) => `\`${name}\``).join(' and ');
    throw validationError(scope, `\`${prop}\` must set exactly one of ${names}, got ${given.length === 0 ? 'neither' : 'both'}`);
  }
}
