import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CodeBuildBatchDeleteBuilds, type CodeBuildBatchDeleteBuildsProps } from '../src';
import { makeProject } from './fixtures';

function remove(props: Partial<CodeBuildBatchDeleteBuildsProps>): CodeBuildBatchDeleteBuilds {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: ['Imported:1'], ...props });
}

describe('CodeBuildBatchDeleteBuilds validation', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CodeBuildBatchDeleteBuilds at 'Stack\/Delete': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /`integrationPattern` must be one of REQUEST_RESPONSE/],
    ['no IDs', { ids: [] }, /`ids` must have from 1 to 100 items, got 0/],
    ['101 IDs', { ids: Array.from({ length: 101 }, (_, i) => `Imported:${i}`) }, /`ids` must have from 1 to 100 items, got 101/],
    ['an empty ID', { ids: ['Imported:1', ''] }, /`ids\[1\]` must not be empty, got ''/],
    ['a JSONPath entry', { ids: [sfn.JsonPath.stringAt('$.Build.Id')] }, /`ids\[0\]` must not be a JSONPath value/],
    ['a project name', { ids: ['Imported'] }, /`ids` must be a build ID `<project-name>:<build-id>` or a build ARN, got 'Imported'/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => remove(props as Partial<CodeBuildBatchDeleteBuildsProps>)).toThrow(message);
  });

  it('fails when a static ID names another project than `project`', () => {
    expect(() => {
      const stack = new Stack(new App(), 'Stack');
      new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: ['Imported:1', 'Other:2'], project: makeProject(stack, 'imported') });
    }).toThrow(/`ids` must name a build of `project` 'Imported', got 'Other:2' \(of 'Other'\)/);
  });

  it('accepts 100 IDs, build ARNs and a whole list from the state', () => {
    expect(() => remove({ ids: Array.from({ length: 100 }, (_, i) => `Imported:${i}`) })).not.toThrow();
    expect(() => remove({ ids: ['arn:aws:codebuild:us-east-1:123456789012:build/Imported:1'] })).not.toThrow();
    expect(() => remove({ ids: sfn.JsonPath.listAt('$.ids') })).not.toThrow();
  });
});
