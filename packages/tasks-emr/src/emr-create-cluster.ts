import type { Construct } from 'constructs';
import { FeatureFlags } from 'aws-cdk-lib/core';
import { ENABLE_EMR_SERVICE_POLICY_V2 } from 'aws-cdk-lib/cx-api';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validationError } from '@cdk-stepfunctions/tasks-core';
// The nested types of EmrCreateCluster are declared in these files (module augmentation of the namespace below).
import './emr-create-cluster-instances';
import './emr-create-cluster-fleets';
import './emr-create-cluster-scaling';
import './emr-create-cluster-software';
import { createClusterParameters } from './private/cluster-parameters';
import { createAutoScalingRole, createClusterRole, createClusterStatements, createServiceRole } from './private/cluster-roles';
import { validateCreateClusterProps, validateInstanceFleets } from './private/cluster-validation';
import type { EmrCreateClusterJsonataProps, EmrCreateClusterJsonPathProps, EmrCreateClusterProps } from './emr-create-cluster-props';

/**
 * Creates and starts an Amazon EMR cluster (`RunJobFlow`) as a Task: return its ID at once (REQUEST_RESPONSE) or
 * once the cluster is waiting for steps (RUN_JOB, the default). The task's result holds the `ClusterId`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrCreateCluster extends TaskStateBase {
  /**
   * An EmrCreateCluster task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrCreateClusterJsonPathProps): EmrCreateCluster {
    return new EmrCreateCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrCreateCluster task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrCreateClusterJsonataProps): EmrCreateCluster {
    return new EmrCreateCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: EMR's RunJobFlow response. With `.sync`, the state receives the
   * finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: { ClusterId: string; ClusterArn?: string } | { [field: string]: unknown };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrCreateClusterProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly _serviceRole: iam.IRole;
  private readonly _clusterRole: iam.IRole;
  private readonly _autoScalingRole?: iam.IRole;
  /** The tags Amazon EMR's v2 managed policies require of the clusters they act on. */
  private readonly managedPolicyTags?: { [key: string]: string };

  constructor(scope: Construct, id: string, props: EmrCreateClusterProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      EmrCreateCluster.SUPPORTED_INTEGRATION_PATTERNS, sfn.IntegrationPattern.RUN_JOB);
    validateCreateClusterProps(this, props);

    const servicePolicyV2 = FeatureFlags.of(this).isEnabled(ENABLE_EMR_SERVICE_POLICY_V2) ?? false;
    this._serviceRole = props.serviceRole ?? createServiceRole(this, servicePolicyV2);
    this._clusterRole = props.clusterRole ?? createClusterRole(this);
    this._clusterRole.grantPassRole(this._serviceRole);
    if (servicePolicyV2) this.managedPolicyTags = { 'for-use-with-amazon-emr-managed-policies': 'true' };
    this._autoScalingRole = props.autoScalingRole ?? (usesInstanceFleets(props) ? undefined : createAutoScalingRole(this));

    this.taskPolicies = createClusterStatements(this, {
      serviceRole: this._serviceRole,
      clusterRole: this._clusterRole,
      autoScalingRole: this._autoScalingRole,
      tagged: props.tags !== undefined,
      integrationPattern: this.integrationPattern,
    });
  }

  /**
   * The role Amazon EMR assumes for the cluster: the `serviceRole` prop or the role this task created.
   */
  public get serviceRole(): iam.IRole {
    return this._serviceRole;
  }

  /**
   * The role of the cluster's EC2 instances: the `clusterRole` prop or the role this task created.
   */
  public get clusterRole(): iam.IRole {
    return this._clusterRole;
  }

  /**
   * The role of the cluster's automatic scaling policies: the `autoScalingRole` prop or the role this task
   * created. Throws for a cluster of instance fleets, which has none.
   */
  public get autoScalingRole(): iam.IRole {
    if (this._autoScalingRole === undefined) {
      throw validationError(this, '`autoScalingRole` is not available: a cluster of instance fleets has no auto scaling role');
    }
    return this._autoScalingRole;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    validateInstanceFleets(this, this.props.instances);
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters = createClusterParameters(this.props, {
      serviceRole: this._serviceRole,
      clusterRole: this._clusterRole,
      autoScalingRole: this._autoScalingRole,
      managedPolicyTags: this.managedPolicyTags,
    });
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'createCluster', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/** Whether the cluster is made of instance fleets (which take no auto scaling role). */
function usesInstanceFleets(props: EmrCreateClusterProps): boolean {
  return (props.instances.instanceFleets?.length ?? 0) > 0;
}

/**
 * The nested types and enums of EmrCreateCluster. The interfaces are declared in
 * `emr-create-cluster-instances.ts`, `emr-create-cluster-fleets.ts`, `emr-create-cluster-scaling.ts` and
 * `emr-create-cluster-software.ts`.
 */
export namespace EmrCreateCluster {
  /**
   * How instances terminate when the cluster scales in or an instance group is resized.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html#EMR-RunJobFlow-request-ScaleDownBehavior
   */
  export enum EmrClusterScaleDownBehavior {
    /** At the instance-hour boundary, whenever the request was made (the default from release 5.1.0 to 5.x). */
    TERMINATE_AT_INSTANCE_HOUR = 'TERMINATE_AT_INSTANCE_HOUR',
    /** Once the node is deny-listed and its tasks drained, regardless of the instance-hour boundary. */
    TERMINATE_AT_TASK_COMPLETION = 'TERMINATE_AT_TASK_COMPLETION',
  }

  /**
   * The role of the nodes of an instance group or fleet.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html
   */
  export enum InstanceRoleType {
    /** The primary (master) node. */
    MASTER = 'MASTER',
    /** Core nodes, which run tasks and store HDFS data. */
    CORE = 'CORE',
    /** Task nodes, which only run tasks. */
    TASK = 'TASK',
  }

  /**
   * The type of an EBS volume.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_VolumeSpecification.html#EMR-Type-VolumeSpecification-VolumeType
   */
  export enum EbsBlockDeviceVolumeType {
    /** General Purpose SSD, gp3. */
    GP3 = 'gp3',
    /** General Purpose SSD, gp2. */
    GP2 = 'gp2',
    /** Provisioned IOPS SSD, io1. */
    IO1 = 'io1',
    /** Throughput Optimized HDD, st1. */
    ST1 = 'st1',
    /** Cold HDD, sc1. */
    SC1 = 'sc1',
    /** Magnetic. */
    STANDARD = 'standard',
  }

  /**
   * How an instance fleet chooses On-Demand instance types.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_OnDemandProvisioningSpecification.html
   */
  export enum OnDemandAllocationStrategy {
    /** The lowest-priced instance types first. */
    LOWEST_PRICE = 'lowest-price',
    /** The instance types in the order of their `priority` (0 first); at least one type must have a priority. */
    PRIORITIZED = 'prioritized',
  }

  /**
   * What an instance fleet does when its Spot capacity is not provisioned in time.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html
   */
  export enum SpotTimeoutAction {
    /** Provision On-Demand instances instead. */
    SWITCH_TO_ON_DEMAND = 'SWITCH_TO_ON_DEMAND',
    /** Terminate the cluster. */
    TERMINATE_CLUSTER = 'TERMINATE_CLUSTER',
  }

  /**
   * How an instance fleet chooses Spot instance pools.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html
   */
  export enum SpotAllocationStrategy {
    /** The pools with the most spare capacity. */
    CAPACITY_OPTIMIZED = 'capacity-optimized',
    /** The pools with the lowest price and the most spare capacity (recommended by Amazon EC2). */
    PRICE_CAPACITY_OPTIMIZED = 'price-capacity-optimized',
    /** The pools with the lowest price. */
    LOWEST_PRICE = 'lowest-price',
    /** Instances spread across all pools. */
    DIVERSIFIED = 'diversified',
  }

  /**
   * How a CloudWatch alarm of a scaling rule compares the metric with the threshold.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_CloudWatchAlarmDefinition.html
   */
  export enum CloudWatchAlarmComparisonOperator {
    /** Metric ≥ threshold. */
    GREATER_THAN_OR_EQUAL = 'GREATER_THAN_OR_EQUAL',
    /** Metric > threshold. */
    GREATER_THAN = 'GREATER_THAN',
    /** Metric < threshold. */
    LESS_THAN = 'LESS_THAN',
    /** Metric ≤ threshold. */
    LESS_THAN_OR_EQUAL = 'LESS_THAN_OR_EQUAL',
  }

  /**
   * The statistic a CloudWatch alarm of a scaling rule applies to the metric.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_CloudWatchAlarmDefinition.html
   */
  export enum CloudWatchAlarmStatistic {
    /** The number of data points. */
    SAMPLE_COUNT = 'SAMPLE_COUNT',
    /** The average. */
    AVERAGE = 'AVERAGE',
    /** The sum. */
    SUM = 'SUM',
    /** The minimum. */
    MINIMUM = 'MINIMUM',
    /** The maximum. */
    MAXIMUM = 'MAXIMUM',
  }

  /**
   * The unit of the metric of a CloudWatch alarm of a scaling rule.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_CloudWatchAlarmDefinition.html
   */
  export enum CloudWatchAlarmUnit {
    /** No unit. */
    NONE = 'NONE',
    /** Seconds. */
    SECONDS = 'SECONDS',
    /** Microseconds. */
    MICRO_SECONDS = 'MICRO_SECONDS',
    /** Milliseconds. */
    MILLI_SECONDS = 'MILLI_SECONDS',
    /** Bytes. */
    BYTES = 'BYTES',
    /** Kilobytes. */
    KILO_BYTES = 'KILO_BYTES',
    /** Megabytes. */
    MEGA_BYTES = 'MEGA_BYTES',
    /** Gigabytes. */
    GIGA_BYTES = 'GIGA_BYTES',
    /** Terabytes. */
    TERA_BYTES = 'TERA_BYTES',
    /** Bits. */
    BITS = 'BITS',
    /** Kilobits. */
    KILO_BITS = 'KILO_BITS',
    /** Megabits. */
    MEGA_BITS = 'MEGA_BITS',
    /** Gigabits. */
    GIGA_BITS = 'GIGA_BITS',
    /** Terabits. */
    TERA_BITS = 'TERA_BITS',
    /** Percent. */
    PERCENT = 'PERCENT',
    /** A count. */
    COUNT = 'COUNT',
    /** Bytes per second. */
    BYTES_PER_SECOND = 'BYTES_PER_SECOND',
    /** Kilobytes per second. */
    KILO_BYTES_PER_SECOND = 'KILO_BYTES_PER_SECOND',
    /** Megabytes per second. */
    MEGA_BYTES_PER_SECOND = 'MEGA_BYTES_PER_SECOND',
    /** Gigabytes per second. */
    GIGA_BYTES_PER_SECOND = 'GIGA_BYTES_PER_SECOND',
    /** Terabytes per second. */
    TERA_BYTES_PER_SECOND = 'TERA_BYTES_PER_SECOND',
    /** Bits per second. */
    BITS_PER_SECOND = 'BITS_PER_SECOND',
    /** Kilobits per second. */
    KILO_BITS_PER_SECOND = 'KILO_BITS_PER_SECOND',
    /** Megabits per second. */
    MEGA_BITS_PER_SECOND = 'MEGA_BITS_PER_SECOND',
    /** Gigabits per second. */
    GIGA_BITS_PER_SECOND = 'GIGA_BITS_PER_SECOND',
    /** Terabits per second. */
    TERA_BITS_PER_SECOND = 'TERA_BITS_PER_SECOND',
    /** A count per second. */
    COUNT_PER_SECOND = 'COUNT_PER_SECOND',
  }

  /**
   * Which market a scaling action provisions instances from.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ScalingAction.html
   */
  export enum InstanceMarket {
    /** On-Demand instances. */
    ON_DEMAND = 'ON_DEMAND',
    /** Spot instances. */
    SPOT = 'SPOT',
  }

  /**
   * How a simple scaling policy reads its `scalingAdjustment`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SimpleScalingPolicyConfiguration.html
   */
  export enum ScalingAdjustmentType {
    /** Add (or, when negative, remove) that many instances. */
    CHANGE_IN_CAPACITY = 'CHANGE_IN_CAPACITY',
    /** Change the instance count by that percentage. */
    PERCENT_CHANGE_IN_CAPACITY = 'PERCENT_CHANGE_IN_CAPACITY',
    /** Set the instance count to that number. */
    EXACT_CAPACITY = 'EXACT_CAPACITY',
  }

  /**
   * The unit of the compute limits of a managed scaling policy.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ComputeLimits.html
   */
  export enum ComputeLimitsUnitType {
    /** Units of instance fleet capacity (for clusters of instance fleets). */
    INSTANCE_FLEET_UNITS = 'InstanceFleetUnits',
    /** Instances. */
    INSTANCES = 'Instances',
    /** Virtual CPU cores. */
    VCPU = 'VCPU',
  }
}
