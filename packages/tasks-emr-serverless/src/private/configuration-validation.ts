import type { IConstruct } from 'constructs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  describeValue,
  isDynamic,
  isRuntimeValue,
  validateItemCount,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { EmrServerlessConfiguration, EmrServerlessMonitoringConfiguration } from '../configuration-types';
import type { EmrServerlessJobDriver } from '../job-run-types';
import { validateKeyArn, validateText, validateWorkerType } from './validation';

/*
 * Checks of the nested configurations, monitoring and job drivers against the API's documented limits.
 * See https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Types.html.
 */

/**
 * Configurations (`ConfigurationList`): at most 100 in a list, each with a classification of 1 to 1,024 characters
 * and at most 100 properties (keys of 1 to 1,024 characters, values of at most 1,024); nested lists alike.
 */
export function validateConfigurations(scope: IConstruct, prop: string, configs: EmrServerlessConfiguration[] | undefined): void {
  if (configs === undefined) return;
  validateItemCount(scope, prop, configs, 0, 100);
  configs.forEach((config, index) => {
    const at = `${prop}[${index}]`;
    validateText(scope, `${at}.classification`, config.classification, 1, 1024);
    validateItemCount(scope, `${at}.properties`, config.properties, 0, 100);
    for (const [key, value] of Object.entries(config.properties ?? {})) {
      if (!isDynamic(key)) validateText(scope, `${at}.properties\` key \`${key}`, key, 1, 1024);
      validateStringLength(scope, `${at}.properties.${key}`, value, 0, 1024);
    }
    validateConfigurations(scope, `${at}.configurations`, config.configurations);
  });
}

/** The monitoring configuration (`MonitoringConfiguration`). */
export function validateMonitoring(scope: IConstruct, prop: string, monitoring: EmrServerlessMonitoringConfiguration | undefined): void {
  if (monitoring === undefined) return;
  const s3 = monitoring.s3MonitoringConfiguration;
  validateStringLength(scope, `${prop}.s3MonitoringConfiguration.logUri`, s3?.logUri, 1, 10280);
  validateKeyArn(scope, `${prop}.s3MonitoringConfiguration.encryptionKeyArn`, s3?.encryptionKeyArn);
  validateKeyArn(scope, `${prop}.managedPersistenceMonitoringConfiguration.encryptionKeyArn`,
    monitoring.managedPersistenceMonitoringConfiguration?.encryptionKeyArn);

  const cloudWatch = monitoring.cloudWatchLoggingConfiguration;
  const cw = `${prop}.cloudWatchLoggingConfiguration`;
  validateStringLength(scope, `${cw}.logGroupName`, cloudWatch?.logGroupName, 1, 512);
  validateStringPattern(scope, `${cw}.logGroupName`, cloudWatch?.logGroupName, /^[.\-_/#A-Za-z0-9]+$/,
    'a log group name of letters, digits and . - _ / #');
  validateStringLength(scope, `${cw}.logStreamNamePrefix`, cloudWatch?.logStreamNamePrefix, 1, 512);
  validateStringPattern(scope, `${cw}.logStreamNamePrefix`, cloudWatch?.logStreamNamePrefix, /^[^:*]*$/, 'a prefix without : or *');
  validateKeyArn(scope, `${cw}.encryptionKeyArn`, cloudWatch?.encryptionKeyArn);
  if (cloudWatch?.logTypes !== undefined) {
    validateItemCount(scope, `${cw}.logTypes`, cloudWatch.logTypes, 1, 4);
    for (const [workerType, logTypes] of Object.entries(cloudWatch.logTypes)) {
      validateWorkerType(scope, `${cw}.logTypes\` key \`${workerType}`, workerType);
      validateItemCount(scope, `${cw}.logTypes.${workerType}`, logTypes, 1, 5);
      for (const logType of Array.isArray(logTypes) ? logTypes : []) {
        validateStringLength(scope, `${cw}.logTypes.${workerType}`, logType, 1, 50);
        validateStringPattern(scope, `${cw}.logTypes.${workerType}`, logType, /^[a-zA-Z]+[-_]*[a-zA-Z]+$/,
          'log types such as STDOUT, STDERR, HIVE_LOG, TEZ_AM or SYSTEM_LOGS');
      }
    }
  }

  const url = monitoring.prometheusMonitoringConfiguration?.remoteWriteUrl;
  validateStringLength(scope, `${prop}.prometheusMonitoringConfiguration.remoteWriteUrl`, url, 1, 10280);
  validateStringPattern(scope, `${prop}.prometheusMonitoringConfiguration.remoteWriteUrl`, url,
    /^https:\/\/aps-workspaces\.([a-z]{2}-[a-z-]{1,20}-[1-9])\.amazonaws(\.[0-9A-Za-z]{2,4})+\/workspaces\/[-_.0-9A-Za-z]{1,100}\/api\/v1\/remote_write$/,
    'the remote write URL of an Amazon Managed Service for Prometheus workspace');
}

/**
 * The job driver (`JobDriver`): Spark submit with an entry point of 1 to 4,096 characters, at most 1,024 arguments
 * and parameters of 1 to 102,400 characters; or Hive with a query of 1 to 10,280 characters, an initialization file
 * of 1 to 256 and parameters of 1 to 102,400.
 */
export function validateJobDriver(scope: IConstruct, prop: string, driver: EmrServerlessJobDriver): void {
  const spark = driver.sparkSubmitOptions;
  if (spark !== undefined) {
    validateText(scope, `${prop}.entryPoint`, spark.entryPoint, 1, 4096);
    if (spark.entryPointArguments !== undefined) validateArguments(scope, `${prop}.entryPointArguments`, spark.entryPointArguments);
    validateText(scope, `${prop}.sparkSubmitParameters`, spark.sparkSubmitParameters, 1, 102400);
  }
  const hive = driver.hiveOptions;
  if (hive !== undefined) {
    validateText(scope, `${prop}.query`, hive.query, 1, 10280);
    validateText(scope, `${prop}.initQueryFile`, hive.initQueryFile, 1, 256);
    validateText(scope, `${prop}.parameters`, hive.parameters, 1, 102400);
  }
}

function validateArguments(scope: IConstruct, prop: string, input: sfn.TaskInput): void {
  const args: unknown = input.value;
  const allowed = 'an array of strings (TaskInput.fromObject([...])) or a JSON path or JSONata expression that evaluates to one';
  if (typeof args === 'string') {
    if (!isRuntimeValue(args)) throw validationError(scope, `\`${prop}\` must be ${allowed}, got the text ${describeValue(args)}`);
    return;
  }
  if (input.type !== sfn.InputType.OBJECT || !Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
    throw validationError(scope, `\`${prop}\` must be ${allowed}, got ${describeValue(args)}`);
  }
  validateItemCount(scope, prop, args, 0, 1024);
}
