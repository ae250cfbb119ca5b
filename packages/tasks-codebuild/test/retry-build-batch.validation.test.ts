import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CodeBuildRetryBuildBatch, type CodeBuildRetryBuildBatchProps } from '../src';
import { makeProject } from './fixtures';

function retry(props: Partial<CodeBuildRetryBuildBatchProps>): CodeBuildRetryBuildBatch {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildRetryBuildBatch(stack, 'Retry', { buildBatchId: 'Imported:1234', ...props });
}

describe('CodeBuildRetryBuildBatch validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
      /CodeBuildRetryBuildBatch at 'Stack\/Retry': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
    ['an empty batch build ID', { buildBatchId: '' }, /`buildBatchId` must not be empty, got ''/],
    ['a build ID in a project name', { buildBatchId: 'Imported' },
      /`buildBatchId` must be a batch build ID `<project-name>:<batch-id>` or a batch build ARN, got 'Imported'/],
    ['a build ARN', { buildBatchId: 'arn:aws:codebuild:us-east-1:123456789012:build/Imported:1' }, /`buildBatchId` must be a batch build ID/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => retry(props as Partial<CodeBuildRetryBuildBatchProps>)).toThrow(message);
  });

  it('fails when a static batch build ID names another project than `project`', () => {
    expect(() => {
      const stack = new Stack(new App(), 'Stack');
      new CodeBuildRetryBuildBatch(stack, 'Retry', { buildBatchId: 'Other:1', project: makeProject(stack, 'imported') });
    }).toThrow(/`buildBatchId` must name a build of `project` 'Imported', got 'Other:1' \(of 'Other'\)/);
  });

  it('accepts both supported patterns and a batch build ARN', () => {
    expect(() => retry({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).not.toThrow();
    expect(() => retry({ buildBatchId: 'arn:aws:codebuild:eu-west-1:123456789012:build-batch/Imported:1' })).not.toThrow();
  });
});
