import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { MediaConvertCreateJob } from '../src';

describe('MediaConvertCreateJob offline (@cdk-stepfunctions/testing)', () => {
  it('runs a job to its end through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const transcode = MediaConvertCreateJob.jsonPath(stack, 'Transcode', {
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      createJobRequest: {
        Role: 'arn:aws:iam::123456789012:role/MediaConvertRole',
        Settings: { Inputs: [{ FileInput: sfn.JsonPath.stringAt('$.inputFile') }], OutputGroups: [] },
      },
      resultSelector: { 'status.$': '$.Job.Status' },
    });

    const run = await runStateMachine(transcode, { input: { inputFile: 's3://in/a.mov' }, mocks: [mock(transcode).returns({ Job: { Id: 'job-1', Status: 'COMPLETE' } })] });

    expect(run).toHaveSucceeded({ status: 'COMPLETE' });
    expect(run).toHaveCalled(transcode, { Settings: { Inputs: [{ FileInput: 's3://in/a.mov' }] } });
  });
});
