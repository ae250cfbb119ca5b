import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import { validationError } from './errors';

/**
 * Throws unless the static `items` of `prop` number from `min` to `max`: the elements of an array, or the entries
 * of a map. Undefined values and tokens (an encoded list such as `JsonPath.listAt()`) are not checked.
 *
 * @param items an array or a map (`{ [key: string]: T }`).
 */
export function validateItemCount(scope: IConstruct, prop: string, items: unknown, min: number, max: number): void {
  if (items === undefined || items === null || Token.isUnresolved(items)) return;
  if (typeof items !== 'object') return;
  const count = Array.isArray(items) ? items.length : Object.keys(items).length;
  if (count < min || count > max) {
    const unit = Array.isArray(items) ? 'items' : 'entries';
    throw validationError(scope, `\`${prop}\` must have from ${min} to ${max} ${unit}, got ${count}`);
  }
}
