import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import {
  describeValue,
  isDynamic,
  validateNotCombined,
  validateStringLength,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { EmrCreateCluster } from '../emr-create-cluster';
import type { EmrCreateClusterProps } from '../emr-create-cluster-props';
import { releaseVersion, requireRelease } from './release-label';
import { validateCount, validateDuration, validateGibibytes, validateIntegerRange, validateNonNegative, validateOrdered } from './validate-number';

/*
 * The checks of EmrCreateCluster's props: the RunJobFlow API's documented limits and the features that need a
 * minimum release, run at construction (`validateCreateClusterProps`), and the rules of instance fleets, run when
 * the state renders (`validateInstanceFleets`), as aws-cdk-lib checks them. Values only known at deploy or run time
 * (tokens, JSONPath, JSONata) are skipped.
 *
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html
 */

// Enum values compared here (the enums live in emr-create-cluster.ts, which imports this file).
const MASTER = 'MASTER';
const LOWEST_PRICE = 'lowest-price';
const PRIORITIZED = 'prioritized';

/** Throws at the first prop of `props` that RunJobFlow (or Step Functions' createCluster) would reject. */
export function validateCreateClusterProps(scope: IConstruct, props: EmrCreateClusterProps): void {
  validateStringLength(scope, 'name', props.name, 1, 256);
  validateStringLength(scope, 'additionalInfo', props.additionalInfo, 0, 10280);
  validateStringLength(scope, 'customAmiId', props.customAmiId, 1, 256);
  validateStringLength(scope, 'logUri', props.logUri, 1, 10280);
  validateStringLength(scope, 'securityConfiguration', props.securityConfiguration, 1, 10280);
  validateReleaseDependentProps(scope, props);
  validateDuration(scope, 'autoTerminationPolicyIdleTimeout', props.autoTerminationPolicyIdleTimeout, 'seconds', 60, 604800);
  validateTags(scope, props.tags);
  props.bootstrapActions?.forEach((action, i) => validateStringLength(scope, `bootstrapActions[${i}].name`, action.name, 1, 256));
  validateComputeLimits(scope, props.managedScalingPolicy?.computeLimits);
  validateInstances(scope, props.instances);
  if (props.autoScalingRole !== undefined) {
    validateNotCombined(scope, 'autoScalingRole', { 'instances.instanceFleets': props.instances.instanceFleets?.length ? true : undefined });
  }
}

/** The release label, and the props that need a minimum release. */
function validateReleaseDependentProps(scope: IConstruct, props: EmrCreateClusterProps): void {
  validateStringLength(scope, 'releaseLabel', props.releaseLabel, 1, 256);
  const version = releaseVersion(scope, props.releaseLabel);

  validateIntegerRange(scope, 'stepConcurrencyLevel', props.stepConcurrencyLevel, 1, 256);
  const level = props.stepConcurrencyLevel;
  if (typeof level === 'number' && !Token.isUnresolved(level) && level !== 1) {
    requireRelease(scope, version, [5, 28, 0], '`stepConcurrencyLevel` above 1', props.releaseLabel);
  }

  validateGibibytes(scope, 'ebsRootVolumeSize', props.ebsRootVolumeSize, 15, 100);
  validateIntegerRange(scope, 'ebsRootVolumeIops', props.ebsRootVolumeIops, 3000, 16000);
  validateIntegerRange(scope, 'ebsRootVolumeThroughput', props.ebsRootVolumeThroughput, 125, 1000);
  if (props.ebsRootVolumeIops !== undefined || props.ebsRootVolumeThroughput !== undefined) {
    requireRelease(scope, version, [6, 15, 0], '`ebsRootVolumeIops` or `ebsRootVolumeThroughput`', props.releaseLabel);
  }
}

/**
 * Tag keys of 1 to 128 characters, values of up to 256.
 *
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Tag.html
 */
function validateTags(scope: IConstruct, tags: { [key: string]: string } | undefined): void {
  for (const [key, value] of Object.entries(tags ?? {})) {
    validateStringLength(scope, 'tags (key)', key, 1, 128);
    validateStringLength(scope, `tags.${key}`, value, 0, 256);
  }
}

/** Whole, non-negative limits, the minimum at most the maximum. */
function validateComputeLimits(scope: IConstruct, limits: EmrCreateCluster.ManagedScalingComputeLimitsProperty | undefined): void {
  if (limits === undefined) return;
  const at = 'managedScalingPolicy.computeLimits';
  validateCount(scope, `${at}.minimumCapacityUnits`, limits.minimumCapacityUnits);
  validateCount(scope, `${at}.maximumCapacityUnits`, limits.maximumCapacityUnits);
  validateCount(scope, `${at}.maximumOnDemandCapacityUnits`, limits.maximumOnDemandCapacityUnits);
  validateCount(scope, `${at}.maximumCoreCapacityUnits`, limits.maximumCoreCapacityUnits);
  validateOrdered(scope, `${at}.minimumCapacityUnits`, limits.minimumCapacityUnits, `${at}.maximumCapacityUnits`, limits.maximumCapacityUnits);
}

/**
 * The instances: fleets or groups, not both; whole, non-negative counts; the instance groups.
 *
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_JobFlowInstancesConfig.html
 */
function validateInstances(scope: IConstruct, instances: EmrCreateCluster.InstancesConfigProperty): void {
  if (instances.instanceFleets?.length) {
    validateNotCombined(scope, 'instances.instanceFleets', { 'instances.instanceGroups': instances.instanceGroups?.length ? true : undefined });
  }
  validateCount(scope, 'instances.instanceCount', instances.instanceCount);
  instances.instanceGroups?.forEach((group, i) => validateInstanceGroup(scope, `instances.instanceGroups[${i}]`, group));
}

/**
 * Throws at the first instance fleet RunJobFlow would reject. Run when the state renders (like aws-cdk-lib), so a
 * task whose fleets are wrong can be built and fails at synthesis.
 */
export function validateInstanceFleets(scope: IConstruct, instances: EmrCreateCluster.InstancesConfigProperty): void {
  instances.instanceFleets?.forEach((fleet, i) => validateInstanceFleet(scope, `instances.instanceFleets[${i}]`, fleet));
}

function validateInstanceGroup(scope: IConstruct, at: string, group: EmrCreateCluster.InstanceGroupConfigProperty): void {
  validateCount(scope, `${at}.instanceCount`, group.instanceCount);
  validateStringLength(scope, `${at}.name`, group.name, 0, 256);
  validateEbs(scope, `${at}.ebsConfiguration`, group.ebsConfiguration);
  const policy = group.autoScalingPolicy;
  if (policy === undefined) return;
  validateCount(scope, `${at}.autoScalingPolicy.constraints.minCapacity`, policy.constraints.minCapacity);
  validateCount(scope, `${at}.autoScalingPolicy.constraints.maxCapacity`, policy.constraints.maxCapacity);
  validateOrdered(scope, `${at}.autoScalingPolicy.constraints.minCapacity`, policy.constraints.minCapacity,
    `${at}.autoScalingPolicy.constraints.maxCapacity`, policy.constraints.maxCapacity);
  policy.rules.forEach((rule, r) => {
    const ruleAt = `${at}.autoScalingPolicy.rules[${r}]`;
    const simple = rule.action.simpleScalingPolicyConfiguration;
    validateCount(scope, `${ruleAt}.action.simpleScalingPolicyConfiguration.coolDown`, simple.coolDown);
    const alarm = rule.trigger.cloudWatchAlarmDefinition;
    validateCount(scope, `${ruleAt}.trigger.cloudWatchAlarmDefinition.evaluationPeriods`, alarm.evaluationPeriods, 1);
    validateDuration(scope, `${ruleAt}.trigger.cloudWatchAlarmDefinition.period`, alarm.period, 'seconds', 1);
  });
}

function validateEbs(scope: IConstruct, at: string, ebs: EmrCreateCluster.EbsConfigurationProperty | undefined): void {
  ebs?.ebsBlockDeviceConfigs?.forEach((device, d) => {
    validateCount(scope, `${at}.ebsBlockDeviceConfigs[${d}].volumesPerInstance`, device.volumesPerInstance, 1);
    validateGibibytes(scope, `${at}.ebsBlockDeviceConfigs[${d}].volumeSpecification.volumeSize`, device.volumeSpecification.volumeSize, 1);
    validateCount(scope, `${at}.ebsBlockDeviceConfigs[${d}].volumeSpecification.iops`, device.volumeSpecification.iops);
  });
}

/**
 * An instance fleet: target capacities (at least one above 0; exactly one, of 1, for the primary fleet), the
 * Spot timeout, bid prices and On-Demand priorities.
 *
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetConfig.html
 */
function validateInstanceFleet(scope: IConstruct, at: string, fleet: EmrCreateCluster.InstanceFleetConfigProperty): void {
  validateStringLength(scope, `${at}.name`, fleet.name, 0, 256);
  validateCount(scope, `${at}.targetOnDemandCapacity`, fleet.targetOnDemandCapacity);
  validateCount(scope, `${at}.targetSpotCapacity`, fleet.targetSpotCapacity);
  validateTargetCapacities(scope, at, fleet);
  fleet.instanceTypeConfigs?.forEach((type, t) => {
    const typeAt = `${at}.instanceTypeConfigs[${t}]`;
    if (type.bidPrice !== undefined) {
      validateNotCombined(scope, `${typeAt}.bidPrice`, { [`${typeAt}.bidPriceAsPercentageOfOnDemandPrice`]: type.bidPriceAsPercentageOfOnDemandPrice });
    }
    validateNonNegative(scope, `${typeAt}.bidPriceAsPercentageOfOnDemandPrice`, type.bidPriceAsPercentageOfOnDemandPrice);
    validateNonNegative(scope, `${typeAt}.priority`, type.priority);
    validateCount(scope, `${typeAt}.weightedCapacity`, type.weightedCapacity);
    validateEbs(scope, `${typeAt}.ebsConfiguration`, type.ebsConfiguration);
  });
  validatePriorities(scope, at, fleet);
  const spot = fleet.launchSpecifications?.spotSpecification;
  if (spot) validateSpotTimeout(scope, `${at}.launchSpecifications.spotSpecification`, spot);
}

function validateTargetCapacities(scope: IConstruct, at: string, fleet: EmrCreateCluster.InstanceFleetConfigProperty): void {
  const onDemand = fleet.targetOnDemandCapacity;
  const spot = fleet.targetSpotCapacity;
  const positive = (v: number | undefined): boolean => v !== undefined && (isDynamic(v) || v > 0);
  const isMaster = (fleet.instanceFleetType as string) === MASTER;
  if (!positive(onDemand) && !positive(spot)) {
    throw validationError(scope, `\`${at}\` must set \`targetOnDemandCapacity\` or \`targetSpotCapacity\` above 0` +
      `${isMaster ? ' (a MASTER fleet sets exactly one of them, to 1)' : ''}, got ${describeValue(onDemand)} and ${describeValue(spot)}`);
  }
  if (!isMaster) return;
  if (positive(onDemand) && positive(spot)) {
    throw validationError(scope, `\`${at}\` is a MASTER fleet and must set only one of \`targetOnDemandCapacity\` and ` +
      `\`targetSpotCapacity\`, got ${describeValue(onDemand)} and ${describeValue(spot)}`);
  }
  for (const [name, value] of [['targetOnDemandCapacity', onDemand], ['targetSpotCapacity', spot]] as const) {
    if (typeof value === 'number' && !Token.isUnresolved(value) && value > 0 && value !== 1) {
      throw validationError(scope, `\`${at}.${name}\` must be 1 for a MASTER fleet, got ${describeValue(value)}`);
    }
  }
}

/**
 * Priorities only with the PRIORITIZED On-Demand strategy, which needs at least one.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html
 */
function validatePriorities(scope: IConstruct, at: string, fleet: EmrCreateCluster.InstanceFleetConfigProperty): void {
  const strategy: string = fleet.launchSpecifications?.onDemandSpecification?.allocationStrategy ?? LOWEST_PRICE;
  if (Token.isUnresolved(strategy)) return;
  const prioritized = strategy === PRIORITIZED;
  const types = fleet.instanceTypeConfigs ?? [];
  const withStaticPriority = types.findIndex((t) => t.priority !== undefined && !isDynamic(t.priority));
  if (!prioritized && withStaticPriority >= 0) {
    throw validationError(scope, `\`${at}.instanceTypeConfigs[${withStaticPriority}].priority\` applies only with ` +
      `OnDemandAllocationStrategy.PRIORITIZED, got allocation strategy '${strategy}'`);
  }
  if (prioritized && types.length > 0 && types.every((t) => t.priority === undefined)) {
    throw validationError(scope, `\`${at}.instanceTypeConfigs\` must set \`priority\` on at least one instance type ` +
      'when the On-Demand allocation strategy is PRIORITIZED, got none');
  }
}

/** Exactly one of `timeout` and `timeoutDurationMinutes`, 5 to 1440 whole minutes. */
function validateSpotTimeout(scope: IConstruct, at: string, spot: EmrCreateCluster.SpotProvisioningSpecificationProperty): void {
  // `timeoutDurationMinutes` is deprecated in favour of `timeout`, and still accepted.
  const minutes = spot.timeoutDurationMinutes;
  if ((spot.timeout === undefined) === (minutes === undefined)) {
    throw validationError(scope, `\`${at}\` must set exactly one of \`timeout\` and \`timeoutDurationMinutes\`, got ` +
      `${spot.timeout === undefined ? 'neither' : 'both'}`);
  }
  validateDuration(scope, `${at}.timeout`, spot.timeout, 'minutes', 5, 1440);
  validateIntegerRange(scope, `${at}.timeoutDurationMinutes`, minutes, 5, 1440);
}
