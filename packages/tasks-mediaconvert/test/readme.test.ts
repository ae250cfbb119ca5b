import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { templateStatements } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { MediaConvertCreateJob } from '../src';

describe('README example', () => {
  it('synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');
    const jobRole: iam.IRole = new iam.Role(stack, 'JobRole', { assumedBy: new iam.ServicePrincipal('mediaconvert.amazonaws.com') });

    const transcode = MediaConvertCreateJob.jsonPath(stack, 'Transcode', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      createJobRequest: {
        Role: jobRole.roleArn,
        JobTemplate: 'System-Generic_Hd_Mp4_Avc_Aac_16x9_1920x1080p_24Hz_6Mbps',
        Settings: {
          Inputs: [{ FileInput: sfn.JsonPath.stringAt('$.inputFile') }],
          OutputGroups: [{
            OutputGroupSettings: {
              Type: 'FILE_GROUP_SETTINGS',
              FileGroupSettings: { Destination: 's3://amzn-s3-demo-destination-bucket/' },
            },
          }],
        },
        Priority: 10,
        UserMetadata: { execution: sfn.JsonPath.stringAt('$$.Execution.Id') },
      },
    });

    const transcodeJsonata = MediaConvertCreateJob.jsonata(stack, 'TranscodeJsonata', {
      createJobRequest: {
        Role: 'arn:aws:iam::123456789012:role/MediaConvertRole',
        Settings: '{% $states.input.settings %}',
        StatusUpdateInterval: 'SECONDS_60',
      },
    });

    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(transcode.next(transcodeJsonata)) });
    const passRoles = templateStatements(Template.fromStack(stack)).filter((s) => (s as { Action: unknown }).Action === 'iam:PassRole');
    expect(passRoles.map((s) => (s as { Resource: unknown }).Resource)).toEqual([
      { 'Fn::GetAtt': ['JobRole014917C6', 'Arn'] },
      'arn:aws:iam::123456789012:role/MediaConvertRole',
    ]);
  });
});
