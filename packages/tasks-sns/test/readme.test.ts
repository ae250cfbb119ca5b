import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { MessageAttributeDataType, SnsPublish } from '../src';

describe('README example', () => {
  it('synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');
    const topic = new sns.Topic(stack, 'Topic');
    const fifoTopic = new sns.Topic(stack, 'FifoTopic', { fifo: true });

    const notify = SnsPublish.jsonPath(stack, 'Notify', {
      topic,
      message: sfn.TaskInput.fromJsonPathAt('$.message'),
      subject: 'Order update',
      messageAttributes: {
        orderId: { value: sfn.JsonPath.stringAt('$.orderId') },
        items: { value: 3 },
        tags: { value: ['new', 'priority'], dataType: MessageAttributeDataType.STRING_ARRAY },
      },
    });
    const publishInOrder = SnsPublish.jsonata(stack, 'PublishInOrder', {
      topic: fifoTopic,
      message: sfn.TaskInput.fromText('{% $string($states.input) %}'),
      messageGroupId: '{% $states.input.customerId %}',
      messageDeduplicationId: '{% $states.context.Execution.Name %}',
    });
    const approve = new SnsPublish(stack, 'Approve', {
      topic,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, order: sfn.JsonPath.entirePayload }),
    });

    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(notify.next(publishInOrder).next(approve)) });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});
