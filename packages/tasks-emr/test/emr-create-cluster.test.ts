import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import { ENABLE_EMR_SERVICE_POLICY_V2 } from 'aws-cdk-lib/cx-api';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inJsonataParallel, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmrCreateCluster, type EmrCreateClusterProps } from '../src';
import { IMPORTED_CLUSTER_ROLE_ARN, IMPORTED_SERVICE_ROLE_ARN, makeRoles, masterFleet } from './fixtures';

const resource = (suffix: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::elasticmapreduce:createCluster${suffix}`]],
});
const regional = (service: string, rest: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:us-east-1:123456789012:${rest}`]],
});

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function create(props: Partial<EmrCreateClusterProps> = {}): EmrCreateCluster {
  return new EmrCreateCluster(stack, 'Task', { instances: {}, name: 'Cluster', ...props });
}

/** The refs of the roles the task created. */
const created = {
  JobFlowRole: { Ref: 'TaskInstanceRoleB72072BF' },
  ServiceRole: { Ref: 'TaskServiceRoleBF55F61E' },
  AutoScalingRole: { Ref: 'TaskAutoScalingRoleD06F8423' },
};

describe('EmrCreateCluster', () => {
  it('renders RUN_JOB (createCluster.sync) with the roles it creates by default', () => {
    expect(render(create())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync'),
      Parameters: { Instances: { KeepJobFlowAliveWhenNoSteps: true }, Name: 'Cluster', VisibleToAllUsers: true, ...created },
    });
  });

  it('renders REQUEST_RESPONSE with given roles', () => {
    const task = create({ ...makeRoles(stack, 'imported'), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(''),
      Parameters: {
        Instances: { KeepJobFlowAliveWhenNoSteps: true },
        JobFlowRole: 'emr-ec2',
        Name: 'Cluster',
        ServiceRole: 'emr-service',
        AutoScalingRole: 'emr-autoscaling',
        VisibleToAllUsers: true,
      },
    });
  });

  it('renders JSONata Arguments with the jsonata factory', () => {
    const task = EmrCreateCluster.jsonata(stack, 'Task', {
      instances: { instanceFleets: [masterFleet()] },
      name: '{% $states.input.name %}',
      releaseLabel: '{% $states.input.release %}',
      stepConcurrencyLevel: 4,
      outputs: { clusterId: '{% $states.result.ClusterId %}' },
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.sync'),
      Output: { clusterId: '{% $states.result.ClusterId %}' },
      Arguments: {
        Instances: {
          InstanceFleets: [{ InstanceFleetType: 'MASTER', InstanceTypeConfigs: [{ InstanceType: 'm5.xlarge' }], Name: 'Primary', TargetOnDemandCapacity: 1 }],
          KeepJobFlowAliveWhenNoSteps: true,
        },
        JobFlowRole: created.JobFlowRole,
        Name: '{% $states.input.name %}',
        ServiceRole: created.ServiceRole,
        ReleaseLabel: '{% $states.input.release %}',
        StepConcurrencyLevel: 4,
        VisibleToAllUsers: true,
      },
    });
  });

  it('renders JSON path values as .$ fields, nested ones included', () => {
    const task = EmrCreateCluster.jsonPath(stack, 'Task', {
      instances: { instanceGroups: [{ instanceCount: sfn.JsonPath.numberAt('$.count'), instanceRole: EmrCreateCluster.InstanceRoleType.CORE, instanceType: 'm5.xlarge' }] },
      name: sfn.JsonPath.stringAt('$.name'),
      ebsRootVolumeIops: sfn.JsonPath.numberAt('$.iops'),
      autoTerminationPolicyIdleTimeout: Duration.seconds(sfn.JsonPath.numberAt('$.idle')),
    });
    expect(render(task).Parameters).toEqual({
      'Instances': {
        InstanceGroups: [{ 'InstanceCount.$': '$.count', 'InstanceRole': 'CORE', 'InstanceType': 'm5.xlarge' }],
        KeepJobFlowAliveWhenNoSteps: true,
      },
      'Name.$': '$.name',
      'EbsRootVolumeIops.$': '$.iops',
      'AutoTerminationPolicy': { 'IdleTimeout.$': '$.idle' },
      'VisibleToAllUsers': true,
      ...created,
    });
  });

  it('renders sizes in GiB, durations in seconds and minutes, and maps as Key/Value lists', () => {
    const task = create({
      ebsRootVolumeSize: Size.gibibytes(32),
      autoTerminationPolicyIdleTimeout: Duration.hours(2),
      tags: { team: 'data' },
      instances: { instanceFleets: [{ ...masterFleet(), targetOnDemandCapacity: undefined, targetSpotCapacity: 1,
        launchSpecifications: { spotSpecification: { timeoutAction: EmrCreateCluster.SpotTimeoutAction.SWITCH_TO_ON_DEMAND, timeout: Duration.hours(1) } } }] },
    });
    const parameters = render(task).Parameters;
    expect(parameters.EbsRootVolumeSize).toBe(32);
    expect(parameters.AutoTerminationPolicy).toEqual({ IdleTimeout: 7200 });
    expect(parameters.Tags).toEqual([{ Key: 'team', Value: 'data' }]);
    expect(parameters.Instances.InstanceFleets[0].LaunchSpecifications).toEqual({
      SpotSpecification: { TimeoutAction: 'SWITCH_TO_ON_DEMAND', TimeoutDurationMinutes: 60 },
    });
  });

  it('grants what createCluster.sync needs, every ARN in the stack partition', () => {
    expect(normalize(statements(create()))).toEqual(normalize([
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['TaskInstanceRoleB72072BF', 'Arn'] } },
      {
        Action: ['elasticmapreduce:RunJobFlow', 'elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows', 'elasticmapreduce:AddTags'],
        Effect: 'Allow',
        Resource: '*',
      },
      {
        Action: 'iam:PassRole',
        Effect: 'Allow',
        Resource: [{ 'Fn::GetAtt': ['TaskServiceRoleBF55F61E', 'Arn'] }, { 'Fn::GetAtt': ['TaskInstanceRoleB72072BF', 'Arn'] }],
      },
      {
        Sid: 'ElasticMapReduceServiceLinkedRole',
        Action: 'iam:CreateServiceLinkedRole',
        Effect: 'Allow',
        Condition: { StringEquals: { 'iam:AWSServiceName': ['elasticmapreduce.amazonaws.com', 'elasticmapreduce.amazonaws.com.cn'] } },
        Resource: {
          'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' },
            ':iam::123456789012:role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*']],
        },
      },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['TaskAutoScalingRoleD06F8423', 'Arn'] } },
      {
        Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        Effect: 'Allow',
        Resource: regional('events', 'rule/StepFunctionsGetEventForEMRRunJobFlowRule'),
      },
    ]));
  });

  it('grants tagging on the account\'s clusters when tagged, and no EventBridge rule for REQUEST_RESPONSE', () => {
    const granted = normalize(statements(create({ tags: { a: 'b' }, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }))) as any[];
    expect(granted).toContainEqual({ Action: 'elasticmapreduce:AddTags', Effect: 'Allow', Resource: regional('elasticmapreduce', 'cluster/*') });
    expect(JSON.stringify(granted)).not.toContain('events:');
  });

  it('passes only the service and cluster roles for instance fleets, which take no auto scaling role', () => {
    const task = create({ ...makeRoles(stack, 'imported', false), instances: { instanceFleets: [masterFleet()] } });
    const granted = normalize(statements(task)) as any[];
    expect(granted.filter((s) => s.Action === 'iam:PassRole')).toEqual([
      // The imported service role may pass the cluster role to EC2 (a policy attached to it) ...
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: IMPORTED_CLUSTER_ROLE_ARN },
      // ... and the state machine may pass both roles to Amazon EMR.
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: [IMPORTED_SERVICE_ROLE_ARN, IMPORTED_CLUSTER_ROLE_ARN] },
    ]);
    expect(() => task.autoScalingRole).toThrow(/`autoScalingRole` is not available: a cluster of instance fleets has no auto scaling role/);
    expect(render(task).Parameters.AutoScalingRole).toBeUndefined();
  });

  it('creates a service role with AmazonElasticMapReduceRole, an instance role with its profile, and an auto scaling role', () => {
    const task = create();
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    const template = Template.fromStack(stack);
    const managed = (name: string) => [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::aws:policy/service-role/${name}`]] }];
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'elasticmapreduce.amazonaws.com' } }] },
      ManagedPolicyArns: managed('AmazonElasticMapReduceRole'),
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } }] },
    });
    template.hasResourceProperties('AWS::IAM::InstanceProfile', {
      Roles: [{ Ref: 'TaskInstanceRoleB72072BF' }],
      InstanceProfileName: { Ref: 'TaskInstanceRoleB72072BF' },
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'elasticmapreduce.amazonaws.com' } },
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'application-autoscaling.amazonaws.com' } },
      ] },
      ManagedPolicyArns: managed('AmazonElasticMapReduceforAutoScalingRole'),
    });
    // The service role may pass the instance role to EC2.
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['TaskInstanceRoleB72072BF', 'Arn'] } }] },
      Roles: [{ Ref: 'TaskServiceRoleBF55F61E' }],
    });
    expect(task.serviceRole).toBeInstanceOf(iam.Role);
    expect(task.clusterRole).toBeInstanceOf(iam.Role);
    expect(task.autoScalingRole).toBeInstanceOf(iam.Role);
  });

  it('uses AmazonEMRServicePolicy_v2 and tags the cluster for it under the feature flag', () => {
    const app = new App({ context: { [ENABLE_EMR_SERVICE_POLICY_V2]: true } });
    const flagged = new Stack(app, 'Flagged');
    const task = new EmrCreateCluster(flagged, 'Task', { instances: {}, name: 'Cluster', tags: { team: 'data' } });
    expect(render(task).Parameters.Tags).toEqual([
      { Key: 'team', Value: 'data' },
      { Key: 'for-use-with-amazon-emr-managed-policies', Value: 'true' },
    ]);
    new sfn.StateMachine(flagged, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    Template.fromStack(flagged).hasResourceProperties('AWS::IAM::Role', {
      ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AmazonEMRServicePolicy_v2']] }],
    });
  });

  it('returns the roles it was given', () => {
    const roles = makeRoles(stack, 'owned');
    const task = create(roles);
    expect(task.serviceRole).toBe(roles.serviceRole);
    expect(task.clusterRole).toBe(roles.clusterRole);
    expect(task.autoScalingRole).toBe(roles.autoScalingRole);
    expect(Template.fromStack(stack).findResources('AWS::IAM::InstanceProfile')).toEqual({});
  });

  it('keeps every ARN in the partition of the stack, whatever its region', () => {
    const china = new Stack(new App(), 'China', { env: { account: '123456789012', region: 'cn-north-1' } });
    const task = new EmrCreateCluster(china, 'Task', { instances: {}, name: 'Cluster', tags: { a: 'b' } });
    const text = JSON.stringify(statements(task));
    expect(text).not.toMatch(/arn:aws[:-]/);
    expect(text.match(/"Ref":"AWS::Partition"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Map', inJsonataMap],
    ['Parallel', inJsonataParallel],
  ])('renders Arguments inside a JSONata %s', (_name, place) => {
    const task = create({ name: '{% $states.input.name %}' });
    const definition = definitionOf(place(stack, task));
    const state = _name === 'Map' ? definition.States.Map.ItemProcessor.States.Task : definition.States.Parallel.Branches[0].States.Task;
    expect(state.Arguments).toMatchObject({ Name: '{% $states.input.name %}' });
    expect(state.Parameters).toBeUndefined();
  });
});
