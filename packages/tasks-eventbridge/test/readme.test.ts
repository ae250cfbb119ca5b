import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { EventBridgePutEvents } from '../src';

describe('README example', () => {
  it('synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');
    const bus = new events.EventBus(stack, 'Orders', { eventBusName: 'orders' });

    const placed = EventBridgePutEvents.jsonata(stack, 'Order placed', {
      entries: [{
        eventBus: bus,
        source: 'com.example.orders',
        detailType: 'OrderPlaced',
        detail: sfn.TaskInput.fromObject({ orderId: '{% $states.input.orderId %}' }),
      }],
    });
    const approval = new EventBridgePutEvents(stack, 'Request approval', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [{
        source: 'com.example.orders',
        detailType: 'ApprovalRequested',
        detail: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, order: sfn.JsonPath.objectAt('$.order') }),
      }],
    });

    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(placed.next(approval)) });
    const template = Template.fromStack(stack);
    expect(JSON.stringify(template.toJSON())).toContain(':states:::events:putEvents.waitForTaskToken');
  });
});
