import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActionOnFailure, EmrAddStep, type EmrAddStepProps } from '../src';

const resource = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::elasticmapreduce:addStep${suffix}`]] });
const regional = (service: string, rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:us-east-1:123456789012:${rest}`]] });

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function addStep(props: Partial<EmrAddStepProps> = {}): EmrAddStep {
  return new EmrAddStep(stack, 'Task', { clusterId: 'ClusterId', name: 'StepName', jar: 'Jar', ...props });
}

describe('EmrAddStep', () => {
  it('renders RUN_JOB (addStep.sync) with CONTINUE by default', () => {
    expect(render(addStep())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync'),
      Parameters: { ClusterId: 'ClusterId', Step: { Name: 'StepName', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'Jar' } } },
    });
  });

  it('renders REQUEST_RESPONSE with every prop', () => {
    const task = addStep({
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      actionOnFailure: ActionOnFailure.TERMINATE_CLUSTER,
      mainClass: 'Main',
      args: ['Arg1'],
      properties: { PropertyKey: 'PropertyValue' },
      executionRoleArn: 'arn:aws:iam::123456789012:role/runtime',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(''),
      Parameters: {
        ClusterId: 'ClusterId',
        ExecutionRoleArn: 'arn:aws:iam::123456789012:role/runtime',
        Step: {
          Name: 'StepName',
          ActionOnFailure: 'TERMINATE_CLUSTER',
          HadoopJarStep: { Jar: 'Jar', MainClass: 'Main', Args: ['Arg1'], Properties: [{ Key: 'PropertyKey', Value: 'PropertyValue' }] },
        },
      },
    });
  });

  it('renders JSON path values as .$ fields', () => {
    const task = addStep({ clusterId: sfn.JsonPath.stringAt('$.ClusterId'), name: sfn.JsonPath.stringAt('$.StepName') });
    expect(render(task).Parameters).toEqual({
      'ClusterId.$': '$.ClusterId',
      'Step': { 'Name.$': '$.StepName', 'ActionOnFailure': 'CONTINUE', 'HadoopJarStep': { Jar: 'Jar' } },
    });
  });

  it('renders JSONata Arguments', () => {
    const task = EmrAddStep.jsonata(stack, 'Task', {
      clusterId: '{% $states.input.ClusterId %}', name: 'Step', jar: 'command-runner.jar', args: ['{% $states.input.script %}'],
      actionOnFailure: ActionOnFailure.CANCEL_AND_WAIT,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.sync'),
      Arguments: {
        ClusterId: '{% $states.input.ClusterId %}',
        Step: { Name: 'Step', ActionOnFailure: 'CANCEL_AND_WAIT', HadoopJarStep: { Jar: 'command-runner.jar', Args: ['{% $states.input.script %}'] } },
      },
    });
  });

  it('grants step actions on the account\'s clusters and, for RUN_JOB, the EventBridge rule', () => {
    expect(normalize(statements(addStep()))).toEqual([
      {
        Action: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'],
        Effect: 'Allow',
        Resource: regional('elasticmapreduce', 'cluster/*'),
      },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regional('events', 'rule/StepFunctionsGetEventForEMRAddJobFlowStepsRule'),
      },
    ]);
  });

  it('grants no EventBridge rule for REQUEST_RESPONSE', () => {
    expect(normalize(statements(addStep({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })))).toEqual([{
      Action: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'],
      Effect: 'Allow',
      Resource: regional('elasticmapreduce', 'cluster/*'),
    }]);
  });
});
