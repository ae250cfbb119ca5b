import { App, Stack, Token } from 'aws-cdk-lib/core';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionText, inMap, render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeBuildStartBuild, type CodeBuildStartBuildProps } from '../src';
import { makeProject, partitionArn, resource, smStatements as statements, type ProjectKind } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function start(props: Partial<CodeBuildStartBuildProps> = {}, kind: ProjectKind = 'owned') {
  return new CodeBuildStartBuild(stack, 'Build', { project: makeProject(stack, kind), ...props });
}

const PROJECT = { Ref: 'ProjectC78D97AD' };
const PROJECT_ARN = { 'Fn::GetAtt': ['ProjectC78D97AD', 'Arn'] };
const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;

describe('CodeBuildStartBuild', () => {
  it('renders the request-response state with the project name by default', () => {
    expect(render(start())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('startBuild'),
      Parameters: { ProjectName: PROJECT },
    });
  });

  it('renders RUN_JOB as startBuild.sync', () => {
    expect(render(start({ integrationPattern: RUN_JOB }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('startBuild.sync'),
      Parameters: { ProjectName: PROJECT },
    });
  });

  it('renders environment variable overrides, plain text unless typed', () => {
    const task = start({
      integrationPattern: RUN_JOB,
      environmentVariablesOverride: {
        env: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: 'prod' },
        STAGE: { value: 'beta' },
        TOKEN: { type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/ci/token' },
      },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('startBuild.sync'),
      Parameters: {
        ProjectName: PROJECT,
        EnvironmentVariablesOverride: [
          { Name: 'env', Type: 'PLAINTEXT', Value: 'prod' },
          { Name: 'STAGE', Type: 'PLAINTEXT', Value: 'beta' },
          { Name: 'TOKEN', Type: 'PARAMETER_STORE', Value: '/ci/token' },
        ],
      },
    });
  });

  it('renders a JSON path value as Value.$', () => {
    const task = start({
      environmentVariablesOverride: { ZONE: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: sfn.JsonPath.stringAt('$.envVariables.zone') } },
    });
    expect(render(task).Parameters.EnvironmentVariablesOverride).toEqual([{ 'Name': 'ZONE', 'Type': 'PLAINTEXT', 'Value.$': '$.envVariables.zone' }]);
  });

  it('renders the JSONata state with Arguments', () => {
    const task = CodeBuildStartBuild.jsonata(stack, 'Build', {
      project: makeProject(stack, 'owned'),
      integrationPattern: RUN_JOB,
      environmentVariablesOverride: { env: { type: codebuild.BuildEnvironmentVariableType.PLAINTEXT, value: '{% $states.input.env %}' } },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('startBuild.sync'),
      Arguments: {
        ProjectName: PROJECT,
        EnvironmentVariablesOverride: [{ Name: 'env', Type: 'PLAINTEXT', Value: '{% $states.input.env %}' }],
      },
    });
  });

  it('renders every new override after the reference fields (JSONPath)', () => {
    const task = start({
      environmentVariablesOverride: { A: { value: 'a' } },
      buildspecOverride: 'ci/buildspec-release.yml',
      sourceVersion: 'refs/heads/main',
      timeoutInMinutesOverride: 90,
      queuedTimeoutInMinutesOverride: 30,
      computeTypeOverride: codebuild.ComputeType.LARGE,
      imageOverride: 'aws/codebuild/standard:7.0',
      environmentTypeOverride: 'ARM_CONTAINER',
    });
    expect(render(task).Parameters).toEqual({
      ProjectName: PROJECT,
      EnvironmentVariablesOverride: [{ Name: 'A', Type: 'PLAINTEXT', Value: 'a' }],
      TimeoutInMinutesOverride: 90,
      BuildspecOverride: 'ci/buildspec-release.yml',
      SourceVersion: 'refs/heads/main',
      QueuedTimeoutInMinutesOverride: 30,
      ComputeTypeOverride: 'BUILD_GENERAL1_LARGE',
      ImageOverride: 'aws/codebuild/standard:7.0',
      EnvironmentTypeOverride: 'ARM_CONTAINER',
    });
  });

  it('renders an inline buildspec from a BuildSpec object', () => {
    const spec = codebuild.BuildSpec.fromObjectToYaml({ version: '0.2', phases: { build: { commands: ['make test'] } } });
    const task = start({ buildspecOverride: spec.toBuildSpec() });
    expect(render(task).Parameters.BuildspecOverride).toBe('version: "0.2"\nphases:\n  build:\n    commands:\n      - make test\n');
  });

  it('renders JSON path overrides as .$ fields', () => {
    const task = start({
      buildspecOverride: sfn.JsonPath.stringAt('$.buildspec'),
      sourceVersion: sfn.JsonPath.stringAt('$.commit'),
      timeoutInMinutesOverride: sfn.JsonPath.numberAt('$.timeout'),
      queuedTimeoutInMinutesOverride: sfn.JsonPath.numberAt('$.queued'),
      computeTypeOverride: sfn.JsonPath.stringAt('$.compute'),
      imageOverride: sfn.JsonPath.format('{}:latest', sfn.JsonPath.stringAt('$.repo')),
      environmentTypeOverride: sfn.JsonPath.stringAt('$.envType'),
    });
    expect(render(task).Parameters).toEqual({
      'ProjectName': PROJECT,
      'BuildspecOverride.$': '$.buildspec',
      'SourceVersion.$': '$.commit',
      'TimeoutInMinutesOverride.$': '$.timeout',
      'QueuedTimeoutInMinutesOverride.$': '$.queued',
      'ComputeTypeOverride.$': '$.compute',
      'ImageOverride.$': "States.Format('{}:latest', $.repo)",
      'EnvironmentTypeOverride.$': '$.envType',
    });
  });

  it('renders JSONata overrides as they are', () => {
    const task = CodeBuildStartBuild.jsonata(stack, 'Build', {
      project: makeProject(stack, 'imported'),
      sourceVersion: '{% $states.input.commit %}',
      timeoutInMinutesOverride: Token.asNumber('{% $states.input.timeout %}'),
      imageOverride: '{% $states.input.image %}',
    });
    expect(render(task).Arguments).toEqual({
      ProjectName: 'Imported',
      SourceVersion: '{% $states.input.commit %}',
      TimeoutInMinutesOverride: '{% $states.input.timeout %}',
      ImageOverride: '{% $states.input.image %}',
    });
  });

  it('names an imported project by the name in its ARN', () => {
    expect(render(start({}, 'imported')).Parameters).toEqual({ ProjectName: 'Imported' });
  });

  it('follows the JSONata query language of a Map it is in', () => {
    const definition = definitionText(inMap(stack, start()), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition).toContain('\\"Arguments\\":{\\"ProjectName\\":\\"');
    expect(definition).not.toContain('\\"Parameters\\"');
  });

  it('reports metrics of the project', () => {
    const task = start({}, 'imported');
    expect(stack.resolve(task.metricFailed().dimensions)).toEqual({
      ProjectArn: 'arn:aws:codebuild:us-east-1:123456789012:project/Imported',
    });
    expect(task.metricFailed().metricName).toBe('CodeBuildProjectsFailed');
  });

  describe('permissions', () => {
    it('grants only codebuild:StartBuild on the project for REQUEST_RESPONSE', () => {
      expect(statements(start())).toEqual([{ Action: 'codebuild:StartBuild', Effect: 'Allow', Resource: PROJECT_ARN }]);
    });

    it('grants StartBuild, StopBuild and BatchGetBuilds plus the managed rule for RUN_JOB, not BatchGetReports', () => {
      expect(statements(start({ integrationPattern: RUN_JOB }))).toEqual([
        { Action: ['codebuild:StartBuild', 'codebuild:StopBuild', 'codebuild:BatchGetBuilds'], Effect: 'Allow', Resource: PROJECT_ARN },
        {
          Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
          Effect: 'Allow',
          Resource: partitionArn(':events:us-east-1:123456789012:rule/StepFunctionsGetEventForCodeBuildStartBuildRule'),
        },
      ]);
    });

    it('grants on an imported project by its ARN', () => {
      expect(statements(start({}, 'otherAccount'))).toEqual([
        { Action: 'codebuild:StartBuild', Effect: 'Allow', Resource: 'arn:aws:codebuild:eu-west-1:999999999999:project/Remote' },
      ]);
    });

    it('grants nothing more for the new overrides', () => {
      const task = start({ imageOverride: 'aws/codebuild/standard:7.0', buildspecOverride: 'x.yml', timeoutInMinutesOverride: 60 });
      expect(statements(task)).toEqual([{ Action: 'codebuild:StartBuild', Effect: 'Allow', Resource: PROJECT_ARN }]);
    });
  });
});

describe('CodeBuildStartBuild query languages', () => {
  it('rejects a jsonPath() task in a JSONata state machine, which AWS runs only in JSONata', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = CodeBuildStartBuild.jsonPath(stack, 'Build', { project: makeProject(stack, 'imported') });
    expect(() => new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(task),
      queryLanguage: sfn.QueryLanguage.JSONATA,
    }).node.findAll()).toThrow(/CodeBuildStartBuild at 'Stack\/Build': `queryLanguage` must be JSONata/);
  });

  it('writes QueryLanguage on a jsonata() task in a JSONPath state machine', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = CodeBuildStartBuild.jsonata(stack, 'Build', { project: makeProject(stack, 'imported') });
    expect(definitionText(inMap(stack, task))).toContain('\\"QueryLanguage\\":\\"JSONata\\"');
  });
});
