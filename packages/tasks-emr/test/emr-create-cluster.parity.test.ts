import { App, Duration, Fn, Size, Stack, Token } from 'aws-cdk-lib/core';
import { ENABLE_EMR_SERVICE_POLICY_V2 } from 'aws-cdk-lib/cx-api';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EmrCreateCluster, type EmrCreateClusterProps } from '../src';
import {
  fullEbs, fullInstanceFleet, fullInstanceGroup, fullInstances, imported, makeRoles, masterFleet, nestedConfigurations, type RoleKind,
} from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = Partial<EmrCreateClusterProps>;

interface Case {
  readonly name: string;
  readonly roles?: RoleKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Props;
  /** Sets the feature flag `enableEmrServicePolicyV2` (AmazonEMRServicePolicy_v2 and its tag). */
  readonly servicePolicyV2?: boolean;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const E = EmrCreateCluster;
const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const REQUEST_RESPONSE = { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE };
const fleets = (...f: EmrCreateCluster.InstanceFleetConfigProperty[]): Props => ({ instances: { instanceFleets: f } });
const groups = (...g: EmrCreateCluster.InstanceGroupConfigProperty[]): Props => ({ instances: { instanceGroups: g } });
const spotFleet = (spot: Partial<EmrCreateCluster.SpotProvisioningSpecificationProperty>): Props => fleets({
  instanceFleetType: E.InstanceRoleType.TASK,
  instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
  launchSpecifications: { spotSpecification: { timeoutAction: E.SpotTimeoutAction.TERMINATE_CLUSTER, timeout: Duration.minutes(10), ...spot } },
  targetSpotCapacity: 2,
});

const commonJsonPath = (scope: Construct): Props => commonJsonPathProps(scope, {
  comment: 'create the cluster',
  stateName: 'Create cluster',
  resultSelector: { clusterId: sfn.JsonPath.stringAt('$.ClusterId') },
  assign: { clusterId: sfn.JsonPath.stringAt('$.ClusterId') },
});
const commonJsonata = (): Props => commonJsonataProps({
  comment: 'create the cluster',
  outputs: '{% $states.result.ClusterId %}',
  assign: { clusterId: '{% $states.result.ClusterId %}' },
});

const cases: Case[] = [];

// Roles, patterns and factories.
for (const roles of ['created', 'owned', 'imported', 'immutable'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${roles} roles, ${factory}, default pattern`, roles, factory });
    cases.push({ name: `${roles} roles, ${factory}, REQUEST_RESPONSE`, roles, factory, props: () => REQUEST_RESPONSE });
  }
  cases.push({ name: `${roles} roles, explicit RUN_JOB`, roles, props: () => RUN_JOB });
  cases.push({ name: `${roles} roles, instance fleets (no auto scaling role)`, roles: roles === 'created' ? roles : roles,
    props: () => fleets(masterFleet()) });
  cases.push({ name: `${roles} roles, service policy v2`, roles, servicePolicyV2: true });
  cases.push({ name: `${roles} roles, tags`, roles, props: () => ({ tags: { team: 'data', env: 'prod' } }) });
}
cases.push(
  { name: 'service policy v2 with tags (merged with the managed-policy tag)', servicePolicyV2: true, props: () => ({ tags: { team: 'data' } }) },
  { name: 'service policy v2, JSONata', servicePolicyV2: true, factory: 'jsonata', props: () => ({ tags: { team: 'data' } }) },
  { name: 'service policy v2 explicitly off', props: () => ({}), servicePolicyV2: false },
  { name: 'empty tags', props: () => ({ tags: {} }) },
  { name: 'only a cluster role given', props: (s) => ({ clusterRole: makeRoles(s, 'owned').clusterRole }) },
  { name: 'only a service role given', props: (s) => ({ serviceRole: makeRoles(s, 'imported').serviceRole }) },
  { name: 'only an auto scaling role given', props: (s) => ({ autoScalingRole: makeRoles(s, 'owned').autoScalingRole }) },
  { name: 'instance fleets with an empty list (auto scaling role created)', props: () => ({ instances: { instanceFleets: [] } }) },
);

// Every top-level prop.
cases.push(
  { name: 'additionalInfo', props: () => ({ additionalInfo: '{"jobType":"etl"}' }) },
  { name: 'applications, every field', props: () => ({
    applications: [
      { name: 'Spark', version: '3.5.0', args: ['--a', 'b'], additionalInfo: { vendor: 'acme' } },
      { name: 'Hive' },
    ],
  }) },
  { name: 'bootstrapActions, with and without args', props: () => ({
    bootstrapActions: [
      { name: 'Install', scriptBootstrapAction: { path: 's3://bucket/install.sh', args: ['--fast'] } },
      { name: 'Other', scriptBootstrapAction: { path: 'file:/usr/bin/true' } },
    ],
  }) },
  { name: 'configurations, nested', props: () => ({ configurations: nestedConfigurations() }) },
  { name: 'customAmiId', props: () => ({ customAmiId: 'ami-0123456789abcdef0' }) },
  { name: 'ebsRootVolumeSize', props: () => ({ ebsRootVolumeSize: Size.gibibytes(50) }) },
  { name: 'ebs root volume size, iops and throughput', props: () => ({
    ebsRootVolumeSize: Size.gibibytes(23), ebsRootVolumeIops: 4567, ebsRootVolumeThroughput: 222,
  }) },
  { name: 'ebs root volume iops and throughput with release 6.15.0', props: () => ({
    releaseLabel: 'emr-6.15.0', ebsRootVolumeIops: 3000, ebsRootVolumeThroughput: 125,
  }) },
  { name: 'ebs root volume limits at their maximum', props: () => ({
    releaseLabel: 'emr-7.0.0', ebsRootVolumeSize: Size.gibibytes(100), ebsRootVolumeIops: 16000, ebsRootVolumeThroughput: 1000,
  }) },
  { name: 'ebs root volume size in MiB of whole GiB', props: () => ({ ebsRootVolumeSize: Size.mebibytes(15 * 1024) }) },
  { name: 'kerberosAttributes, every field', props: () => ({
    kerberosAttributes: {
      realm: 'EC2.INTERNAL', adDomainJoinPassword: 'p1', adDomainJoinUser: 'joiner', crossRealmTrustPrincipalPassword: 'p2', kdcAdminPassword: 'p3',
    },
  }) },
  { name: 'kerberosAttributes, realm only', props: () => ({ kerberosAttributes: { realm: 'EC2.INTERNAL' } }) },
  { name: 'logUri', props: () => ({ logUri: 's3://logs/emr/' }) },
  { name: 'managedScalingPolicy, every field', props: () => ({
    managedScalingPolicy: {
      computeLimits: {
        unitType: E.ComputeLimitsUnitType.VCPU, minimumCapacityUnits: 2, maximumCapacityUnits: 10,
        maximumOnDemandCapacityUnits: 5, maximumCoreCapacityUnits: 8,
      },
    },
  }) },
  { name: 'managedScalingPolicy in instances', props: () => ({
    managedScalingPolicy: { computeLimits: { unitType: E.ComputeLimitsUnitType.INSTANCES, minimumCapacityUnits: 1, maximumCapacityUnits: 1 } },
  }) },
  { name: 'managedScalingPolicy without compute limits', props: () => ({ managedScalingPolicy: {} }) },
  { name: 'releaseLabel', props: () => ({ releaseLabel: 'emr-7.9.0' }) },
  { name: 'scaleDownBehavior TERMINATE_AT_INSTANCE_HOUR', props: () => ({ scaleDownBehavior: E.EmrClusterScaleDownBehavior.TERMINATE_AT_INSTANCE_HOUR }) },
  { name: 'scaleDownBehavior TERMINATE_AT_TASK_COMPLETION', props: () => ({ scaleDownBehavior: E.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION }) },
  { name: 'securityConfiguration', props: () => ({ securityConfiguration: 'my-security-configuration' }) },
  { name: 'stepConcurrencyLevel without release', props: () => ({ stepConcurrencyLevel: 10 }) },
  { name: 'stepConcurrencyLevel 256 with release 5.28.0', props: () => ({ stepConcurrencyLevel: 256, releaseLabel: 'emr-5.28.0' }) },
  { name: 'stepConcurrencyLevel 1 with an old release', props: () => ({ stepConcurrencyLevel: 1, releaseLabel: 'emr-5.14.0' }) },
  { name: 'visibleToAllUsers false', props: () => ({ visibleToAllUsers: false }) },
  { name: 'visibleToAllUsers true', props: () => ({ visibleToAllUsers: true }) },
  { name: 'autoTerminationPolicyIdleTimeout', props: () => ({ autoTerminationPolicyIdleTimeout: Duration.seconds(100) }) },
  { name: 'autoTerminationPolicyIdleTimeout limits', props: () => ({ autoTerminationPolicyIdleTimeout: Duration.days(7) }) },
  { name: 'autoTerminationPolicyIdleTimeout of a minute', props: () => ({ autoTerminationPolicyIdleTimeout: Duration.minutes(1) }) },
);

// Instances.
cases.push(
  { name: 'instances, every field but fleets and groups', props: () => ({ instances: fullInstances() }) },
  { name: 'instances, uniform types with count 0', props: () => ({ instances: { masterInstanceType: 'm5.xlarge', instanceCount: 0 } }) },
  { name: 'instances, placement with one zone', props: () => ({ instances: { placement: { availabilityZone: 'us-east-1a' } } }) },
  { name: 'instances, terminationProtected false', props: () => ({ instances: { terminationProtected: false } }) },
  { name: 'instance group, every field', props: () => groups(fullInstanceGroup()) },
  { name: 'instance groups, master, core and task', props: () => groups(
    { instanceCount: 1, instanceRole: E.InstanceRoleType.MASTER, instanceType: 'm5.xlarge', market: E.InstanceMarket.ON_DEMAND },
    { instanceCount: 2, instanceRole: E.InstanceRoleType.CORE, instanceType: 'm5.xlarge', name: 'Core' },
    { instanceCount: 0, instanceRole: E.InstanceRoleType.TASK, instanceType: 'm5.xlarge', name: 'Task' },
  ) },
  { name: 'instance group, EXACT_CAPACITY scaling and every statistic', props: () => groups({
    instanceCount: 1, instanceRole: E.InstanceRoleType.TASK, instanceType: 'm5.xlarge',
    autoScalingPolicy: {
      constraints: { minCapacity: 0, maxCapacity: 4 },
      rules: ([E.CloudWatchAlarmStatistic.SAMPLE_COUNT, E.CloudWatchAlarmStatistic.AVERAGE, E.CloudWatchAlarmStatistic.SUM,
        E.CloudWatchAlarmStatistic.MINIMUM, E.CloudWatchAlarmStatistic.MAXIMUM]).map((statistic, i) => ({
        name: `Rule${i}`,
        action: { market: E.InstanceMarket.ON_DEMAND, simpleScalingPolicyConfiguration: { adjustmentType: E.ScalingAdjustmentType.EXACT_CAPACITY, scalingAdjustment: i } },
        trigger: { cloudWatchAlarmDefinition: {
          comparisonOperator: E.CloudWatchAlarmComparisonOperator.GREATER_THAN_OR_EQUAL, metricName: 'AppsPending', period: Duration.minutes(5), statistic,
        } },
      })),
    },
  }) },
  { name: 'instance group, every comparison operator and CHANGE_IN_CAPACITY', props: () => groups({
    instanceCount: 1, instanceRole: E.InstanceRoleType.TASK, instanceType: 'm5.xlarge',
    autoScalingPolicy: {
      constraints: { minCapacity: 1, maxCapacity: 1 },
      rules: Object.values(E.CloudWatchAlarmComparisonOperator).map((comparisonOperator, i) => ({
        name: `Rule${i}`,
        action: { simpleScalingPolicyConfiguration: { adjustmentType: E.ScalingAdjustmentType.CHANGE_IN_CAPACITY, coolDown: 0, scalingAdjustment: 1 } },
        trigger: { cloudWatchAlarmDefinition: { comparisonOperator, metricName: 'M', period: Duration.seconds(60), threshold: 0.5 } },
      })),
    },
  }) },
  { name: 'instance group, every alarm unit', props: () => groups({
    instanceCount: 1, instanceRole: E.InstanceRoleType.TASK, instanceType: 'm5.xlarge',
    autoScalingPolicy: {
      constraints: { minCapacity: 1, maxCapacity: 2 },
      rules: Object.values(E.CloudWatchAlarmUnit).map((unit, i) => ({
        name: `Rule${i}`,
        action: { simpleScalingPolicyConfiguration: { scalingAdjustment: 1 } },
        trigger: { cloudWatchAlarmDefinition: { comparisonOperator: E.CloudWatchAlarmComparisonOperator.LESS_THAN, metricName: 'M', period: Duration.seconds(300), unit } },
      })),
    },
  }) },
  { name: 'instance group, every EBS volume type', props: () => groups({
    instanceCount: 1, instanceRole: E.InstanceRoleType.CORE, instanceType: 'm5.xlarge',
    ebsConfiguration: { ebsBlockDeviceConfigs: Object.values(E.EbsBlockDeviceVolumeType).map((volumeType) => ({
      volumeSpecification: { volumeSize: Size.gibibytes(32), volumeType },
    })) },
  }) },
  { name: 'instance group, ebsOptimized only', props: () => groups({
    instanceCount: 1, instanceRole: E.InstanceRoleType.CORE, instanceType: 'm5.xlarge', ebsConfiguration: { ebsOptimized: false },
  }) },
  { name: 'instance group with a JSON path period (aws-cdk test)', props: () => groups({
    instanceCount: 1, instanceRole: E.InstanceRoleType.TASK, instanceType: 'm5.xlarge',
    autoScalingPolicy: {
      constraints: { minCapacity: 1, maxCapacity: 2 },
      rules: [{ name: 'R', action: { simpleScalingPolicyConfiguration: { scalingAdjustment: 1 } },
        trigger: { cloudWatchAlarmDefinition: { comparisonOperator: E.CloudWatchAlarmComparisonOperator.GREATER_THAN, metricName: 'M',
          period: Duration.seconds(sfn.JsonPath.numberAt('$.CloudWatchPeriod')) } } }],
    },
  }) },
  { name: 'instance fleet, every field', props: () => fleets(masterFleet(), fullInstanceFleet()) },
  { name: 'instance fleet, MASTER on Spot', props: () => fleets({ ...masterFleet(), targetOnDemandCapacity: undefined, targetSpotCapacity: 1,
    launchSpecifications: { spotSpecification: { timeoutAction: E.SpotTimeoutAction.SWITCH_TO_ON_DEMAND, timeout: Duration.minutes(5) } } }) },
  { name: 'instance fleet, MASTER with 0 Spot and 1 On-Demand', props: () => fleets({ ...masterFleet(), targetSpotCapacity: 0 }) },
  { name: 'instance fleet, TASK with Spot only', props: () => spotFleet({}) },
  { name: 'instance fleet, CORE On-Demand only with LOWEST_PRICE', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.CORE, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }], targetOnDemandCapacity: 2,
    launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.LOWEST_PRICE } },
  }) },
  { name: 'instance fleet, PRIORITIZED with priorities', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.CORE,
    instanceTypeConfigs: [{ instanceType: 'm5.large', priority: 0 }, { instanceType: 'm5.xlarge', priority: 1.5 }, { instanceType: 'm5.2xlarge' }],
    launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } },
    targetOnDemandCapacity: 2,
  }) },
  { name: 'instance fleet, JSON path priority with the default strategy', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.CORE, targetOnDemandCapacity: 2,
    instanceTypeConfigs: [{ instanceType: 'm5.large', priority: sfn.JsonPath.numberAt('$.priority') }],
  }) },
  { name: 'instance fleet, PRIORITIZED with a JSON path priority', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.CORE, targetOnDemandCapacity: 2,
    instanceTypeConfigs: [{ instanceType: 'm5.large', priority: sfn.JsonPath.numberAt('$.priority') }, { instanceType: 'm5.xlarge', priority: 1 }],
    launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } },
  }) },
  { name: 'instance fleet, PRIORITIZED without instance types', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.CORE, targetOnDemandCapacity: 2,
    launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } },
  }) },
  { name: 'instance fleet, empty launch specifications', props: () => fleets({ ...masterFleet(), launchSpecifications: {} }) },
  ...Object.values(E.SpotAllocationStrategy).map((allocationStrategy): Case => ({
    name: `instance fleet, Spot allocation strategy ${allocationStrategy}`, props: () => spotFleet({ allocationStrategy }),
  })),
  { name: 'instance fleet, Spot with timeoutDurationMinutes (deprecated)', props: () => spotFleet({ timeout: undefined, timeoutDurationMinutes: 1440 }) },
  { name: 'instance fleet, Spot with blockDurationMinutes (deprecated)', props: () => spotFleet({ blockDurationMinutes: 60 }) },
  { name: 'instance fleet, Spot timeout of 24 hours', props: () => spotFleet({ timeout: Duration.hours(24) }) },
  { name: 'instance fleet (aws-cdk test: Spot with every field)', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.MASTER,
    instanceTypeConfigs: [{
      bidPrice: '1', configurations: [{ classification: 'Classification', properties: { Key: 'Value' } }],
      ebsConfiguration: { ebsBlockDeviceConfigs: [{ volumeSpecification: { iops: 1, volumeSize: Size.gibibytes(1), volumeType: E.EbsBlockDeviceVolumeType.STANDARD }, volumesPerInstance: 1 }], ebsOptimized: true },
      instanceType: 'm5.xlarge', weightedCapacity: 1,
    }],
    launchSpecifications: { spotSpecification: { blockDurationMinutes: 1, timeoutAction: E.SpotTimeoutAction.TERMINATE_CLUSTER, timeout: Duration.minutes(5) } },
    name: 'Main', targetSpotCapacity: 1,
  }) },
);

// JSONPath, JSONata and CDK token values.
cases.push(
  { name: 'JSON path name (README)', props: () => ({ name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value }) },
  { name: 'JSON path values everywhere', props: () => ({
    name: sfn.JsonPath.stringAt('$.name'),
    releaseLabel: sfn.JsonPath.stringAt('$.release'),
    logUri: sfn.JsonPath.format('s3://logs/{}/', sfn.JsonPath.stringAt('$.run')),
    stepConcurrencyLevel: sfn.JsonPath.numberAt('$.concurrency'),
    securityConfiguration: sfn.JsonPath.stringAt('$.securityConfiguration'),
    customAmiId: sfn.JsonPath.stringAt('$.ami'),
    additionalInfo: sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.info')),
    instances: {
      ec2SubnetIds: sfn.JsonPath.listAt('$.subnets'),
      ec2KeyName: sfn.JsonPath.stringAt('$.key'),
      instanceGroups: [{ instanceCount: sfn.JsonPath.numberAt('$.count'), instanceRole: E.InstanceRoleType.CORE, instanceType: sfn.JsonPath.stringAt('$.type') }],
    },
    applications: [{ name: sfn.JsonPath.stringAt('$.app'), args: sfn.JsonPath.listAt('$.args') }],
    tags: { run: sfn.JsonPath.stringAt('$.run') },
  }) },
  { name: 'JSON path step concurrency (aws-cdk test)', props: () => ({ stepConcurrencyLevel: sfn.JsonPath.numberAt('$.foo.bar') }) },
  { name: 'JSON path fleet capacities', props: () => fleets({
    instanceFleetType: E.InstanceRoleType.CORE, instanceTypeConfigs: [{ instanceType: 'm5.xlarge', weightedCapacity: sfn.JsonPath.numberAt('$.weight') }],
    targetOnDemandCapacity: sfn.JsonPath.numberAt('$.onDemand'), targetSpotCapacity: sfn.JsonPath.numberAt('$.spot'),
  }) },
  { name: 'JSONata values', factory: 'jsonata', props: () => ({
    name: '{% $states.input.name %}',
    logUri: '{% "s3://logs/" & $states.input.run %}',
    securityConfiguration: '{% $states.input.securityConfiguration %}',
    instances: { ec2SubnetId: '{% $states.input.subnet %}' },
  }) },
  { name: 'CDK tokens', props: () => ({
    name: imported('ClusterName'),
    releaseLabel: imported('Release'),
    logUri: Fn.join('', ['s3://', imported('LogBucket'), '/emr/']),
    securityConfiguration: imported('SecurityConfiguration'),
    instances: { ec2SubnetId: imported('Subnet'), emrManagedMasterSecurityGroup: imported('MasterSg'), additionalMasterSecurityGroups: Fn.split(',', imported('Sgs')) },
    tags: { owner: imported('Owner') },
    bootstrapActions: [{ name: 'Install', scriptBootstrapAction: { path: Fn.join('', ['s3://', imported('Bucket'), '/install.sh']) } }],
  }) },
  { name: 'unresolved release label (aws-cdk test)', props: () => ({ releaseLabel: Token.asString({ Ref: 'Release' }) }) },
  { name: 'token release label with step concurrency', props: () => ({ releaseLabel: imported('Release'), stepConcurrencyLevel: 4 }) },
  { name: 'JSON path release label with step concurrency', props: () => ({ releaseLabel: sfn.JsonPath.stringAt('$.release'), stepConcurrencyLevel: 4 }) },
);

// Common props, query languages and placements.
cases.push(
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONPath prop, REQUEST_RESPONSE, jsonPath', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), ...REQUEST_RESPONSE }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, REQUEST_RESPONSE', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...REQUEST_RESPONSE }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.hours(2), heartbeat: Duration.minutes(10) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'queryLanguage JSONata prop', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'queryLanguage JSONPath prop', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'JSONata state machine, jsonata', factory: 'jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({ name: '{% $states.input.name %}' }) },
  { name: 'inside a JSONPath Map', wrap: inMap },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: () => REQUEST_RESPONSE },
  { name: 'everything at once', roles: 'owned', servicePolicyV2: true, props: (s) => ({
    ...commonJsonPath(s),
    instances: { ...fullInstances(), instanceGroups: [fullInstanceGroup()] },
    additionalInfo: '{}',
    applications: [{ name: 'Spark' }],
    bootstrapActions: [{ name: 'B', scriptBootstrapAction: { path: 's3://b/x.sh' } }],
    configurations: nestedConfigurations(),
    customAmiId: 'ami-1',
    ebsRootVolumeSize: Size.gibibytes(30),
    ebsRootVolumeIops: 3000,
    ebsRootVolumeThroughput: 125,
    kerberosAttributes: { realm: 'R' },
    logUri: 's3://l/',
    managedScalingPolicy: { computeLimits: { unitType: E.ComputeLimitsUnitType.INSTANCES, minimumCapacityUnits: 1, maximumCapacityUnits: 3 } },
    releaseLabel: 'emr-7.9.0',
    scaleDownBehavior: E.EmrClusterScaleDownBehavior.TERMINATE_AT_TASK_COMPLETION,
    securityConfiguration: 'sc',
    stepConcurrencyLevel: 5,
    tags: { a: 'b' },
    visibleToAllUsers: false,
    autoTerminationPolicyIdleTimeout: Duration.hours(1),
  }) },
);

// The reference README's examples (the On-Demand/Spot ones with the target capacity they need: see the validation tests).
cases.push(
  { name: 'README: create cluster with roles', roles: 'owned', props: () => ({ instances: {}, name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value }) },
  { name: 'README: On-Demand specification (with its target capacity)', props: () => ({
    ...fleets({ instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: 1,
      launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.LOWEST_PRICE } } }),
    name: 'OnDemandCluster', ...RUN_JOB,
  }) },
  { name: 'README: Spot specification (with its target capacity)', props: () => ({
    ...fleets({ instanceFleetType: E.InstanceRoleType.MASTER, targetSpotCapacity: 1,
      launchSpecifications: { spotSpecification: { allocationStrategy: E.SpotAllocationStrategy.CAPACITY_OPTIMIZED,
        timeoutAction: E.SpotTimeoutAction.TERMINATE_CLUSTER, timeout: Duration.minutes(5) } } }),
    name: 'SpotCluster', ...RUN_JOB,
  }) },
  { name: 'README: prioritized allocation', props: () => ({
    ...fleets({ instanceFleetType: E.InstanceRoleType.CORE,
      instanceTypeConfigs: [{ instanceType: 'm5.large', priority: 0 }, { instanceType: 'm5.xlarge', priority: 1 }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } },
      targetOnDemandCapacity: 2 }),
    name: 'PrioritizedCluster', ...RUN_JOB,
  }) },
  { name: 'README: EBS root volume', props: () => ({ name: 'ClusterName', ebsRootVolumeIops: 4000, ebsRootVolumeSize: Size.gibibytes(20), ebsRootVolumeThroughput: 200 }) },
  { name: 'README: step concurrency', props: () => ({ name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value, stepConcurrencyLevel: 10 }) },
  { name: 'README: auto-termination', props: () => ({ name: 'ClusterName', autoTerminationPolicyIdleTimeout: Duration.seconds(100) }) },
  { name: 'README: managed scaling', props: () => ({
    ...fleets(
      { instanceFleetType: E.InstanceRoleType.CORE, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }], targetOnDemandCapacity: 1 },
      { instanceFleetType: E.InstanceRoleType.MASTER, instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }], targetOnDemandCapacity: 1 },
    ),
    name: 'ClusterName', releaseLabel: 'emr-7.9.0',
    managedScalingPolicy: { computeLimits: {
      unitType: E.ComputeLimitsUnitType.INSTANCE_FLEET_UNITS, maximumCapacityUnits: 4, minimumCapacityUnits: 1, maximumOnDemandCapacityUnits: 4, maximumCoreCapacityUnits: 2,
    } },
  }) },
  { name: 'README: security configuration', props: () => ({ name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value, securityConfiguration: 'AddStepRuntimeRoleSecConfig' }) },
  { name: 'fleet EBS (used by the fleet fixtures)', props: () => fleets({ ...masterFleet(), instanceTypeConfigs: [{ instanceType: 'm5.xlarge', ebsConfiguration: fullEbs() }] }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    if (c.servicePolicyV2 !== undefined) scope.node.setContext(ENABLE_EMR_SERVICE_POLICY_V2, c.servicePolicyV2);
    const extra = c.props?.(scope) ?? {};
    const usesFleets = (extra.instances?.instanceFleets?.length ?? 0) > 0;
    const props = { instances: {}, name: 'Cluster', ...makeRoles(scope, c.roles ?? 'created', !usesFleets), ...extra } as EmrCreateClusterProps;
    const Impl = implementation === 'ours' ? EmrCreateCluster : reference.EmrCreateCluster;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Task', props as any);
      case 'jsonata': return Impl.jsonata(scope, 'Task', props as any);
      default: return new Impl(scope, 'Task', props as any);
    }
  };
}

describe('EmrCreateCluster parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
});

describe('EmrCreateCluster: deliberate differences from aws-cdk-lib', () => {
  /** Builds with `build`, in a fresh stack, and renders the state (the reference checks fleets only then). */
  function renderWith(implementation: 'ours' | 'reference', props: Props): any {
    const stack = new Stack(new App(), 'Stack');
    const Impl = implementation === 'ours' ? EmrCreateCluster : reference.EmrCreateCluster;
    const task = new Impl(stack, 'Task', { instances: {}, name: 'Cluster', ...props } as any);
    return stack.resolve(task.toStateJson());
  }

  it.each([
    ['a token release label with EBS root volume IOPS', { releaseLabel: imported('Release'), ebsRootVolumeIops: 4000 },
      { ReleaseLabel: { 'Fn::ImportValue': 'Release' }, EbsRootVolumeIops: 4000 }],
    ['a JSON path release label with EBS root volume throughput', { releaseLabel: sfn.JsonPath.stringAt('$.release'), ebsRootVolumeThroughput: 200 },
      { 'ReleaseLabel.$': '$.release', 'EbsRootVolumeThroughput': 200 }],
    ['a JSONata release label', { releaseLabel: '{% $states.input.release %}', queryLanguage: sfn.QueryLanguage.JSONATA },
      { ReleaseLabel: '{% $states.input.release %}' }],
    ['JSON path EBS root volume IOPS and throughput', { ebsRootVolumeIops: sfn.JsonPath.numberAt('$.iops'), ebsRootVolumeThroughput: sfn.JsonPath.numberAt('$.tp') },
      { 'EbsRootVolumeIops.$': '$.iops', 'EbsRootVolumeThroughput.$': '$.tp' }],
    ['a JSON path EBS root volume size', { ebsRootVolumeSize: Size.gibibytes(sfn.JsonPath.numberAt('$.size')) }, { 'EbsRootVolumeSize.$': '$.size' }],
    ['a JSON path idle timeout', { autoTerminationPolicyIdleTimeout: Duration.seconds(sfn.JsonPath.numberAt('$.idle')) },
      { AutoTerminationPolicy: { 'IdleTimeout.$': '$.idle' } }],
    ['a JSON path capacity of a MASTER fleet', fleets({ instanceFleetType: E.InstanceRoleType.MASTER, targetSpotCapacity: sfn.JsonPath.numberAt('$.spot') }),
      { Instances: { InstanceFleets: [{ 'InstanceFleetType': 'MASTER', 'TargetSpotCapacity.$': '$.spot' }], KeepJobFlowAliveWhenNoSteps: true } }],
    ['PRIORITIZED with only a JSON path priority', fleets({
      instanceFleetType: E.InstanceRoleType.CORE, targetOnDemandCapacity: 1,
      instanceTypeConfigs: [{ instanceType: 'm5.large', priority: sfn.JsonPath.numberAt('$.priority') }],
      launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } },
    }), { Instances: { InstanceFleets: [{ InstanceTypeConfigs: [{ 'InstanceType': 'm5.large', 'Priority.$': '$.priority' }] }] } }],
  ] as const)('accepts %s, which aws-cdk-lib rejects', (_name, props, rendered) => {
    expect(() => renderWith('reference', props as Props)).toThrow();
    const state = renderWith('ours', props as Props);
    expect(state.Parameters ?? state.Arguments).toMatchObject(rendered);
  });

  it.each([
    ['On-Demand', { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.LOWEST_PRICE } }],
    ['Spot', { spotSpecification: { allocationStrategy: E.SpotAllocationStrategy.CAPACITY_OPTIMIZED, timeoutAction: E.SpotTimeoutAction.TERMINATE_CLUSTER, timeout: Duration.minutes(5) } }],
  ] as const)('rejects the reference README\'s %s example (no target capacity) when it is built, naming the fields it needs', (_name, launchSpecifications) => {
    const props = { ...fleets({ instanceFleetType: E.InstanceRoleType.MASTER, launchSpecifications }), ...RUN_JOB } as Props;
    const referenceStack = new Stack(new App(), 'Reference');
    const referenceTask = new reference.EmrCreateCluster(referenceStack, 'Task', { instances: {}, name: 'Cluster', ...props } as any);
    expect(() => referenceTask.toStateJson()).toThrow(/At least one of targetSpotCapacity and targetOnDemandCapacity/);
    expect(() => renderWith('ours', props)).toThrow(
      /`instances.instanceFleets\[0\]` must set `targetOnDemandCapacity` or `targetSpotCapacity` above 0 \(a MASTER fleet sets exactly one of them, to 1\)/);
  });
});
