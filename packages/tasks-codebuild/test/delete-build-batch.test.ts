import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonataProps, commonJsonPathProps, definitionOf, inJsonataParallel, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildStartBuildBatch, CodeBuildDeleteBuildBatch, type CodeBuildDeleteBuildBatchProps } from '../src';
import { makeProject, partitionArn, smStatements as statements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const BATCH_ID = 'MyProject:0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const deleteBatch = (props: Partial<CodeBuildDeleteBuildBatchProps> = {}) => new CodeBuildDeleteBuildBatch(stack, 'Delete', { buildBatchId: BATCH_ID, ...props });

/** The exact resource AWS documents: `arn:aws:states:::codebuild:deleteBuildBatch`. */
const DELETE_BUILD_BATCH = partitionArn(':states:::codebuild:deleteBuildBatch');

describe('CodeBuildDeleteBuildBatch', () => {
  it('renders the deleteBuildBatch state with the batch build ID', () => {
    expect(render(deleteBatch())).toEqual({
      Type: 'Task',
      End: true,
      Resource: DELETE_BUILD_BATCH,
      Parameters: { Id: BATCH_ID },
    });
  });

  it('renders a JSON path batch build ID, such as the one StartBuildBatch returned', () => {
    expect(render(deleteBatch({ buildBatchId: sfn.JsonPath.stringAt('$.BuildBatch.Id') }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: DELETE_BUILD_BATCH,
      Parameters: { 'Id.$': '$.BuildBatch.Id' },
    });
  });

  it('renders the JSONata state', () => {
    const task = CodeBuildDeleteBuildBatch.jsonata(stack, 'Delete', { buildBatchId: '{% $batch.Id %}' });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: DELETE_BUILD_BATCH,
      Arguments: { Id: '{% $batch.Id %}' },
    });
  });

  it('renders every common JSONPath prop', () => {
    const task = CodeBuildDeleteBuildBatch.jsonPath(stack, 'Delete', {
      buildBatchId: BATCH_ID,
      ...commonJsonPathProps(stack, { comment: 'delete', stateName: 'Delete it', resultSelector: { status: sfn.JsonPath.stringAt('$.StatusCode') }, assign: { deleted: true } }),
    });
    expect(render(task)).toMatchObject({
      Comment: 'delete',
      InputPath: '$.in',
      OutputPath: '$.out',
      ResultPath: '$.result',
      ResultSelector: { 'status.$': '$.StatusCode' },
      TimeoutSeconds: 300,
      HeartbeatSeconds: 60,
      Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/cross-account' },
      Assign: { deleted: true },
      Parameters: { Id: BATCH_ID },
    });
  });

  it('renders every common JSONata prop', () => {
    const task = CodeBuildDeleteBuildBatch.jsonata(stack, 'Delete', {
      buildBatchId: BATCH_ID,
      ...commonJsonataProps({ comment: 'delete', outputs: '{% $states.result.BuildsDeleted %}', assign: { deleted: '{% true %}' } }),
    });
    expect(render(task)).toMatchObject({
      QueryLanguage: 'JSONata',
      Comment: 'delete',
      Output: '{% $states.result.BuildsDeleted %}',
      TimeoutSeconds: '{% $states.input.timeout %}',
      HeartbeatSeconds: '{% $states.input.heartbeat %}',
      Assign: { deleted: '{% true %}' },
      Arguments: { Id: BATCH_ID },
    });
  });

  it('deletes the batch build a StartBuildBatch started, in the same state machine', () => {
    const project = makeProject(stack, 'imported');
    const startBatch = new CodeBuildStartBuildBatch(stack, 'Start', { project, resultPath: '$.started' });
    const deleteIt = CodeBuildDeleteBuildBatch.jsonPath(stack, 'Delete', { buildBatchId: sfn.JsonPath.stringAt('$.started.BuildBatch.Id'), project });
    const definition = definitionOf(startBatch.next(deleteIt));
    expect(definition.States.Delete).toEqual({ Type: 'Task', End: true, Resource: 'arn:X:states:::codebuild:deleteBuildBatch', Parameters: { 'Id.$': '$.started.BuildBatch.Id' } });
  });

  it('writes QueryLanguage inside a JSONata Parallel of a JSONPath state machine', () => {
    const definition = definitionOf(inJsonataParallel(stack, deleteBatch()));
    expect(definition.States.Parallel.Branches[0].States.Delete).toMatchObject({ Arguments: { Id: BATCH_ID } });
  });

  describe('permissions', () => {
    it('grants codebuild:DeleteBuildBatch on the project a static batch build ID names', () => {
      expect(statements(deleteBatch())).toEqual([
        { Action: 'codebuild:DeleteBuildBatch', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/MyProject') },
      ]);
    });

    it('grants on the project, region and account of a batch build ARN', () => {
      const task = deleteBatch({ buildBatchId: 'arn:aws-cn:codebuild:cn-north-1:999999999999:build-batch/Remote:0a1b2c3d' });
      expect(statements(task)).toEqual([
        { Action: 'codebuild:DeleteBuildBatch', Effect: 'Allow', Resource: 'arn:aws-cn:codebuild:cn-north-1:999999999999:project/Remote' },
      ]);
    });

    it('grants on every project of the account and region for a run-time batch build ID', () => {
      expect(statements(deleteBatch({ buildBatchId: sfn.JsonPath.stringAt('$.id') }))).toEqual([
        { Action: 'codebuild:DeleteBuildBatch', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/*') },
      ]);
    });

    it('grants on the given project only', () => {
      expect(statements(deleteBatch({ buildBatchId: '{% $states.input.id %}', queryLanguage: sfn.QueryLanguage.JSONATA, project: makeProject(stack, 'otherAccount') }))).toEqual([
        { Action: 'codebuild:DeleteBuildBatch', Effect: 'Allow', Resource: 'arn:aws:codebuild:eu-west-1:999999999999:project/Remote' },
      ]);
    });

    it('grants on an owned project by its ARN', () => {
      const project = makeProject(stack, 'owned');
      expect(statements(deleteBatch({ buildBatchId: 'MyTestProject:1234', project }))).toEqual([
        { Action: 'codebuild:DeleteBuildBatch', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['ProjectC78D97AD', 'Arn'] } },
      ]);
    });
  });
});
