import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as events from 'aws-cdk-lib/aws-events';
import { EventBridgePutEvents } from '../src';

describe('EventBridgePutEvents offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const bus = new events.EventBus(stack, 'Bus', { eventBusName: 'orders' });
    const placed = EventBridgePutEvents.jsonPath(stack, 'Order placed', {
      entries: [{ eventBus: bus, source: 'com.example.orders', detailType: 'OrderPlaced', detail: sfn.TaskInput.fromObject({ orderId: sfn.JsonPath.stringAt('$.orderId') }) }],
      resultSelector: { 'eventId.$': '$.Entries[0].EventId', 'failed.$': '$.FailedEntryCount' },
    });

    const run = await runStateMachine(placed, { input: { orderId: 'o1' }, mocks: [mock(placed).returns({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 })] });

    expect(run).toHaveSucceeded({ eventId: 'e-1', failed: 0 });
    expect(run).toHaveCalled(placed, { Entries: [{ EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/orders', Source: 'com.example.orders', DetailType: 'OrderPlaced', Detail: { orderId: 'o1' } }] });
  });
});
