import { Duration, Fn, Token } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import * as ours from '../src';
import {
  FIX_RUN_ECS_TASK_POLICY, type ClusterKind, type TaskDefinitionKind, familyArnJoin, makeCluster, makeTaskDefinition,
} from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = Partial<ours.EcsRunTaskProps>;

/** The launch target classes of one implementation. */
interface Lib {
  readonly EcsFargateLaunchTarget: new (options?: any) => ours.IEcsLaunchTarget;
  readonly EcsEc2LaunchTarget: new (options?: any) => ours.IEcsLaunchTarget;
  readonly CapacityProviderOptions: { custom(s: ecs.CapacityProviderStrategy[]): any; default(): any };
}

interface Context {
  readonly scope: Construct;
  readonly taskDefinition: ecs.TaskDefinition;
  readonly container: ecs.ContainerDefinition;
  readonly sidecar: ecs.ContainerDefinition;
  readonly cluster: ecs.ICluster;
}

interface Case {
  readonly name: string;
  readonly cluster?: ClusterKind;
  readonly td?: TaskDefinitionKind;
  readonly launch?: (lib: Lib) => ours.IEcsLaunchTarget;
  readonly factory?: Factory;
  readonly props?: (ctx: Context) => Props;
  readonly flag?: boolean;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;
const fargate = (options?: object) => (lib: Lib) => new lib.EcsFargateLaunchTarget(options);
const ec2Target = (options?: object) => (lib: Lib) => new lib.EcsEc2LaunchTarget(options);
const onEc2 = { cluster: 'withEc2Capacity' as const, td: 'ec2' as const, launch: ec2Target() };

const env = (ctx: Context, environment: ours.TaskEnvironmentVariable[]): Props => ({
  containerOverrides: [{ containerDefinition: ctx.container, environment }],
});

const commonJsonPath = (scope: Construct): Props => commonJsonPathProps(scope, {
  comment: 'run it',
  stateName: 'Run the task',
  resultSelector: { arn: sfn.JsonPath.stringAt('$.TaskArn'), stopped: sfn.JsonPath.stringAt('$.StoppedReason') },
  assign: { last: sfn.JsonPath.stringAt('$.TaskArn') },
});
const commonJsonata = (): Props => commonJsonataProps({
  comment: 'run it',
  outputs: '{% $states.result.Tasks[0].TaskArn %}',
  assign: { last: '{% $states.result.Tasks[0].TaskArn %}' },
});

const cases: Case[] = [];

// Every launch, pattern and factory.
const patterns = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB] as const;
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  for (const pattern of patterns) {
    cases.push({ name: `Fargate, ${factory}, ${pattern}`, factory, props: () => ({ integrationPattern: pattern }) });
    cases.push({ name: `EC2 bridge, ${factory}, ${pattern}`, factory, ...onEc2, props: () => ({ integrationPattern: pattern }) });
    cases.push({ name: `EC2 awsvpc, ${factory}, ${pattern}`, factory, ...onEc2, td: 'ec2Awsvpc', props: () => ({ integrationPattern: pattern }) });
  }
  cases.push({ name: `Fargate, ${factory}, minimal`, factory });
}

// Clusters and task definitions.
const fargateClusters: ClusterKind[] = ['owned', 'imported', 'importedByArn', 'importedWithCapacity'];
for (const cluster of fargateClusters) {
  cases.push({ name: `Fargate in a ${cluster} cluster`, cluster });
  cases.push({ name: `Fargate in a ${cluster} cluster, RUN_JOB`, cluster, props: () => RUN_JOB });
}
for (const cluster of ['withEc2Capacity', 'withAsgProvider', 'importedWithCapacity'] as const) {
  cases.push({ name: `EC2 in a ${cluster} cluster`, ...onEc2, cluster });
  cases.push({ name: `EC2 awsvpc in a ${cluster} cluster`, ...onEc2, td: 'ec2Awsvpc', cluster });
}
const tds: TaskDefinitionKind[] = ['fargate', 'both', 'generic', 'withExecutionRole', 'explicitName'];
for (const td of tds) {
  cases.push({ name: `${td} task definition on Fargate`, td, props: () => RUN_JOB });
}
cases.push(
  { name: 'EC2 and Fargate compatible task definition on EC2', ...onEc2, td: 'both' },
);

// Networking.
cases.push(
  { name: 'assignPublicIp', props: () => ({ assignPublicIp: true }) },
  { name: 'assignPublicIp false', props: () => ({ assignPublicIp: false }) },
  { name: 'assignPublicIp in an imported VPC', cluster: 'imported', props: () => ({ assignPublicIp: true }) },
  { name: 'subnets by type', props: () => ({ subnets: { subnetType: ec2.SubnetType.PUBLIC } }) },
  { name: 'subnets by type with assignPublicIp', props: () => ({ subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, assignPublicIp: true }) },
  { name: 'subnets listed', cluster: 'imported', props: (ctx) => ({
    subnets: { subnets: [ec2.Subnet.fromSubnetId(ctx.scope, 'S1', 'subnet-aaa'), ec2.Subnet.fromSubnetId(ctx.scope, 'S2', 'subnet-bbb')] },
  }) },
  { name: 'security groups', props: (ctx) => ({
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(ctx.scope, 'Sg1', 'sg-1'), ec2.SecurityGroup.fromSecurityGroupId(ctx.scope, 'Sg2', 'sg-2')],
  }) },
  { name: 'owned security group', props: (ctx) => ({
    securityGroups: [new ec2.SecurityGroup(ctx.scope, 'MySg', { vpc: ctx.cluster.vpc })],
  }) },
  { name: 'empty security groups', props: () => ({ securityGroups: [] }) },
  { name: 'subnets and security groups with CDK token ids', cluster: 'imported', props: (ctx) => ({
    subnets: { subnets: [ec2.Subnet.fromSubnetId(ctx.scope, 'S1', Fn.importValue('SubnetId'))] },
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(ctx.scope, 'Sg1', Fn.importValue('SgId'))],
  }) },
  { name: 'subnets and security groups, JSONata', factory: 'jsonata', cluster: 'imported', props: (ctx) => ({
    subnets: { subnets: [ec2.Subnet.fromSubnetId(ctx.scope, 'S1', 'subnet-x')] },
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(ctx.scope, 'Sg1', 'sg-x')], assignPublicIp: true,
  }) },
  { name: 'EC2 awsvpc with subnets and security groups', ...onEc2, td: 'ec2Awsvpc', props: (ctx) => ({
    subnets: { subnetType: ec2.SubnetType.PUBLIC }, assignPublicIp: true,
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(ctx.scope, 'Sg1', 'sg-1')],
  }) },
);

// Container overrides.
cases.push(
  { name: 'environment from JSON paths', props: (ctx) => env(ctx, [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }]) },
  { name: 'environment with static values', props: (ctx) => env(ctx, [{ name: 'A', value: '1' }, { name: 'B', value: 'two' }]) },
  { name: 'environment name from a JSON path', props: (ctx) => env(ctx, [{ name: sfn.JsonPath.stringAt('$.name'), value: 'v' }]) },
  { name: 'environment with a formatted value', props: (ctx) => env(ctx, [{ name: 'GREETING', value: sfn.JsonPath.format('hi {}', sfn.JsonPath.stringAt('$.who')) }]) },
  { name: 'environment with CDK tokens', props: (ctx) => env(ctx, [{ name: 'REGION', value: Fn.ref('AWS::Region') }, { name: 'IMPORTED', value: Fn.importValue('X') }]) },
  { name: 'environment with context paths', props: (ctx) => env(ctx, [{ name: 'EXEC', value: sfn.JsonPath.executionId }]) },
  { name: 'environment, JSONata', factory: 'jsonata', props: (ctx) => env(ctx, [{ name: 'ID', value: '{% $states.input.id %}' }]) },
  { name: 'empty environment', props: (ctx) => env(ctx, []) },
  { name: 'command list', props: (ctx) => ({ containerOverrides: [{ containerDefinition: ctx.container, command: ['echo', 'hello'] }] }) },
  { name: 'command from a JSON path', ...onEc2, props: (ctx) => ({ containerOverrides: [{ containerDefinition: ctx.container, command: sfn.JsonPath.listAt('$.cmd') }] }) },
  { name: 'command, JSONata', factory: 'jsonata', props: (ctx) => ({ containerOverrides: [{ containerDefinition: ctx.container, command: ['echo', '{% $states.input.word %}'] }] }) },
  { name: 'container cpu and memory', ...onEc2, props: (ctx) => ({
    containerOverrides: [{ containerDefinition: ctx.container, cpu: 5, memoryLimit: 512, memoryReservation: 256 }],
  }) },
  { name: 'container numbers from JSON paths', ...onEc2, props: (ctx) => ({
    containerOverrides: [{ containerDefinition: ctx.container, cpu: sfn.JsonPath.numberAt('$.cpu'), memoryLimit: sfn.JsonPath.numberAt('$.MemoryLimit'),
      memoryReservation: sfn.JsonPath.numberAt('$.reservation') }],
  }) },
  { name: 'two containers overridden', props: (ctx) => ({
    containerOverrides: [
      { containerDefinition: ctx.container, environment: [{ name: 'A', value: 'a' }] },
      { containerDefinition: ctx.sidecar, command: ['run'], cpu: 0 },
    ],
  }) },
  { name: 'explicit container name', td: 'explicitName', props: (ctx) => env(ctx, [{ name: 'A', value: 'a' }]) },
  { name: 'empty container overrides', props: () => ({ containerOverrides: [] }) },
  { name: 'container of another task definition with a token name', props: (ctx) => {
    const other = new ecs.FargateTaskDefinition(ctx.scope, 'Other').addContainer('Other', {
      image: ecs.ContainerImage.fromRegistry('x'), containerName: Fn.importValue('ContainerName'),
    });
    return { containerOverrides: [{ containerDefinition: other, environment: [{ name: 'A', value: 'a' }] }] };
  } },
);

// Task overrides and other fields.
cases.push(
  { name: 'cpu override', props: () => ({ cpu: '1024' }) },
  { name: 'memory override', props: () => ({ memoryMiB: '2048' }) },
  { name: 'cpu and memory with container overrides', props: (ctx) => ({ cpu: '1024', memoryMiB: '2048', ...env(ctx, [{ name: 'A', value: 'a' }]) }) },
  { name: 'cpu and memory from JSON paths', props: () => ({ cpu: sfn.JsonPath.stringAt('$.cpu'), memoryMiB: sfn.JsonPath.stringAt('$.memory') }) },
  { name: 'cpu and memory, JSONata', factory: 'jsonata', props: () => ({ cpu: '{% $states.input.cpu %}', memoryMiB: '{% $states.input.memory %}' }) },
  { name: 'cpu and memory as CDK tokens', props: () => ({ cpu: Fn.importValue('Cpu'), memoryMiB: Token.asString(Fn.ref('Memory')) }) },
  { name: 'enableExecuteCommand', props: () => ({ enableExecuteCommand: true }) },
  { name: 'enableExecuteCommand false', props: () => ({ enableExecuteCommand: false }) },
  { name: 'enableExecuteCommand on EC2, RUN_JOB', ...onEc2, props: () => ({ enableExecuteCommand: true, ...RUN_JOB }) },
  { name: 'propagatedTagSource NONE', props: () => ({ propagatedTagSource: ecs.PropagatedTagSource.NONE }) },
  { name: 'propagatedTagSource TASK_DEFINITION', props: () => ({ propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION }) },
  { name: 'propagatedTagSource TASK_DEFINITION, imported cluster by ARN', cluster: 'importedByArn',
    props: () => ({ propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION }) },
  { name: 'propagatedTagSource TASK_DEFINITION, RUN_JOB', props: () => ({ propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION, ...RUN_JOB }) },
  { name: 'revisionNumber', props: () => ({ revisionNumber: 1 }) },
  { name: 'revisionNumber 42, RUN_JOB', props: () => ({ revisionNumber: 42, ...RUN_JOB }) },
  { name: 'revisionNumber as a CDK token', props: () => ({ revisionNumber: Token.asNumber(Fn.importValue('Revision')) }) },
  { name: 'revisionNumber, JSONata', factory: 'jsonata', props: () => ({ revisionNumber: 7 }) },
);

// The revision feature flag, on and off.
for (const flag of [true, false]) {
  cases.push(
    { name: `flag ${flag}, latest revision`, flag },
    { name: `flag ${flag}, latest revision, RUN_JOB`, flag, props: () => RUN_JOB },
    { name: `flag ${flag}, revisionNumber 3`, flag, props: () => ({ revisionNumber: 3 }) },
    { name: `flag ${flag}, revisionNumber 3, RUN_JOB on EC2`, flag, ...onEc2, props: () => ({ revisionNumber: 3, ...RUN_JOB }) },
    { name: `flag ${flag}, revisionNumber as a CDK token`, flag, props: () => ({ revisionNumber: Token.asNumber(Fn.importValue('Revision')) }) },
    { name: `flag ${flag}, execution role`, flag, td: 'withExecutionRole', props: () => ({ revisionNumber: 2 }) },
  );
}

// Launch target options.
cases.push(
  { name: 'Fargate platform version', launch: fargate({ platformVersion: ecs.FargatePlatformVersion.VERSION1_4 }) },
  { name: 'Fargate LATEST platform version, RUN_JOB', launch: fargate({ platformVersion: ecs.FargatePlatformVersion.LATEST }), props: () => RUN_JOB },
  { name: 'Fargate custom capacity providers', launch: (lib) => new lib.EcsFargateLaunchTarget({
    platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }, { capacityProvider: 'FARGATE', weight: 1 }]),
  }) },
  { name: 'Fargate one capacity provider without weight', launch: (lib) => new lib.EcsFargateLaunchTarget({
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT' }]),
  }) },
  { name: 'Fargate capacity provider weights at the bounds', launch: (lib) => new lib.EcsFargateLaunchTarget({
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 1000, base: 100000 }, { capacityProvider: 'FARGATE', weight: 0, base: 0 }]),
  }) },
  { name: 'Fargate capacity providers from tokens', launch: (lib) => new lib.EcsFargateLaunchTarget({
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: Fn.importValue('Provider'), weight: Token.asNumber(Fn.importValue('Weight')) }]),
  }) },
  { name: 'Fargate default capacity providers', launch: (lib) => new lib.EcsFargateLaunchTarget({
    platformVersion: ecs.FargatePlatformVersion.VERSION1_4, capacityProviderOptions: lib.CapacityProviderOptions.default(),
  }) },
  { name: 'Fargate default capacity providers, JSONata', factory: 'jsonata', launch: (lib) => new lib.EcsFargateLaunchTarget({
    capacityProviderOptions: lib.CapacityProviderOptions.default(),
  }) },
  { name: 'EC2 placement strategies and constraints', ...onEc2, props: () => RUN_JOB, launch: ec2Target({
    placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.packedByCpu(), ecs.PlacementStrategy.randomly()],
    placementConstraints: [ecs.PlacementConstraint.memberOf('blieptuut')],
  }) },
  { name: 'EC2 every placement kind', ...onEc2, launch: ec2Target({
    placementStrategies: [ecs.PlacementStrategy.spreadAcross('attribute:ecs.availability-zone'), ecs.PlacementStrategy.packedByMemory()],
    placementConstraints: [ecs.PlacementConstraint.distinctInstances(), ecs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t3.*', 'attribute:ecs.os-type == linux')],
  }) },
  { name: 'EC2 empty placement lists', ...onEc2, launch: ec2Target({ placementStrategies: [], placementConstraints: [] }) },
  { name: 'EC2 placement, JSONata', factory: 'jsonata', ...onEc2, launch: ec2Target({
    placementStrategies: [ecs.PlacementStrategy.packedByCpu()], placementConstraints: [ecs.PlacementConstraint.distinctInstances()],
  }) },
  { name: 'EC2 custom capacity providers', ...onEc2, cluster: 'withAsgProvider', launch: (lib) => new lib.EcsEc2LaunchTarget({
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: 'ProviderA', weight: 1, base: 2 }]),
    placementStrategies: [ecs.PlacementStrategy.randomly()],
  }) },
  { name: 'EC2 default capacity providers', ...onEc2, launch: (lib) => new lib.EcsEc2LaunchTarget({
    capacityProviderOptions: lib.CapacityProviderOptions.default(),
  }) },
);

// Callback.
cases.push(
  { name: 'callback with the token in the environment', props: (ctx) => ({ integrationPattern: CALLBACK, ...env(ctx, [{ name: 'TOKEN', value: sfn.JsonPath.taskToken }]) }) },
  { name: 'callback with the token in the second container', ...onEc2, props: (ctx) => ({
    integrationPattern: CALLBACK,
    containerOverrides: [
      { containerDefinition: ctx.container, environment: [{ name: 'Foo', value: 'Bar' }] },
      { containerDefinition: ctx.sidecar, environment: [{ name: 'TaskToken.$', value: sfn.JsonPath.taskToken }] },
    ],
  }) },
  { name: 'callback, JSONata', factory: 'jsonata', props: (ctx) => ({ integrationPattern: CALLBACK, ...env(ctx, [{ name: 'TOKEN', value: '{% $states.context.Task.Token %}' }]) }) },
);

// Common props, query languages and placements.
cases.push(
  { name: 'every common JSONPath prop', props: (ctx) => commonJsonPath(ctx.scope) },
  { name: 'every common JSONPath prop, RUN_JOB, jsonPath', factory: 'jsonPath', props: (ctx) => ({ ...commonJsonPath(ctx.scope), ...RUN_JOB }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...RUN_JOB }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: (ctx) => env(ctx, [{ name: 'A', value: '{% $states.input.a %}' }]) },
  { name: 'constructor with queryLanguage JSONata', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, ...RUN_JOB }) },
  { name: 'constructor with queryLanguage JSONPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'inside a JSONPath Map', props: () => RUN_JOB, wrap: inMap },
  { name: 'inside a JSONPath Parallel', ...onEc2, wrap: inParallel },
  { name: 'JSONata task inside a JSONPath Map', factory: 'jsonata', wrap: inMap },
);

// The reference README's examples.
cases.push(
  { name: 'README: EC2 with placement and tag propagation', ...onEc2, td: 'ec2', props: () => ({
    ...RUN_JOB, propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
  }), launch: ec2Target({
    placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.packedByCpu(), ecs.PlacementStrategy.randomly()],
    placementConstraints: [ecs.PlacementConstraint.memberOf('blieptuut')],
  }) },
  { name: 'README: Fargate with a public IP and tag propagation', td: 'generic', props: (ctx) => ({
    ...RUN_JOB, assignPublicIp: true, propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
    ...env(ctx, [{ name: 'SOME_KEY', value: sfn.JsonPath.stringAt('$.SomeKey') }]),
  }) },
  { name: 'README: custom capacity providers', td: 'generic', launch: (lib) => new lib.EcsFargateLaunchTarget({
    platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 }, { capacityProvider: 'FARGATE', weight: 1 }]),
  }) },
  { name: 'README: cpu and memory overrides', td: 'generic', props: () => ({ ...RUN_JOB, cpu: '1024', memoryMiB: '1048' }) },
  { name: 'README: ECS Exec on EC2', ...onEc2, props: () => ({ ...RUN_JOB, enableExecuteCommand: true }) },
  { name: 'everything at once', props: (ctx) => ({
    ...commonJsonPath(ctx.scope), ...RUN_JOB, revisionNumber: 5, assignPublicIp: true, enableExecuteCommand: true,
    propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION, cpu: '512', memoryMiB: '1024',
    containerOverrides: [{ containerDefinition: ctx.container, command: ['a'], cpu: 1, memoryLimit: 2, memoryReservation: 1,
      environment: [{ name: 'K', value: sfn.JsonPath.stringAt('$.k') }] }],
  }), flag: true, launch: (lib) => new lib.EcsFargateLaunchTarget({
    platformVersion: ecs.FargatePlatformVersion.VERSION1_3,
    capacityProviderOptions: lib.CapacityProviderOptions.custom([{ capacityProvider: 'FARGATE', weight: 1 }]),
  }) },
);

function build(c: Case, seen: { props?: Props }) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    if (c.flag !== undefined) scope.node.setContext(FIX_RUN_ECS_TASK_POLICY, c.flag);
    const lib: Lib = implementation === 'ours' ? ours : (reference as unknown as Lib);
    const cluster = makeCluster(scope, c.cluster ?? 'owned');
    const { taskDefinition, container, sidecar } = makeTaskDefinition(scope, c.td ?? 'fargate');
    const props = {
      cluster,
      taskDefinition,
      launchTarget: (c.launch ?? fargate())(lib),
      ...c.props?.({ scope, taskDefinition, container, sidecar, cluster }),
    } as ours.EcsRunTaskProps;
    seen.props = props;
    const Impl = implementation === 'ours' ? ours.EcsRunTask : reference.EcsRunTask;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Run', props as any);
      case 'jsonata': return Impl.jsonata(scope, 'Run', props as any);
      default: return new Impl(scope, 'Run', props as any);
    }
  };
}

/** Whether the statement grants exactly `action` (alone or among others). */
function grants(statement: Record<string, unknown>, action: string): boolean {
  const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  return actions.includes(action);
}

/**
 * The reference snapshot with our deliberate differences applied (README, "Differences from aws-cdk-lib"):
 * `ecs:StopTask`/`ecs:DescribeTasks` only for RUN_JOB, `ecs:RunTask` on the given revision with the flag on, and
 * `ecs:TagResource` when the task definition's tags are propagated.
 */
function expected(ref: ParitySnapshot, c: Case, props: Props): ParitySnapshot {
  let statements = normalize(ref.statements) as Array<Record<string, unknown>>;
  if ((props.integrationPattern ?? sfn.IntegrationPattern.REQUEST_RESPONSE) !== sfn.IntegrationPattern.RUN_JOB) {
    statements = statements.filter((s) => !grants(s, 'ecs:StopTask'));
  }
  if (c.flag && props.revisionNumber !== undefined) {
    statements = statements.map((s) => (grants(s, 'ecs:RunTask')
      ? { ...s, Resource: normalize(familyArnJoin(`:${Token.isUnresolved(props.revisionNumber) ? 'X' : props.revisionNumber}`)) }
      : s));
  }
  if (props.propagatedTagSource === ecs.PropagatedTagSource.TASK_DEFINITION) {
    // After the task's own statements, before the one `credentials` adds.
    const at = statements.findIndex((s) => grants(s, 'sts:AssumeRole'));
    const tagging = expect.objectContaining({
      Action: 'ecs:TagResource', Condition: { StringEquals: { 'ecs:CreateAction': 'RunTask' } },
    }) as unknown as Record<string, unknown>;
    statements = at < 0 ? [...statements, tagging] : [...statements.slice(0, at), tagging, ...statements.slice(at)];
  }
  return { ...ref, statements };
}

describe('EcsRunTask parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const seen: { props?: Props } = {};
    const { ours: got, reference: ref } = renderBoth(build(c, seen), { stateMachine: c.stateMachine, wrap: c.wrap });
    const want = expected(ref, c, seen.props ?? {});
    expect(got.state).toEqual(want.state);
    expect(got.template).toEqual(want.template);
    const gotStatements = normalize(got.statements);
    if (c.flag && seen.props?.revisionNumber !== undefined && Token.isUnresolved(seen.props.revisionNumber)) {
      // A token revision: the ARN ends in the token; compare everything but that statement's resource.
      const strip = (list: unknown[]) => (list as Array<Record<string, unknown>>).map((s) => (grants(s, 'ecs:RunTask') ? { ...s, Resource: '<revision>' } : s));
      expect(strip(gotStatements)).toEqual(strip(want.statements));
    } else {
      expect(gotStatements).toEqual(want.statements);
    }
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
});
