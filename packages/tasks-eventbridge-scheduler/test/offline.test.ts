import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { EventBridgeSchedulerCreateScheduleTask, EventBridgeSchedulerTarget, Schedule } from '../src';

describe('EventBridgeSchedulerCreateScheduleTask offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const queue = new sqs.Queue(stack, 'Queue');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    const remind = EventBridgeSchedulerCreateScheduleTask.jsonata(stack, 'Remind me', {
      scheduleName: '{% "reminder-" & $states.input.id %}',
      schedule: Schedule.rate(Duration.hours(1)),
      target: new EventBridgeSchedulerTarget({ arn: queue.queueArn, role }),
      outputs: '{% $states.result.ScheduleArn %}',
    });

    const run = await runStateMachine(remind, {
      input: { id: 'r1' },
      queryLanguage: sfn.QueryLanguage.JSONATA,
      mocks: [mock(remind).returns({ ScheduleArn: 'arn:aws:scheduler:us-east-1:123456789012:schedule/default/reminder-r1' })],
    });

    expect(run).toHaveSucceeded('arn:aws:scheduler:us-east-1:123456789012:schedule/default/reminder-r1');
    expect(run).toHaveCalled(remind, { Name: 'reminder-r1' });
  });
});
