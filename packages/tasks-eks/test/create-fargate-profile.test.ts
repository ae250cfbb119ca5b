import { App, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksCreateFargateProfile, type EksCreateFargateProfileProps } from '../src';
import { type ClusterKind, eksArn, eksResource, makeCluster, makeRole } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const POD_ROLE_ARN = 'arn:aws:iam::123456789012:role/pods';

function createProfile(props: Partial<EksCreateFargateProfileProps> = {}, cluster: ClusterKind = 'imported'): EksCreateFargateProfile {
  return new EksCreateFargateProfile(stack, 'Create', {
    cluster: makeCluster(stack, cluster),
    fargateProfileName: 'MyFargateProfile',
    podExecutionRole: makeRole(stack, 'PodRole', 'pods'),
    ...props,
  });
}

describe('EksCreateFargateProfile', () => {
  it('renders the AWS guide example with RUN_JOB (eks:createFargateProfile.sync)', () => {
    const task = createProfile({
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      selectors: [{ namespace: 'my-namespace', labels: { 'my-label': 'my-value' } }],
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: eksResource('createFargateProfile.sync'),
      Parameters: {
        ClusterName: 'imported',
        FargateProfileName: 'MyFargateProfile',
        PodExecutionRoleArn: POD_ROLE_ARN,
        Selectors: [{ Namespace: 'my-namespace', Labels: { 'my-label': 'my-value' } }],
      },
    });
  });

  it('renders REQUEST_RESPONSE by default, with subnets, tags and a request token', () => {
    const task = createProfile({
      subnets: [ec2.Subnet.fromSubnetId(stack, 'Private', 'subnet-private')],
      selectors: [{ namespace: 'default' }, { namespace: sfn.JsonPath.stringAt('$.namespace') }],
      tags: { team: 'data' },
      clientRequestToken: 'token-1',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: eksResource('createFargateProfile'),
      Parameters: {
        ClusterName: 'imported',
        FargateProfileName: 'MyFargateProfile',
        PodExecutionRoleArn: POD_ROLE_ARN,
        Subnets: ['subnet-private'],
        Selectors: [{ Namespace: 'default' }, { 'Namespace.$': '$.namespace' }],
        Tags: { team: 'data' },
        ClientRequestToken: 'token-1',
      },
    });
  });

  it('renders the JSONata state', () => {
    const task = EksCreateFargateProfile.jsonata(stack, 'Create', {
      cluster: makeCluster(stack, 'importedJsonata'),
      fargateProfileName: '{% $states.input.profile %}',
      podExecutionRole: makeRole(stack, 'PodRole', 'pods'),
      selectors: [{ namespace: '{% $states.input.namespace %}' }],
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: eksResource('createFargateProfile'),
      Arguments: {
        ClusterName: '{% $states.input.cluster.name %}',
        FargateProfileName: '{% $states.input.profile %}',
        PodExecutionRoleArn: POD_ROLE_ARN,
        Selectors: [{ Namespace: '{% $states.input.namespace %}' }],
      },
    });
  });

  describe('IAM', () => {
    const create = { Action: 'eks:CreateFargateProfile', Effect: 'Allow', Resource: eksArn('cluster/imported') };
    const passRole = {
      Action: 'iam:PassRole', Condition: { StringEquals: { 'iam:PassedToService': 'eks.amazonaws.com' } }, Effect: 'Allow', Resource: POD_ROLE_ARN,
    };

    it('grants eks:CreateFargateProfile on the cluster and iam:PassRole on the pod execution role for EKS', () => {
      expect(normalize(statements(createProfile()))).toEqual(normalize([create, passRole]));
    });

    it('adds eks:DescribeFargateProfile on the new profile for RUN_JOB', () => {
      expect(normalize(statements(createProfile({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual(normalize([
        create,
        { Action: 'eks:DescribeFargateProfile', Effect: 'Allow', Resource: eksArn('fargateprofile/imported/MyFargateProfile/*') },
        passRole,
      ]));
    });

    it('grants on every profile whose name is only known at run time', () => {
      const granted = statements(createProfile({
        fargateProfileName: sfn.JsonPath.stringAt('$.name'), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })) as Array<{ Resource: unknown }>;
      expect(normalize(granted[1].Resource)).toEqual(normalize(eksArn('fargateprofile/imported/*/*')));
    });
  });
});
