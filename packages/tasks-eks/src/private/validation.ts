import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import {
  describeValue, isDynamic, validateItemCount, validateStringLength, validationError,
} from '@cdk-stepfunctions/tasks-core';

/**
 * Throws unless static `tags` hold 1 to 50 entries, keys of 1 to 128 characters not starting with `aws:`, and values
 * of at most 256 characters.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_TagResource.html
 */
export function validateTags(scope: IConstruct, prop: string, tags: { [key: string]: string } | undefined): void {
  if (tags === undefined || Token.isUnresolved(tags)) return;
  validateItemCount(scope, prop, tags, 1, 50);
  for (const [key, value] of Object.entries(tags)) {
    validateStringLength(scope, `${prop} key`, key, 1, 128);
    if (!isDynamic(key) && key.toLowerCase().startsWith('aws:')) {
      throw validationError(scope, `\`${prop}\` keys must not start with aws: (reserved for AWS), got ${describeValue(key)}`);
    }
    validateStringLength(scope, `${prop}[${describeValue(key)}]`, value, 0, 256);
  }
}

/** The Kubernetes rule for namespace names (a DNS label). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Throws unless a static Kubernetes namespace is a DNS label: 1 to 63 lowercase letters, digits and hyphens,
 * starting and ending with a letter or digit.
 *
 * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names
 */
export function validateNamespace(scope: IConstruct, prop: string, namespace: string | undefined): void {
  if (namespace === undefined || isDynamic(namespace)) return;
  if (namespace.length > 63 || !DNS_LABEL.test(namespace)) {
    throw validationError(scope, `\`${prop}\` must be a Kubernetes namespace name: 1 to 63 lowercase letters, digits ` +
      `and hyphens, starting and ending with a letter or digit, got ${describeValue(namespace)}`);
  }
}

/** Throws unless a static number is an integer from `min` to `max` (a fuller message than the shared check). */
export function validateWholeNumber(scope: IConstruct, prop: string, value: number | undefined, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `from ${min}` : `from ${min} to ${max}`;
    throw validationError(scope, `\`${prop}\` must be a whole number ${range}, got ${describeValue(value)}`);
  }
}
