import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as sns from 'aws-cdk-lib/aws-sns';
import { SnsPublish } from '../src';

describe('SnsPublish offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock and waits for a task token', async () => {
    const stack = new Stack(new App(), 'Stack');
    const topic = new sns.Topic(stack, 'Topic', { topicName: 'orders' });
    const notify = SnsPublish.jsonPath(stack, 'Notify', { topic, message: sfn.TaskInput.fromJsonPathAt('$.orderId'), subject: 'Order', resultPath: '$.notified' });
    const approve = new SnsPublish(stack, 'Approve', {
      topic,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      resultPath: '$.approval',
    });

    const run = await runStateMachine(notify.next(approve), {
      input: { orderId: 'o1' },
      mocks: [mock(notify).returns({ MessageId: 'm-1' }), mock(approve).sendsTaskSuccess({ approved: true })],
    });

    expect(run).toHaveSucceeded({ orderId: 'o1', notified: { MessageId: 'm-1' }, approval: { approved: true } });
    expect(run).toHaveCalled(notify, { TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'o1', Subject: 'Order' });
    expect(run.calls('Approve')[0].input).toEqual({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: { token: run.calls('Approve')[0].taskToken } });
  });
});
