import { App, Stack } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { CodeBuildStartBuildBatch, type CodeBuildStartBuildBatchProps } from '../src';
import { makeProject } from './fixtures';

function start(props: Partial<CodeBuildStartBuildBatchProps>): CodeBuildStartBuildBatch {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildStartBuildBatch(stack, 'Build', { project: makeProject(stack, 'imported'), ...props });
}

function startReference(props: Partial<CodeBuildStartBuildBatchProps>): unknown {
  const stack = new Stack(new App(), 'Reference');
  return new reference.CodeBuildStartBuildBatch(stack, 'Build', { project: makeProject(stack, 'imported'), ...props });
}

describe('CodeBuildStartBuildBatch validation', () => {
  it('fails on WAIT_FOR_TASK_TOKEN, as the reference does', () => {
    const props = { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    expect(() => startReference(props)).toThrow();
    expect(() => start(props)).toThrow(
      /CodeBuildStartBuildBatch at 'Stack\/Build': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/);
  });

  it.each([
    ['a build timeout under 5 minutes', { buildTimeoutInMinutesOverride: 4 }, /`buildTimeoutInMinutesOverride` must be an integer from 5 to 2160, got 4/],
    ['a build timeout over 36 hours', { buildTimeoutInMinutesOverride: 2161 }, /`buildTimeoutInMinutesOverride` must be an integer from 5 to 2160, got 2161/],
    ['a fractional build timeout', { buildTimeoutInMinutesOverride: 10.5 }, /`buildTimeoutInMinutesOverride` must be an integer from 5 to 2160, got 10.5/],
    ['a queued timeout under 5 minutes', { queuedTimeoutInMinutesOverride: 0 }, /`queuedTimeoutInMinutesOverride` must be an integer from 5 to 480, got 0/],
    ['a queued timeout over 8 hours', { queuedTimeoutInMinutesOverride: 481 }, /`queuedTimeoutInMinutesOverride` must be an integer from 5 to 480, got 481/],
    ['an empty image', { imageOverride: '' }, /`imageOverride` must be from 1 to \d+ characters long, got 0 characters/],
    ['a lower-case compute type', { computeTypeOverride: 'small' }, /`computeTypeOverride` must be a CodeBuild compute type such as BUILD_GENERAL1_SMALL .*got 'small'/],
    ['an environment type with spaces', { environmentTypeOverride: 'LINUX CONTAINER' }, /`environmentTypeOverride` must be a CodeBuild environment type such as LINUX_CONTAINER .*got 'LINUX CONTAINER'/],
    ['an environment variable without a name', { environmentVariablesOverride: { '': { value: 'x' } } }, /`environmentVariablesOverride` must be from 1 to \d+ characters long, got 0 characters/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => start(props as Partial<CodeBuildStartBuildBatchProps>)).toThrow(message);
  });

  it('accepts the bounds and run-time values', () => {
    expect(() => start({ buildTimeoutInMinutesOverride: 5, queuedTimeoutInMinutesOverride: 480 })).not.toThrow();
    expect(() => start({ buildTimeoutInMinutesOverride: 2160, queuedTimeoutInMinutesOverride: 5 })).not.toThrow();
    expect(() => start({
      buildTimeoutInMinutesOverride: sfn.JsonPath.numberAt('$.t'),
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
      start({ buildTimeoutInMinutesOverride: 1 });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
