import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { StepFunctionsInvokeActivity, StepFunctionsStartExecution } from '../src';

describe('StepFunctionsStartExecution offline (@cdk-stepfunctions/testing)', () => {
  it('runs a child through its typed mock (.sync:2: the child as DescribeExecution describes it), then an activity', async () => {
    const stack = new Stack(new App(), 'Stack');
    const child = sfn.StateMachine.fromStateMachineName(stack, 'Child', 'child');
    const runChild = StepFunctionsStartExecution.jsonata(stack, 'Run child', {
      stateMachine: child,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      input: sfn.TaskInput.fromObject({ orderId: '{% $states.input.orderId %}' }),
      outputs: '{% $states.result.Output %}',
    });
    const activity = StepFunctionsInvokeActivity.jsonata(stack, 'Ship', { activity: new sfn.Activity(stack, 'Shipping') });

    const run = await runStateMachine(runChild.next(activity), {
      input: { orderId: 'o1' },
      queryLanguage: sfn.QueryLanguage.JSONATA,
      mocks: [
        mock(runChild).returns({ ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:child:e1', StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child', Name: 'e1', Status: 'SUCCEEDED', StartDate: 0, Output: { charged: true } }),
        mock(activity).returns({ shipped: true }),
      ],
    });

    expect(run).toHaveSucceeded({ shipped: true });
    expect(run).toHaveCalled(runChild, { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child', Input: { orderId: 'o1' } });
    expect(run).toHaveCalled(activity, { charged: true });
  });
});
