import type { IConstruct } from 'constructs';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { validateIntegerInRange, validateStringLength, validateStringPattern } from '@cdk-stepfunctions/tasks-core';

/** The overrides StartBuild and StartBuildBatch share, as the tasks' props name them. */
export interface CommonBuildOverrides {
  readonly environmentVariablesOverride?: { [name: string]: codebuild.BuildEnvironmentVariable };
  readonly buildspecOverride?: string;
  readonly sourceVersion?: string;
  readonly queuedTimeoutInMinutesOverride?: number;
  readonly computeTypeOverride?: string;
  readonly imageOverride?: string;
  readonly environmentTypeOverride?: string;
}

/** One `EnvironmentVariablesOverride` entry of the request. */
export interface EnvironmentVariableParameter {
  readonly Name: string;
  readonly Type: string;
  readonly Value: unknown;
}

/** The request fields of the shared overrides, in the order they are rendered after `ProjectName`. */
export interface CommonOverrideParameters {
  readonly EnvironmentVariablesOverride?: EnvironmentVariableParameter[];
  readonly BuildspecOverride?: string;
  readonly SourceVersion?: string;
  readonly QueuedTimeoutInMinutesOverride?: number;
  readonly ComputeTypeOverride?: string;
  readonly ImageOverride?: string;
  readonly EnvironmentTypeOverride?: string;
}

/** What CodeBuild's enum values look like; the list grows, so only the shape is checked. */
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

/**
 * Checks the shared overrides: the queued timeout from 5 to 480 minutes, a non-empty image, enum-shaped compute
 * and environment types, and non-empty environment variable names.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html
 */
export function validateCommonOverrides(scope: IConstruct, props: CommonBuildOverrides): void {
  validateIntegerInRange(scope, 'queuedTimeoutInMinutesOverride', props.queuedTimeoutInMinutesOverride, 5, 480);
  validateStringLength(scope, 'imageOverride', props.imageOverride, 1, Number.MAX_SAFE_INTEGER);
  validateStringPattern(scope, 'computeTypeOverride', props.computeTypeOverride, ENUM_VALUE,
    'a CodeBuild compute type such as BUILD_GENERAL1_SMALL or codebuild.ComputeType.SMALL');
  validateStringPattern(scope, 'environmentTypeOverride', props.environmentTypeOverride, ENUM_VALUE,
    'a CodeBuild environment type such as LINUX_CONTAINER or codebuild.EnvironmentType.LINUX_CONTAINER');
  for (const name of Object.keys(props.environmentVariablesOverride ?? {})) {
    validateStringLength(scope, 'environmentVariablesOverride', name, 1, Number.MAX_SAFE_INTEGER);
  }
}

/** The `EnvironmentVariablesOverride` entries: each variable with its type, plain text unless it says otherwise. */
function environmentVariables(
  variables: { [name: string]: codebuild.BuildEnvironmentVariable },
): EnvironmentVariableParameter[] {
  return Object.entries(variables).map(([name, variable]) => ({
    Name: name,
    Type: variable.type ?? codebuild.BuildEnvironmentVariableType.PLAINTEXT,
    Value: variable.value,
  }));
}

/** Maps the shared overrides to their request fields; unset overrides are left out. */
export function commonOverrideParameters(props: CommonBuildOverrides): CommonOverrideParameters {
  return {
    EnvironmentVariablesOverride: props.environmentVariablesOverride
      ? environmentVariables(props.environmentVariablesOverride)
      : undefined,
    BuildspecOverride: props.buildspecOverride,
    SourceVersion: props.sourceVersion,
    QueuedTimeoutInMinutesOverride: props.queuedTimeoutInMinutesOverride,
    ComputeTypeOverride: props.computeTypeOverride,
    ImageOverride: props.imageOverride,
    EnvironmentTypeOverride: props.environmentTypeOverride,
  };
}
