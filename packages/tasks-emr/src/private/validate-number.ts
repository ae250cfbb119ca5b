import type { IConstruct } from 'constructs';
import { Token, type Duration, type Size, SizeRoundingBehavior } from 'aws-cdk-lib/core';
import { describeValue, isDynamic, validateIntegerInRange, validationError } from '@cdk-stepfunctions/tasks-core';

/*
 * Numeric checks the EMR tasks share: integer ranges, open-ended counts, non-negative numbers, and durations and
 * sizes in whole units. Values only known later are skipped: tokens (deploy-time values, JsonPath.numberAt()) and
 * JSONata expressions, which a JSONata task can put in a number field.
 */

/** The number to check: undefined when there is none or it is only known later; throws when it is no number. */
function staticNumber(scope: IConstruct, prop: string, value: number | undefined): number | undefined {
  if (value === undefined || isDynamic(value)) return undefined;
  if (typeof value !== 'number') {
    throw validationError(scope, `\`${prop}\` must be a number, a token or a JSONata expression, got ${describeValue(value)}`);
  }
  return value;
}

/** Throws unless the static `value` of `prop` is an integer from `min` to `max`. */
export function validateIntegerRange(scope: IConstruct, prop: string, value: number | undefined, min: number, max: number): void {
  validateIntegerInRange(scope, prop, staticNumber(scope, prop, value), min, max);
}

/** Throws unless the static `value` of `prop` is a whole number of at least `min`. */
export function validateCount(scope: IConstruct, prop: string, given: number | undefined, min = 0): void {
  const value = staticNumber(scope, prop, given);
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min) {
    throw validationError(scope, `\`${prop}\` must be a whole number, ${min} or more, got ${describeValue(value)}`);
  }
}

/** Throws unless the static `value` of `prop` is a number of at least 0. */
export function validateNonNegative(scope: IConstruct, prop: string, given: number | undefined): void {
  const value = staticNumber(scope, prop, given);
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0) {
    throw validationError(scope, `\`${prop}\` must be 0 or more, got ${describeValue(value)}`);
  }
}

/** Throws when the static `low` of `lowProp` is greater than the static `high` of `highProp`. */
export function validateOrdered(scope: IConstruct, lowProp: string, low: number | undefined, highProp: string, high: number | undefined): void {
  if (typeof low !== 'number' || typeof high !== 'number' || Token.isUnresolved(low) || Token.isUnresolved(high)) return;
  if (low > high) {
    throw validationError(scope, `\`${lowProp}\` must be at most \`${highProp}\` (${high}), got ${describeValue(low)}`);
  }
}

/** The unit a duration is checked in. */
export type DurationUnit = 'seconds' | 'minutes';

/**
 * Throws unless the static `duration` of `prop` is a whole number of `unit` from `min` to `max` (when given);
 * returns that number, or undefined when it is not static.
 */
export function validateDuration(
  scope: IConstruct,
  prop: string,
  duration: Duration | undefined,
  unit: DurationUnit,
  min: number,
  max?: number,
): number | undefined {
  if (duration === undefined) return undefined;
  const amount = unit === 'seconds' ? duration.toSeconds({ integral: false }) : duration.toMinutes({ integral: false });
  if (Token.isUnresolved(amount)) return undefined;
  if (!Number.isInteger(amount) || amount < min || (max !== undefined && amount > max)) {
    const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
    throw validationError(scope, `\`${prop}\` must be a whole number of ${unit}, ${range}, got ${amount} ${unit}`);
  }
  return amount;
}

/** Throws unless the static `size` of `prop` is a whole number of GiB from `min` to `max` (when given). */
export function validateGibibytes(scope: IConstruct, prop: string, size: Size | undefined, min: number, max?: number): void {
  if (size === undefined) return;
  const gib = size.toGibibytes({ rounding: SizeRoundingBehavior.NONE });
  if (Token.isUnresolved(gib)) return;
  if (!Number.isInteger(gib) || gib < min || (max !== undefined && gib > max)) {
    const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
    throw validationError(scope, `\`${prop}\` must be a whole number of GiB ${range}, got ${gib} GiB`);
  }
}
