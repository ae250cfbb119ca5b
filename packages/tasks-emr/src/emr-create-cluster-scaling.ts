/*
 * The nested types of EmrCreateCluster that describe scaling: the automatic scaling policy of an instance group
 * (constraints, rules, actions and CloudWatch triggers) and the cluster's managed scaling policy.
 *
 * They belong to the `EmrCreateCluster` namespace through module augmentation (see
 * emr-create-cluster-instances.ts).
 */
import type { Duration } from 'aws-cdk-lib/core';

declare module './emr-create-cluster' {
  export namespace EmrCreateCluster {
    /**
     * The automatic scaling policy of a core or task instance group: its limits and the rules that add or remove
     * instances.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_AutoScalingPolicy.html
     */
    export interface AutoScalingPolicyProperty {
      /**
       * The fewest and the most instances the group may scale to.
       */
      readonly constraints: ScalingConstraintsProperty;

      /**
       * The rules that scale the group.
       */
      readonly rules: ScalingRuleProperty[];
    }

    /**
     * The fewest and the most instances an automatic scaling policy may scale a group to.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingConstraints.html
     */
    export interface ScalingConstraintsProperty {
      /**
       * The most instances: a whole number, at least `minCapacity`.
       */
      readonly maxCapacity: number;

      /**
       * The fewest instances: a whole number, 0 or more.
       */
      readonly minCapacity: number;
    }

    /**
     * A rule of an automatic scaling policy: a CloudWatch alarm that, when it fires, adds or removes instances.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingRule.html
     */
    export interface ScalingRuleProperty {
      /**
       * What the rule does when it fires.
       */
      readonly action: ScalingActionProperty;

      /**
       * A description of the rule.
       *
       * @default - none
       */
      readonly description?: string;

      /**
       * The name of the rule, unique within its policy.
       */
      readonly name: string;

      /**
       * The CloudWatch alarm that fires the rule.
       */
      readonly trigger: ScalingTriggerProperty;
    }

    /**
     * What a scaling rule does when it fires.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingAction.html
     */
    export interface ScalingActionProperty {
      /**
       * The market of the instances to add. Deprecated by Amazon EMR: instances come from the group's market.
       *
       * @default - the group's market
       */
      readonly market?: InstanceMarket;

      /**
       * How many instances to add or remove, and how long to wait before the next scaling activity.
       */
      readonly simpleScalingPolicyConfiguration: SimpleScalingPolicyConfigurationProperty;
    }

    /**
     * How many instances a scaling rule adds or removes, and how long it waits before the next activity.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SimpleScalingPolicyConfiguration.html
     */
    export interface SimpleScalingPolicyConfigurationProperty {
      /**
       * How `scalingAdjustment` is read.
       *
       * @default - a change in capacity (`CHANGE_IN_CAPACITY`)
       */
      readonly adjustmentType?: ScalingAdjustmentType;

      /**
       * The time, in whole seconds, after a scaling activity before another may start.
       *
       * @default 0
       */
      readonly coolDown?: number;

      /**
       * The number (or percentage) of instances to add, when positive, or remove, when negative; with
       * `EXACT_CAPACITY`, the instance count to set.
       */
      readonly scalingAdjustment: number;
    }

    /**
     * The CloudWatch alarm that fires a scaling rule.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingTrigger.html
     */
    export interface ScalingTriggerProperty {
      /**
       * The alarm's metric, statistic, threshold and evaluation periods.
       */
      readonly cloudWatchAlarmDefinition: CloudWatchAlarmDefinitionProperty;
    }

    /**
     * The CloudWatch alarm of a scaling rule.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_CloudWatchAlarmDefinition.html
     */
    export interface CloudWatchAlarmDefinitionProperty {
      /**
       * How the metric is compared with the threshold.
       */
      readonly comparisonOperator: CloudWatchAlarmComparisonOperator;

      /**
       * The dimensions of the metric.
       *
       * @default - none
       */
      readonly dimensions?: MetricDimensionProperty[];

      /**
       * How many consecutive periods the condition must hold before the alarm fires: a whole number.
       *
       * @default 1
       */
      readonly evaluationPeriods?: number;

      /**
       * The name of the CloudWatch metric.
       */
      readonly metricName: string;

      /**
       * The namespace of the metric.
       *
       * @default 'AWS/ElasticMapReduce'
       */
      readonly namespace?: string;

      /**
       * The length of a period, in whole seconds; Amazon EMR metrics come every five minutes (300 seconds).
       */
      readonly period: Duration;

      /**
       * The statistic applied to the metric.
       *
       * @default CloudWatchAlarmStatistic.AVERAGE
       */
      readonly statistic?: CloudWatchAlarmStatistic;

      /**
       * The value the metric is compared with.
       *
       * @default - none
       */
      readonly threshold?: number;

      /**
       * The unit of the metric, which must match the metric's own.
       *
       * @default CloudWatchAlarmUnit.NONE
       */
      readonly unit?: CloudWatchAlarmUnit;
    }

    /**
     * A dimension of a CloudWatch metric.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_MetricDimension.html
     */
    export interface MetricDimensionProperty {
      /**
       * The name of the dimension.
       */
      readonly key: string;

      /**
       * The value of the dimension.
       */
      readonly value: string;
    }

    /**
     * The managed scaling policy of a cluster: Amazon EMR scales it within the given limits.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ManagedScalingPolicy.html
     */
    export interface ManagedScalingPolicyProperty {
      /**
       * The limits within which Amazon EMR scales the cluster.
       *
       * @default - none
       */
      readonly computeLimits?: ManagedScalingComputeLimitsProperty;
    }

    /**
     * The limits within which managed scaling scales a cluster.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ComputeLimits.html
     */
    export interface ManagedScalingComputeLimitsProperty {
      /**
       * The unit of the limits.
       */
      readonly unitType: ComputeLimitsUnitType;

      /**
       * The capacity the cluster never goes below: a whole number, 0 or more.
       */
      readonly minimumCapacityUnits: number;

      /**
       * The capacity the cluster never goes above: a whole number, at least `minimumCapacityUnits`.
       */
      readonly maximumCapacityUnits: number;

      /**
       * The most On-Demand capacity: a whole number, at most `maximumCapacityUnits`.
       *
       * @default - none
       */
      readonly maximumOnDemandCapacityUnits?: number;

      /**
       * The most core-node capacity: a whole number, at most `maximumCapacityUnits`.
       *
       * @default - none
       */
      readonly maximumCoreCapacityUnits?: number;
    }
  }
}
