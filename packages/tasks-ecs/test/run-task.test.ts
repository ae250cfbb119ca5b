import { App, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inJsonataParallel, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CapacityProviderOptions, EcsEc2LaunchTarget, EcsFargateLaunchTarget, EcsRunTask, type EcsRunTaskProps,
} from '../src';
import { FIX_RUN_ECS_TASK_POLICY, type ClusterKind, type TaskDefinitionKind, familyArnJoin, makeCluster, makeTaskDefinition } from './fixtures';

const resource = (suffix = '') => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::ecs:runTask${suffix}`]] });
const CLUSTER_ARN = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ecs:us-east-1:123456789012:cluster/imported']] };
const RUN_TASK_ALL_REVISIONS = { Action: 'ecs:RunTask', Effect: 'Allow', Resource: familyArnJoin(':*') };
const STOP_AND_DESCRIBE = { Action: ['ecs:StopTask', 'ecs:DescribeTasks'], Effect: 'Allow', Resource: '*' };
const PASS_TASK_ROLE = { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['TDTaskRoleC497AFFC', 'Arn'] } };
const EVENTS_RULE = {
  Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
  Effect: 'Allow',
  Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':events:us-east-1:123456789012:rule/StepFunctionsGetEventsForECSTaskRule']] },
};

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

interface Setup {
  readonly cluster?: ClusterKind;
  readonly td?: TaskDefinitionKind;
  readonly flag?: boolean;
}

/** A task in `stack` with a cluster and task definition of the given kinds (defaults: imported cluster, Fargate). */
function runTask(props: Partial<EcsRunTaskProps> = {}, setup: Setup = {}): EcsRunTask {
  if (setup.flag !== undefined) stack.node.setContext(FIX_RUN_ECS_TASK_POLICY, setup.flag);
  const { taskDefinition } = makeTaskDefinition(stack, setup.td ?? 'fargate');
  return new EcsRunTask(stack, 'Run', {
    cluster: makeCluster(stack, setup.cluster ?? 'imported'),
    taskDefinition,
    launchTarget: new EcsFargateLaunchTarget(),
    ...props,
  });
}

const sgOf = (task: EcsRunTask) => stack.resolve(task.connections.securityGroups[0].securityGroupId);

describe('EcsRunTask', () => {
  it('renders the default Fargate state: a new security group in the private subnets', () => {
    const task = runTask();
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(),
      Parameters: {
        Cluster: CLUSTER_ARN,
        TaskDefinition: 'StackTDA28C8ABC',
        NetworkConfiguration: {
          AwsvpcConfiguration: { Subnets: ['subnet-private1', 'subnet-private2'], SecurityGroups: [sgOf(task)] },
        },
        LaunchType: 'FARGATE',
      },
    });
    expect(task.connections.securityGroups).toHaveLength(1);
  });

  it('renders RUN_JOB and WAIT_FOR_TASK_TOKEN resources', () => {
    expect(render(runTask({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).Resource).toEqual(resource('.sync'));
    stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
    const { taskDefinition, container } = makeTaskDefinition(stack, 'fargate');
    const task = new EcsRunTask(stack, 'Run', {
      cluster: makeCluster(stack, 'imported'),
      taskDefinition,
      launchTarget: new EcsFargateLaunchTarget(),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      containerOverrides: [{ containerDefinition: container, environment: [{ name: 'TOKEN', value: sfn.JsonPath.taskToken }] }],
    });
    expect(render(task)).toMatchObject({
      Resource: resource('.waitForTaskToken'),
      Parameters: { Overrides: { ContainerOverrides: [{ Name: 'App', Environment: [{ Name: 'TOKEN', 'Value.$': '$$.Task.Token' }] }] } },
    });
  });

  it('renders the JSONata state with Arguments', () => {
    const { taskDefinition, container } = makeTaskDefinition(stack, 'fargate');
    const task = EcsRunTask.jsonata(stack, 'Run', {
      cluster: makeCluster(stack, 'imported'),
      taskDefinition,
      launchTarget: new EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.VERSION1_4 }),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      revisionNumber: 4,
      containerOverrides: [{ containerDefinition: container, command: ['{% $states.input.cmd %}'] }],
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.sync'),
      Arguments: {
        Cluster: CLUSTER_ARN,
        TaskDefinition: 'StackTDA28C8ABC:4',
        NetworkConfiguration: {
          AwsvpcConfiguration: { Subnets: ['subnet-private1', 'subnet-private2'], SecurityGroups: [sgOf(task)] },
        },
        Overrides: { ContainerOverrides: [{ Name: 'App', Command: ['{% $states.input.cmd %}'] }] },
        LaunchType: 'FARGATE',
        PlatformVersion: '1.4.0',
      },
    });
  });

  it('renders the public subnets and ENABLED when assignPublicIp is set', () => {
    const task = runTask({ assignPublicIp: true });
    expect(render(task).Parameters.NetworkConfiguration).toEqual({
      AwsvpcConfiguration: { AssignPublicIp: 'ENABLED', Subnets: ['subnet-public1', 'subnet-public2'], SecurityGroups: [sgOf(task)] },
    });
  });

  it('uses the given security groups without creating one', () => {
    const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-given');
    const task = runTask({ securityGroups: [sg] });
    expect(render(task).Parameters.NetworkConfiguration.AwsvpcConfiguration.SecurityGroups).toEqual(['sg-given']);
    expect(task.connections.securityGroups).toEqual([sg]);
    expect(task.node.tryFindChild('SecurityGroup')).toBeUndefined();
  });

  it('renders an EC2 bridge task without network configuration and adopts the cluster security groups', () => {
    const task = runTask({ launchTarget: new EcsEc2LaunchTarget() }, { cluster: 'importedWithCapacity', td: 'ec2' });
    expect(render(task).Parameters).toEqual({ Cluster: expect.anything(), TaskDefinition: 'StackTDA28C8ABC', LaunchType: 'EC2' });
    expect(stack.resolve(task.connections.securityGroups.map((sg) => sg.securityGroupId))).toEqual(['sg-cluster']);
  });

  it('renders EC2 placement constraints and strategies with capitalized keys', () => {
    const task = runTask({
      launchTarget: new EcsEc2LaunchTarget({
        placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.packedByCpu(), ecs.PlacementStrategy.randomly()],
        placementConstraints: [ecs.PlacementConstraint.memberOf('blieptuut')],
      }),
    }, { cluster: 'withEc2Capacity', td: 'ec2' });
    expect(render(task).Parameters).toMatchObject({
      LaunchType: 'EC2',
      PlacementConstraints: [{ Type: 'memberOf', Expression: 'blieptuut' }],
      PlacementStrategy: [{ Field: 'instanceId', Type: 'spread' }, { Field: 'CPU', Type: 'binpack' }, { Type: 'random' }],
    });
  });

  it('renders a custom capacity provider strategy instead of the launch type', () => {
    const task = runTask({
      launchTarget: new EcsFargateLaunchTarget({
        platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
        capacityProviderOptions: CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }, { capacityProvider: 'FARGATE', weight: 1 }]),
      }),
    });
    const parameters = render(task).Parameters;
    expect(parameters.LaunchType).toBeUndefined();
    expect(parameters.CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE_SPOT', Weight: 2, Base: 1 },
      { CapacityProvider: 'FARGATE', Weight: 1 },
    ]);
  });

  it('renders neither launch type nor strategy for the cluster default capacity providers', () => {
    const task = runTask({ launchTarget: new EcsEc2LaunchTarget({ capacityProviderOptions: CapacityProviderOptions.default() }) },
      { cluster: 'withEc2Capacity', td: 'ec2' });
    const parameters = render(task).Parameters;
    expect(parameters).not.toHaveProperty('LaunchType');
    expect(parameters).not.toHaveProperty('CapacityProviderStrategy');
  });

  describe('overrides', () => {
    it('renders the container name, command, numbers and environment', () => {
      const { taskDefinition, container } = makeTaskDefinition(stack, 'explicitName');
      const task = new EcsRunTask(stack, 'Run', {
        cluster: makeCluster(stack, 'importedWithCapacity'),
        taskDefinition,
        launchTarget: new EcsFargateLaunchTarget(),
        cpu: '1024',
        memoryMiB: '2048',
        containerOverrides: [{
          containerDefinition: container,
          command: sfn.JsonPath.listAt('$.TheCommand'),
          cpu: 5,
          memoryLimit: sfn.JsonPath.numberAt('$.MemoryLimit'),
          memoryReservation: 128,
          environment: [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }],
        }],
      });
      expect(render(task).Parameters.Overrides).toEqual({
        Cpu: '1024',
        Memory: '2048',
        ContainerOverrides: [{
          Name: 'ExplicitName',
          'Command.$': '$.TheCommand',
          Cpu: 5,
          'Memory.$': '$.MemoryLimit',
          MemoryReservation: 128,
          Environment: [{ Name: 'SOME_KEY', 'Value.$': '$.SomeKey' }],
        }],
      });
    });

    it('renders no Overrides when nothing is overridden', () => {
      expect(render(runTask({ containerOverrides: [] })).Parameters).not.toHaveProperty('Overrides');
    });
  });

  it('renders PropagateTags only when set', () => {
    expect(render(runTask()).Parameters).not.toHaveProperty('PropagateTags');
    stack = new Stack(new App(), 'Stack');
    expect(render(runTask({ propagatedTagSource: ecs.PropagatedTagSource.NONE })).Parameters.PropagateTags).toBe('NONE');
    stack = new Stack(new App(), 'Stack');
    expect(render(runTask({ propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION })).Parameters.PropagateTags).toBe('TASK_DEFINITION');
  });

  it('renders EnableExecuteCommand after the launch target fields', () => {
    const parameters = render(runTask({ enableExecuteCommand: true })).Parameters;
    expect(Object.keys(parameters).slice(-2)).toEqual(['LaunchType', 'EnableExecuteCommand']);
    expect(parameters.EnableExecuteCommand).toBe(true);
  });

  it('follows a JSONata Map or Parallel it is placed in', () => {
    for (const place of [inJsonataMap, inJsonataParallel]) {
      stack = new Stack(new App(), 'Stack');
      const task = runTask();
      const definition = definitionOf(place(stack, task));
      const state = place === inJsonataMap ? definition.States.Map.ItemProcessor.States.Run : definition.States.Parallel.Branches[0].States.Run;
      expect(state.Arguments).toMatchObject({ LaunchType: 'FARGATE' });
      expect(state).not.toHaveProperty('Parameters');
    }
  });

  describe('IAM', () => {
    it('grants ecs:RunTask on every revision of the family and iam:PassRole on the task role, nothing else, for REQUEST_RESPONSE', () => {
      expect(normalize(statements(runTask({}, { cluster: 'owned' })))).toEqual(normalize([RUN_TASK_ALL_REVISIONS, PASS_TASK_ROLE]));
    });

    it('adds ecs:StopTask, ecs:DescribeTasks and the EventBridge managed rule for RUN_JOB', () => {
      expect(normalize(statements(runTask({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }, { cluster: 'owned' }))))
        .toEqual(normalize([RUN_TASK_ALL_REVISIONS, STOP_AND_DESCRIBE, PASS_TASK_ROLE, EVENTS_RULE]));
    });

    it('grants no ecs:StopTask or ecs:DescribeTasks for WAIT_FOR_TASK_TOKEN', () => {
      const { taskDefinition, container } = makeTaskDefinition(stack, 'fargate');
      const task = new EcsRunTask(stack, 'Run', {
        cluster: makeCluster(stack, 'imported'),
        taskDefinition,
        launchTarget: new EcsFargateLaunchTarget(),
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        containerOverrides: [{ containerDefinition: container, environment: [{ name: 'T', value: sfn.JsonPath.taskToken }] }],
      });
      expect(normalize(statements(task))).toEqual(normalize([RUN_TASK_ALL_REVISIONS, PASS_TASK_ROLE]));
    });

    it('passes the execution role as well as the task role', () => {
      const granted = statements(runTask({}, { td: 'withExecutionRole' })) as Array<{ Action: string; Resource: unknown }>;
      expect(granted.find((s) => s.Action === 'iam:PassRole')?.Resource)
        .toEqual(['arn:aws:iam::123456789012:role/task', 'arn:aws:iam::123456789012:role/execution']);
    });

    it('grants ecs:TagResource on the cluster tasks being created when the task definition tags are propagated', () => {
      const granted = statements(runTask({ propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION }));
      expect(granted).toContainEqual({
        Action: 'ecs:TagResource',
        Condition: { StringEquals: { 'ecs:CreateAction': 'RunTask' } },
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ecs:us-east-1:123456789012:task/imported/*']] },
      });
    });

    it('grants no ecs:TagResource for propagatedTagSource NONE', () => {
      const granted = statements(runTask({ propagatedTagSource: ecs.PropagatedTagSource.NONE })) as Array<{ Action: unknown }>;
      expect(granted.map((s) => s.Action)).not.toContain('ecs:TagResource');
    });

    describe('with the fixRunEcsTaskPolicy feature flag', () => {
      it('grants ecs:RunTask on the task definition revision it deploys when no revision is given', () => {
        const granted = statements(runTask({}, { cluster: 'owned', flag: true })) as Array<{ Action: unknown; Resource: unknown }>;
        expect(granted[0]).toEqual({ Action: 'ecs:RunTask', Effect: 'Allow', Resource: { Ref: 'TD49C78F36' } });
      });

      it('grants ecs:RunTask on the revision the state runs when revisionNumber is given', () => {
        const task = runTask({ revisionNumber: 3 }, { cluster: 'owned', flag: true });
        expect(render(task).Parameters.TaskDefinition).toBe('StackTDA28C8ABC:3');
        const granted = statements(task) as Array<{ Action: unknown; Resource: unknown }>;
        expect(normalize(granted[0])).toEqual(normalize({ Action: 'ecs:RunTask', Effect: 'Allow', Resource: familyArnJoin(':3') }));
      });

      it('grants every revision with the flag off, the given revision included', () => {
        const granted = statements(runTask({ revisionNumber: 3 }, { cluster: 'owned', flag: false })) as Array<{ Resource: unknown }>;
        expect(normalize(granted[0].Resource)).toEqual(normalize(familyArnJoin(':*')));
      });
    });
  });

  it('implements IConnectable: the created security group accepts rules', () => {
    const task = runTask();
    task.connections.allowToAnyIpv4(ec2.Port.tcp(443));
    expect(task.connections.securityGroups[0].node.path).toBe('Stack/Run/SecurityGroup');
  });

  it('declares a property injection id', () => {
    expect(EcsRunTask.PROPERTY_INJECTION_ID).toBe('@cdk-stepfunctions.tasks-ecs.EcsRunTask');
  });
});
