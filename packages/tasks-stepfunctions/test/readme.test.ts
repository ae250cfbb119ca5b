import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { StartExecutionOutputFormat, StepFunctionsInvokeActivity, StepFunctionsStartExecution } from '../src';

describe('README examples', () => {
  it('synthesize', () => {
    const stack = new Stack(new App(), 'Stack');
    const child = new sfn.StateMachine(stack, 'Child', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'P')) });

    const runChild = StepFunctionsStartExecution.jsonata(stack, 'Run child', {
      stateMachine: child,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      input: sfn.TaskInput.fromObject({ orderId: '{% $states.input.orderId %}' }),
      associateWithParent: true,
    });
    const runLegacy = new StepFunctionsStartExecution(stack, 'Run legacy child', {
      stateMachine: child,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING,
    });
    const approve = StepFunctionsStartExecution.jsonPath(stack, 'Approve', {
      stateMachine: child,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      name: sfn.JsonPath.stringAt('$.executionName'),
    });

    const submitJob = new sfn.Activity(stack, 'SubmitJob');
    const submit = StepFunctionsInvokeActivity.jsonPath(stack, 'Submit job', {
      activity: submitJob,
      parameters: { size: sfn.JsonPath.stringAt('$.product.size'), StaticValue: 'foo' },
    });
    const submitJsonata = StepFunctionsInvokeActivity.jsonata(stack, 'Submit job (JSONata)', {
      activity: submitJob,
      arguments: { size: '{% $states.input.product.size %}' },
    });

    new sfn.StateMachine(stack, 'Parent', {
      definitionBody: sfn.DefinitionBody.fromChainable(runChild.next(runLegacy).next(approve).next(submit).next(submitJsonata)),
    });
    const template = Template.fromStack(stack);
    expect(JSON.stringify(template.toJSON())).toContain(':states:::states:startExecution.sync:2');
  });
});
