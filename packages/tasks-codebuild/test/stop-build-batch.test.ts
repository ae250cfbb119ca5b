import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, commonJsonPathProps, definitionOf, inJsonataParallel, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildStartBuildBatch, CodeBuildStopBuildBatch, type CodeBuildStopBuildBatchProps } from '../src';
import { makeProject, partitionArn, smStatements as statements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const BATCH_ID = 'MyProject:0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const stop = (props: Partial<CodeBuildStopBuildBatchProps> = {}) => new CodeBuildStopBuildBatch(stack, 'Stop', { buildBatchId: BATCH_ID, ...props });

/** The exact resource AWS documents: `arn:aws:states:::codebuild:stopBuildBatch`. */
const STOP_BUILD_BATCH = partitionArn(':states:::codebuild:stopBuildBatch');

describe('CodeBuildStopBuildBatch', () => {
  it('renders the stopBuildBatch state with the batch build ID', () => {
    expect(render(stop())).toEqual({
      Type: 'Task',
      End: true,
      Resource: STOP_BUILD_BATCH,
      Parameters: { Id: BATCH_ID },
    });
  });

  it('renders a JSON path batch build ID, such as the one StartBuildBatch returned', () => {
    expect(render(stop({ buildBatchId: sfn.JsonPath.stringAt('$.BuildBatch.Id') }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: STOP_BUILD_BATCH,
      Parameters: { 'Id.$': '$.BuildBatch.Id' },
    });
  });

  it('renders the JSONata state', () => {
    const task = CodeBuildStopBuildBatch.jsonata(stack, 'Stop', { buildBatchId: '{% $batch.Id %}' });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: STOP_BUILD_BATCH,
      Arguments: { Id: '{% $batch.Id %}' },
    });
  });

  it('renders every common JSONPath prop', () => {
    const task = CodeBuildStopBuildBatch.jsonPath(stack, 'Stop', {
      buildBatchId: BATCH_ID,
      ...commonJsonPathProps(stack, { comment: 'stop', stateName: 'Stop it', resultSelector: { status: sfn.JsonPath.stringAt('$.BuildBatch.BuildBatchStatus') }, assign: { stopped: true } }),
    });
    expect(render(task)).toMatchObject({
      Comment: 'stop',
      InputPath: '$.in',
      OutputPath: '$.out',
      ResultPath: '$.result',
      ResultSelector: { 'status.$': '$.BuildBatch.BuildBatchStatus' },
      TimeoutSeconds: 300,
      HeartbeatSeconds: 60,
      Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/cross-account' },
      Assign: { stopped: true },
      Parameters: { Id: BATCH_ID },
    });
  });

  it('renders every common JSONata prop', () => {
    const task = CodeBuildStopBuildBatch.jsonata(stack, 'Stop', {
      buildBatchId: BATCH_ID,
      ...commonJsonataProps({ comment: 'stop', outputs: '{% $states.result.BuildBatch %}', assign: { stopped: '{% true %}' } }),
    });
    expect(render(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Comment: 'stop',
      Output: '{% $states.result.BuildBatch %}',
      TimeoutSeconds: '{% $states.input.timeout %}',
      HeartbeatSeconds: '{% $states.input.heartbeat %}',
      Assign: { stopped: '{% true %}' },
      Arguments: { Id: BATCH_ID },
    });
  });

  it('stops the batch build a StartBuildBatch started, in the same state machine', () => {
    const project = makeProject(stack, 'imported');
    const startBatch = new CodeBuildStartBuildBatch(stack, 'Start', { project, resultPath: '$.started' });
    const stopIt = CodeBuildStopBuildBatch.jsonPath(stack, 'Stop', { buildBatchId: sfn.JsonPath.stringAt('$.started.BuildBatch.Id'), project });
    const definition = definitionOf(startBatch.next(stopIt));
    expect(definition.States.Stop).toEqual({ Type: 'Task', End: true, Resource: 'arn:X:states:::codebuild:stopBuildBatch', Parameters: { 'Id.$': '$.started.BuildBatch.Id' } });
  });

  it('writes QueryLanguage inside a JSONata Parallel of a JSONPath state machine', () => {
    const definition = definitionOf(inJsonataParallel(stack, stop()));
    expect(definition.States.Parallel.Branches[0].States.Stop).toMatchObject({ Arguments: { Id: BATCH_ID } });
  });

  describe('permissions', () => {
    it('grants codebuild:StopBuildBatch on the project a static batch build ID names', () => {
      expect(statements(stop())).toEqual([
        { Action: 'codebuild:StopBuildBatch', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/MyProject') },
      ]);
    });

    it('grants on the project, region and account of a batch build ARN', () => {
      const task = stop({ buildBatchId: 'arn:aws-cn:codebuild:cn-north-1:999999999999:build-batch/Remote:0a1b2c3d' });
      expect(statements(task)).toEqual([
        { Action: 'codebuild:StopBuildBatch', Effect: 'Allow', Resource: 'arn:aws-cn:codebuild:cn-north-1:999999999999:project/Remote' },
      ]);
    });

    it('grants on every project of the account and region for a run-time batch build ID', () => {
      expect(statements(stop({ buildBatchId: sfn.JsonPath.stringAt('$.id') }))).toEqual([
        { Action: 'codebuild:StopBuildBatch', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/*') },
      ]);
    });

    it('grants on the given project only', () => {
      expect(statements(stop({ buildBatchId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA, project: makeProject(stack, 'otherAccount') }))).toEqual([
        { Action: 'codebuild:StopBuildBatch', Effect: 'Allow', Resource: 'arn:aws:codebuild:eu-west-1:999999999999:project/Remote' },
      ]);
    });

    it('grants on an owned project by its ARN', () => {
      const project = makeProject(stack, 'owned');
      expect(statements(stop({ buildBatchId: 'MyTestProject:1234', project }))).toEqual([
        { Action: 'codebuild:StopBuildBatch', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['ProjectC78D97AD', 'Arn'] } },
      ]);
    });
  });
});
