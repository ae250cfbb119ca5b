import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CodeBuildStopBuildBatch, type CodeBuildStopBuildBatchProps } from '../src';
import { makeProject } from './fixtures';

function stop(props: Partial<CodeBuildStopBuildBatchProps>): CodeBuildStopBuildBatch {
  const stack = new Stack(new App(), 'Stack');
  return new CodeBuildStopBuildBatch(stack, 'Stop', { buildBatchId: 'Imported:1234', ...props });
}

describe('CodeBuildStopBuildBatch validation', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CodeBuildStopBuildBatch at 'Stack\/Stop': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
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
    expect(() => stop(props as Partial<CodeBuildStopBuildBatchProps>)).toThrow(message);
  });

  it('fails when a static batch build ID names another project than `project`', () => {
    expect(() => {
      const stack = new Stack(new App(), 'Stack');
      new CodeBuildStopBuildBatch(stack, 'Stop', { buildBatchId: 'Other:1234', project: makeProject(stack, 'imported') });
    }).toThrow(/`buildBatchId` must name a build of `project` 'Imported', got 'Other:1234' \(of 'Other'\)/);
  });

  it('accepts batch build IDs and ARNs of every documented shape, and run-time values', () => {
    expect(() => stop({ buildBatchId: 'my_project-2:0a1b2c3d-4e5f-6789-abcd-ef0123456789' })).not.toThrow();
    expect(() => stop({ buildBatchId: 'arn:aws-us-gov:codebuild:us-gov-west-1:123456789012:build-batch/P1:0a1b' })).not.toThrow();
    expect(() => stop({ buildBatchId: sfn.JsonPath.stringAt('$.BuildBatch.Id') })).not.toThrow();
    expect(() => stop({ buildBatchId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
    const stack = new Stack(new App(), 'Stack');
    expect(() => new CodeBuildStopBuildBatch(stack, 'Stop', { buildBatchId: 'Imported:1', project: makeProject(stack, 'imported') })).not.toThrow();
  });
});
