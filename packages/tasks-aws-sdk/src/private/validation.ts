import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import {
  describeValue,
  isJsonataExpression,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

/** An API action name as the AWS SDKs spell it in camelCase: `getObject`, `listObjectsV2`. */
const ACTION = /^[a-z][A-Za-z0-9]*$/;

/** An IAM action as aws-cdk-lib's PolicyStatement accepts it: `<prefix>:<Action>` (`*` wildcards allowed) or `*`. */
const IAM_ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*]+)$/;

/**
 * Whether `value` comes from the state's data: an encoded `JsonPath.*At()` reference or a JSONata expression.
 * (A plain string starting with `$`, or a CDK token such as a CloudFormation parameter, is a static value here.)
 */
export function fromStateData(value: unknown): boolean {
  return typeof value === 'string' && (JsonPath.isEncodedJsonPath(value) || isJsonataExpression(value));
}

/** Throws unless the static `action` is a camelCase API action name. */
export function validateAction(scope: IConstruct, action: string): void {
  validateStringPattern(scope, 'action', action, ACTION,
    'a camelCase API action name (a lower-case letter, then letters and digits, e.g. getObject)');
}

/** Throws when `iamResources` is empty: an IAM statement needs at least one resource. */
export function validateIamResources(scope: IConstruct, iamResources: string[]): void {
  if (Token.isUnresolved(iamResources)) return;
  if (!Array.isArray(iamResources) || iamResources.length === 0) {
    throw validationError(scope, `\`iamResources\` must contain at least one ARN or '*', got ${describeValue(iamResources)}`);
  }
}

/** Throws unless the static `iamAction` is `<prefix>:<Action>` (wildcards allowed) or `*`. */
export function validateIamAction(scope: IConstruct, iamAction: string | undefined): void {
  validateStringPattern(scope, 'iamAction', iamAction, IAM_ACTION,
    "an IAM action '<service prefix>:<Action>' (wildcards allowed, e.g. s3:ListAllMyBuckets) or '*'");
}

/**
 * Throws when a prop the IAM action is derived from comes from the state's data and `iamAction` is not given:
 * the permission would name no real action.
 */
export function requireIamActionForDynamicCall(
  scope: IConstruct,
  props: { readonly service: string; readonly action: string; readonly iamAction?: string },
): void {
  if (props.iamAction !== undefined) return;
  const dynamic = (['service', 'action'] as const).filter((prop) => fromStateData(props[prop]));
  if (dynamic.length > 0) {
    throw validationError(scope, `\`iamAction\` must be set when ${dynamic.map((p) => `\`${p}\``).join(' and ')} ` +
      `come${dynamic.length === 1 ? 's' : ''} from the state's data, got no \`iamAction\``);
  }
}
