/**
 * The examples of the @cdk-stepfunctions/testing README that use the task packages (the package's own tests cannot
 * depend on them): the first example as the README shows it, and the failure message it shows.
 */
import { App, Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import { SnsPublish } from '@cdk-stepfunctions/tasks-sns';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest'; // the matchers
import { describe, expect, it } from 'vitest';

describe('@cdk-stepfunctions/testing README', () => {
  it('charges the card, retrying when the payment service times out', async () => {
    const stack = new Stack(new App(), 'Orders');
    const payments = lambda.Function.fromFunctionName(stack, 'Payments', 'payments');
    const charge = new LambdaInvoke(stack, 'Charge card', { lambdaFunction: payments, resultPath: '$.payment' });
    charge.addRetry({ errors: ['Payment.Timeout'] });
    const publish = new SnsPublish(stack, 'Publish', {
      topic: new sns.Topic(stack, 'Orders'),
      message: sfn.TaskInput.fromJsonPathAt("States.Format('order {}', $.orderId)"),
      resultPath: sfn.JsonPath.DISCARD,
    });
    const stateMachine = new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(charge.next(publish)),
    });

    const run = await runStateMachine(stateMachine, {
      input: { orderId: 'o1' },
      mocks: [
        mock(charge).throws('Payment.Timeout').then.returns({ Payload: { ok: true } }),
        mock(publish).returns({ MessageId: 'm-1' }),
      ],
    });

    expect(run).toHaveSucceeded();
    expect(run).toHaveVisited('Charge card', 'Publish');
    expect(run).toHaveCalled(publish, { Message: 'order o1' });
    expect(run.output).toMatchObject({ payment: { Payload: { ok: true }, StatusCode: 200 } });
  });

  it('shows a failure as the README shows it', async () => {
    const stack = new Stack(new App(), 'Orders');
    const charge = new LambdaInvoke(stack, 'Charge card', { lambdaFunction: lambda.Function.fromFunctionName(stack, 'Charge', 'charge') });
    const run = await runStateMachine(charge, { input: { orderId: 'o1' }, mocks: [mock(charge).throws('Card.Declined', 'insufficient funds')] });
    let message = '';
    try {
      expect(run).toHaveSucceeded();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain([
      'Expected the run to succeed, but it failed with Card.Declined: insufficient funds',
      '',
      'FAILED with Card.Declined: insufficient funds (after 0 s of virtual time)',
      'Path (1 state): Charge card',
      'Calls (1):',
      '  Charge card #1 ← {"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:charge","Payload":{"orderId":"o1"}} → threw Card.Declined: insufficient funds',
      'Last 6 of 6 events:',
      '    1 ExecutionStarted               {"orderId":"o1"}',
      '    2 TaskStateEntered  Charge card  {"orderId":"o1"}',
      '    3 TaskScheduled     Charge card  {"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:charge","Payload":{"orderId":"o1"}}',
      '    4 TaskStarted       Charge card',
      '    5 TaskFailed        Charge card  Card.Declined: insufficient funds',
      '    6 ExecutionFailed                Card.Declined: insufficient funds',
    ].join('\n'));
  });
});
