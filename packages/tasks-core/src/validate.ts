import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, validationError } from './errors';

/** Whether `value` is a JSONata expression: `{% … %}`. */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && /^\{%[\s\S]*%\}$/.test(value.trim());
}

/**
 * Whether `value` is a JSONPath reference: an encoded `JsonPath.*At()` token or a literal path (`$`, `$.…`,
 * `$[…]`, `$$…`). Other CDK tokens (`${Token[…]}`) are not paths.
 */
export function isJsonPathExpression(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (JsonPath.isEncodedJsonPath(value)) return true;
  return !Token.isUnresolved(value) && /^\$($|\.|\[|\$)/.test(value);
}

/**
 * Whether `value` is only known at deploy or run time: a CDK token, a JSONPath reference or a JSONata
 * expression. Static checks of its content are skipped for such values.
 */
export function isDynamic(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Token.isUnresolved(value)) return true;
  return isJsonataExpression(value) || isJsonPathExpression(value);
}

/** Throws unless the static number `value` of `prop` is an integer within [min, max]. */
export function validateIntegerInRange(
  scope: IConstruct,
  prop: string,
  value: number | undefined,
  min: number,
  max: number,
): void {
  // A JSONata expression can stand in a number prop of a JSONata task; it is checked when the state runs.
  if (value === undefined || isDynamic(value)) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw validationError(scope, `\`${prop}\` must be an integer from ${min} to ${max}, got ${describeValue(value)}`);
  }
}

/** Throws unless the static string `value` of `prop` is from `min` to `max` characters long. */
export function validateStringLength(
  scope: IConstruct,
  prop: string,
  value: string | undefined,
  min: number,
  max: number,
): void {
  if (value === undefined || isDynamic(value)) return;
  if (value.length < min || value.length > max) {
    throw validationError(
      scope,
      `\`${prop}\` must be from ${min} to ${max} characters long, got ${value.length} characters (${describeValue(value)})`,
    );
  }
}

/** Throws unless the static string `value` of `prop` matches `pattern`; `allowed` says in words what matches. */
export function validateStringPattern(
  scope: IConstruct,
  prop: string,
  value: string | undefined,
  pattern: RegExp,
  allowed: string,
): void {
  if (value === undefined || isDynamic(value)) return;
  if (!pattern.test(value)) {
    throw validationError(scope, `\`${prop}\` must be ${allowed}, got ${describeValue(value)}`);
  }
}

/**
 * Throws when `prop` is set together with any of `conflicting` (a map of prop name to value; unset values
 * are undefined or false).
 */
export function validateNotCombined(
  scope: IConstruct,
  prop: string,
  conflicting: { [name: string]: unknown },
): void {
  const given = Object.entries(conflicting)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name]) => `\`${name}\``);
  if (given.length > 0) {
    throw validationError(
      scope,
      `\`${prop}\` cannot be combined with ${Object.keys(conflicting).map((n) => `\`${n}\``).join(', ')}, got ${given.join(', ')}`,
    );
  }
}
