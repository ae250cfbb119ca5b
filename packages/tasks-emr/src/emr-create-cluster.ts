import type { Construct } from 'constructs';
import { FeatureFlags, type Duration, type Size } from 'aws-cdk-lib/core';
import { ENABLE_EMR_SERVICE_POLICY_V2 } from 'aws-cdk-lib/cx-api';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validationError } from '@cdk-stepfunctions/tasks-core';
// The nested types of EmrCreateCluster are declared in these files (module augmentation of the namespace below).
import './emr-create-cluster-instances';
import './emr-create-cluster-scaling';
import './emr-create-cluster-software';
import { createClusterParameters } from './private/cluster-parameters';
import { createAutoScalingRole, createClusterRole, createClusterStatements, createServiceRole } from './private/cluster-roles';
import { validateCreateClusterProps } from './private/cluster-validation';

interface EmrCreateClusterOptions {
  /**
   * The EC2 instances of the cluster: instance groups or instance fleets, networking and security groups.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_JobFlowInstancesConfig.html
   */
  readonly instances: EmrCreateCluster.InstancesConfigProperty;

  /**
   * The role the cluster's EC2 instances assume (the EC2 instance profile, `JobFlowRole` in the API).
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role-for-ec2.html
   * @default - a role that EC2 can assume, with an instance profile of the same name and no permissions: grant it
   *   the data access your jobs need
   */
  readonly clusterRole?: iam.IRole;

  /**
   * The name of the cluster: up to 256 characters.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html
   */
  readonly name: string;

  /**
   * The role Amazon EMR assumes to provision resources and act on your behalf.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role.html
   * @default - a role that Amazon EMR can assume, with the managed policy `AmazonEMRServicePolicy_v2` when the
   *   feature flag `@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2` is set, else `AmazonElasticMapReduceRole`
   */
  readonly serviceRole?: iam.IRole;

  /**
   * A JSON string that selects additional features.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html
   * @default - none
   */
  readonly additionalInfo?: string;

  /**
   * The applications to install on the cluster (names are case-insensitive).
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_Application.html
   * @default - the applications Amazon EMR installs by default
   */
  readonly applications?: EmrCreateCluster.ApplicationConfigProperty[];

  /**
   * The role that automatic scaling policies of instance groups use. Not allowed with instance fleets.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-automatic-scaling.html
   * @default - with instance groups, a role with the managed policy `AmazonElasticMapReduceforAutoScalingRole`
   *   that Amazon EMR and Application Auto Scaling can assume; with instance fleets, none
   */
  readonly autoScalingRole?: iam.IRole;

  /**
   * Scripts to run on every node before Hadoop starts.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_BootstrapActionConfig.html
   * @default - none
   */
  readonly bootstrapActions?: EmrCreateCluster.BootstrapActionConfigProperty[];

  /**
   * Configuration classifications for the applications of the cluster.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html
   * @default - none
   */
  readonly configurations?: EmrCreateCluster.ConfigurationProperty[];

  /**
   * The ID of a custom Amazon EBS-backed Linux AMI for the cluster's instances.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami.html
   * @default - the default Amazon EMR AMI
   */
  readonly customAmiId?: string;

  /**
   * The size of the EBS root volume of each instance: a whole number of GiB from 15 to 100.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami-root-volume-size.html
   * @default - the size Amazon EMR chooses
   */
  readonly ebsRootVolumeSize?: Size;

  /**
   * The IOPS of the EBS root volume of each instance: 3000 to 16000. Requires release 6.15.0 or later.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami-root-volume-size.html#emr-root-volume-overview
   * @default - the IOPS Amazon EMR chooses
   */
  readonly ebsRootVolumeIops?: number;

  /**
   * The throughput of the EBS root volume of each instance, in MiB/s: 125 to 1000. Requires release 6.15.0 or
   * later.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-custom-ami-root-volume-size.html#emr-root-volume-overview
   * @default - the throughput Amazon EMR chooses
   */
  readonly ebsRootVolumeThroughput?: number;

  /**
   * Kerberos settings, for a cluster whose security configuration enables Kerberos authentication.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_KerberosAttributes.html
   * @default - none
   */
  readonly kerberosAttributes?: EmrCreateCluster.KerberosAttributesProperty;

  /**
   * The Amazon S3 location the cluster writes its log files to.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-debugging.html
   * @default - logs are not written to Amazon S3
   */
  readonly logUri?: string;

  /**
   * The managed scaling policy of the cluster.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ManagedScalingPolicy.html
   * @default - no managed scaling
   */
  readonly managedScalingPolicy?: EmrCreateCluster.ManagedScalingPolicyProperty;

  /**
   * The Amazon EMR release, `emr-x.y.z`, which sets the versions of the installed applications.
   *
   * A token, JSONPath or JSONata value is accepted; the checks that depend on the release are then skipped.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-release-components.html
   * @default - the release Amazon EMR chooses
   */
  readonly releaseLabel?: string;

  /**
   * How instances terminate when an automatic scale-in happens or an instance group is resized.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html#EMR-RunJobFlow-request-ScaleDownBehavior
   * @default - the behavior Amazon EMR chooses
   */
  readonly scaleDownBehavior?: EmrCreateCluster.EmrClusterScaleDownBehavior;

  /**
   * The name of the security configuration to apply to the cluster.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-security-configurations.html
   * @default - none
   */
  readonly securityConfiguration?: string;

  /**
   * How many steps may run at the same time: 1 to 256. More than 1 requires release 5.28.0 or later.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-concurrent-steps.html
   * @default 1 - steps run one at a time
   */
  readonly stepConcurrencyLevel?: number;

  /**
   * Tags of the cluster, which Amazon EMR propagates to its EC2 instances.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-tags.html
   * @default - none
   */
  readonly tags?: { [key: string]: string };

  /**
   * Whether every IAM principal of the account with the right IAM permissions can act on the cluster.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html#EMR-RunJobFlow-request-VisibleToAllUsers
   * @default true
   */
  readonly visibleToAllUsers?: boolean;

  /**
   * How long the cluster may stay idle before it terminates itself: 60 seconds to 7 days, in whole seconds.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-auto-termination-policy.html
   * @default - the cluster does not terminate when idle
   */
  readonly autoTerminationPolicyIdleTimeout?: Duration;
}

/**
 * Properties of an EmrCreateCluster task that uses JSONPath.
 */
export interface EmrCreateClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrCreateClusterOptions {}

/**
 * Properties of an EmrCreateCluster task that uses JSONata.
 */
export interface EmrCreateClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrCreateClusterOptions {}

/**
 * Properties of an EmrCreateCluster task.
 */
export interface EmrCreateClusterProps extends sfn.TaskStateBaseProps, EmrCreateClusterOptions {}

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
    return new EmrCreateCluster(scope, id, props);
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
 * `emr-create-cluster-instances.ts`, `emr-create-cluster-scaling.ts` and `emr-create-cluster-software.ts`.
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
