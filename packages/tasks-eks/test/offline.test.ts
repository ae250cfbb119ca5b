import { App, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as eks from 'aws-cdk-lib/aws-eks';
import { EksCall, HttpMethods } from '../src';

describe('EksCall offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock', async () => {
    const stack = new Stack(new App(), 'Stack');
    const cluster = eks.Cluster.fromClusterAttributes(stack, 'Cluster', {
      clusterName: 'my-cluster',
      clusterEndpoint: 'https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com',
      clusterCertificateAuthorityData: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t',
    });
    const listPods = EksCall.jsonPath(stack, 'List pods', {
      cluster,
      httpMethod: HttpMethods.GET,
      httpPath: '/api/v1/namespaces/default/pods',
      resultSelector: { 'pods.$': '$.ResponseBody.items[*].metadata.name' },
    });

    const run = await runStateMachine(listPods, {
      mocks: [mock(listPods).returns({ ResponseBody: { items: [{ metadata: { name: 'pi-1' } }] }, StatusCode: 200, StatusText: 'OK' })],
    });

    expect(run).toHaveSucceeded({ pods: ['pi-1'] });
    expect(run).toHaveCalled(listPods, { ClusterName: 'my-cluster', Method: 'GET', Path: '/api/v1/namespaces/default/pods' });
  });
});
