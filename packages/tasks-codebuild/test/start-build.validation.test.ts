import { App, Stack } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { CodeBuildStartBuild, type CodeBuildStartBuildProps } from '../src';
import { makeProject } from './fixtures';

function start(props: Partial<CodeBuildStartBuildProps>): CodeBuildStartBuild {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildStartBuild(stack, 'Build', { project: makeProject(stack, 'imported'), ...props });
}

function startReference(props: Partial<CodeBuildStartBuildProps>): unknown {
  const stack = new Stack(new App(), 'Reference');
  return new reference.CodeBuildStartBuild(stack, 'Build', { project: makeProject(stack, 'imported'), ...props });
}

describe('CodeBuildStartBuild validation', () => {
  it('fails on WAIT_FOR_TASK_TOKEN, as the reference does', () => {
    const props = { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    expect(() => startReference(props)).toThrow();
    expect(() => start(props)).toThrow(
      /CodeBuildStartBuild at 'Stack\/Build': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/);
  });

  it.each([
    ['a build timeout under 5 minutes', { timeoutInMinutesOverride: 4 }, /`timeoutInMinutesOverride` must be an integer from 5 to 2160, got 4/],
    ['a build timeout over 36 hours', { timeoutInMinutesOverride: 2161 }, /`timeoutInMinutesOverride` must be an integer from 5 to 2160, got 2161/],
    ['a fractional build timeout', { timeoutInMinutesOverride: 10.5 }, /`timeoutInMinutesOverride` must be an integer from 5 to 2160, got 10.5/],
    ['a queued timeout under 5 minutes', { queuedTimeoutInMinutesOverride: 0 }, /`queuedTimeoutInMinutesOverride` must be an integer from 5 to 480, got 0/],
    ['a queued timeout over 8 hours', { queuedTimeoutInMinutesOverride: 481 }, /`queuedTimeoutInMinutesOverride` must be an integer from 5 to 480, got 481/],
    ['an empty image', { imageOverride: '' }, /`imageOverride` must be from 1 to \d+ characters long, got 0 characters/],
    ['a lower-case compute type', { computeTypeOverride: 'small' }, /`computeTypeOverride` must be a CodeBuild compute type such as BUILD_GENERAL1_SMALL .*got 'small'/],
    ['an environment type with spaces', { environmentTypeOverride: 'LINUX CONTAINER' }, /`environmentTypeOverride` must be a CodeBuild environment type such as LINUX_CONTAINER .*got 'LINUX CONTAINER'/],
    ['an environment variable without a name', { environmentVariablesOverride: { '': { value: 'x' } } }, /`environmentVariablesOverride` must be from 1 to \d+ characters long, got 0 characters/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => start(props as Partial<CodeBuildStartBuildProps>)).toThrow(message);
  });

  it('accepts the bounds and run-time values', () => {
    expect(() => start({ timeoutInMinutesOverride: 5, queuedTimeoutInMinutesOverride: 480 })).not.toThrow();
    expect(() => start({ timeoutInMinutesOverride: 2160, queuedTimeoutInMinutesOverride: 5 })).not.toThrow();
    expect(() => start({
      timeoutInMinutesOverride: sfn.JsonPath.numberAt('$.t'),
      computeTypeOverride: sfn.JsonPath.stringAt('$.c'),
      environmentTypeOverride: '{% $states.input.e %}',
      imageOverride: sfn.JsonPath.stringAt('$.i'),
      queryLanguage: sfn.QueryLanguage.JSON_PATH,
    })).not.toThrow();
    expect(() => start({ computeTypeOverride: codebuild.ComputeType.LAMBDA_1GB, environmentTypeOverride: 'ARM_LAMBDA_CONTAINER' })).not.toThrow();
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      start({ timeoutInMinutesOverride: 1 });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
