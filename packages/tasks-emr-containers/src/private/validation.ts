import type { IConstruct } from 'constructs';
import {
  isDynamic,
  validateItemCount,
  validateStringLength,
  validateStringPattern,
} from '@cdk-stepfunctions/tasks-core';

/*
 * The EMR on EKS API's documented shapes, checked on static values (tokens, JSON paths and JSONata expressions are
 * skipped). See https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_Types.html.
 *
 * A documented pattern is applied as the API documents it: the API's patterns are regular expressions that are not
 * anchored unless they say so (`^`, `$`), so `[0-9a-z]+` asks for at least one lowercase letter or digit somewhere
 * in the value, not for a value made only of them. Checking more than the API would reject mixed-case IDs and
 * names with spaces that the API accepts. The namespace and the EKS cluster name are checked whole, by the rules of
 * the systems that own them: a Kubernetes namespace is a DNS label
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names), and an EKS cluster
 * name has only letters, digits, `-` and `_`, starting with a letter or digit
 * (https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html).
 */

/** Text that is not only white space (the API's `.*\S.*`). */
const NOT_BLANK = /\S/;

/** A virtual cluster ID (`ResourceIdString`): 1 to 64 characters matching `[0-9a-z]+`. */
export function validateVirtualClusterId(scope: IConstruct, prop: string, id: string | undefined): void {
  validateStringLength(scope, prop, id, 1, 64);
  validateStringPattern(scope, prop, id, /[0-9a-z]+/,
    'a virtual cluster ID with a lowercase letter or digit (the API\'s pattern [0-9a-z]+)');
}

/** A virtual cluster or job run name (`ResourceNameString`): 1 to 64 characters matching `[\.\-_/#A-Za-z0-9]+`. */
export function validateResourceName(scope: IConstruct, prop: string, name: string | undefined): void {
  validateStringLength(scope, prop, name, 1, 64);
  validateStringPattern(scope, prop, name, /[.\-_/#A-Za-z0-9]+/,
    'a name with a letter, digit, or one of . - _ / # (the API\'s pattern [\\.\\-_/#A-Za-z0-9]+)');
}

/** A Kubernetes namespace (`EksInfo.namespace`): 1 to 63 lowercase letters, digits and inner hyphens. */
export function validateNamespace(scope: IConstruct, prop: string, namespace: string | undefined): void {
  validateStringLength(scope, prop, namespace, 1, 63);
  validateStringPattern(scope, prop, namespace, /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'a Kubernetes namespace of lowercase letters, digits and hyphens, starting and ending with a letter or digit');
}

/** An EKS cluster name (`ContainerProvider.id`): 1 to 100 letters, digits, `-` and `_`, starting alphanumeric. */
export function validateEksClusterName(scope: IConstruct, prop: string, name: string | undefined): void {
  validateStringLength(scope, prop, name, 1, 100);
  validateStringPattern(scope, prop, name, /^[0-9A-Za-z][A-Za-z0-9\-_]*$/,
    'an EKS cluster name of letters, digits, - and _, starting with a letter or digit');
}

/** A release label (`ReleaseLabel`): 1 to 64 characters matching `[\.\-_/A-Za-z0-9]+`. */
export function validateReleaseLabel(scope: IConstruct, prop: string, label: string | undefined): void {
  validateStringLength(scope, prop, label, 1, 64);
  validateStringPattern(scope, prop, label, /[.\-_/A-Za-z0-9]+/,
    'a release label with a letter, digit, or one of . - _ / (the API\'s pattern [\\.\\-_/A-Za-z0-9]+)');
}

/** Text of `min` to `max` characters, not only white space (the API's `.*\S.*` strings). */
export function validateText(scope: IConstruct, prop: string, text: string | undefined, min: number, max: number): void {
  validateStringLength(scope, prop, text, min, max);
  validateStringPattern(scope, prop, text, NOT_BLANK, 'text that is not only white space');
}

/** Tags (`TagMap`): at most 50, keys of 1 to 128 characters, values of at most 256. */
export function validateTags(scope: IConstruct, prop: string, tags: { [key: string]: string } | undefined): void {
  validateItemCount(scope, prop, tags, 0, 50);
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (!isDynamic(key)) validateText(scope, `${prop}\` key \`${key}`, key, 1, 128);
    validateStringLength(scope, `${prop}.${key}`, value, 0, 256);
  }
}
