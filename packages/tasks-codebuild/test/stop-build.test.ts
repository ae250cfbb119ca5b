import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, commonJsonPathProps, definitionOf, inJsonataParallel, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildStartBuild, CodeBuildStopBuild, type CodeBuildStopBuildProps } from '../src';
import { makeProject, partitionArn, smStatements as statements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const BUILD_ID = 'MyProject:0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const stop = (props: Partial<CodeBuildStopBuildProps> = {}) => new CodeBuildStopBuild(stack, 'Stop', { buildId: BUILD_ID, ...props });

/** The exact resource AWS documents: `arn:aws:states:::codebuild:stopBuild`. */
const STOP_BUILD = partitionArn(':states:::codebuild:stopBuild');

describe('CodeBuildStopBuild', () => {
  it('renders the stopBuild state with the build ID', () => {
    expect(render(stop())).toEqual({
      Type: 'Task',
      End: true,
      Resource: STOP_BUILD,
      Parameters: { Id: BUILD_ID },
    });
  });

  it('renders a JSON path build ID, such as the one StartBuild returned', () => {
    expect(render(stop({ buildId: sfn.JsonPath.stringAt('$.Build.Id') }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: STOP_BUILD,
      Parameters: { 'Id.$': '$.Build.Id' },
    });
  });

  it('renders the JSONata state', () => {
    const task = CodeBuildStopBuild.jsonata(stack, 'Stop', { buildId: '{% $build.Id %}' });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: STOP_BUILD,
      Arguments: { Id: '{% $build.Id %}' },
    });
  });

  it('renders every common JSONPath prop', () => {
    const task = CodeBuildStopBuild.jsonPath(stack, 'Stop', {
      buildId: BUILD_ID,
      ...commonJsonPathProps(stack, { comment: 'stop', stateName: 'Stop it', resultSelector: { status: sfn.JsonPath.stringAt('$.Build.BuildStatus') }, assign: { stopped: true } }),
    });
    expect(render(task)).toMatchObject({
      Comment: 'stop',
      InputPath: '$.in',
      OutputPath: '$.out',
      ResultPath: '$.result',
      ResultSelector: { 'status.$': '$.Build.BuildStatus' },
      TimeoutSeconds: 300,
      HeartbeatSeconds: 60,
      Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/cross-account' },
      Assign: { stopped: true },
      Parameters: { Id: BUILD_ID },
    });
  });

  it('renders every common JSONata prop', () => {
    const task = CodeBuildStopBuild.jsonata(stack, 'Stop', {
      buildId: BUILD_ID,
      ...commonJsonataProps({ comment: 'stop', outputs: '{% $states.result.Build %}', assign: { stopped: '{% true %}' } }),
    });
    expect(render(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Comment: 'stop',
      Output: '{% $states.result.Build %}',
      TimeoutSeconds: '{% $states.input.timeout %}',
      HeartbeatSeconds: '{% $states.input.heartbeat %}',
      Assign: { stopped: '{% true %}' },
      Arguments: { Id: BUILD_ID },
    });
  });

  it('stops the build a RUN_JOB StartBuild started, in the same state machine', () => {
    const project = makeProject(stack, 'imported');
    const startBuild = new CodeBuildStartBuild(stack, 'Start', { project, resultPath: '$.started' });
    const stopIt = CodeBuildStopBuild.jsonPath(stack, 'Stop', { buildId: sfn.JsonPath.stringAt('$.started.Build.Id'), project });
    const definition = definitionOf(startBuild.next(stopIt));
    expect(definition.States.Stop).toEqual({ Type: 'Task', End: true, Resource: 'arn:X:states:::codebuild:stopBuild', Parameters: { 'Id.$': '$.started.Build.Id' } });
  });

  it('writes QueryLanguage inside a JSONata Parallel of a JSONPath state machine', () => {
    const definition = definitionOf(inJsonataParallel(stack, stop()));
    expect(definition.States.Parallel.Branches[0].States.Stop).toMatchObject({ Arguments: { Id: BUILD_ID } });
  });

  describe('permissions', () => {
    it('grants codebuild:StopBuild on the project a static build ID names', () => {
      expect(statements(stop())).toEqual([
        { Action: 'codebuild:StopBuild', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/MyProject') },
      ]);
    });

    it('grants on the project, region and account of a build ARN', () => {
      const task = stop({ buildId: 'arn:aws-cn:codebuild:cn-north-1:999999999999:build/Remote:0a1b2c3d' });
      expect(statements(task)).toEqual([
        { Action: 'codebuild:StopBuild', Effect: 'Allow', Resource: 'arn:aws-cn:codebuild:cn-north-1:999999999999:project/Remote' },
      ]);
    });

    it('grants on every project of the account and region for a run-time build ID', () => {
      expect(statements(stop({ buildId: sfn.JsonPath.stringAt('$.id') }))).toEqual([
        { Action: 'codebuild:StopBuild', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/*') },
      ]);
    });

    it('grants on the given project only', () => {
      expect(statements(stop({ buildId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA, project: makeProject(stack, 'otherAccount') }))).toEqual([
        { Action: 'codebuild:StopBuild', Effect: 'Allow', Resource: 'arn:aws:codebuild:eu-west-1:999999999999:project/Remote' },
      ]);
    });

    it('grants on an owned project by its ARN', () => {
      const project = makeProject(stack, 'owned');
      expect(statements(stop({ buildId: 'MyTestProject:1234', project }))).toEqual([
        { Action: 'codebuild:StopBuild', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['ProjectC78D97AD', 'Arn'] } },
      ]);
    });
  });
});
