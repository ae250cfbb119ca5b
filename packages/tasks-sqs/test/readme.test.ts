import { App, Duration, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { SqsSendMessage } from '../src';

describe('README example', () => {
  it('synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');
    const queue = new sqs.Queue(stack, 'Queue');
    const fifoQueue = new sqs.Queue(stack, 'FifoQueue', { fifo: true });

    const enqueue = SqsSendMessage.jsonPath(stack, 'Enqueue', {
      queue,
      messageBody: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }),
      delay: Duration.minutes(1),
    });
    const enqueueInOrder = SqsSendMessage.jsonata(stack, 'EnqueueInOrder', {
      queue: fifoQueue,
      messageBody: sfn.TaskInput.fromText('{% $string($states.input) %}'),
      messageGroupId: '{% $states.input.customerId %}',
      messageDeduplicationId: '{% $states.context.Execution.Name %}',
    });
    const waitForWorker = new SqsSendMessage(stack, 'WaitForWorker', {
      queue,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, job: sfn.JsonPath.entirePayload }),
    });

    new sfn.StateMachine(stack, 'SM', {
      definitionBody: sfn.DefinitionBody.fromChainable(enqueue.next(enqueueInOrder).next(waitForWorker)),
    });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});
