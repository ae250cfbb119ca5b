/**
 * The order workflow (src/order-workflow.ts) run offline: every Task answered by a typed mock, waits and retries on a
 * virtual clock. The package README of @cdk-stepfunctions/testing walks through these tests.
 */
import { App, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine, StrictModeError } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { OrderWorkflow, type Order } from '../src/order-workflow';

// One app for the file: a run reads the state machine, it never changes it.
const workflow = new OrderWorkflow(new Stack(new App(), 'OrderWorkflow'), 'Orders');
const { stateMachine, validateOrder, reserveItem, chargeCard, notifyCustomer, saveOrder, waitForWarehouse, sendReceipt } = workflow;

const order: Order = {
  orderId: 'o-1',
  customerEmail: 'ana@example.com',
  items: [{ sku: 'book', quantity: 2, price: 12 }, { sku: 'pen', quantity: 1, price: 3 }],
};

/** The mocks of a run that goes all the way, each step replaceable. */
function happyMocks(replace: { charge?: ReturnType<typeof mock<typeof chargeCard>>; warehouse?: ReturnType<typeof mock<typeof waitForWarehouse>> } = {}) {
  return [
    mock(validateOrder).returns({ Payload: { valid: true, total: 27 } }),
    mock(reserveItem).returns({}),
    replace.charge ?? mock(chargeCard).returns({ Payload: { chargeId: 'ch_o-1' } }),
    mock(saveOrder).returns({}),
    replace.warehouse ?? mock(waitForWarehouse).sendsTaskSuccess({ carrier: 'UPS', trackingId: '1Z999' }, { delaySeconds: 3 * 3600 }),
    mock(sendReceipt).returns({ MessageId: 'receipt-1' }),
  ];
}

describe('the order workflow, offline', () => {
  it('places an order: the happy path', async () => {
    const run = await runStateMachine(stateMachine, { input: order, mocks: happyMocks() });

    expect(run).toHaveSucceeded();
    expect(run).toHaveVisited('Validate order', 'Reserve items', 'Charge card', 'Save order', 'Wait for warehouse', 'Send receipt', 'Order placed');
    expect(run.output).toMatchObject({
      orderId: 'o-1',
      validation: { valid: true, total: 27 },
      payment: { chargeId: 'ch_o-1' },
      shipment: { carrier: 'UPS', trackingId: '1Z999' },
      receiptId: 'receipt-1',
    });
    // What the tasks sent: the charge for the validated total, the order saved as paid.
    expect(run).toHaveCalled(chargeCard, { Payload: { orderId: 'o-1', amount: 27 } });
    expect(run).toHaveCalled(saveOrder, { Item: { orderId: { S: 'o-1' }, chargeId: { S: 'ch_o-1' }, status: { S: 'PAID' } } });
    // The warehouse waited three hours of virtual time, which cost the test nothing.
    expect(run.elapsedSeconds).toBe(3 * 3600);
  });

  it('rejects an invalid order at the Choice', async () => {
    const run = await runStateMachine(stateMachine, {
      input: { ...order, items: [] },
      mocks: [mock(validateOrder).returns({ Payload: { valid: false, total: 0 } })],
    });
    expect(run).toHaveFailedWith('Order.Invalid');
    expect(run).toHaveVisited('Valid?', 'Rejected');
    expect(run).not.toHaveVisited('Charge card');
  });

  it('retries the charge when the payment service times out', async () => {
    const run = await runStateMachine(stateMachine, {
      input: order,
      mocks: happyMocks({ charge: mock(chargeCard).throws('Payment.Timeout', 'no answer in 10 s').times(2).then.returns({ Payload: { chargeId: 'ch_o-1' } }) }),
    });
    expect(run).toHaveSucceeded();
    expect(run.calls('Charge card').map((call) => call.attempt)).toEqual([1, 2, 3]);
    // Retry: 5 s, then 5 × 2 s, before the warehouse's three hours.
    expect(run.elapsedSeconds).toBe(5 + 10 + 3 * 3600);
  });

  it('catches a declined card: the customer is told and the order fails', async () => {
    const run = await runStateMachine(stateMachine, {
      input: order,
      mocks: [
        mock(validateOrder).returns({ Payload: { valid: true, total: 27 } }),
        mock(reserveItem).returns({}),
        mock(chargeCard).throws('Card.Declined', 'insufficient funds'),
        mock(notifyCustomer).returns({ MessageId: 'm-declined' }),
      ],
    });
    expect(run).toHaveFailedWith('Order.PaymentDeclined');
    expect(run).toHaveVisited('Charge card', 'Notify customer', 'Payment declined');
    expect(run).toHaveCalled(notifyCustomer, { Message: 'Your card was declined for order o-1: insufficient funds' });
    expect(run).not.toHaveCalled(saveOrder);
  });

  it('reserves every item in the Map, and fails the order when one is out of stock', async () => {
    const run = await runStateMachine(stateMachine, { input: order, mocks: happyMocks() });
    expect(run.calls('Reserve item')).toHaveLength(2);
    expect(run).toHaveCalled(reserveItem, {
      Key: { sku: { S: 'pen' } },
      ExpressionAttributeValues: { ':quantity': { N: '1' } },
      ConditionExpression: 'available >= :quantity',
    });

    // Map items take the mock's responses in item order: the second item's condition fails.
    const outOfStock = await runStateMachine(stateMachine, {
      input: order,
      mocks: [
        mock(validateOrder).returns({ Payload: { valid: true, total: 27 } }),
        mock(reserveItem).returns({}).then.throws('DynamoDB.ConditionalCheckFailedException', 'The conditional request failed'),
      ],
    });
    expect(outOfStock).toHaveFailedWith('Order.OutOfStock', 'An item is not available');
    expect(outOfStock).toHaveVisited('Reserve items', 'Out of stock');
  });

  it('waits for the warehouse with a task token, and times out after a day without an answer', async () => {
    const run = await runStateMachine(stateMachine, { input: order, mocks: happyMocks() });
    const [call] = run.calls('Wait for warehouse');
    // The token reached the queue message, where the warehouse reads it to call SendTaskSuccess.
    expect(call.input).toMatchObject({ MessageBody: { orderId: 'o-1', taskToken: call.taskToken } });

    const late = await runStateMachine(stateMachine, {
      input: order,
      mocks: happyMocks({ warehouse: mock(waitForWarehouse).sendsTaskSuccess({ carrier: 'UPS' }, { delaySeconds: 2 * 86400 }) }).slice(0, 5),
    });
    expect(late).toHaveFailedWith('States.Timeout');
    expect(late.elapsedSeconds).toBe(86400);
  });

  it('writes the receipt with JSONata over the whole order', async () => {
    const run = await runStateMachine(stateMachine, { input: order, mocks: happyMocks() });
    expect(run).toHaveCalled(sendReceipt, { Subject: 'Your order has shipped', Message: 'Order o-1 shipped with UPS: 27 EUR' });
    // `outputs` merged the published message's ID into the order.
    expect(run.output).toMatchObject({ receiptId: 'receipt-1' });
  });

  it('is strict: a task without a mock fails the run, a mock the run never uses fails the test', async () => {
    const missing = await runStateMachine(stateMachine, { input: order, mocks: happyMocks().filter((m) => m.stateName !== 'Save order') });
    expect(missing).toHaveFailedWith('Testing.MockMissing', "Task state 'Save order' has no mock");

    await expect(runStateMachine(stateMachine, { input: { ...order, items: [] }, mocks: happyMocks() }))
      .rejects.toThrow(StrictModeError);
  });

  it('answers every task with a realistic default when strict mode is off', async () => {
    const run = await runStateMachine(stateMachine, {
      input: order,
      strict: false,
      mocks: [mock(validateOrder).returns({ Payload: { valid: true, total: 27 } }), mock(chargeCard).returns({ Payload: { chargeId: 'ch_1' } })],
    });
    // The warehouse's default answer is an empty shipment, so the receipt names no carrier.
    expect(run).toHaveSucceeded();
    expect(run.output).toMatchObject({ receiptId: expect.stringMatching(/^[0-9a-f-]{36}$/), shipment: {} });
  });
});
