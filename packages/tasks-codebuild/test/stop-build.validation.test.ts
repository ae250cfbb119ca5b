import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CodeBuildStopBuild, type CodeBuildStopBuildProps } from '../src';
import { makeProject } from './fixtures';

function stop(props: Partial<CodeBuildStopBuildProps>): CodeBuildStopBuild {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildStopBuild(stack, 'Stop', { buildId: 'Imported:1234', ...props });
}

describe('CodeBuildStopBuild validation', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CodeBuildStopBuild at 'Stack\/Stop': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
      /`integrationPattern` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ['an empty build ID', { buildId: '' }, /`buildId` must not be empty, got ''/],
    ['a blank build ID', { buildId: '  ' }, /`buildId` must not be empty, got ' {2}'/],
    ['a project name for a build ID', { buildId: 'MyProject' },
      /`buildId` must be a build ID `<project-name>:<build-id>` or a build ARN, got 'MyProject'/],
    ['a build ID with a one-letter project', { buildId: 'p:1234' }, /`buildId` must be a build ID/],
    ['a batch build ARN', { buildId: 'arn:aws:codebuild:us-east-1:123456789012:build-batch/P1:1234' },
      /`buildId` must be a build ID `<project-name>:<build-id>` or a build ARN, got 'arn:aws:codebuild:us-east-1:123456789012:build-batch\/P1:1234'/],
    ['a build ARN of another service', { buildId: 'arn:aws:codepipeline:us-east-1:123456789012:build/P1:1234' }, /`buildId` must be a build ID/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => stop(props as Partial<CodeBuildStopBuildProps>)).toThrow(message);
  });

  it('fails when a static build ID names another project than `project`', () => {
    expect(() => {
      const stack = new Stack(new App(), 'Stack');
      new CodeBuildStopBuild(stack, 'Stop', { buildId: 'Other:1234', project: makeProject(stack, 'imported') });
    }).toThrow(/`buildId` must name a build of `project` 'Imported', got 'Other:1234' \(of 'Other'\)/);
  });

  it('accepts build IDs and ARNs of every documented shape, and run-time values', () => {
    expect(() => stop({ buildId: 'my_project-2:0a1b2c3d-4e5f-6789-abcd-ef0123456789' })).not.toThrow();
    expect(() => stop({ buildId: 'arn:aws-us-gov:codebuild:us-gov-west-1:123456789012:build/P1:0a1b' })).not.toThrow();
    expect(() => stop({ buildId: sfn.JsonPath.stringAt('$.Build.Id') })).not.toThrow();
    expect(() => stop({ buildId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
    const stack = new Stack(new App(), 'Stack');
    expect(() => new CodeBuildStopBuild(stack, 'Stop', { buildId: 'Imported:1', project: makeProject(stack, 'imported') })).not.toThrow();
  });
});
