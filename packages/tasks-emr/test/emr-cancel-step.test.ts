import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrCancelStep } from '../src';

const resource = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::elasticmapreduce:cancelStep']] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

describe('EmrCancelStep', () => {
  it('renders the request-response state', () => {
    expect(render(new EmrCancelStep(stack, 'Task', { clusterId: 'ClusterId', stepId: 'StepId' }))).toEqual({
      Type: 'Task', End: true, Resource: resource, Parameters: { ClusterId: 'ClusterId', StepId: 'StepId' },
    });
  });

  it('renders JSON path values as .$ fields', () => {
    const task = new EmrCancelStep(stack, 'Task', { clusterId: 'ClusterId', stepId: sfn.TaskInput.fromJsonPathAt('$.StepId').value });
    expect(render(task).Parameters).toEqual({ 'ClusterId': 'ClusterId', 'StepId.$': '$.StepId' });
  });

  it('renders JSONata Arguments', () => {
    const task = EmrCancelStep.jsonata(stack, 'Task', { clusterId: '{% $states.input.c %}', stepId: '{% $states.input.s %}' });
    expect(render(task)).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: resource, Arguments: { ClusterId: '{% $states.input.c %}', StepId: '{% $states.input.s %}' },
    });
  });

  it('grants CancelSteps on the account\'s clusters', () => {
    expect(normalize(statements(new EmrCancelStep(stack, 'Task', { clusterId: 'c', stepId: 's' })))).toEqual([{
      Action: 'elasticmapreduce:CancelSteps',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':elasticmapreduce:us-east-1:123456789012:cluster/*']] },
    }]);
  });

  it.each([
    ['an empty cluster ID', { clusterId: '' }, /`clusterId` must be from 1 to 256 characters long, got 0 characters/],
    ['an empty step ID', { stepId: '' }, /`stepId` must be from 1 to 256 characters long, got 0 characters/],
    ['a step ID over 256 characters', { stepId: 's'.repeat(257) }, /`stepId` must be from 1 to 256 characters long/],
  ])('fails on %s', (_name, props, message) => {
    expect(() => new EmrCancelStep(stack, 'Task', { clusterId: 'c', stepId: 's', ...props })).toThrow(message);
  });
});
