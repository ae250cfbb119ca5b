import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { ActionOnFailure, EmrAddStep, EmrCancelStep } from '../src';

describe('EMR tasks offline (@cdk-stepfunctions/testing)', () => {
  it('add a step and cancel another through their typed mocks', async () => {
    const stack = new Stack(new App(), 'Stack');
    const addStep = EmrAddStep.jsonPath(stack, 'Aggregate', {
      clusterId: sfn.JsonPath.stringAt('$.clusterId'),
      name: 'Aggregate',
      jar: 'command-runner.jar',
      args: ['spark-submit', 's3://jobs/aggregate.py'],
      actionOnFailure: ActionOnFailure.CONTINUE,
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      resultPath: '$.step',
    });
    const cancel = EmrCancelStep.jsonPath(stack, 'Cancel', {
      clusterId: sfn.JsonPath.stringAt('$.clusterId'),
      stepId: sfn.JsonPath.stringAt('$.step.StepId'),
      resultSelector: { 'status.$': '$.CancelStepsInfoList[0].Status' },
    });

    const run = await runStateMachine(addStep.next(cancel), {
      input: { clusterId: 'j-1ABC' },
      mocks: [mock(addStep).returns({ StepId: 's-1XYZ' }), mock(cancel).returns({ CancelStepsInfoList: [{ StepId: 's-1XYZ', Status: 'SUBMITTED' }] })],
    });

    expect(run).toHaveSucceeded({ status: 'SUBMITTED' });
    expect(run).toHaveCalled(addStep, { ClusterId: 'j-1ABC', Step: { Name: 'Aggregate', HadoopJarStep: { Jar: 'command-runner.jar' } } });
    expect(run).toHaveCalled(cancel, { ClusterId: 'j-1ABC', StepId: 's-1XYZ' });
  });
});
