import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksCall, type EksCallProps, HttpMethods } from '../src';
import { IMPORTED_CA, IMPORTED_ENDPOINT, type ClusterKind, eksResource, makeCluster } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function call(props: Partial<EksCallProps> = {}, cluster: ClusterKind = 'imported'): EksCall {
  return new EksCall(stack, 'Call', {
    cluster: makeCluster(stack, cluster), httpMethod: HttpMethods.GET, httpPath: '/api/v1/namespaces/default/pods', ...props,
  });
}

const CONNECTION = { ClusterName: 'imported', CertificateAuthority: IMPORTED_CA, Endpoint: IMPORTED_ENDPOINT };

describe('EksCall', () => {
  it('renders the JSONPath state with an object body', () => {
    expect(render(call({ requestBody: sfn.TaskInput.fromObject({ Body: 'requestBody' }) }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: eksResource('call'),
      Parameters: { ...CONNECTION, Method: 'GET', Path: '/api/v1/namespaces/default/pods', RequestBody: { Body: 'requestBody' } },
    });
  });

  it('reads the name, certificate authority and endpoint of an owned cluster', () => {
    expect(render(call({}, 'owned')).Parameters).toEqual({
      ClusterName: { Ref: 'Cluster9EE0221C' },
      CertificateAuthority: { 'Fn::GetAtt': ['Cluster9EE0221C', 'CertificateAuthorityData'] },
      Endpoint: { 'Fn::GetAtt': ['Cluster9EE0221C', 'Endpoint'] },
      Method: 'GET',
      Path: '/api/v1/namespaces/default/pods',
    });
  });

  it('renders a text body and a body from a JSON path', () => {
    expect(render(call({ requestBody: sfn.TaskInput.fromText('requestBody') })).Parameters.RequestBody).toBe('requestBody');
    stack = new Stack(new App(), 'Stack');
    expect(render(call({ requestBody: sfn.TaskInput.fromJsonPathAt('$.Request.Body') })).Parameters['RequestBody.$']).toBe('$.Request.Body');
  });

  it('renders query parameters and the cluster from JSON paths', () => {
    const task = call({ httpMethod: HttpMethods.DELETE, queryParameters: { labelSelector: ['job-name=example-job'] } }, 'importedJsonPath');
    expect(render(task).Parameters).toEqual({
      'ClusterName.$': '$.cluster.name',
      'CertificateAuthority.$': '$.cluster.ca',
      'Endpoint.$': '$.cluster.endpoint',
      Method: 'DELETE',
      Path: '/api/v1/namespaces/default/pods',
      QueryParameters: { labelSelector: ['job-name=example-job'] },
    });
  });

  it('renders the JSONata state with Arguments', () => {
    const task = EksCall.jsonata(stack, 'Call', {
      cluster: makeCluster(stack, 'importedJsonata'),
      httpMethod: HttpMethods.POST,
      httpPath: '{% $states.input.path %}',
      requestBody: sfn.TaskInput.fromObject({ kind: 'ConfigMap', data: '{% $states.input.data %}' }),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: eksResource('call'),
      Arguments: {
        ClusterName: '{% $states.input.cluster.name %}',
        CertificateAuthority: '{% $states.input.cluster.ca %}',
        Endpoint: '{% $states.input.cluster.endpoint %}',
        Method: 'POST',
        Path: '{% $states.input.path %}',
        RequestBody: { kind: 'ConfigMap', data: '{% $states.input.data %}' },
      },
    });
  });

  it('grants no IAM permission: the cluster authorizes the role through Kubernetes RBAC', () => {
    expect(statements(call())).toEqual([]);
  });

  it('has every HTTP method of eks:call', () => {
    expect(Object.values(HttpMethods)).toEqual(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD']);
  });
});
