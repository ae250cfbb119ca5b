import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CodeBuildDeleteBuildBatch, type CodeBuildDeleteBuildBatchProps } from '../src';
import { makeProject } from './fixtures';

function deleteBatch(props: Partial<CodeBuildDeleteBuildBatchProps>): CodeBuildDeleteBuildBatch {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildDeleteBuildBatch(stack, 'Delete', { buildBatchId: 'Imported:1234', ...props });
}

describe('CodeBuildDeleteBuildBatch validation', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CodeBuildDeleteBuildBatch at 'Stack\/Delete': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
      /`integrationPattern` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ['an empty batch build ID', { buildBatchId: '' }, /`buildBatchId` must not be empty, got ''/],
    ['a blank batch build ID', { buildBatchId: '  ' }, /`buildBatchId` must not be empty, got ' {2}'/],
    ['a project name for a batch build ID', { buildBatchId: 'MyProject' },
      /`buildBatchId` must be a batch build ID `<project-name>:<batch-id>` or a batch build ARN, got 'MyProject'/],
    ['a batch build ID with a one-letter project', { buildBatchId: 'p:1234' }, /`buildBatchId` must be a batch build ID/],
    ['a build ARN', { buildBatchId: 'arn:aws:codebuild:us-east-1:123456789012:build/P1:1234' },
      /`buildBatchId` must be a batch build ID `<project-name>:<batch-id>` or a batch build ARN, got 'arn:aws:codebuild:us-east-1:123456789012:build\/P1:1234'/],
    ['an ARN of another service', { buildBatchId: 'arn:aws:codepipeline:us-east-1:123456789012:build-batch/P1:1234' }, /`buildBatchId` must be a batch build ID/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(() => deleteBatch(props as Partial<CodeBuildDeleteBuildBatchProps>)).toThrow(message);
  });

  it('fails when a static batch build ID names another project than `project`', () => {
    expect(() => {
      const stack = new Stack(new App(), 'Stack');
      new CodeBuildDeleteBuildBatch(stack, 'Delete', { buildBatchId: 'Other:1234', project: makeProject(stack, 'imported') });
    }).toThrow(/`buildBatchId` must name a build of `project` 'Imported', got 'Other:1234' \(of 'Other'\)/);
  });

  it('accepts batch build IDs and ARNs of every documented shape, and run-time values', () => {
    expect(() => deleteBatch({ buildBatchId: 'my_project-2:0a1b2c3d-4e5f-6789-abcd-ef0123456789' })).not.toThrow();
    expect(() => deleteBatch({ buildBatchId: 'arn:aws-us-gov:codebuild:us-gov-west-1:123456789012:build-batch/P1:0a1b' })).not.toThrow();
    expect(() => deleteBatch({ buildBatchId: sfn.JsonPath.stringAt('$.BuildBatch.Id') })).not.toThrow();
    expect(() => deleteBatch({ buildBatchId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
    const stack = new Stack(new App(), 'Stack');
    expect(() => new CodeBuildDeleteBuildBatch(stack, 'Delete', { buildBatchId: 'Imported:1', project: makeProject(stack, 'imported') })).not.toThrow();
  });
});
