import { App, Stack, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { commonJsonPathProps, definitionOf, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildBatchDeleteBuilds, CodeBuildStopBuild, type CodeBuildBatchDeleteBuildsProps } from '../src';
import { makeProject, partitionArn, smStatements as statements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const IDS = ['ProjectA:0a1b2c3d', 'ProjectB:4e5f6789', 'ProjectA:abcdef01'];
const remove = (props: Partial<CodeBuildBatchDeleteBuildsProps> = {}) => new CodeBuildBatchDeleteBuilds(stack, 'Delete', { ids: IDS, ...props });

/** The exact resource AWS documents: `arn:aws:states:::codebuild:batchDeleteBuilds`. */
const BATCH_DELETE_BUILDS = partitionArn(':states:::codebuild:batchDeleteBuilds');

describe('CodeBuildBatchDeleteBuilds', () => {
  it('renders the batchDeleteBuilds state with the build IDs', () => {
    expect(render(remove())).toEqual({ Type: 'Task', End: true, Resource: BATCH_DELETE_BUILDS, Parameters: { Ids: IDS } });
  });

  it('renders a JSON path list, as the AWS guide turns StartBuild results into Ids.$ with `..`', () => {
    expect(render(remove({ ids: sfn.JsonPath.listAt('$.Build..Arn') }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: BATCH_DELETE_BUILDS,
      Parameters: { 'Ids.$': '$.Build..Arn' },
    });
  });

  it('renders a JSONata list expression and JSONata entries', () => {
    const whole = CodeBuildBatchDeleteBuilds.jsonata(stack, 'Whole', { ids: Token.asList('{% $states.input.builds.Id %}') });
    expect(render(whole)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: BATCH_DELETE_BUILDS,
      Arguments: { Ids: '{% $states.input.builds.Id %}' },
    });
    const entries = CodeBuildBatchDeleteBuilds.jsonata(stack, 'Entries', { ids: ['{% $states.input.a %}', 'P1:1'] });
    expect(render(entries).Arguments).toEqual({ Ids: ['{% $states.input.a %}', 'P1:1'] });
  });

  it('renders every common JSONPath prop', () => {
    const task = CodeBuildBatchDeleteBuilds.jsonPath(stack, 'Delete', {
      ids: IDS,
      ...commonJsonPathProps(stack, { comment: 'clean up', stateName: 'Clean up', resultSelector: { deleted: sfn.JsonPath.stringAt('$.BuildsDeleted') }, assign: {} }),
    });
    expect(render(task)).toMatchObject({ Comment: 'clean up', ResultSelector: { 'deleted.$': '$.BuildsDeleted' }, Parameters: { Ids: IDS } });
  });

  it('deletes a build after stopping it', () => {
    const stopIt = new CodeBuildStopBuild(stack, 'Stop', { buildId: sfn.JsonPath.stringAt('$.Build.Id'), resultPath: sfn.JsonPath.DISCARD });
    const definition = definitionOf(stopIt.next(remove({ ids: sfn.JsonPath.listAt('$.Build..Id') })));
    expect(definition.States.Delete.Parameters).toEqual({ 'Ids.$': '$.Build..Id' });
  });

  describe('permissions', () => {
    it('grants codebuild:BatchDeleteBuilds on each project the static IDs name, once', () => {
      expect(statements(remove())).toEqual([{
        Action: 'codebuild:BatchDeleteBuilds',
        Effect: 'Allow',
        Resource: [
          partitionArn(':codebuild:us-east-1:123456789012:project/ProjectA'),
          partitionArn(':codebuild:us-east-1:123456789012:project/ProjectB'),
        ],
      }]);
    });

    it('grants on every project of the account and region when an ID is only known at run time', () => {
      const jsonata = CodeBuildBatchDeleteBuilds.jsonata(stack, 'Mixed', { ids: ['ProjectA:1', '{% $states.input.id %}'] });
      expect(statements(jsonata)).toEqual([
        { Action: 'codebuild:BatchDeleteBuilds', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/*') },
      ]);
    });

    it('grants on every project of the account and region for a JSON path list', () => {
      expect(statements(CodeBuildBatchDeleteBuilds.jsonPath(stack, 'Whole', { ids: sfn.JsonPath.listAt('$.ids') }))).toEqual([
        { Action: 'codebuild:BatchDeleteBuilds', Effect: 'Allow', Resource: partitionArn(':codebuild:us-east-1:123456789012:project/*') },
      ]);
    });

    it('grants on the given project only', () => {
      const task = remove({ ids: sfn.JsonPath.listAt('$.ids'), project: makeProject(stack, 'imported') });
      expect(statements(task)).toEqual([
        { Action: 'codebuild:BatchDeleteBuilds', Effect: 'Allow', Resource: 'arn:aws:codebuild:us-east-1:123456789012:project/Imported' },
      ]);
    });
  });
});
