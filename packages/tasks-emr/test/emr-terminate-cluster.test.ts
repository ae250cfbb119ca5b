import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrTerminateCluster } from '../src';

const resource = (suffix: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::elasticmapreduce:terminateCluster${suffix}`]] });
const regional = (service: string, rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:us-east-1:123456789012:${rest}`]] });

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

describe('EmrTerminateCluster', () => {
  it('renders RUN_JOB (terminateCluster.sync) by default', () => {
    expect(render(new EmrTerminateCluster(stack, 'Task', { clusterId: 'ClusterId' }))).toEqual({
      Type: 'Task', End: true, Resource: resource('.sync'), Parameters: { ClusterId: 'ClusterId' },
    });
  });

  it('renders REQUEST_RESPONSE with a JSON path cluster ID', () => {
    const task = new EmrTerminateCluster(stack, 'Task', {
      clusterId: sfn.TaskInput.fromJsonPathAt('$.ClusterId').value, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    expect(render(task)).toEqual({ Type: 'Task', End: true, Resource: resource(''), Parameters: { 'ClusterId.$': '$.ClusterId' } });
  });

  it('renders JSONata Arguments', () => {
    const task = EmrTerminateCluster.jsonata(stack, 'Task', { clusterId: '{% $states.input.ClusterId %}' });
    expect(render(task)).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: resource('.sync'), Arguments: { ClusterId: '{% $states.input.ClusterId %}' },
    });
  });

  it('grants describe and terminate on the account\'s clusters and, for RUN_JOB, the EventBridge rule', () => {
    expect(normalize(statements(new EmrTerminateCluster(stack, 'Task', { clusterId: 'ClusterId' })))).toEqual([
      { Action: ['elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'], Effect: 'Allow', Resource: regional('elasticmapreduce', 'cluster/*') },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regional('events', 'rule/StepFunctionsGetEventForEMRTerminateJobFlowsRule'),
      },
    ]);
  });

  it('grants no EventBridge rule for REQUEST_RESPONSE', () => {
    const task = new EmrTerminateCluster(stack, 'Task', { clusterId: 'ClusterId', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(JSON.stringify(statements(task))).not.toContain('events:');
  });

  it('fails on WAIT_FOR_TASK_TOKEN, as the reference does', () => {
    const props = { clusterId: 'c', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    expect(() => new reference.EmrTerminateCluster(stack, 'Ref', props)).toThrow();
    expect(() => new EmrTerminateCluster(stack, 'Task', props))
      .toThrow(/^EmrTerminateCluster at 'Stack\/Task': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/);
  });

  it.each([
    ['an empty cluster ID', '', /`clusterId` must be from 1 to 256 characters long, got 0 characters/],
    ['a cluster ID over 256 characters', 'j'.repeat(257), /`clusterId` must be from 1 to 256 characters long, got 257 characters/],
  ])('fails on %s', (_name, clusterId, message) => {
    expect(() => new EmrTerminateCluster(stack, 'Task', { clusterId })).toThrow(message);
  });
});
