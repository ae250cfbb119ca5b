import { Fn, Stack } from 'aws-cdk-lib/core';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inJsonataParallel, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EksClusterInput, EmrContainersCreateVirtualCluster, type EmrContainersCreateVirtualClusterProps } from '../src';
import { integrationResource, newStack, partitionArn } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

function create(props: Partial<EmrContainersCreateVirtualClusterProps> = {}): EmrContainersCreateVirtualCluster {
  return new EmrContainersCreateVirtualCluster(stack, 'Create', {
    eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('test-eks')),
    ...props,
  });
}

const containerProvider = (id: unknown, namespace = 'default') => ({ Id: id, Info: { EksInfo: { Namespace: namespace } }, Type: 'EKS' });

describe('EmrContainersCreateVirtualCluster', () => {
  it('renders the JSONPath state with the execution and state names as the default name', () => {
    expect(render(create())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('createVirtualCluster'),
      Parameters: {
        'Name.$': "States.Format('{}/{}', $$.Execution.Name, $$.State.Name)",
        'ContainerProvider': containerProvider('test-eks'),
      },
    });
  });

  it('renders the JSONata default name with JSONata string concatenation, not a JSONPath intrinsic', () => {
    const task = EmrContainersCreateVirtualCluster.jsonata(stack, 'Create', {
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('test-eks')),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource('createVirtualCluster'),
      Arguments: {
        Name: "{% $states.context.Execution.Name & '/' & $states.context.State.Name %}",
        ContainerProvider: containerProvider('test-eks'),
      },
    });
  });

  it('renders every prop', () => {
    const task = create({
      virtualClusterName: 'EMR Containers Virtual Cluster'.replace(/ /g, '-'),
      eksNamespace: 'spark-jobs',
      tags: { team: 'data', env: '' },
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    expect(render(task).Parameters).toEqual({
      Name: 'EMR-Containers-Virtual-Cluster',
      ContainerProvider: containerProvider('test-eks', 'spark-jobs'),
      Tags: { team: 'data', env: '' },
    });
  });

  it('takes the cluster name and the namespace from the state input', () => {
    const task = create({
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId')),
      eksNamespace: sfn.JsonPath.stringAt('$.namespace'),
      virtualClusterName: sfn.JsonPath.stringAt('$.name'),
    });
    expect(render(task).Parameters).toEqual({
      'Name.$': '$.name',
      'ContainerProvider': { 'Id.$': '$.ClusterId', 'Info': { EksInfo: { 'Namespace.$': '$.namespace' } }, 'Type': 'EKS' },
    });
  });

  it('takes the name of an EKS cluster of the app', () => {
    const cluster = new eks.Cluster(stack, 'EKS Cluster', { version: eks.KubernetesVersion.V1_20 } as eks.ClusterProps);
    expect(render(create({ eksCluster: EksClusterInput.fromCluster(cluster) })).Parameters.ContainerProvider.Id)
      .toEqual({ Ref: 'EKSClusterEDAD5FD1' });
  });

  it('takes the name of an imported EKS cluster', () => {
    const cluster = eks.Cluster.fromClusterAttributes(stack, 'Imported', { clusterName: 'imported-eks' });
    expect(render(create({ eksCluster: EksClusterInput.fromCluster(cluster) })).Parameters.ContainerProvider.Id).toBe('imported-eks');
  });

  it('grants CreateVirtualCluster and creating the EMR on EKS service-linked role, in the stack partition', () => {
    expect(normalize(statements(create()))).toEqual([
      { Action: 'emr-containers:CreateVirtualCluster', Effect: 'Allow', Resource: '*' },
      {
        Action: 'iam:CreateServiceLinkedRole',
        Condition: { StringLike: { 'iam:AWSServiceName': 'emr-containers.amazonaws.com' } },
        Effect: 'Allow',
        Resource: partitionArn(':iam::123456789012:role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers'),
      },
    ]);
  });

  it('writes every ARN in the stack partition, never a literal one', () => {
    stack = newStack({ env: { account: '123456789012', region: 'cn-north-1' } });
    const task = create();
    const text = JSON.stringify([render(task), statements(task)]);
    expect(text).not.toMatch(/arn:aws/);
    expect(text).toContain('{"Ref":"AWS::Partition"}');
  });

  it('renders JSONata inside a JSONata Map and Parallel', () => {
    for (const place of [inJsonataMap, inJsonataParallel]) {
      stack = newStack();
      const task = create({ virtualClusterName: '{% $states.input.name %}' });
      const definition = definitionOf(place(stack, task));
      const nested = definition.States.Map?.ItemProcessor.States.Create ?? definition.States.Parallel.Branches[0].States.Create;
      expect(nested.Arguments).toEqual({ Name: '{% $states.input.name %}', ContainerProvider: containerProvider('test-eks') });
      expect(nested.Parameters).toBeUndefined();
    }
  });

  it('renders a token cluster name and tags as CloudFormation references', () => {
    const task = create({
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText(Fn.importValue('ClusterName'))),
      tags: { owner: Fn.importValue('Owner') },
    });
    expect(render(task).Parameters).toMatchObject({
      ContainerProvider: { Id: { 'Fn::ImportValue': 'ClusterName' } },
      Tags: { owner: { 'Fn::ImportValue': 'Owner' } },
    });
  });
});
