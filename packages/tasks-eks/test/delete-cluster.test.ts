import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksDeleteCluster } from '../src';
import { type ClusterKind, eksArn, eksResource, makeCluster, machineStatements } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const deleteCluster = (cluster: ClusterKind = 'imported', integrationPattern?: sfn.IntegrationPattern) =>
  new EksDeleteCluster(stack, 'Delete', { cluster: makeCluster(stack, cluster), integrationPattern });

describe('EksDeleteCluster', () => {
  it('renders the AWS guide example with RUN_JOB (eks:deleteCluster.sync)', () => {
    expect(render(deleteCluster('imported', sfn.IntegrationPattern.RUN_JOB))).toEqual({
      Type: 'Task', End: true, Resource: eksResource('deleteCluster.sync'), Parameters: { Name: 'imported' },
    });
  });

  it('renders REQUEST_RESPONSE by default, a JSON path name and a JSONata name', () => {
    expect(render(deleteCluster()).Resource).toEqual(eksResource('deleteCluster'));
    stack = new Stack(new App(), 'Stack');
    expect(render(deleteCluster('importedJsonPath')).Parameters).toEqual({ 'Name.$': '$.cluster.name' });
    stack = new Stack(new App(), 'Stack');
    const task = EksDeleteCluster.jsonata(stack, 'Delete', { cluster: makeCluster(stack, 'importedJsonata') });
    expect(render(task)).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: eksResource('deleteCluster'), Arguments: { Name: '{% $states.input.cluster.name %}' },
    });
  });

  describe('IAM', () => {
    it('grants eks:DeleteCluster on the cluster for REQUEST_RESPONSE', () => {
      expect(normalize(statements(deleteCluster()))).toEqual(normalize([{ Action: 'eks:DeleteCluster', Effect: 'Allow', Resource: eksArn('cluster/imported') }]));
    });

    it('adds eks:DescribeCluster for RUN_JOB, as the AWS page lists', () => {
      expect(normalize(statements(deleteCluster('imported', sfn.IntegrationPattern.RUN_JOB)))).toEqual(normalize([
        { Action: ['eks:DeleteCluster', 'eks:DescribeCluster'], Effect: 'Allow', Resource: eksArn('cluster/imported') },
      ]));
    });

    it('grants on the ARN of an owned cluster', () => {
      expect(machineStatements(deleteCluster('owned'))).toEqual([
        { Action: 'eks:DeleteCluster', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Cluster9EE0221C', 'Arn'] } },
      ]);
    });

    it('grants on every cluster when the name is only known at run time', () => {
      const granted = statements(deleteCluster('importedJsonPath')) as Array<{ Resource: unknown }>;
      expect(normalize(granted[0].Resource)).toEqual(normalize(eksArn('cluster/*')));
    });
  });
});
