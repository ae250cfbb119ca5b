import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
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
  RetryBuildBatchType,
} from '../src';

describe('README examples', () => {
  it('synthesize, one per class', () => {
    const stack = new Stack(new App(), 'Stack');
    const project = new codebuild.Project(stack, 'Project', {
      buildSpec: codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['make'] } } }),
    });
    project.enableBatchBuilds();
    const reportGroup = new codebuild.ReportGroup(stack, 'Reports');

    const build = CodeBuildStartBuild.jsonPath(stack, 'Build', {
      project,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: {
        ZONE: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.zone') },
      },
      sourceVersion: sfn.JsonPath.stringAt('$.commit'),
      buildspecOverride: 'ci/buildspec-release.yml',
      computeTypeOverride: codebuild.ComputeType.LARGE,
      timeoutInMinutesOverride: 90,
      resultPath: '$.started',
    });
    const stop = CodeBuildStopBuild.jsonPath(stack, 'Stop build', {
      buildId: sfn.JsonPath.stringAt('$.started.Build.Id'),
      project,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const reports = CodeBuildBatchGetReports.jsonPath(stack, 'Get reports', {
      reportArns: sfn.JsonPath.listAt('$.build.Build.ReportArns'),
      reportGroup,
      resultPath: '$.reports',
    });
    const cleanUp = CodeBuildBatchDeleteBuilds.jsonPath(stack, 'Delete builds', {
      ids: sfn.JsonPath.listAt('$.Build..Arn'),
      resultPath: sfn.JsonPath.DISCARD,
    });
    const batch = CodeBuildStartBuildBatch.jsonata(stack, 'Build batch', {
      project,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      environmentVariablesOverride: { STAGE: { value: '{% $states.input.stage %}' } },
      buildTimeoutInMinutesOverride: 60,
    });
    const stopBatch = CodeBuildStopBuildBatch.jsonata(stack, 'Stop batch', {
      buildBatchId: '{% $states.input.BuildBatch.Id %}',
    });
    const retry = CodeBuildRetryBuildBatch.jsonPath(stack, 'Retry batch', {
      buildBatchId: sfn.JsonPath.stringAt('$.BuildBatch.Id'),
      retryType: RetryBuildBatchType.RETRY_FAILED_BUILDS,
      idempotencyToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    const deleteBatch = CodeBuildDeleteBuildBatch.jsonPath(stack, 'Delete batch', {
      buildBatchId: 'MyProject:0a1b2c3d-4e5f-6789-abcd-ef0123456789',
    });

    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(
        build.next(stop).next(reports).next(cleanUp).next(batch).next(stopBatch).next(retry).next(deleteBatch),
      ),
    });
    const text = JSON.stringify(Template.fromStack(stack).toJSON());
    for (const resource of ['startBuild.sync', 'stopBuild', 'batchGetReports', 'batchDeleteBuilds', 'startBuildBatch.sync',
      'stopBuildBatch', 'retryBuildBatch.sync', 'deleteBuildBatch']) {
      expect(text).toContain(`:states:::codebuild:${resource}\\"`);
    }
  });
});
