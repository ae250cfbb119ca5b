import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { EmrCreateCluster, type EmrCreateClusterProps } from '../src';

type Props = Partial<EmrCreateClusterProps>;
const E = EmrCreateCluster;

function create(props: Props): EmrCreateCluster {
  const stack = new Stack(new App(), 'Stack');
  return new EmrCreateCluster(stack, 'Task', { instances: {}, name: 'Cluster', ...props });
}

/** Builds the reference task and renders it, as the reference checks instance fleets only when it renders. */
function createReference(props: Props): unknown {
  const stack = new Stack(new App(), 'Reference');
  const task = new reference.EmrCreateCluster(stack, 'Task', { instances: {}, name: 'Cluster', ...props } as any);
  return task.toStateJson();
}

const fleet = (f: Partial<EmrCreateCluster.InstanceFleetConfigProperty>): Props => ({
  instances: { instanceFleets: [{ instanceFleetType: E.InstanceRoleType.CORE, targetOnDemandCapacity: 1, ...f }] },
});
const spot = (s: Partial<EmrCreateCluster.SpotProvisioningSpecificationProperty>): Props => fleet({
  targetSpotCapacity: 1,
  launchSpecifications: { spotSpecification: { timeoutAction: E.SpotTimeoutAction.TERMINATE_CLUSTER, ...s } },
});
const group = (g: Partial<EmrCreateCluster.InstanceGroupConfigProperty>): Props => ({
  instances: { instanceGroups: [{ instanceCount: 1, instanceRole: E.InstanceRoleType.CORE, instanceType: 'm5.xlarge', ...g }] },
});
const rule = (r: { coolDown?: number; evaluationPeriods?: number; period?: Duration }): Props => group({
  autoScalingPolicy: {
    constraints: { minCapacity: 1, maxCapacity: 2 },
    rules: [{
      name: 'R',
      action: { simpleScalingPolicyConfiguration: { scalingAdjustment: 1, coolDown: r.coolDown } },
      trigger: { cloudWatchAlarmDefinition: {
        comparisonOperator: E.CloudWatchAlarmComparisonOperator.GREATER_THAN, metricName: 'M',
        period: r.period ?? Duration.minutes(5), evaluationPeriods: r.evaluationPeriods,
      } },
    }],
  },
});
const ebs = (volumeSpecification: Partial<EmrCreateCluster.VolumeSpecificationProperty>, volumesPerInstance?: number): Props => group({
  ebsConfiguration: { ebsBlockDeviceConfigs: [{
    volumeSpecification: { volumeSize: Size.gibibytes(32), volumeType: E.EbsBlockDeviceVolumeType.GP3, ...volumeSpecification },
    volumesPerInstance,
  }] },
});
const limits = (l: Partial<EmrCreateCluster.ManagedScalingComputeLimitsProperty>): Props => ({
  managedScalingPolicy: { computeLimits: { unitType: E.ComputeLimitsUnitType.INSTANCES, minimumCapacityUnits: 1, maximumCapacityUnits: 2, ...l } },
});

const AT = /^EmrCreateCluster at 'Stack\/Task': /;
const FLEET = 'instances.instanceFleets\\[0\\]';

describe('EmrCreateCluster validation', () => {
  describe('where the reference throws at construction, we throw at construction', () => {
    it.each([
      ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
        /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['step concurrency 0', { stepConcurrencyLevel: 0 }, /`stepConcurrencyLevel` must be an integer from 1 to 256, got 0/],
      ['step concurrency 257', { stepConcurrencyLevel: 257 }, /`stepConcurrencyLevel` must be an integer from 1 to 256, got 257/],
      ['step concurrency 2 with release 5.14.0', { releaseLabel: 'emr-5.14.0', stepConcurrencyLevel: 2 },
        /`releaseLabel` must be emr-5.28.0 or later to set `stepConcurrencyLevel` above 1, got 'emr-5.14.0'/],
      ['step concurrency 2 with release 4.99.99', { releaseLabel: 'emr-4.99.99', stepConcurrencyLevel: 2 }, /must be emr-5.28.0 or later/],
      ['release label emra-5.14.0', { releaseLabel: 'emra-5.14.0' }, /`releaseLabel` must be an Amazon EMR release label 'emr-x.y.z'.*got 'emra-5.14.0'/],
      ['release label emr-5.14.a', { releaseLabel: 'emr-5.14.a' }, /`releaseLabel` must be an Amazon EMR release label/],
      ['release label emr-5.14.0.0', { releaseLabel: 'emr-5.14.0.0' }, /`releaseLabel` must be an Amazon EMR release label/],
      ['release label emr-5.14', { releaseLabel: 'emr-5.14' }, /`releaseLabel` must be an Amazon EMR release label/],
      ['ebsRootVolumeSize 14 GiB', { ebsRootVolumeSize: Size.gibibytes(14) }, /`ebsRootVolumeSize` must be a whole number of GiB from 15 to 100, got 14 GiB/],
      ['ebsRootVolumeSize 101 GiB', { ebsRootVolumeSize: Size.gibibytes(101) }, /`ebsRootVolumeSize` must be a whole number of GiB from 15 to 100, got 101 GiB/],
      ['ebsRootVolumeThroughput -1', { ebsRootVolumeThroughput: -1 }, /`ebsRootVolumeThroughput` must be an integer from 125 to 1000, got -1/],
      ['ebsRootVolumeThroughput 124', { ebsRootVolumeThroughput: 124 }, /`ebsRootVolumeThroughput` must be an integer from 125 to 1000, got 124/],
      ['ebsRootVolumeThroughput 1001', { ebsRootVolumeThroughput: 1001 }, /`ebsRootVolumeThroughput` must be an integer from 125 to 1000/],
      ['ebsRootVolumeIops -1', { ebsRootVolumeIops: -1 }, /`ebsRootVolumeIops` must be an integer from 3000 to 16000, got -1/],
      ['ebsRootVolumeIops 2999', { ebsRootVolumeIops: 2999 }, /`ebsRootVolumeIops` must be an integer from 3000 to 16000/],
      ['ebsRootVolumeIops 16001', { ebsRootVolumeIops: 16001 }, /`ebsRootVolumeIops` must be an integer from 3000 to 16000/],
      ['ebsRootVolumeIops with release 6.14.0', { releaseLabel: 'emr-6.14.0', ebsRootVolumeIops: 3000 },
        /`releaseLabel` must be emr-6.15.0 or later to set `ebsRootVolumeIops` or `ebsRootVolumeThroughput`, got 'emr-6.14.0'/],
      ['ebsRootVolumeThroughput with release 5.36.1', { releaseLabel: 'emr-5.36.1', ebsRootVolumeThroughput: 125 }, /must be emr-6.15.0 or later/],
      ['autoTerminationPolicyIdleTimeout of 0 seconds', { autoTerminationPolicyIdleTimeout: Duration.seconds(0) },
        /`autoTerminationPolicyIdleTimeout` must be a whole number of seconds, from 60 to 604800, got 0 seconds/],
      ['autoTerminationPolicyIdleTimeout of 604801 seconds', { autoTerminationPolicyIdleTimeout: Duration.seconds(604801) },
        /`autoTerminationPolicyIdleTimeout` must be a whole number of seconds, from 60 to 604800/],
      ['autoTerminationPolicyIdleTimeout of 59 seconds', { autoTerminationPolicyIdleTimeout: Duration.seconds(59) }, /from 60 to 604800/],
      ['autoTerminationPolicyIdleTimeout of 60.5 seconds', { autoTerminationPolicyIdleTimeout: Duration.millis(60500) }, /whole number of seconds/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => createReference(props as Props)).toThrow();
      expect(() => create(props as Props)).toThrow(message);
      expect(() => create(props as Props)).toThrow(AT);
    });

    it('fails on an auto scaling role with instance fleets', () => {
      const stack = new Stack(new App(), 'Stack');
      const autoScalingRole = iam.Role.fromRoleArn(stack, 'R', 'arn:aws:iam::123456789012:role/as');
      const props = { ...fleet({}), autoScalingRole } as Props;
      expect(() => new reference.EmrCreateCluster(stack, 'Ref', { instances: {}, name: 'C', ...props } as any)).toThrow();
      expect(() => new EmrCreateCluster(stack, 'Task', { instances: {}, name: 'C', ...props }))
        .toThrow(/`autoScalingRole` cannot be combined with `instances.instanceFleets`/);
    });

    it('throws the validation error of tasks-core', () => {
      try {
        create({ stepConcurrencyLevel: 0 });
        expect.unreachable();
      } catch (e) {
        expect(TaskErrors.isValidationError(e)).toBe(true);
      }
    });
  });

  describe('instance fleets are checked when the state renders, as the reference checks them', () => {
    it.each([
      ['a Spot timeout of 4 minutes', spot({ timeout: Duration.minutes(4) }),
        new RegExp(`\`${FLEET}.launchSpecifications.spotSpecification.timeout\` must be a whole number of minutes, from 5 to 1440, got 4 minutes`)],
      ['a Spot timeout of 1441 minutes', spot({ timeout: Duration.minutes(1441) }), /timeout` must be a whole number of minutes, from 5 to 1440/],
      ['a Spot timeout of 5.5 minutes', spot({ timeout: Duration.seconds(330) }), /timeout` must be a whole number of minutes, from 5 to 1440/],
      ['a Spot timeoutDurationMinutes of 4', spot({ timeoutDurationMinutes: 4 }), /timeoutDurationMinutes` must be an integer from 5 to 1440, got 4/],
      ['a Spot timeoutDurationMinutes of 1441', spot({ timeoutDurationMinutes: 1441 }), /timeoutDurationMinutes` must be an integer from 5 to 1440, got 1441/],
      ['a Spot specification without timeout', spot({}),
        new RegExp(`\`${FLEET}.launchSpecifications.spotSpecification\` must set exactly one of \`timeout\` and \`timeoutDurationMinutes\`, got neither`)],
      ['a Spot specification with both timeouts', spot({ timeout: Duration.minutes(5), timeoutDurationMinutes: 10 }), /exactly one of `timeout` and `timeoutDurationMinutes`, got both/],
      ['bidPrice with bidPriceAsPercentageOfOnDemandPrice', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPrice: '1', bidPriceAsPercentageOfOnDemandPrice: 1 }] }),
        new RegExp(`\`${FLEET}.instanceTypeConfigs\\[0\\].bidPrice\` cannot be combined with \`${FLEET}.instanceTypeConfigs\\[0\\].bidPriceAsPercentageOfOnDemandPrice\``)],
      ['a fleet without target capacity', fleet({ targetOnDemandCapacity: undefined }),
        new RegExp(`\`${FLEET}\` must set \`targetOnDemandCapacity\` or \`targetSpotCapacity\` above 0, got undefined and undefined`)],
      ['a fleet with both target capacities 0', fleet({ targetOnDemandCapacity: 0, targetSpotCapacity: 0 }), /must set `targetOnDemandCapacity` or `targetSpotCapacity` above 0, got 0 and 0/],
      ['a MASTER fleet without target capacity', fleet({ instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: undefined }),
        /above 0 \(a MASTER fleet sets exactly one of them, to 1\)/],
      ['a MASTER fleet with both target capacities', fleet({ instanceFleetType: E.InstanceRoleType.MASTER, targetSpotCapacity: 1 }),
        new RegExp(`\`${FLEET}\` is a MASTER fleet and must set only one of \`targetOnDemandCapacity\` and \`targetSpotCapacity\`, got 1 and 1`)],
      ['a MASTER fleet with 2 Spot units', fleet({ instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: undefined, targetSpotCapacity: 2 }),
        new RegExp(`\`${FLEET}.targetSpotCapacity\` must be 1 for a MASTER fleet, got 2`)],
      ['a MASTER fleet with 2 On-Demand units', fleet({ instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: 2 }),
        new RegExp(`\`${FLEET}.targetOnDemandCapacity\` must be 1 for a MASTER fleet, got 2`)],
      ['a negative priority', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: -1 }],
        launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } } }),
        new RegExp(`\`${FLEET}.instanceTypeConfigs\\[0\\].priority\` must be 0 or more, got -1`)],
      ['a priority without the PRIORITIZED strategy', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }, { instanceType: 'm5.large', priority: 0 }] }),
        new RegExp(`\`${FLEET}.instanceTypeConfigs\\[1\\].priority\` applies only with OnDemandAllocationStrategy.PRIORITIZED, got allocation strategy 'lowest-price'`)],
      ['the PRIORITIZED strategy without priorities', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
        launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } } }),
        new RegExp(`\`${FLEET}.instanceTypeConfigs\` must set \`priority\` on at least one instance type when the On-Demand allocation strategy is PRIORITIZED`)],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => createReference(props as Props)).toThrow();
      const task = create(props as Props);
      expect(() => task.toStateJson()).toThrow(message);
      expect(() => task.toStateJson()).toThrow(AT);
    });

    it.each([
      ['a fleet capacity of -1', fleet({ targetOnDemandCapacity: -1 }), new RegExp(`\`${FLEET}.targetOnDemandCapacity\` must be a whole number, 0 or more, got -1`)],
      ['a fleet capacity of 1.5', fleet({ targetSpotCapacity: 1.5 }), new RegExp(`\`${FLEET}.targetSpotCapacity\` must be a whole number, 0 or more, got 1.5`)],
      ['a fleet name over 256 characters', fleet({ name: 'f'.repeat(257) }), new RegExp(`\`${FLEET}.name\` must be from 0 to 256 characters long`)],
      ['a negative weighted capacity', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', weightedCapacity: -1 }] }),
        /instanceTypeConfigs\[0\].weightedCapacity` must be a whole number, 0 or more, got -1/],
      ['a negative bid percentage', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', bidPriceAsPercentageOfOnDemandPrice: -5 }] }),
        /instanceTypeConfigs\[0\].bidPriceAsPercentageOfOnDemandPrice` must be 0 or more, got -5/],
      ['fleet EBS with 0 volumes per instance', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', ebsConfiguration: { ebsBlockDeviceConfigs: [{
        volumeSpecification: { volumeSize: Size.gibibytes(10), volumeType: E.EbsBlockDeviceVolumeType.GP2 }, volumesPerInstance: 0 }] } }] }),
      /instanceTypeConfigs\[0\].ebsConfiguration.ebsBlockDeviceConfigs\[0\].volumesPerInstance` must be a whole number, 1 or more/],
    ] as const)('fails on %s (a limit the reference does not check)', (_name, props, message) => {
      const task = create(props as Props);
      expect(() => task.toStateJson()).toThrow(message);
    });

    it('builds the task, then fails when a state machine renders it, naming the fleet', () => {
      const stack = new Stack(new App(), 'Stack');
      const task = new EmrCreateCluster(stack, 'Task', { instances: {}, name: 'Cluster', ...spot({ timeout: Duration.minutes(4) }) });
      expect(() => new sfn.StateMachine(stack, 'StateMachine', { definitionBody: sfn.DefinitionBody.fromChainable(task) }))
        .toThrow(/`instances.instanceFleets\[0\].launchSpecifications.spotSpecification.timeout` must be a whole number of minutes/);
    });
  });

  describe('what we check beyond the reference', () => {
    it.each([
      ['an empty name', { name: '' }, /`name` must be from 1 to 256 characters long, got 0 characters/],
      ['a name over 256 characters', { name: 'n'.repeat(257) }, /`name` must be from 1 to 256 characters long, got 257 characters/],
      ['a release label over 256 characters', { releaseLabel: `emr-${'1'.repeat(253)}` }, /`releaseLabel` must be from 1 to 256 characters long/],
      ['an empty custom AMI', { customAmiId: '' }, /`customAmiId` must be from 1 to 256 characters long/],
      ['an empty log URI', { logUri: '' }, /`logUri` must be from 1 to 10280 characters long/],
      ['additionalInfo over 10280 characters', { additionalInfo: 'x'.repeat(10281) }, /`additionalInfo` must be from 0 to 10280 characters long/],
      ['an empty security configuration', { securityConfiguration: '' }, /`securityConfiguration` must be from 1 to 10280 characters long/],
      ['step concurrency 2.5', { stepConcurrencyLevel: 2.5 }, /`stepConcurrencyLevel` must be an integer from 1 to 256, got 2.5/],
      ['ebsRootVolumeIops 3000.5', { ebsRootVolumeIops: 3000.5 }, /`ebsRootVolumeIops` must be an integer from 3000 to 16000, got 3000.5/],
      ['ebsRootVolumeSize of 20000 MiB', { ebsRootVolumeSize: Size.mebibytes(20000) }, /`ebsRootVolumeSize` must be a whole number of GiB from 15 to 100, got 19.53125 GiB/],
      ['a tag key over 128 characters', { tags: { ['k'.repeat(129)]: 'v' } }, /`tags \(key\)` must be from 1 to 128 characters long, got 129 characters/],
      ['an empty tag key', { tags: { '': 'v' } }, /`tags \(key\)` must be from 1 to 128 characters long, got 0 characters/],
      ['a tag value over 256 characters', { tags: { team: 'v'.repeat(257) } }, /`tags.team` must be from 0 to 256 characters long/],
      ['a bootstrap action name over 256 characters', { bootstrapActions: [{ name: 'b'.repeat(257), scriptBootstrapAction: { path: 's3://b/x' } }] },
        /`bootstrapActions\[0\].name` must be from 1 to 256 characters long/],
      ['an instance count of -1', { instances: { instanceCount: -1 } }, /`instances.instanceCount` must be a whole number, 0 or more, got -1/],
      ['an instance count of 1.5', { instances: { instanceCount: 1.5 } }, /`instances.instanceCount` must be a whole number, 0 or more, got 1.5/],
      ['fleets with groups', { instances: {
        instanceFleets: [{ instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: 1 }],
        instanceGroups: [{ instanceCount: 1, instanceRole: E.InstanceRoleType.MASTER, instanceType: 'm5.xlarge' }],
      } }, /`instances.instanceFleets` cannot be combined with `instances.instanceGroups`/],
      ['a group instance count of -1', group({ instanceCount: -1 }), /`instances.instanceGroups\[0\].instanceCount` must be a whole number, 0 or more, got -1/],
      ['a group name over 256 characters', group({ name: 'g'.repeat(257) }), /`instances.instanceGroups\[0\].name` must be from 0 to 256 characters long/],
      ['scaling constraints min above max', group({ autoScalingPolicy: { constraints: { minCapacity: 3, maxCapacity: 2 }, rules: [] } }),
        /`instances.instanceGroups\[0\].autoScalingPolicy.constraints.minCapacity` must be at most `instances.instanceGroups\[0\].autoScalingPolicy.constraints.maxCapacity` \(2\), got 3/],
      ['a negative scaling min capacity', group({ autoScalingPolicy: { constraints: { minCapacity: -1, maxCapacity: 2 }, rules: [] } }),
        /constraints.minCapacity` must be a whole number, 0 or more, got -1/],
      ['a negative cool-down', rule({ coolDown: -1 }), /rules\[0\].action.simpleScalingPolicyConfiguration.coolDown` must be a whole number, 0 or more, got -1/],
      ['0 evaluation periods', rule({ evaluationPeriods: 0 }), /cloudWatchAlarmDefinition.evaluationPeriods` must be a whole number, 1 or more, got 0/],
      ['a period of 90.5 seconds', rule({ period: Duration.millis(90500) }), /cloudWatchAlarmDefinition.period` must be a whole number of seconds, 1 or more, got 90.5 seconds/],
      ['0 volumes per instance', ebs({}, 0), /ebsBlockDeviceConfigs\[0\].volumesPerInstance` must be a whole number, 1 or more, got 0/],
      ['a volume of half a GiB', ebs({ volumeSize: Size.mebibytes(512) }), /volumeSpecification.volumeSize` must be a whole number of GiB 1 or more, got 0.5 GiB/],
      ['negative volume IOPS', ebs({ iops: -1 }), /volumeSpecification.iops` must be a whole number, 0 or more, got -1/],
      ['managed scaling minimum above maximum', limits({ minimumCapacityUnits: 5, maximumCapacityUnits: 4 }),
        /`managedScalingPolicy.computeLimits.minimumCapacityUnits` must be at most `managedScalingPolicy.computeLimits.maximumCapacityUnits` \(4\), got 5/],
      ['a negative managed scaling limit', limits({ maximumCoreCapacityUnits: -1 }), /`managedScalingPolicy.computeLimits.maximumCoreCapacityUnits` must be a whole number, 0 or more, got -1/],
      ['a fractional On-Demand limit', limits({ maximumOnDemandCapacityUnits: 1.5 }), /maximumOnDemandCapacityUnits` must be a whole number, 0 or more, got 1.5/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => create(props as Props)).toThrow(message);
    });
  });

  describe('values only known later are not checked', () => {
    it.each([
      ['a JSON path name', { name: sfn.JsonPath.stringAt('$.name') }],
      ['a JSONata name', { name: '{% $states.input.name %}', queryLanguage: sfn.QueryLanguage.JSONATA }],
      ['a JSON path step concurrency with an old release', { stepConcurrencyLevel: sfn.JsonPath.numberAt('$.c'), releaseLabel: 'emr-5.0.0' }],
      ['JSON path fleet capacities of a MASTER fleet', fleet({
        instanceFleetType: E.InstanceRoleType.MASTER, targetOnDemandCapacity: sfn.JsonPath.numberAt('$.od'),
      })],
      ['a JSON path Spot timeoutDurationMinutes', spot({ timeoutDurationMinutes: sfn.JsonPath.numberAt('$.t') })],
      ['a JSON path priority', fleet({ instanceTypeConfigs: [{ instanceType: 'm5.xlarge', priority: sfn.JsonPath.numberAt('$.p') }],
        launchSpecifications: { onDemandSpecification: { allocationStrategy: E.OnDemandAllocationStrategy.PRIORITIZED } } })],
      ['JSON path scaling constraints', group({ autoScalingPolicy: { constraints: { minCapacity: sfn.JsonPath.numberAt('$.min'), maxCapacity: 1 }, rules: [] } })],
    ] as const)('accepts %s', (_name, props) => {
      expect(() => create(props as Props).toStateJson()).not.toThrow();
    });
  });
});
