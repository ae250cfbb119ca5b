import { Fn } from 'aws-cdk-lib/core';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** The flag that scopes `ecs:RunTask` to a task definition revision. */
export const FIX_RUN_ECS_TASK_POLICY = '@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy';

/** The kinds of cluster an EcsRunTask can run in. */
export type ClusterKind = 'owned' | 'withEc2Capacity' | 'withAsgProvider' | 'imported' | 'importedByArn' | 'importedWithCapacity';

/** The kinds of task definition an EcsRunTask can run. */
export type TaskDefinitionKind = 'fargate' | 'ec2' | 'ec2Awsvpc' | 'both' | 'generic' | 'withExecutionRole' | 'explicitName';

export const IMPORTED_CLUSTER_ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/imported';

/** A VPC imported with two private and two public subnets, so subnet selection renders literal ids. */
export function importedVpc(scope: Construct): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(scope, 'ImportedVpc', {
    vpcId: 'vpc-12345',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-private1', 'subnet-private2'],
    publicSubnetIds: ['subnet-public1', 'subnet-public2'],
  });
}

/** A cluster of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeCluster(scope: Construct, kind: ClusterKind): ecs.ICluster {
  switch (kind) {
    case 'owned':
      return new ecs.Cluster(scope, 'Cluster', { vpc: new ec2.Vpc(scope, 'Vpc', { maxAzs: 2 }) });
    case 'withEc2Capacity': {
      const cluster = new ecs.Cluster(scope, 'Cluster', { vpc: new ec2.Vpc(scope, 'Vpc', { maxAzs: 2 }) });
      cluster.addCapacity('Capacity', {
        instanceType: new ec2.InstanceType('t3.medium'),
        machineImage: ecs.EcsOptimizedImage.amazonLinux2023(),
      });
      return cluster;
    }
    case 'withAsgProvider': {
      const vpc = new ec2.Vpc(scope, 'Vpc', { maxAzs: 2 });
      const cluster = new ecs.Cluster(scope, 'Cluster', { vpc });
      cluster.addAsgCapacityProvider(new ecs.AsgCapacityProvider(scope, 'Provider', {
        autoScalingGroup: new autoscaling.AutoScalingGroup(scope, 'Asg', {
          vpc,
          instanceType: new ec2.InstanceType('t3.medium'),
          machineImage: ecs.EcsOptimizedImage.amazonLinux2023(),
        }),
      }));
      return cluster;
    }
    case 'imported':
      return ecs.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: 'imported',
        vpc: importedVpc(scope),
        securityGroups: [],
      });
    case 'importedByArn':
      return ecs.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: 'imported',
        clusterArn: IMPORTED_CLUSTER_ARN,
        vpc: importedVpc(scope),
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(scope, 'ClusterSg', 'sg-cluster')],
      });
    case 'importedWithCapacity':
      return ecs.Cluster.fromClusterAttributes(scope, 'Cluster', {
        clusterName: Fn.importValue('ClusterName'),
        vpc: importedVpc(scope),
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(scope, 'ClusterSg', 'sg-cluster')],
        hasEc2Capacity: true,
      });
  }
}

/** A task definition of the given kind, with one container `App` (and a sidecar `Sidecar`), stable ids. */
export function makeTaskDefinition(scope: Construct, kind: TaskDefinitionKind): { taskDefinition: ecs.TaskDefinition; container: ecs.ContainerDefinition; sidecar: ecs.ContainerDefinition } {
  let taskDefinition: ecs.TaskDefinition;
  switch (kind) {
    case 'fargate':
      taskDefinition = new ecs.FargateTaskDefinition(scope, 'TD', { cpu: 512, memoryLimitMiB: 1024 });
      break;
    case 'ec2':
      taskDefinition = new ecs.Ec2TaskDefinition(scope, 'TD');
      break;
    case 'ec2Awsvpc':
      taskDefinition = new ecs.Ec2TaskDefinition(scope, 'TD', { networkMode: ecs.NetworkMode.AWS_VPC });
      break;
    case 'both':
      taskDefinition = new ecs.TaskDefinition(scope, 'TD', {
        compatibility: ecs.Compatibility.EC2_AND_FARGATE, cpu: '256', memoryMiB: '512', networkMode: ecs.NetworkMode.AWS_VPC,
      });
      break;
    case 'generic':
      taskDefinition = new ecs.TaskDefinition(scope, 'TD', { compatibility: ecs.Compatibility.FARGATE, cpu: '256', memoryMiB: '512' });
      break;
    case 'withExecutionRole':
      taskDefinition = new ecs.FargateTaskDefinition(scope, 'TD', {
        executionRole: iam.Role.fromRoleArn(scope, 'ExecutionRole', 'arn:aws:iam::123456789012:role/execution'),
        taskRole: iam.Role.fromRoleArn(scope, 'TaskRole', 'arn:aws:iam::123456789012:role/task'),
      });
      break;
    case 'explicitName':
      taskDefinition = new ecs.FargateTaskDefinition(scope, 'TD', { family: 'my-family' });
      break;
  }
  const container = taskDefinition.addContainer('App', {
    image: ecs.ContainerImage.fromRegistry('foo/bar'),
    memoryLimitMiB: 256,
    containerName: kind === 'explicitName' ? 'ExplicitName' : undefined,
  });
  const sidecar = taskDefinition.addContainer('Sidecar', {
    image: ecs.ContainerImage.fromRegistry('foo/sidecar'),
    memoryLimitMiB: 128,
    essential: false,
  });
  return { taskDefinition, container, sidecar };
}

/** The ARN of every revision (`suffix` `:*`) or one revision (`:3`) of the family of the task definition `TD`, as CloudFormation joins it. */
export function familyArnJoin(suffix: string, logicalId = 'TD49C78F36'): unknown {
  const part = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': [':', { Ref: logicalId }] }] });
  const resourcePart = (i: number) => ({ 'Fn::Select': [i, { 'Fn::Split': ['/', part(5)] }] });
  return {
    'Fn::Join': ['', ['arn:', part(1), ':', part(2), ':', part(3), ':', part(4), ':', resourcePart(0), '/', resourcePart(1), suffix]],
  };
}
