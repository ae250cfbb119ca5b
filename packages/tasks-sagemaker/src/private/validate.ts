import type { IConstruct } from 'constructs';
import { Size, SizeRoundingBehavior, Token, type Duration } from 'aws-cdk-lib/core';
import {
  describeValue,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

/**
 * The name of most SageMaker resources: letters, digits and hyphens, starting and ending with a letter or digit
 * (`^[a-zA-Z0-9](-*[a-zA-Z0-9])*$`).
 */
const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/;

/**
 * Throws unless the static `value` of `prop` is a SageMaker resource name of 1 to `maxLength` characters: letters,
 * digits and hyphens, starting and ending with a letter or digit. Tokens, JSON paths and JSONata are not checked.
 */
export function validateResourceName(scope: IConstruct, prop: string, value: string | undefined, maxLength: number): void {
  validateStringLength(scope, prop, value, 1, maxLength);
  validateStringPattern(scope, prop, value, RESOURCE_NAME,
    'letters, digits and hyphens, starting and ending with a letter or digit');
}

/** Throws unless the static `duration` of `prop` is a whole number of seconds from `minSeconds` to `maxSeconds`. */
export function validateDurationSeconds(
  scope: IConstruct,
  prop: string,
  duration: Duration | undefined,
  minSeconds: number,
  maxSeconds: number,
): void {
  if (duration === undefined || duration.isUnresolved()) return;
  const seconds = duration.toSeconds({ integral: false });
  if (!Number.isInteger(seconds) || seconds < minSeconds || seconds > maxSeconds) {
    throw validationError(scope, `\`${prop}\` must be a whole number of seconds from ${minSeconds} to ${maxSeconds}, ` +
      `got ${describeValue(seconds)} seconds (${duration.toHumanString()})`);
  }
}

/**
 * Throws unless the static `size` of `prop` is a whole number of GiB, at least `minGiB` and at most `maxGiB` when
 * given.
 */
export function validateSizeGiB(scope: IConstruct, prop: string, size: Size | undefined, minGiB: number, maxGiB?: number): void {
  if (size === undefined || size.isUnresolved()) return;
  const gib = size.toGibibytes({ rounding: SizeRoundingBehavior.NONE });
  if (!Number.isInteger(gib) || gib < minGiB || (maxGiB !== undefined && gib > maxGiB)) {
    const range = maxGiB === undefined ? `of at least ${minGiB}` : `from ${minGiB} to ${maxGiB}`;
    throw validationError(scope, `\`${prop}\` must be a whole number of GiB ${range}, got ${gib} GiB`);
  }
}

/** Throws unless the static `size` of `prop` is a whole number of MiB from `minMiB` to `maxMiB`. */
export function validateSizeMiB(scope: IConstruct, prop: string, size: Size | undefined, minMiB: number, maxMiB: number): void {
  if (size === undefined || size.isUnresolved()) return;
  const mib = size.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  if (!Number.isInteger(mib) || mib < minMiB || mib > maxMiB) {
    throw validationError(scope, `\`${prop}\` must be a whole number of MiB from ${minMiB} to ${maxMiB}, got ${mib} MiB`);
  }
}

/** Throws unless the static number `value` of `prop` is an integer of at least `min`. */
export function validateIntegerAtLeast(scope: IConstruct, prop: string, value: number | undefined, min: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min) {
    throw validationError(scope, `\`${prop}\` must be an integer of at least ${min}, got ${describeValue(value)}`);
  }
}

/** Throws unless the static number `value` of `prop` is at least `min` (any number, not only integers). */
export function validateAtLeast(scope: IConstruct, prop: string, value: number | undefined, min: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!(value >= min)) throw validationError(scope, `\`${prop}\` must be at least ${min}, got ${describeValue(value)}`);
}

/** Throws unless every static string of `values` is unique; `prop` names the list in the error. */
export function validateUnique(scope: IConstruct, prop: string, values: string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (Token.isUnresolved(value)) continue;
    if (seen.has(value)) throw validationError(scope, `\`${prop}\` must be unique, got ${describeValue(value)} more than once`);
    seen.add(value);
  }
}
