import type { IConstruct } from 'constructs';
import { Aws } from 'aws-cdk-lib/core';
import { FieldUtils, IntegrationPattern } from 'aws-cdk-lib/aws-stepfunctions';
import { validationError } from './errors';

const SUFFIXES: Record<IntegrationPattern, string> = {
  [IntegrationPattern.REQUEST_RESPONSE]: '',
  [IntegrationPattern.RUN_JOB]: '.sync',
  [IntegrationPattern.WAIT_FOR_TASK_TOKEN]: '.waitForTaskToken',
};

/**
 * The `Resource` of a service-integration task: `arn:<partition>:states:::<service>:<action>[.sync|.waitForTaskToken]`.
 *
 * @param runJobSuffix the suffix of the `RUN_JOB` pattern, for the few services whose current version is not `.sync`
 *   (Step Functions' StartExecution uses `.sync:2`).
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html
 */
export function integrationResourceArn(
  service: string,
  action: string,
  pattern: IntegrationPattern = IntegrationPattern.REQUEST_RESPONSE,
  runJobSuffix: string = SUFFIXES[IntegrationPattern.RUN_JOB],
): string {
  const suffix = pattern === IntegrationPattern.RUN_JOB ? runJobSuffix : SUFFIXES[pattern];
  return `arn:${Aws.PARTITION}:states:::${service}:${action}${suffix}`;
}

/**
 * Throws unless `pattern` is one of `supported`; the error names the task, the pattern given and those allowed.
 */
export function validatePatternSupported(
  scope: IConstruct,
  pattern: IntegrationPattern,
  supported: readonly IntegrationPattern[],
): void {
  if (!supported.includes(pattern)) {
    throw validationError(
      scope,
      `\`integrationPattern\` must be one of ${supported.join(', ')}, got ${pattern}`,
    );
  }
}

/**
 * The integration pattern a task runs with: `given`, else `defaultPattern`; throws as
 * {@link validatePatternSupported} unless it is one of `supported`.
 */
export function resolveIntegrationPattern(
  scope: IConstruct,
  given: IntegrationPattern | undefined,
  supported: readonly IntegrationPattern[],
  defaultPattern: IntegrationPattern = IntegrationPattern.REQUEST_RESPONSE,
): IntegrationPattern {
  const pattern = given ?? defaultPattern;
  validatePatternSupported(scope, pattern, supported);
  return pattern;
}

/**
 * Throws unless `input` carries the task token, which the `WAIT_FOR_TASK_TOKEN` pattern hands to the service.
 *
 * @param propName the prop that must carry it, named in the error.
 */
export function requireTaskToken(scope: IConstruct, propName: string, input: unknown): void {
  const container = input !== null && typeof input === 'object' ? (input as { [key: string]: unknown }) : { value: input };
  if (input === undefined || !FieldUtils.containsTaskToken(container)) {
    throw validationError(
      scope,
      `\`${propName}\` must contain the task token when \`integrationPattern\` is WAIT_FOR_TASK_TOKEN: ` +
        'use JsonPath.taskToken (JSONPath) or {% $states.context.Task.Token %} (JSONata)',
    );
  }
}
