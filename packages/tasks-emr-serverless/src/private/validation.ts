import type { IConstruct } from 'constructs';
import { Token, type Duration } from 'aws-cdk-lib/core';
import {
  describeValue,
  isDynamic,
  validateIntegerInRange,
  validateItemCount,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type {
  EmrServerlessImageConfiguration,
  EmrServerlessInitialCapacityConfig,
  EmrServerlessMaximumCapacity,
  EmrServerlessWorkerResourceConfig,
  EmrServerlessWorkerTypeSpecification,
} from '../application-types';

/*
 * The EMR Serverless API's documented shapes, checked on static values (tokens, JSON paths and JSONata expressions
 * are skipped). See https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Types.html.
 */

/** Text that is not only white space (the API's `.*\S.*`). */
const NOT_BLANK = /\S/;

/** Text of `min` to `max` characters, not only white space. */
export function validateText(scope: IConstruct, prop: string, text: string | undefined, min: number, max: number): void {
  validateStringLength(scope, prop, text, min, max);
  validateStringPattern(scope, prop, text, NOT_BLANK, 'text that is not only white space');
}

/** An application or job run ID (`ApplicationId`, `JobRunId`): 1 to 64 lowercase letters and digits. */
export function validateResourceId(scope: IConstruct, prop: string, id: string | undefined): void {
  validateStringLength(scope, prop, id, 1, 64);
  validateStringPattern(scope, prop, id, /^[0-9a-z]+$/, 'an ID of lowercase letters and digits');
}

/** An application name (`ApplicationName`): 1 to 64 of letters, digits and `. _ / # -`. */
export function validateApplicationName(scope: IConstruct, prop: string, name: string | undefined): void {
  validateStringLength(scope, prop, name, 1, 64);
  validateStringPattern(scope, prop, name, /^[A-Za-z0-9._/#-]+$/, 'a name of letters, digits and . _ / # -');
}

/** A release label (`ReleaseLabel`): 1 to 64 of letters, digits and `. _ / -`. */
export function validateReleaseLabel(scope: IConstruct, prop: string, label: string | undefined): void {
  validateStringLength(scope, prop, label, 1, 64);
  validateStringPattern(scope, prop, label, /^[A-Za-z0-9._/-]+$/, 'a release label of letters, digits and . _ / -, such as emr-7.5.0');
}

/** A client token (`ClientToken`): 1 to 64 of letters, digits and `. _ -`. */
export function validateClientToken(scope: IConstruct, prop: string, token: string | undefined): void {
  validateStringLength(scope, prop, token, 1, 64);
  validateStringPattern(scope, prop, token, /^[A-Za-z0-9._-]+$/, 'a token of letters, digits and . _ -');
}

/** A worker type (`WorkerTypeString`), such as `Driver`: 1 to 50 letters with inner `-` or `_`. */
export function validateWorkerType(scope: IConstruct, prop: string, workerType: string): void {
  if (isDynamic(workerType)) return;
  validateStringLength(scope, prop, workerType, 1, 50);
  validateStringPattern(scope, prop, workerType, /^[a-zA-Z]+[-_]*[a-zA-Z]+$/, 'a worker type of letters with inner - or _, such as Driver');
}

/** Tags (`TagMap`): at most 200; keys of 1 to 128 and values of at most 256 letters, digits, spaces and `/ _ . : = + @ -`. */
export function validateTags(scope: IConstruct, prop: string, tags: { [key: string]: string } | undefined): void {
  validateItemCount(scope, prop, tags, 0, 200);
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (!isDynamic(key)) {
      validateStringLength(scope, `${prop}\` key \`${key}`, key, 1, 128);
      validateStringPattern(scope, `${prop}\` key \`${key}`, key, /^[A-Za-z0-9 /_.:=+@-]+$/, 'letters, digits, spaces and / _ . : = + @ -');
    }
    validateStringLength(scope, `${prop}.${key}`, value, 0, 256);
    validateStringPattern(scope, `${prop}.${key}`, value, /^[A-Za-z0-9 /_.:=+@-]*$/, 'letters, digits, spaces and / _ . : = + @ -');
  }
}

/** A duration in whole minutes from `min` to `max`; tokens are skipped. */
export function validateMinutes(scope: IConstruct, prop: string, duration: Duration | undefined, min: number, max: number): void {
  if (duration === undefined || duration.isUnresolved()) return;
  const minutes = duration.toMinutes({ integral: false });
  if (!Number.isInteger(minutes) || minutes < min || minutes > max) {
    throw validationError(scope, `\`${prop}\` must be whole minutes from ${min} to ${max}, got ${duration.toHumanString()}`);
  }
}

/** Throws unless the static number `value` of `prop` is an integer of at least `min`. */
export function validateAtLeast(scope: IConstruct, prop: string, value: number | undefined, min: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min) {
    throw validationError(scope, `\`${prop}\` must be an integer of at least ${min}, got ${describeValue(value)}`);
  }
}

/** The minutes of a duration validated with `validateMinutes`. */
export function minutesOf(duration: Duration | undefined): number | undefined {
  return duration?.toMinutes({ integral: false });
}

const CPU = /^[1-9][0-9]*(\s)?(vCPU|vcpu|VCPU)?$/;
const MEMORY = /^[1-9][0-9]*(\s)?(GB|gb|gB|Gb)?$/;
const DISK = /^[1-9][0-9]*(\s)?(GB|gb|gB|Gb)$/;

function validateSizes(scope: IConstruct, prop: string, sizes: { cpu: string; memory: string; disk?: string }): void {
  for (const [field, value, pattern, allowed] of [
    ['cpu', sizes.cpu, CPU, 'a vCPU count such as 4 vCPU'],
    ['memory', sizes.memory, MEMORY, 'a memory size such as 16 GB'],
    ['disk', sizes.disk, DISK, 'a disk size such as 200 GB'],
  ] as const) {
    validateStringLength(scope, `${prop}.${field}`, value, 1, 15);
    validateStringPattern(scope, `${prop}.${field}`, value, pattern, allowed);
  }
}

/** The resources of a worker (`WorkerResourceConfig`). */
export function validateWorkerResources(scope: IConstruct, prop: string, config: EmrServerlessWorkerResourceConfig | undefined): void {
  if (config !== undefined) validateSizes(scope, prop, config);
}

/** The initial capacity (`InitialCapacityConfigMap`): at most 10 worker types, 1 to 1,000,000 workers each. */
export function validateInitialCapacity(
  scope: IConstruct,
  prop: string,
  capacity: { [workerType: string]: EmrServerlessInitialCapacityConfig } | undefined,
): void {
  validateItemCount(scope, prop, capacity, 0, 10);
  for (const [workerType, config] of Object.entries(capacity ?? {})) {
    validateWorkerType(scope, `${prop}\` key \`${workerType}`, workerType);
    validateIntegerInRange(scope, `${prop}.${workerType}.workerCount`, config.workerCount, 1, 1000000);
    validateWorkerResources(scope, `${prop}.${workerType}.workerConfiguration`, config.workerConfiguration);
  }
}

/** The maximum capacity (`MaximumAllowedResources`). */
export function validateMaximumCapacity(scope: IConstruct, prop: string, capacity: EmrServerlessMaximumCapacity | undefined): void {
  if (capacity !== undefined) validateSizes(scope, prop, capacity);
}

const IMAGE_URI = /^([a-z0-9]+[a-z0-9-.]*)\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([a-zA-Z0-9_][a-zA-Z0-9-._]{0,299})|@(sha256:[0-9a-f]{64}))$/;

/** An image configuration (`ImageConfigurationInput`): an ECR image URI with a tag or digest. */
export function validateImage(scope: IConstruct, prop: string, image: EmrServerlessImageConfiguration | undefined): void {
  if (image === undefined) return;
  validateStringLength(scope, `${prop}.imageUri`, image.imageUri, 1, 1024);
  validateStringPattern(scope, `${prop}.imageUri`, image.imageUri, IMAGE_URI,
    'an Amazon ECR image URI with a tag or digest, such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:tag');
}

/** The worker type specifications (`WorkerTypeSpecificationInputMap`). */
export function validateWorkerTypeSpecifications(
  scope: IConstruct,
  prop: string,
  specifications: { [workerType: string]: EmrServerlessWorkerTypeSpecification } | undefined,
): void {
  for (const [workerType, specification] of Object.entries(specifications ?? {})) {
    validateWorkerType(scope, `${prop}\` key \`${workerType}`, workerType);
    validateImage(scope, `${prop}.${workerType}.imageConfiguration`, specification.imageConfiguration);
  }
}

/** A KMS key ARN (`EncryptionKeyArn`). */
export function validateKeyArn(scope: IConstruct, prop: string, arn: string | undefined): void {
  validateStringLength(scope, prop, arn, 20, 2048);
  validateStringPattern(scope, prop, arn, /^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9-]*:([0-9]{12}):key\/[a-zA-Z0-9-]+$/,
    'the ARN of a KMS key, arn:<partition>:kms:<region>:<account>:key/<id>');
}

/** Throws when `value` is set while `condition` does not hold; `requirement` says what it needs. */
export function requireFor(scope: IConstruct, prop: string, value: unknown, condition: boolean, requirement: string, got: unknown): void {
  if (value !== undefined && !condition && !Token.isUnresolved(value)) {
    throw validationError(scope, `\`${prop}\` applies only ${requirement}, got ${describeValue(got)}`);
  }
}
