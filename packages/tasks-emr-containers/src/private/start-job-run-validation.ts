import type { IConstruct } from 'constructs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, isDynamic, isRuntimeValue, validateItemCount, validationError } from '@cdk-stepfunctions/tasks-core';
import type { ApplicationConfiguration, JobDriver } from '../emr-containers-types';
import { textOf } from './task-input';
import { validateText } from './validation';

/*
 * Checks of StartJobRun's nested props against the API's documented limits.
 * See https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_StartJobRun.html.
 */

/**
 * Application configurations (`Configuration`): at most 100 in a list, each with a classification of 1 to 1,024
 * characters, at most 100 properties (keys and values of 1 to 1,024 characters), and properties or nested
 * configurations; nested lists are checked alike.
 */
export function validateApplicationConfig(scope: IConstruct, prop: string, configs: ApplicationConfiguration[] | undefined): void {
  if (configs === undefined) return;
  validateItemCount(scope, prop, configs, 0, 100);
  configs.forEach((config, index) => {
    const at = `${prop}[${index}]`;
    validateText(scope, `${at}.classification`, config.classification.classificationStatement, 1, 1024);
    validateItemCount(scope, `${at}.properties`, config.properties, 0, 100);
    for (const [key, value] of Object.entries(config.properties ?? {})) {
      if (!isDynamic(key)) validateText(scope, `${at}.properties\` key \`${key}`, key, 1, 1024);
      validateText(scope, `${at}.properties.${key}`, value, 1, 1024);
    }
    if (config.properties === undefined && config.nestedConfig === undefined) {
      throw validationError(scope, `\`${at}\` must have \`properties\`, \`nestedConfig\` or both, got neither ` +
        `(classification ${describeValue(config.classification.classificationStatement)})`);
    }
    validateApplicationConfig(scope, `${at}.nestedConfig`, config.nestedConfig);
  });
}

/**
 * The Spark submit job driver: an entry point of 1 to 256 characters; arguments as a JSON path or JSONata expression,
 * or an array of 1 to 10,280 strings of 1 to 10,280 characters; Spark submit parameters of 1 to 102,400 characters.
 */
export function validateJobDriver(scope: IConstruct, jobDriver: JobDriver): void {
  const driver = jobDriver.sparkSubmitJobDriver;
  const prop = 'jobDriver.sparkSubmitJobDriver';
  const entryPoint = textOf(scope, `${prop}.entryPoint`, driver.entryPoint);
  validateText(scope, `${prop}.entryPoint`, entryPoint, 1, 256);
  if (driver.entryPointArguments !== undefined) validateEntryPointArguments(scope, `${prop}.entryPointArguments`, driver.entryPointArguments);
  validateText(scope, `${prop}.sparkSubmitParameters`, driver.sparkSubmitParameters, 1, 102400);
}

function validateEntryPointArguments(scope: IConstruct, prop: string, input: sfn.TaskInput): void {
  const args: unknown = input.value;
  if (typeof args === 'string') {
    if (!isRuntimeValue(args)) {
      throw validationError(scope, `\`${prop}\` must be an array of strings (TaskInput.fromObject([...])) or a JSON path ` +
        `or JSONata expression that evaluates to one, got the text ${describeValue(args)}`);
    }
    return;
  }
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
    throw validationError(scope, `\`${prop}\` must be an array of strings (TaskInput.fromObject([...])) or a JSON path ` +
      `or JSONata expression that evaluates to one, got ${describeValue(args)}`);
  }
  validateItemCount(scope, prop, args, 1, 10280);
  args.forEach((arg: string, index) => validateText(scope, `${prop}[${index}]`, arg, 1, 10280));
}
