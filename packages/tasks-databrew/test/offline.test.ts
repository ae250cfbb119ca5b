import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { GlueDataBrewStartJobRun } from '../src';

describe('GlueDataBrewStartJobRun offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const profile = new GlueDataBrewStartJobRun(stack, 'Profile', { name: 'orders-profile', integrationPattern: sfn.IntegrationPattern.RUN_JOB, outputPath: '$.State' });

    const run = await runStateMachine(profile, { mocks: [mock(profile).returns({ RunId: 'db_1', State: 'SUCCEEDED' })] });

    expect(run).toHaveSucceeded('SUCCEEDED');
    expect(run).toHaveCalled(profile, { Name: 'orders-profile' });
  });
});
