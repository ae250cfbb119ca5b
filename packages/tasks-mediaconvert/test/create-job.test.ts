import { App, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inMap, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { MediaConvertCreateJob, type MediaConvertCreateJobProps } from '../src';
import { ROLE_ARN, SETTINGS, resource } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function createJob(props: Partial<MediaConvertCreateJobProps> = {}): MediaConvertCreateJob {
  return new MediaConvertCreateJob(stack, 'CreateJob', { createJobRequest: { Role: ROLE_ARN, Settings: SETTINGS }, ...props });
}

const PASS_ROLE = (resource: unknown) => ({
  Action: 'iam:PassRole',
  Effect: 'Allow',
  Resource: resource,
  Condition: { StringLike: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } },
});
const CREATE_JOB = { Action: 'mediaconvert:CreateJob', Effect: 'Allow', Resource: '*' };
const SYNC_STATEMENTS = [
  { Action: ['mediaconvert:GetJob', 'mediaconvert:CancelJob'], Effect: 'Allow', Resource: '*' },
  {
    Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
    Effect: 'Allow',
    Resource: {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':events:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' },
        ':rule/StepFunctionsGetEventsForMediaConvertJobRule']],
    },
  },
];

describe('MediaConvertCreateJob', () => {
  it('renders the REQUEST_RESPONSE state', () => {
    expect(render(createJob())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(),
      Parameters: { Role: ROLE_ARN, Settings: { OutputGroups: [], Inputs: [] } },
    });
  });

  it('renders the RUN_JOB state', () => {
    expect(render(createJob({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync'),
      Parameters: { Role: ROLE_ARN, Settings: { OutputGroups: [], Inputs: [] } },
    });
  });

  it('renders JSON paths as .$ fields, given as tokens or as .$ keys', () => {
    const task = createJob({
      createJobRequest: {
        'Role.$': '$.roleArn',
        'Settings': { Inputs: [{ FileInput: sfn.JsonPath.stringAt('$.input') }], OutputGroups: [] },
        'Queue': sfn.JsonPath.stringAt('$.queue'),
        'UserMetadata': { execution: sfn.JsonPath.stringAt('$$.Execution.Id') },
      },
    });
    expect(render(task).Parameters).toEqual({
      'Role.$': '$.roleArn',
      'Settings': { Inputs: [{ 'FileInput.$': '$.input' }], OutputGroups: [] },
      'Queue.$': '$.queue',
      'UserMetadata': { 'execution.$': '$$.Execution.Id' },
    });
  });

  it('renders the JSONata state', () => {
    const task = MediaConvertCreateJob.jsonata(stack, 'CreateJob', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      createJobRequest: { Role: ROLE_ARN, Settings: '{% $states.input.settings %}', Priority: 10 },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.sync'),
      Arguments: { Role: ROLE_ARN, Settings: '{% $states.input.settings %}', Priority: 10 },
    });
  });

  it('follows a JSONata state machine when nested in a Map', () => {
    const definition = definitionOf(inMap(stack, createJob()), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition.States.Map.ItemProcessor.States.CreateJob.Arguments).toEqual({ Role: ROLE_ARN, Settings: SETTINGS });
  });

  describe('IAM', () => {
    it('grants passing the request\'s role to MediaConvert and mediaconvert:CreateJob', () => {
      expect(statements(createJob())).toEqual([PASS_ROLE(ROLE_ARN), CREATE_JOB]);
    });

    it('adds reading and cancelling the job and the EventBridge managed rule for RUN_JOB', () => {
      expect(normalize(statements(createJob({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))))
        .toEqual(normalize([PASS_ROLE(ROLE_ARN), CREATE_JOB, ...SYNC_STATEMENTS]));
    });

    it('grants passing an owned role by its ARN', () => {
      const role = new iam.Role(stack, 'JobRole', { assumedBy: new iam.ServicePrincipal('mediaconvert.amazonaws.com') });
      const task = createJob({ createJobRequest: { Role: role.roleArn, Settings: SETTINGS } });
      expect(statements(task)).toContainEqual(PASS_ROLE({ 'Fn::GetAtt': ['JobRole014917C6', 'Arn'] }));
    });

    it.each([
      ['a JSON path token', { Role: sfn.JsonPath.stringAt('$.roleArn'), Settings: SETTINGS }],
      ['a .$ key', { 'Role.$': '$.roleArn', 'Settings': SETTINGS }],
    ])('grants passing any role, only to MediaConvert, for a role read at run time from %s', (_name, createJobRequest) => {
      expect(statements(createJob({ createJobRequest }))).toEqual([PASS_ROLE('*'), CREATE_JOB]);
    });

    it('grants passing any role, only to MediaConvert, for a role from a JSONata expression', () => {
      const task = MediaConvertCreateJob.jsonata(stack, 'CreateJob', { createJobRequest: { Role: '{% $states.input.role %}', Settings: SETTINGS } });
      expect(statements(task)).toEqual([PASS_ROLE('*'), CREATE_JOB]);
    });
  });
});
