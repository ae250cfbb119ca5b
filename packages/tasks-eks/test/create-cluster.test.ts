import { App, Fn, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksCreateCluster, type EksCreateClusterProps } from '../src';
import { eksArn, eksResource, makeRole, makeSubnets } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const ROLE_ARN = 'arn:aws:iam::123456789012:role/cluster';
const PASS_ROLE = {
  Action: 'iam:PassRole',
  Condition: { StringEquals: { 'iam:PassedToService': 'eks.amazonaws.com' } },
  Effect: 'Allow',
  Resource: ROLE_ARN,
};
const CREATE = { Action: 'eks:CreateCluster', Effect: 'Allow', Resource: '*' };

function createCluster(props: Partial<EksCreateClusterProps> = {}): EksCreateCluster {
  return new EksCreateCluster(stack, 'Create', {
    name: 'MyCluster',
    role: makeRole(stack, 'ClusterRole', 'cluster'),
    ...props,
    resourcesVpcConfig: props.resourcesVpcConfig ?? { subnets: makeSubnets(stack) },
  });
}

describe('EksCreateCluster', () => {
  it('renders the AWS guide example (REQUEST_RESPONSE by default)', () => {
    expect(render(createCluster())).toEqual({
      Type: 'Task',
      End: true,
      Resource: eksResource('createCluster'),
      Parameters: { Name: 'MyCluster', RoleArn: ROLE_ARN, ResourcesVpcConfig: { SubnetIds: ['subnet-a', 'subnet-b'] } },
    });
  });

  it('waits for the cluster with RUN_JOB (eks:createCluster.sync)', () => {
    expect(render(createCluster({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).Resource).toEqual(eksResource('createCluster.sync'));
  });

  it('renders every field', () => {
    const task = createCluster({
      version: '1.31',
      resourcesVpcConfig: {
        subnets: makeSubnets(stack),
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
        endpointPublicAccess: true,
        endpointPrivateAccess: true,
        publicAccessCidrs: ['203.0.113.0/24'],
      },
      kubernetesNetworkConfig: { serviceIpv4Cidr: '172.20.0.0/16', ipFamily: eks.IpFamily.IP_V4 },
      logging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT],
      encryptionConfig: { provider: kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abc') },
      accessConfig: { authenticationMode: eks.AuthenticationMode.API_AND_CONFIG_MAP, bootstrapClusterCreatorAdminPermissions: true },
      bootstrapSelfManagedAddons: false,
      tags: { team: 'data' },
      clientRequestToken: sfn.JsonPath.stringAt('$$.Execution.Name'),
    });
    expect(render(task).Parameters).toEqual({
      Name: 'MyCluster',
      RoleArn: ROLE_ARN,
      ResourcesVpcConfig: {
        SubnetIds: ['subnet-a', 'subnet-b'],
        SecurityGroupIds: ['sg-1'],
        EndpointPublicAccess: true,
        EndpointPrivateAccess: true,
        PublicAccessCidrs: ['203.0.113.0/24'],
      },
      Version: '1.31',
      KubernetesNetworkConfig: { ServiceIpv4Cidr: '172.20.0.0/16', IpFamily: 'ipv4' },
      Logging: { ClusterLogging: [{ Types: ['api', 'audit'], Enabled: true }] },
      EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc' } }],
      AccessConfig: { AuthenticationMode: 'API_AND_CONFIG_MAP', BootstrapClusterCreatorAdminPermissions: true },
      BootstrapSelfManagedAddons: false,
      Tags: { team: 'data' },
      'ClientRequestToken.$': '$$.Execution.Name',
    });
  });

  it('renders the JSONata state with the name and subnets from expressions', () => {
    const task = EksCreateCluster.jsonata(stack, 'Create', {
      name: '{% $states.input.name %}',
      role: makeRole(stack, 'ClusterRole', 'cluster'),
      resourcesVpcConfig: {
        subnets: [ec2.Subnet.fromSubnetId(stack, 'A', '{% $states.input.subnets[0] %}'), ec2.Subnet.fromSubnetId(stack, 'B', 'subnet-b')],
      },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: eksResource('createCluster.sync'),
      Arguments: {
        Name: '{% $states.input.name %}',
        RoleArn: ROLE_ARN,
        ResourcesVpcConfig: { SubnetIds: ['{% $states.input.subnets[0] %}', 'subnet-b'] },
      },
    });
  });

  describe('IAM', () => {
    it('grants eks:CreateCluster on * and iam:PassRole on the cluster role for EKS, for REQUEST_RESPONSE', () => {
      expect(statements(createCluster())).toEqual([CREATE, PASS_ROLE]);
    });

    it('adds eks:DescribeCluster and eks:DeleteCluster on the new cluster for RUN_JOB, as the AWS page lists', () => {
      expect(normalize(statements(createCluster({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual(normalize([
        CREATE,
        { Action: ['eks:DescribeCluster', 'eks:DeleteCluster'], Effect: 'Allow', Resource: eksArn('cluster/MyCluster') },
        PASS_ROLE,
      ]));
    });

    it('grants on every cluster when the name is only known at run time', () => {
      const names: Array<[string, sfn.QueryLanguage]> = [
        [sfn.JsonPath.stringAt('$.name'), sfn.QueryLanguage.JSON_PATH], ['{% $states.input.name %}', sfn.QueryLanguage.JSONATA]];
      for (const [name, queryLanguage] of names) {
        stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
        const granted = statements(createCluster({ name, queryLanguage, integrationPattern: sfn.IntegrationPattern.RUN_JOB })) as Array<{ Resource: unknown }>;
        expect(normalize(granted[1].Resource)).toEqual(normalize(eksArn('cluster/*')));
      }
    });

    it('scopes to a cluster whose name is a deploy-time token', () => {
      const granted = statements(createCluster({ name: Fn.importValue('Name'), integrationPattern: sfn.IntegrationPattern.RUN_JOB })) as Array<{ Resource: unknown }>;
      expect(JSON.stringify(granted[1].Resource)).toContain('Fn::ImportValue');
    });

    it('grants kms:DescribeKey and kms:CreateGrant on the secrets encryption key', () => {
      const key = new kms.Key(stack, 'Key');
      const granted = statements(createCluster({ encryptionConfig: { provider: key } }));
      expect(granted).toContainEqual({
        Action: ['kms:DescribeKey', 'kms:CreateGrant'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
      });
    });
  });
});
