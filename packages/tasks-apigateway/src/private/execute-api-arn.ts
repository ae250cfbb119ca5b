import { Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { isJsonataExpression } from '@cdk-stepfunctions/tasks-core';

/** Whether a path or stage is picked at run time: a JSON path token or a JSONata expression. */
export function isRuntimeValue(value: string): boolean {
  return sfn.JsonPath.isEncodedJsonPath(value) || isJsonataExpression(value);
}

/**
 * The stage segment of an `execute-api` ARN: the stage, or `*` when it is picked at run time.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html
 */
export function stageSegment(stageName: string): string {
  return isRuntimeValue(stageName) ? '*' : stageName;
}

/**
 * The resource-path segment of an `execute-api` ARN: the path with a leading `/`, or `/*` (any path) when there
 * is none or it is picked at run time.
 */
export function pathSegment(apiPath: string | undefined): string {
  if (apiPath === undefined || isRuntimeValue(apiPath)) return '/*';
  return Token.isUnresolved(apiPath) || apiPath.startsWith('/') ? apiPath : `/${apiPath}`;
}
