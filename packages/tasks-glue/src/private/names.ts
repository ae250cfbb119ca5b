import type { IConstruct } from 'constructs';
import { ArnFormat, Stack } from 'aws-cdk-lib/core';
import { isRuntimeValue, validateStringLength, validateStringPattern } from '@cdk-stepfunctions/tasks-core';

/**
 * Glue's single-line string: any character but line breaks and other control characters (tab allowed).
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-common.html#aws-glue-api-regex-oneLine
 */
const SINGLE_LINE = /^[\t\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/**
 * Throws unless the static `value` of `prop` is a Glue name: 1 to 255 characters on a single line.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-common.html#aws-glue-api-regex-oneLine
 */
export function validateGlueName(scope: IConstruct, prop: string, value: string | undefined): void {
  validateStringLength(scope, prop, value, 1, 255);
  validateStringPattern(scope, prop, value, SINGLE_LINE, 'a single line without control characters');
}

/**
 * The ARN of the Glue `resource` (`job`, `crawler`) named `name` in the stack's account and region; every resource
 * of that type (`<resource>/*`) when the name is only known at run time.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsglue.html#awsglue-resources-for-iam-policies
 */
export function glueResourceArn(scope: IConstruct, resource: string, name: string): string {
  return Stack.of(scope).formatArn({
    service: 'glue',
    resource,
    resourceName: isRuntimeValue(name) ? '*' : name,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
