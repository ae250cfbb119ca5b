import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { CodeBuildStartBuild } from '../src';

describe('CodeBuildStartBuild offline (@cdk-stepfunctions/testing)', () => {
  it('runs a build to its end through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const project = codebuild.Project.fromProjectName(stack, 'Project', 'app');
    const build = CodeBuildStartBuild.jsonPath(stack, 'Build', {
      project,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      sourceVersion: sfn.JsonPath.stringAt('$.commit'),
      resultSelector: { 'status.$': '$.Build.BuildStatus' },
    });

    const run = await runStateMachine(build, { input: { commit: 'abc123' }, mocks: [mock(build).returns({ Build: { Id: 'app:1', BuildStatus: 'SUCCEEDED' } })] });

    expect(run).toHaveSucceeded({ status: 'SUCCEEDED' });
    expect(run).toHaveCalled(build, { ProjectName: 'app', SourceVersion: 'abc123' });
  });
});
