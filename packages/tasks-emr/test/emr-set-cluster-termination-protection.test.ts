import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrSetClusterTerminationProtection } from '../src';

const resource = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::elasticmapreduce:setClusterTerminationProtection']] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

describe('EmrSetClusterTerminationProtection', () => {
  it('renders the request-response state', () => {
    expect(render(new EmrSetClusterTerminationProtection(stack, 'Task', { clusterId: 'ClusterId', terminationProtected: false }))).toEqual({
      Type: 'Task', End: true, Resource: resource, Parameters: { ClusterId: 'ClusterId', TerminationProtected: false },
    });
  });

  it('renders JSON path values as .$ fields', () => {
    const task = new EmrSetClusterTerminationProtection(stack, 'Task', {
      clusterId: sfn.TaskInput.fromJsonPathAt('$.ClusterId').value,
      terminationProtected: sfn.TaskInput.fromJsonPathAt('$.TerminationProtected').value as unknown as boolean,
    });
    expect(render(task).Parameters).toEqual({ 'ClusterId.$': '$.ClusterId', 'TerminationProtected.$': '$.TerminationProtected' });
  });

  it('renders JSONata Arguments', () => {
    const task = EmrSetClusterTerminationProtection.jsonata(stack, 'Task', { clusterId: 'ClusterId', terminationProtected: true });
    expect(render(task)).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: resource, Arguments: { ClusterId: 'ClusterId', TerminationProtected: true },
    });
  });

  it('grants SetTerminationProtection on the account\'s clusters', () => {
    expect(normalize(statements(new EmrSetClusterTerminationProtection(stack, 'Task', { clusterId: 'c', terminationProtected: true })))).toEqual([{
      Action: 'elasticmapreduce:SetTerminationProtection',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':elasticmapreduce:us-east-1:123456789012:cluster/*']] },
    }]);
  });

  it.each([
    ['an empty cluster ID', '', /`clusterId` must be from 1 to 256 characters long, got 0 characters/],
    ['a cluster ID over 256 characters', 'j'.repeat(257), /`clusterId` must be from 1 to 256 characters long/],
  ])('fails on %s', (_name, clusterId, message) => {
    expect(() => new EmrSetClusterTerminationProtection(stack, 'Task', { clusterId, terminationProtected: true })).toThrow(message);
  });
});
