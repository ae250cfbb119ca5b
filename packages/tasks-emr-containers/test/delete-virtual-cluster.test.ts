import { Fn, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrContainersDeleteVirtualCluster, type EmrContainersDeleteVirtualClusterProps } from '../src';
import { integrationResource, newStack, partitionArn, virtualClusterArn } from './fixtures';

const VIRTUAL_CLUSTER_ID = 'x01f27i9a7cv1td52keaktr6j';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

function remove(props: Partial<EmrContainersDeleteVirtualClusterProps> = {}): EmrContainersDeleteVirtualCluster {
  return new EmrContainersDeleteVirtualCluster(stack, 'Delete', {
    virtualClusterId: sfn.TaskInput.fromText(VIRTUAL_CLUSTER_ID),
    ...props,
  });
}

describe('EmrContainersDeleteVirtualCluster', () => {
  it('renders the request-response state by default', () => {
    expect(render(remove())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('deleteVirtualCluster'),
      Parameters: { Id: VIRTUAL_CLUSTER_ID },
    });
  });

  it('renders RUN_JOB as deleteVirtualCluster.sync', () => {
    expect(render(remove({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('deleteVirtualCluster.sync'),
      Parameters: { Id: VIRTUAL_CLUSTER_ID },
    });
  });

  it('renders a JSON path ID', () => {
    expect(render(remove({ virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId') })).Parameters)
      .toEqual({ 'Id.$': '$.VirtualClusterId' });
  });

  it('renders the JSONata state', () => {
    const task = EmrContainersDeleteVirtualCluster.jsonata(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromText('{% $states.input.VirtualClusterId %}'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource('deleteVirtualCluster.sync'),
      Arguments: { Id: '{% $states.input.VirtualClusterId %}' },
    });
  });

  it('grants DeleteVirtualCluster on the virtual cluster', () => {
    expect(normalize(statements(remove()))).toEqual([
      { Action: 'emr-containers:DeleteVirtualCluster', Effect: 'Allow', Resource: virtualClusterArn(VIRTUAL_CLUSTER_ID) },
    ]);
  });

  it('grants DescribeVirtualCluster too for RUN_JOB', () => {
    expect(normalize(statements(remove({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([{
      Action: ['emr-containers:DeleteVirtualCluster', 'emr-containers:DescribeVirtualCluster'],
      Effect: 'Allow',
      Resource: virtualClusterArn(VIRTUAL_CLUSTER_ID),
    }]);
  });

  it('grants on every virtual cluster when the ID is known only at run time', () => {
    for (const [virtualClusterId, queryLanguage] of [
      [sfn.TaskInput.fromJsonPathAt('$.ClusterId'), sfn.QueryLanguage.JSON_PATH],
      [sfn.TaskInput.fromText('{% $states.input.id %}'), sfn.QueryLanguage.JSONATA],
    ] as const) {
      stack = newStack();
      const task = remove({ virtualClusterId, queryLanguage, integrationPattern: sfn.IntegrationPattern.RUN_JOB });
      expect(normalize(statements(task)))
        .toEqual([expect.objectContaining({ Resource: virtualClusterArn('*') })]);
    }
  });

  it('writes every ARN in the stack partition', () => {
    stack = newStack({ env: { account: '123456789012', region: 'cn-north-1' } });
    const task = remove({ integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(JSON.stringify([render(task), statements(task)])).not.toMatch(/arn:aws/);
  });

  it('grants on the virtual cluster of a token ID', () => {
    const task = remove({ virtualClusterId: sfn.TaskInput.fromText(Fn.importValue('VirtualClusterId')) });
    expect(normalize(statements(task))).toEqual([expect.objectContaining({
      Resource: partitionArn([':emr-containers:us-east-1:123456789012:/virtualclusters/', { 'Fn::ImportValue': 'VirtualClusterId' }]),
    })]);
  });
});
