import { App, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import * as ours from '../src';
import { type ClusterKind, type TaskDefinitionKind, makeCluster, makeTaskDefinition } from './fixtures';

type Lib = typeof ours;
type Props = Partial<ours.EcsRunTaskProps>;

interface Input {
  readonly cluster?: ClusterKind;
  readonly td?: TaskDefinitionKind | 'empty';
  readonly launch?: (lib: Lib) => ours.IEcsLaunchTarget;
  readonly props?: (ctx: { scope: Construct; container: ecs.ContainerDefinition; sidecar: ecs.ContainerDefinition; taskDefinition: ecs.TaskDefinition }) => Props;
}

/** Builds the task with `lib` in a fresh stack and renders it (some checks happen at either step). */
function build(lib: Lib, input: Input): unknown {
  const stack = new Stack(new App(), 'Stack');
  let taskDefinition: ecs.TaskDefinition;
  let container: ecs.ContainerDefinition | undefined;
  let sidecar: ecs.ContainerDefinition | undefined;
  if (input.td === 'empty') {
    taskDefinition = new ecs.FargateTaskDefinition(stack, 'TD');
  } else {
    ({ taskDefinition, container, sidecar } = makeTaskDefinition(stack, input.td ?? 'fargate'));
  }
  const task = new lib.EcsRunTask(stack, 'Run', {
    cluster: makeCluster(stack, input.cluster ?? 'imported'),
    taskDefinition,
    launchTarget: (input.launch ?? ((l) => new l.EcsFargateLaunchTarget()))(lib),
    ...input.props?.({ scope: stack, container: container!, sidecar: sidecar!, taskDefinition }),
  });
  return stack.resolve(task.toStateJson());
}

const ours_ = (input: Input) => build(ours, input);
const theReference = (input: Input) => build(reference as unknown as Lib, input);
const ec2Run: Input = { cluster: 'importedWithCapacity', td: 'ec2', launch: (l) => new l.EcsEc2LaunchTarget() };

describe('EcsRunTask validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, Input, RegExp]> = [
      ['a Fargate launch target with an EC2-only task definition', { td: 'ec2' },
        /`taskDefinition` must be compatible with Fargate \(Compatibility.FARGATE or EC2_AND_FARGATE\) to run on an EcsFargateLaunchTarget/],
      ['an EC2 launch target with a Fargate-only task definition', { cluster: 'importedWithCapacity', launch: (l) => new l.EcsEc2LaunchTarget() },
        /`taskDefinition` must be compatible with EC2 \(Compatibility.EC2 or EC2_AND_FARGATE\) to run on an EcsEc2LaunchTarget/],
      ['an EC2 launch target on a cluster without EC2 capacity', { ...ec2Run, cluster: 'owned' },
        /`cluster` must have EC2 capacity to run on an EcsEc2LaunchTarget/],
      ['a task definition without containers', { td: 'empty' },
        /`taskDefinition` must have at least one essential container, got none/],
      ['an override of a container of another task definition', { props: ({ scope }) => ({
        containerOverrides: [{
          containerDefinition: new ecs.FargateTaskDefinition(scope, 'Other').addContainer('Stranger', { image: ecs.ContainerImage.fromRegistry('x') }),
          environment: [{ name: 'A', value: sfn.JsonPath.stringAt('$.a') }],
        }],
      }) }, /`containerOverrides\[0\].containerDefinition` must be a container of `taskDefinition`, got 'Stranger'/],
      ['WAIT_FOR_TASK_TOKEN without container overrides', { props: () => ({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }) },
        /`containerOverrides\[\].environment` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
      ['WAIT_FOR_TASK_TOKEN without the token in an environment', { props: ({ container }) => ({
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        containerOverrides: [{ containerDefinition: container, environment: [{ name: 'Foo', value: 'Bar' }] }],
      }) }, /`containerOverrides\[\].environment` must contain the task token/],
      ['subnets with a bridge network task definition', { ...ec2Run, props: () => ({ subnets: { subnetType: ec2.SubnetType.PUBLIC } }) },
        /`subnets` require a task definition with the AWS_VPC network mode, got 'bridge'/],
      ['security groups with a bridge network task definition', { ...ec2Run, props: ({ scope }) => ({
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(scope, 'Sg', 'sg-1')],
      }) }, /`securityGroups` require a task definition with the AWS_VPC network mode/],
      ['an empty capacity provider strategy', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([]),
      }) as ours.IEcsLaunchTarget }, /`capacityProviderStrategy` must hold 1 to 20 capacity providers, got 0/],
      ['21 capacity providers', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom(Array.from({ length: 21 }, (_, i) => ({ capacityProvider: `P${i}`, weight: 1 }))),
      }) }, /`capacityProviderStrategy` must hold 1 to 20 capacity providers, got 21/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, input, message) => {
      expect(() => theReference(input)).toThrow();
      expect(() => ours_(input)).toThrow(message);
    });
  });

  it('rejects an incompatible task definition at construction, before rendering', () => {
    const stack = new Stack(new App(), 'Stack');
    const { taskDefinition } = makeTaskDefinition(stack, 'ec2');
    expect(() => new ours.EcsRunTask(stack, 'Run', {
      cluster: makeCluster(stack, 'imported'), taskDefinition, launchTarget: new ours.EcsFargateLaunchTarget(),
    })).toThrow(/compatible with Fargate/);
  });

  it('checks EC2 capacity when the state renders, so capacity added after the task counts', () => {
    const stack = new Stack(new App(), 'Stack');
    const cluster = new ecs.Cluster(stack, 'Cluster', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }) });
    const { taskDefinition } = makeTaskDefinition(stack, 'ec2');
    const task = new ours.EcsRunTask(stack, 'Run', { cluster, taskDefinition, launchTarget: new ours.EcsEc2LaunchTarget() });
    cluster.addCapacity('Capacity', { instanceType: new ec2.InstanceType('t3.micro'), machineImage: ecs.EcsOptimizedImage.amazonLinux2023() });
    expect(stack.resolve(task.toStateJson())).toMatchObject({ Parameters: { LaunchType: 'EC2' } });
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      ours_({ props: () => ({ revisionNumber: 0 }) });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^EcsRunTask at 'Stack\/Run': `revisionNumber`/);
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, Input, RegExp]> = [
      ['revision 0', { props: () => ({ revisionNumber: 0 }) },
        /`revisionNumber` must be a whole number from 1 \(task definition revisions start at 1\), got 0/],
      ['a negative revision', { props: () => ({ revisionNumber: -2 }) }, /`revisionNumber` must be a whole number from 1.*got -2/],
      ['a fractional revision', { props: () => ({ revisionNumber: 1.5 }) }, /`revisionNumber` must be a whole number from 1.*got 1.5/],
      ['propagatedTagSource SERVICE', { props: () => ({ propagatedTagSource: ecs.PropagatedTagSource.SERVICE }) },
        /`propagatedTagSource` must be TASK_DEFINITION or NONE for a task that RunTask starts, got SERVICE/],
      ['assignPublicIp with a bridge network task definition', { ...ec2Run, props: () => ({ assignPublicIp: true }) },
        /`assignPublicIp` require a task definition with the AWS_VPC network mode, got 'bridge'/],
      ['a weight over 1000', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', weight: 1001 }]),
      }) }, /CapacityProviderOptions.custom\(\): `capacityProviderStrategy\[0\].weight` must be an integer from 0 to 1000, got 1001/],
      ['a negative weight', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', weight: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: -1 }]),
      }) }, /`capacityProviderStrategy\[1\].weight` must be an integer from 0 to 1000, got -1/],
      ['a fractional weight', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', weight: 0.5 }]),
      }) }, /`capacityProviderStrategy\[0\].weight` must be an integer from 0 to 1000, got 0.5/],
      ['a base over 100000', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', weight: 1, base: 100001 }]),
      }) }, /`capacityProviderStrategy\[0\].base` must be an integer from 0 to 100000, got 100001/],
      ['a negative base', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', base: -1 }]),
      }) }, /`capacityProviderStrategy\[0\].base` must be an integer from 0 to 100000, got -1/],
      ['two capacity providers with a base', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', weight: 1, base: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 1, base: 2 }]),
      }) }, /`capacityProviderStrategy` must give a `base` to at most one capacity provider, got 2 \('FARGATE', 'FARGATE_SPOT'\)/],
      ['several capacity providers all weighing 0', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE' }, { capacityProvider: 'FARGATE_SPOT', weight: 0 }]),
      }) }, /`capacityProviderStrategy` must give a `weight` above 0 to at least one of its 2 capacity providers, got none/],
      ['an empty capacity provider name', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: '' }]),
      }) }, /`capacityProviderStrategy\[0\].capacityProvider` must be 1 to 255 characters long, got ''/],
      ['a capacity provider name of 256 characters', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([{ capacityProvider: 'p'.repeat(256) }]),
      }) }, /`capacityProviderStrategy\[0\].capacityProvider` must be 1 to 255 characters long/],
      ['11 placement constraints', { ...ec2Run, launch: (l) => new l.EcsEc2LaunchTarget({
        placementConstraints: Array.from({ length: 11 }, () => ecs.PlacementConstraint.distinctInstances()),
      }) }, /EcsEc2LaunchTarget: `placementConstraints` must hold at most 10 constraints, got 11/],
      ['6 placement strategies', { ...ec2Run, launch: (l) => new l.EcsEc2LaunchTarget({
        placementStrategies: [ecs.PlacementStrategy.randomly(), ecs.PlacementStrategy.packedByCpu(), ecs.PlacementStrategy.packedByMemory(),
          ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.spreadAcross('attribute:ecs.availability-zone'), ecs.PlacementStrategy.randomly()],
      }) }, /`placementStrategies` must hold at most 5 rules, got 6/],
      ['a negative container cpu', { props: ({ container }) => ({ containerOverrides: [{ containerDefinition: container, cpu: -1 }] }) },
        /`containerOverrides\[0\].cpu` must be a whole number from 0, got -1/],
      ['a fractional memory limit', { props: ({ container }) => ({ containerOverrides: [{ containerDefinition: container, memoryLimit: 1.5 }] }) },
        /`containerOverrides\[0\].memoryLimit` must be a whole number from 0, got 1.5/],
      ['a memory reservation above the limit', { props: ({ container, sidecar }) => ({
        containerOverrides: [{ containerDefinition: container }, { containerDefinition: sidecar, memoryLimit: 256, memoryReservation: 512 }],
      }) }, /`containerOverrides\[1\].memoryReservation` must not exceed its `memoryLimit` \(256 MiB\), got 512 MiB/],
    ];

    it.each(cases)('fails on %s', (_name, input, message) => {
      expect(() => ours_(input)).toThrow(message);
    });

    it.each(cases.filter(([name]) => !name.includes('capacity provider name')))('the reference accepts %s', (_name, input) => {
      expect(() => theReference(input)).not.toThrow();
    });
  });

  describe('values only known later are not checked', () => {
    const cases: Array<[string, Input]> = [
      ['a token revision', { props: () => ({ revisionNumber: Token.asNumber(Fn.importValue('Rev')) }) }],
      ['token weights and bases', { launch: (l) => new l.EcsFargateLaunchTarget({ platformVersion: ecs.FargatePlatformVersion.LATEST,
        capacityProviderOptions: l.CapacityProviderOptions.custom([
          { capacityProvider: Fn.importValue('A'), weight: Token.asNumber(Fn.importValue('W')), base: Token.asNumber(Fn.importValue('B')) },
          { capacityProvider: 'FARGATE', weight: 0 },
        ]),
      }) }],
      ['JSON path container numbers', { props: ({ container }) => ({
        containerOverrides: [{ containerDefinition: container, cpu: sfn.JsonPath.numberAt('$.cpu'), memoryLimit: 1, memoryReservation: sfn.JsonPath.numberAt('$.r') }],
      }) }],
      ['a container with a token name', { props: ({ scope }) => ({
        containerOverrides: [{
          containerDefinition: new ecs.FargateTaskDefinition(scope, 'Other').addContainer('X', {
            image: ecs.ContainerImage.fromRegistry('x'), containerName: Fn.importValue('Name'),
          }),
        }],
      }) }],
      ['assignPublicIp false with a bridge network task definition', { ...ec2Run, props: () => ({ assignPublicIp: false }) }],
      ['the JSONata task token', { props: ({ container }) => ({
        queryLanguage: sfn.QueryLanguage.JSONATA,
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        containerOverrides: [{ containerDefinition: container, environment: [{ name: 'T', value: '{% $states.context.Task.Token %}' }] }],
      }) }],
    ];

    it.each(cases)('accepts %s', (_name, input) => {
      expect(() => ours_(input)).not.toThrow();
    });
  });
});
