import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import {
  CodeBuildBatchDeleteBuilds,
  CodeBuildBatchGetReports,
  CodeBuildDeleteBuildBatch,
  CodeBuildRetryBuildBatch,
  CodeBuildStartBuild,
  CodeBuildStartBuildBatch,
  CodeBuildStopBuild,
  CodeBuildStopBuildBatch,
} from '../src';
import { makeProject } from './fixtures';

const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;
const REPORT = 'arn:aws:codebuild:us-east-1:123456789012:report/Tests:1';

/** Every task and pattern, with the `Resource` the connect-codebuild page of the Step Functions guide names. */
const tasks: Array<[string, (stack: Stack) => sfn.State]> = [
  ['arn:aws:states:::codebuild:startBuild', (s) => new CodeBuildStartBuild(s, 'T', { project: makeProject(s, 'imported') })],
  ['arn:aws:states:::codebuild:startBuild.sync', (s) => new CodeBuildStartBuild(s, 'T', { project: makeProject(s, 'imported'), integrationPattern: RUN_JOB })],
  ['arn:aws:states:::codebuild:stopBuild', (s) => new CodeBuildStopBuild(s, 'T', { buildId: 'P1:1' })],
  ['arn:aws:states:::codebuild:batchDeleteBuilds', (s) => new CodeBuildBatchDeleteBuilds(s, 'T', { ids: ['P1:1'] })],
  ['arn:aws:states:::codebuild:batchGetReports', (s) => new CodeBuildBatchGetReports(s, 'T', { reportArns: [REPORT] })],
  ['arn:aws:states:::codebuild:startBuildBatch', (s) => new CodeBuildStartBuildBatch(s, 'T', { project: makeProject(s, 'imported') })],
  ['arn:aws:states:::codebuild:startBuildBatch.sync', (s) => new CodeBuildStartBuildBatch(s, 'T', { project: makeProject(s, 'imported'), integrationPattern: RUN_JOB })],
  ['arn:aws:states:::codebuild:stopBuildBatch', (s) => new CodeBuildStopBuildBatch(s, 'T', { buildBatchId: 'P1:1' })],
  ['arn:aws:states:::codebuild:retryBuildBatch', (s) => new CodeBuildRetryBuildBatch(s, 'T', { buildBatchId: 'P1:1' })],
  ['arn:aws:states:::codebuild:retryBuildBatch.sync', (s) => new CodeBuildRetryBuildBatch(s, 'T', { buildBatchId: 'P1:1', integrationPattern: RUN_JOB })],
  ['arn:aws:states:::codebuild:deleteBuildBatch', (s) => new CodeBuildDeleteBuildBatch(s, 'T', { buildBatchId: 'P1:1' })],
];

describe('optimized CodeBuild integrations', () => {
  it.each(tasks)('render %s in the aws partition', (expected, make) => {
    const stack = new Stack(new App(), 'Stack');
    expect(definitionOf(make(stack), { placeholder: 'aws' }).States.T.Resource).toBe(expected);
  });
});
