import { Token } from 'aws-cdk-lib/core';
import { isRuntimeValue } from '@cdk-stepfunctions/tasks-core';

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
  if (apiPath === undefined) return '/*';
  // A boolean, not the type guard: a string that is not a run-time value is still a string.
  const pickedAtRunTime: boolean = isRuntimeValue(apiPath);
  if (pickedAtRunTime) return '/*';
  return Token.isUnresolved(apiPath) || apiPath.startsWith('/') ? apiPath : `/${apiPath}`;
}
