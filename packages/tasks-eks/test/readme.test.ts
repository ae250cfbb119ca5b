import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  EksCall, EksCreateCluster, EksCreateFargateProfile, EksCreateNodegroup, EksDeleteCluster, EksDeleteFargateProfile,
  EksDeleteNodegroup, EksRunJob, HttpMethods,
} from '../src';

/** What the README examples declare: a stack, an imported cluster, a VPC and a node role. */
function given() {
  const stack = new Stack(new App(), 'Stack');
  const cluster = eks.Cluster.fromClusterAttributes(stack, 'Cluster', {
    clusterName: 'my-cluster',
    clusterEndpoint: 'https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com',
    clusterCertificateAuthorityData: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t',
  });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
  const nodeRole = iam.Role.fromRoleArn(stack, 'NodeRole', 'arn:aws:iam::123456789012:role/node');
  return { stack, cluster, vpc, nodeRole };
}

/** Synthesizes the stack with `chainable` in a state machine and returns the template as text. */
function synth(stack: Stack, chainable: sfn.IChainable): string {
  new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(chainable) });
  return JSON.stringify(Template.fromStack(stack).toJSON());
}

describe('README examples', () => {
  it('EksCall', () => {
    const { stack, cluster } = given();
    const listPods = EksCall.jsonPath(stack, 'List pods', {
      cluster,
      httpMethod: HttpMethods.GET,
      httpPath: '/api/v1/namespaces/default/pods',
      queryParameters: { labelSelector: ['job-name=example-job'] },
    });
    expect(synth(stack, listPods)).toContain(':states:::eks:call');
  });

  it('EksRunJob', () => {
    const { stack, cluster } = given();
    const computePi = EksRunJob.jsonata(stack, 'Compute pi', {
      cluster,
      namespace: 'jobs',
      job: sfn.TaskInput.fromObject({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: '{% $states.input.jobName %}' },
        spec: {
          backoffLimit: 0,
          template: {
            spec: {
              containers: [{ name: 'pi', image: 'perl', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] }],
              restartPolicy: 'Never',
            },
          },
        },
      }),
      logOptions: { retrieveLogs: true, logParameters: { tailLines: ['20'] } },
    });
    expect(synth(stack, computePi)).toContain(':states:::eks:runJob.sync');
  });

  it('EksCreateCluster', () => {
    const { stack, vpc } = given();
    const clusterRole = new iam.Role(stack, 'ClusterRole', {
      assumedBy: new iam.ServicePrincipal('eks.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonEKSClusterPolicy')],
    });
    const createCluster = EksCreateCluster.jsonPath(stack, 'Create cluster', {
      name: sfn.JsonPath.stringAt('$.clusterName'),
      role: clusterRole,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      version: '1.31',
      resourcesVpcConfig: { subnets: vpc.privateSubnets, endpointPublicAccess: true },
      accessConfig: { authenticationMode: eks.AuthenticationMode.API_AND_CONFIG_MAP },
      logging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT],
    });
    const text = synth(stack, createCluster);
    expect(text).toContain(':states:::eks:createCluster.sync');
    expect(text).toContain('iam:PassedToService');
  });

  it('EksDeleteCluster', () => {
    const { stack } = given();
    const deleteCluster = EksDeleteCluster.jsonata(stack, 'Delete cluster', {
      cluster: eks.Cluster.fromClusterAttributes(stack, 'Created', { clusterName: '{% $states.input.clusterName %}' }),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(synth(stack, deleteCluster)).toContain(':cluster/*');
  });

  it('EksCreateNodegroup', () => {
    const { stack, cluster, vpc, nodeRole } = given();
    const addNodes = new EksCreateNodegroup(stack, 'Add nodes', {
      cluster,
      nodegroupName: 'workers',
      nodeRole,
      subnets: vpc.privateSubnets,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      scalingConfig: { minSize: 1, maxSize: 4, desiredSize: 2 },
      instanceTypes: ['m5.large'],
      capacityType: eks.CapacityType.SPOT,
      taints: [{ key: 'dedicated', value: 'batch', effect: eks.TaintEffect.NO_SCHEDULE }],
    });
    expect(synth(stack, addNodes)).toContain(':nodegroup/my-cluster/workers/*');
  });

  it('EksDeleteNodegroup', () => {
    const { stack, cluster } = given();
    const removeNodes = new EksDeleteNodegroup(stack, 'Remove nodes', {
      cluster,
      nodegroupName: 'workers',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(synth(stack, removeNodes)).toContain(':states:::eks:deleteNodegroup.sync');
  });

  it('EksCreateFargateProfile', () => {
    const { stack, cluster } = given();
    const podRole = new iam.Role(stack, 'PodExecutionRole', {
      assumedBy: new iam.ServicePrincipal('eks-fargate-pods.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonEKSFargatePodExecutionRolePolicy')],
    });
    const addProfile = EksCreateFargateProfile.jsonPath(stack, 'Add Fargate profile', {
      cluster,
      fargateProfileName: 'batch-jobs',
      podExecutionRole: podRole,
      selectors: [{ namespace: 'jobs', labels: { runtime: 'fargate' } }],
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(synth(stack, addProfile)).toContain(':states:::eks:createFargateProfile.sync');
  });

  it('EksDeleteFargateProfile', () => {
    const { stack, cluster } = given();
    const removeProfile = new EksDeleteFargateProfile(stack, 'Remove Fargate profile', {
      cluster,
      fargateProfileName: 'batch-jobs',
    });
    expect(synth(stack, removeProfile)).toContain(':states:::eks:deleteFargateProfile');
  });
});
