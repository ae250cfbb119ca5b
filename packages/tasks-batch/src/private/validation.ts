import type { IConstruct } from 'constructs';
import { SizeRoundingBehavior, Token, type Size } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  describeValue,
  isDynamic,
  validateIntegerInRange,
  validateItemCount,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { BatchContainerOverrides } from '../batch-types';
import type { BatchSubmitJobProps } from '../submit-job';
import { JOB_DEFINITION_ARN, JOB_DEFINITION_NAME, JOB_QUEUE_ARN, JOB_QUEUE_NAME } from './resources';

/** The shortest attempt timeout AWS Batch accepts. */
const MIN_ATTEMPT_DURATION_SECONDS = 60;
/** The least memory a container may reserve. */
const MIN_MEMORY_MIB = 4;

/**
 * The job's attempt timeout: the deprecated `timeout` or a static `taskTimeout` in seconds; a dynamic `taskTimeout`
 * (JSON path or JSONata expression) as the value it selects.
 */
export function attemptDurationSeconds(props: BatchSubmitJobProps): number | string | undefined {
  if (props.timeout !== undefined) return props.timeout.toSeconds();
  const taskTimeout = props.taskTimeout;
  if (taskTimeout?.seconds !== undefined) return taskTimeout.seconds;
  if (taskTimeout?.path !== undefined) return sfn.JsonPath.numberAt(taskTimeout.path);
  return taskTimeout?.jsonataExpression;
}

/**
 * Throws on the first prop of a BatchSubmitJob that SubmitJob would reject: the names, array size, dependencies,
 * attempts, attempt timeout, container overrides and tags. Values known only at deploy or run time are not checked.
 *
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html
 */
export function validateSubmitJobProps(scope: IConstruct, props: BatchSubmitJobProps): void {
  validateStringLength(scope, 'jobName', props.jobName, 1, 128);
  validateStringPattern(scope, 'jobName', props.jobName, /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    'letters, numbers, hyphens and underscores, starting with a letter or number');
  validateStringPattern(scope, 'jobDefinitionArn', props.jobDefinitionArn, anyOf(JOB_DEFINITION_ARN, JOB_DEFINITION_NAME),
    'a job definition ARN (arn:<partition>:batch:<region>:<account>:job-definition/<name>[:<revision>]) or name[:revision]');
  validateStringPattern(scope, 'jobQueueArn', props.jobQueueArn, anyOf(JOB_QUEUE_ARN, JOB_QUEUE_NAME),
    'a job queue ARN (arn:<partition>:batch:<region>:<account>:job-queue/<name>) or name');
  validateIntegerInRange(scope, 'arraySize', props.arraySize, 2, 10_000);
  validateItemCount(scope, 'dependsOn', props.dependsOn, 0, 20);
  validateIntegerInRange(scope, 'attempts', props.attempts, 1, 10);
  validateAttemptDuration(scope, props);
  if (props.containerOverrides) validateContainerOverrides(scope, props.containerOverrides);
  validateTags(scope, props.tags);
}

/** A pattern that matches what any of `patterns` (each anchored) matches. */
function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join('|'));
}

function validateAttemptDuration(scope: IConstruct, props: BatchSubmitJobProps): void {
  const [prop, seconds] = props.timeout !== undefined
    ? ['timeout', props.timeout.isUnresolved() ? undefined : props.timeout.toSeconds({ integral: false })]
    : ['taskTimeout', props.taskTimeout?.seconds];
  if (seconds === undefined || Token.isUnresolved(seconds)) return;
  if (seconds < MIN_ATTEMPT_DURATION_SECONDS) {
    throw validationError(scope, `\`${prop}\` must be at least ${MIN_ATTEMPT_DURATION_SECONDS} seconds, the shortest ` +
      `attempt timeout of AWS Batch, got ${seconds} seconds`);
  }
}

function validateContainerOverrides(scope: IConstruct, overrides: BatchContainerOverrides): void {
  const command = overrides.command;
  if (command !== undefined && !Token.isUnresolved(command) && command.some((arg) => sfn.JsonPath.isEncodedJsonPath(arg))) {
    throw validationError(scope, '`containerOverrides.command` must not contain JSON paths among its items (JSONPath ' +
      'selects no value inside an array): select the whole command with JsonPath.listAt(), got ' +
      `${describeValue(command.map((arg) => (sfn.JsonPath.isEncodedJsonPath(arg) ? '<JSON path>' : arg)))}`);
  }
  for (const name of Object.keys(overrides.environment ?? {})) {
    if (/^AWS_BATCH/.test(name)) {
      throw validationError(scope, '`containerOverrides.environment` names must not start with AWS_BATCH, which AWS ' +
        `Batch reserves, got ${describeValue(name)}`);
    }
  }
  const vcpus = overrides.vcpus;
  if (vcpus !== undefined && !Token.isUnresolved(vcpus) && !(vcpus > 0)) {
    throw validationError(scope, '`containerOverrides.vcpus` must be more than 0 (leave it unset to keep the job ' +
      `definition's vCPUs), got ${describeValue(vcpus)}`);
  }
  const gpus = overrides.gpuCount;
  if (gpus !== undefined && !Token.isUnresolved(gpus) && (!Number.isInteger(gpus) || gpus < 1)) {
    throw validationError(scope, '`containerOverrides.gpuCount` must be a positive integer (leave it unset to keep the ' +
      `job definition's GPUs), got ${describeValue(gpus)}`);
  }
  validateMemory(scope, overrides.memory);
}

function validateMemory(scope: IConstruct, memory: Size | undefined): void {
  if (memory === undefined || memory.isUnresolved()) return;
  const mebibytes = memory.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  if (!Number.isInteger(mebibytes) || mebibytes < MIN_MEMORY_MIB) {
    throw validationError(scope, `\`containerOverrides.memory\` must be a whole number of MiB, at least ${MIN_MEMORY_MIB}, ` +
      `got ${mebibytes} MiB`);
  }
}

function validateTags(scope: IConstruct, tags: { [key: string]: string } | undefined): void {
  if (tags === undefined || Token.isUnresolved(tags)) return;
  validateItemCount(scope, 'tags', tags, 0, 50);
  for (const [key, value] of Object.entries(tags)) {
    if (Token.isUnresolved(key)) continue;
    if (key.length < 1 || key.length > 128) {
      throw validationError(scope, `\`tags\` keys must be from 1 to 128 characters long, got ${key.length} characters (${describeValue(key)})`);
    }
    if (/^aws:/i.test(key)) {
      throw validationError(scope, `\`tags\` keys must not start with aws:, which AWS reserves, got ${describeValue(key)}`);
    }
    if (!isDynamic(value) && value.length > 256) {
      throw validationError(scope, `\`tags\` values must be at most 256 characters long, got ${value.length} characters for ${describeValue(key)}`);
    }
  }
}
