import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { BatchSubmitJob } from '../src';

describe('BatchSubmitJob offline (@cdk-stepfunctions/testing)', () => {
  it('runs a job to its end through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const render = new BatchSubmitJob(stack, 'Render', {
      jobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/render:1',
      jobQueueArn: 'arn:aws:batch:us-east-1:123456789012:job-queue/render',
      jobName: 'render',
      payload: sfn.TaskInput.fromObject({ scene: sfn.JsonPath.stringAt('$.scene') }),
      resultSelector: { 'status.$': '$.Status', 'exitCode.$': '$.Container.ExitCode' },
    });

    const run = await runStateMachine(render, {
      input: { scene: 'intro' },
      mocks: [mock(render).returns({
        JobId: 'j-1', JobName: 'render', JobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/render',
        JobDefinition: 'arn:aws:batch:us-east-1:123456789012:job-definition/render:1', Status: 'SUCCEEDED', Container: { ExitCode: 0 },
      })],
    });

    expect(run).toHaveSucceeded({ status: 'SUCCEEDED', exitCode: 0 });
    expect(run).toHaveCalled(render, { JobName: 'render', Parameters: { scene: 'intro' } });
  });
});
