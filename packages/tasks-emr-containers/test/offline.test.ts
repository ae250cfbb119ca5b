import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { EksClusterInput, EmrContainersCreateVirtualCluster, EmrContainersDeleteVirtualCluster } from '../src';

describe('EMR on EKS tasks offline (@cdk-stepfunctions/testing)', () => {
  it('create and delete a virtual cluster through their typed mocks', async () => {
    const stack = new Stack(new App(), 'Stack');
    const create = new EmrContainersCreateVirtualCluster(stack, 'Create', {
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.clusterName')),
      eksNamespace: 'spark',
      virtualClusterName: 'analytics',
      resultPath: '$.virtualCluster',
    });
    const remove = new EmrContainersDeleteVirtualCluster(stack, 'Delete', {
      virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.virtualCluster.Id'),
      resultPath: sfn.JsonPath.DISCARD,
    });

    const run = await runStateMachine(create.next(remove), {
      input: { clusterName: 'eks-1' },
      mocks: [mock(create).returns({ Id: 'vc-1', Name: 'analytics' }), mock(remove).returns({ Id: 'vc-1' })],
    });

    expect(run).toHaveSucceeded({ clusterName: 'eks-1', virtualCluster: { Id: 'vc-1', Name: 'analytics' } });
    expect(run).toHaveCalled(create, { Name: 'analytics', ContainerProvider: { Id: 'eks-1', Info: { EksInfo: { Namespace: 'spark' } }, Type: 'EKS' } });
    expect(run).toHaveCalled(remove, { Id: 'vc-1' });
  });
});
