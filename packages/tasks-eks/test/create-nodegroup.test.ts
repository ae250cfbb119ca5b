import { App, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksCreateNodegroup, type EksCreateNodegroupProps } from '../src';
import { type ClusterKind, eksArn, eksResource, machineStatements, makeCluster, makeRole, makeSubnets } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const NODE_ROLE_ARN = 'arn:aws:iam::123456789012:role/node';

function createNodegroup(props: Partial<EksCreateNodegroupProps> = {}, cluster: ClusterKind = 'imported'): EksCreateNodegroup {
  return new EksCreateNodegroup(stack, 'Create', {
    cluster: makeCluster(stack, cluster),
    nodegroupName: 'MyNodegroup',
    nodeRole: makeRole(stack, 'NodeRole', 'node'),
    ...props,
    subnets: props.subnets ?? makeSubnets(stack),
  });
}

describe('EksCreateNodegroup', () => {
  it('renders the AWS guide example (REQUEST_RESPONSE by default)', () => {
    expect(render(createNodegroup())).toEqual({
      Type: 'Task',
      End: true,
      Resource: eksResource('createNodegroup'),
      Parameters: { ClusterName: 'imported', NodegroupName: 'MyNodegroup', NodeRole: NODE_ROLE_ARN, Subnets: ['subnet-a', 'subnet-b'] },
    });
  });

  it('waits for the node group with RUN_JOB (eks:createNodegroup.sync)', () => {
    expect(render(createNodegroup({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).Resource).toEqual(eksResource('createNodegroup.sync'));
  });

  it('renders every field', () => {
    const task = createNodegroup({
      scalingConfig: { minSize: 1, maxSize: 4, desiredSize: 2 },
      diskSize: 40,
      instanceTypes: ['m5.large', 'm5a.large'],
      amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
      capacityType: eks.CapacityType.SPOT,
      remoteAccess: { ec2SshKey: 'my-key', sourceSecurityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-ssh')] },
      labels: { role: 'worker' },
      taints: [{ key: 'dedicated', value: 'gpu', effect: eks.TaintEffect.NO_SCHEDULE }, { key: 'spot', effect: eks.TaintEffect.PREFER_NO_SCHEDULE }],
      tags: { team: 'data' },
      updateConfig: { maxUnavailablePercentage: 25 },
      version: '1.31',
      releaseVersion: '1.31.0-20250101',
      clientRequestToken: 'token-1',
    });
    expect(render(task).Parameters).toEqual({
      ClusterName: 'imported',
      NodegroupName: 'MyNodegroup',
      NodeRole: NODE_ROLE_ARN,
      Subnets: ['subnet-a', 'subnet-b'],
      ScalingConfig: { MinSize: 1, MaxSize: 4, DesiredSize: 2 },
      DiskSize: 40,
      InstanceTypes: ['m5.large', 'm5a.large'],
      AmiType: 'AL2023_x86_64_STANDARD',
      CapacityType: 'SPOT',
      RemoteAccess: { Ec2SshKey: 'my-key', SourceSecurityGroups: ['sg-ssh'] },
      Labels: { role: 'worker' },
      Taints: [{ Key: 'dedicated', Value: 'gpu', Effect: 'NO_SCHEDULE' }, { Key: 'spot', Effect: 'PREFER_NO_SCHEDULE' }],
      Tags: { team: 'data' },
      UpdateConfig: { MaxUnavailablePercentage: 25 },
      Version: '1.31',
      ReleaseVersion: '1.31.0-20250101',
      ClientRequestToken: 'token-1',
    });
  });

  it('renders a launch template by id, and sizes from JSON paths', () => {
    const task = createNodegroup({
      launchTemplate: { id: 'lt-123', version: '2' },
      scalingConfig: { minSize: 0, maxSize: sfn.JsonPath.numberAt('$.max'), desiredSize: sfn.JsonPath.numberAt('$.desired') },
      updateConfig: { maxUnavailable: 2 },
    });
    expect(render(task).Parameters).toMatchObject({
      LaunchTemplate: { Id: 'lt-123', Version: '2' },
      ScalingConfig: { MinSize: 0, 'MaxSize.$': '$.max', 'DesiredSize.$': '$.desired' },
      UpdateConfig: { MaxUnavailable: 2 },
    });
  });

  it('renders the JSONata state', () => {
    const task = EksCreateNodegroup.jsonata(stack, 'Create', {
      cluster: makeCluster(stack, 'importedJsonata'),
      nodegroupName: '{% $states.input.nodegroup %}',
      nodeRole: makeRole(stack, 'NodeRole', 'node'),
      subnets: makeSubnets(stack),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      scalingConfig: { minSize: 1, maxSize: 3, desiredSize: 1 },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: eksResource('createNodegroup.sync'),
      Arguments: {
        ClusterName: '{% $states.input.cluster.name %}',
        NodegroupName: '{% $states.input.nodegroup %}',
        NodeRole: NODE_ROLE_ARN,
        Subnets: ['subnet-a', 'subnet-b'],
        ScalingConfig: { MinSize: 1, MaxSize: 3, DesiredSize: 1 },
      },
    });
  });

  describe('IAM', () => {
    const base = [
      { Action: 'ec2:DescribeSubnets', Effect: 'Allow', Resource: '*' },
      { Action: 'eks:CreateNodegroup', Effect: 'Allow', Resource: eksArn('cluster/imported') },
    ];
    const roleStatements = [
      { Action: ['iam:GetRole', 'iam:ListAttachedRolePolicies'], Effect: 'Allow', Resource: NODE_ROLE_ARN },
      { Action: 'iam:PassRole', Condition: { StringEquals: { 'iam:PassedToService': 'eks.amazonaws.com' } }, Effect: 'Allow', Resource: NODE_ROLE_ARN },
    ];

    it('grants what the AWS page lists for CreateNodegroup, scoped to the cluster and the node role', () => {
      expect(normalize(statements(createNodegroup()))).toEqual(normalize([...base, ...roleStatements]));
    });

    it('adds eks:DescribeNodegroup and eks:DeleteNodegroup on the new node group for RUN_JOB', () => {
      expect(normalize(statements(createNodegroup({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual(normalize([
        ...base,
        { Action: ['eks:DescribeNodegroup', 'eks:DeleteNodegroup'], Effect: 'Allow', Resource: eksArn('nodegroup/imported/MyNodegroup/*') },
        ...roleStatements,
      ]));
    });

    it('grants on every cluster and node group whose names are only known at run time', () => {
      const granted = statements(createNodegroup({
        nodegroupName: sfn.JsonPath.stringAt('$.name'), integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      }, 'importedJsonPath')) as Array<{ Resource: unknown }>;
      expect(normalize(granted[1].Resource)).toEqual(normalize(eksArn('cluster/*')));
      expect(normalize(granted[2].Resource)).toEqual(normalize(eksArn('nodegroup/*/*/*')));
    });

    it('grants eks:CreateNodegroup on the ARN of an owned cluster', () => {
      expect(machineStatements(createNodegroup({}, 'owned'))[1]).toEqual({
        Action: 'eks:CreateNodegroup', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Cluster9EE0221C', 'Arn'] },
      });
    });
  });
});
