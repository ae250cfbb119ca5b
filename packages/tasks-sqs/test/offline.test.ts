import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { SqsSendMessage } from '../src';

describe('SqsSendMessage offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock, completed with the body digest AWS returns', async () => {
    const stack = new Stack(new App(), 'Stack');
    const queue = new sqs.Queue(stack, 'Queue', { queueName: 'jobs' });
    const enqueue = SqsSendMessage.jsonata(stack, 'Enqueue', {
      queue,
      messageBody: sfn.TaskInput.fromText('{% $states.input.orderId %}'),
      outputs: '{% { "orderId": $states.input.orderId, "messageId": $states.result.MessageId, "md5": $states.result.MD5OfMessageBody } %}',
    });

    const run = await runStateMachine(enqueue, { input: { orderId: 'o1' }, mocks: [mock(enqueue).returns({ MessageId: 'msg-1' })] });

    // MD5 of 'o1', as SQS computes it.
    expect(run).toHaveSucceeded({ orderId: 'o1', messageId: 'msg-1', md5: 'f1584b995a4770986ad75bb8d29e9734' });
    expect(run).toHaveCalled(enqueue, { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageBody: 'o1' });
  });
});
