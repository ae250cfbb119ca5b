import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { EmrServerlessCancelJobRun, EmrServerlessStartApplication } from '../src';

describe('EMR Serverless tasks offline (@cdk-stepfunctions/testing)', () => {
  it('start an application and cancel a job run through their typed mocks', async () => {
    const stack = new Stack(new App(), 'Stack');
    const start = EmrServerlessStartApplication.jsonPath(stack, 'Start', {
      applicationId: sfn.JsonPath.stringAt('$.applicationId'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const cancel = EmrServerlessCancelJobRun.jsonPath(stack, 'Cancel', {
      applicationId: sfn.JsonPath.stringAt('$.applicationId'),
      jobRunId: sfn.JsonPath.stringAt('$.jobRunId'),
    });

    const run = await runStateMachine(start.next(cancel), {
      input: { applicationId: 'app-1', jobRunId: 'jr-1' },
      mocks: [mock(start).returns({}), mock(cancel).returns({ ApplicationId: 'app-1', JobRunId: 'jr-1' })],
    });

    expect(run).toHaveSucceeded({ ApplicationId: 'app-1', JobRunId: 'jr-1' });
    expect(run).toHaveCalled(start, { ApplicationId: 'app-1' });
    expect(run).toHaveCalled(cancel, { ApplicationId: 'app-1', JobRunId: 'jr-1' });
  });
});
