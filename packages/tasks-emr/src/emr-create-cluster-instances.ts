/*
 * The nested types of EmrCreateCluster that describe its EC2 instances: instance groups, instance fleets with
 * their On-Demand and Spot launch specifications, EBS volumes and placement.
 *
 * They belong to the `EmrCreateCluster` namespace (so their names are `EmrCreateCluster.InstancesConfigProperty`
 * and so on, as in aws-cdk-lib); declaring them here, through module augmentation, keeps emr-create-cluster.ts
 * short. jsii reads them as nested types of the class.
 */
import type { Duration, Size } from 'aws-cdk-lib/core';

declare module './emr-create-cluster' {
  export namespace EmrCreateCluster {
    /**
     * The EC2 instances of a cluster and their network: uniform instance groups, instance fleets, or a master and
     * slave instance type with a count.
     *
     * Step Functions always sends `KeepJobFlowAliveWhenNoSteps: true`, which its `createCluster` integration
     * requires.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_JobFlowInstancesConfig.html
     */
    export interface InstancesConfigProperty {
      /**
       * Security groups to add to the primary node, besides the one Amazon EMR manages.
       *
       * @default - none
       */
      readonly additionalMasterSecurityGroups?: string[];

      /**
       * Security groups to add to the core and task nodes, besides the one Amazon EMR manages.
       *
       * @default - none
       */
      readonly additionalSlaveSecurityGroups?: string[];

      /**
       * The EC2 key pair that lets the `hadoop` user log in to the primary node over SSH.
       *
       * @default - no key pair
       */
      readonly ec2KeyName?: string;

      /**
       * The subnet to launch the cluster in (instance groups).
       *
       * @default - the subnet Amazon EMR chooses
       */
      readonly ec2SubnetId?: string;

      /**
       * The subnets Amazon EMR chooses the best one from (instance fleets).
       *
       * @default - the subnet Amazon EMR chooses
       */
      readonly ec2SubnetIds?: string[];

      /**
       * The security group Amazon EMR manages for the primary node.
       *
       * @default - Amazon EMR creates one
       */
      readonly emrManagedMasterSecurityGroup?: string;

      /**
       * The security group Amazon EMR manages for the core and task nodes.
       *
       * @default - Amazon EMR creates one
       */
      readonly emrManagedSlaveSecurityGroup?: string;

      /**
       * The Hadoop version, for clusters launched from an AMI version rather than a release.
       *
       * @default - 0.18 without an AMI version; with one, the Hadoop version of that AMI
       */
      readonly hadoopVersion?: string;

      /**
       * The number of EC2 instances of a cluster described by `masterInstanceType` and `slaveInstanceType`: a whole
       * number, 0 or more.
       *
       * @default 0
       */
      readonly instanceCount?: number;

      /**
       * The instance fleets of the cluster. Not allowed with `instanceGroups`.
       *
       * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html
       * @default - none
       */
      readonly instanceFleets?: InstanceFleetConfigProperty[];

      /**
       * The instance groups of the cluster. Not allowed with `instanceFleets`.
       *
       * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-uniform-instance-group.html
       * @default - none
       */
      readonly instanceGroups?: InstanceGroupConfigProperty[];

      /**
       * The EC2 instance type of the primary node.
       *
       * @default - none
       */
      readonly masterInstanceType?: string;

      /**
       * The Availability Zone(s) to launch the cluster in.
       *
       * @default - the Availability Zone Amazon EMR chooses
       */
      readonly placement?: PlacementTypeProperty;

      /**
       * The security group that lets the Amazon EMR service reach the cluster nodes in a private subnet.
       *
       * @default - none
       */
      readonly serviceAccessSecurityGroup?: string;

      /**
       * The EC2 instance type of the core and task nodes.
       *
       * @default - none
       */
      readonly slaveInstanceType?: string;

      /**
       * Whether to protect the cluster from termination by API calls, user action or job-flow errors.
       *
       * @default false
       */
      readonly terminationProtected?: boolean;
    }

    /**
     * Where the cluster is launched.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_PlacementType.html
     */
    export interface PlacementTypeProperty {
      /**
       * The Availability Zone of a cluster of uniform instance groups.
       *
       * @default - the Availability Zone Amazon EMR chooses
       */
      readonly availabilityZone?: string;

      /**
       * The Availability Zones Amazon EMR chooses the best one from (instance fleets).
       *
       * @default - the Availability Zone Amazon EMR chooses
       */
      readonly availabilityZones?: string[];
    }

    /**
     * An instance group of the cluster: one instance type, a count and, optionally, an automatic scaling policy.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceGroupConfig.html
     */
    export interface InstanceGroupConfigProperty {
      /**
       * The automatic scaling policy of a core or task group.
       *
       * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-automatic-scaling.html
       * @default - no automatic scaling
       */
      readonly autoScalingPolicy?: AutoScalingPolicyProperty;

      /**
       * The highest hourly price, in USD, to pay for each Spot instance of the group.
       *
       * @default - the On-Demand price
       */
      readonly bidPrice?: string;

      /**
       * Configuration classifications for the applications on the instances of the group.
       *
       * @default - none
       */
      readonly configurations?: ConfigurationProperty[];

      /**
       * The EBS volumes attached to each instance of the group.
       *
       * @default - none
       */
      readonly ebsConfiguration?: EbsConfigurationProperty;

      /**
       * The number of instances of the group: a whole number, 0 or more.
       */
      readonly instanceCount: number;

      /**
       * The role of the nodes of the group.
       */
      readonly instanceRole: InstanceRoleType;

      /**
       * The EC2 instance type of the group.
       */
      readonly instanceType: string;

      /**
       * The market the instances come from.
       *
       * @default - the market Amazon EMR chooses (On-Demand)
       */
      readonly market?: InstanceMarket;

      /**
       * A name of the group; `EmrModifyInstanceGroupByName` finds the group by it, so keep it unique.
       *
       * @default - none
       */
      readonly name?: string;
    }

    /**
     * An instance fleet of the cluster: several instance types and target On-Demand and Spot capacities.
     *
     * At least one target capacity must be greater than 0; a MASTER fleet sets exactly one of them, to 1.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetConfig.html
     */
    export interface InstanceFleetConfigProperty {
      /**
       * The role of the nodes of the fleet.
       */
      readonly instanceFleetType: InstanceRoleType;

      /**
       * The instance types Amazon EMR may provision for the fleet.
       *
       * @default - none
       */
      readonly instanceTypeConfigs?: InstanceTypeConfigProperty[];

      /**
       * How the fleet provisions On-Demand and Spot instances.
       *
       * @default - the launch behavior Amazon EMR chooses
       */
      readonly launchSpecifications?: InstanceFleetProvisioningSpecificationsProperty;

      /**
       * A name of the fleet; `EmrModifyInstanceFleetByName` finds the fleet by it, so keep it unique.
       *
       * @default - none
       */
      readonly name?: string;

      /**
       * The On-Demand capacity to provision, in units of `weightedCapacity`: a whole number, 0 or more.
       *
       * Set this, `targetSpotCapacity` or both; for a MASTER fleet, exactly one of them, to 1.
       *
       * @default - no On-Demand capacity
       */
      readonly targetOnDemandCapacity?: number;

      /**
       * The Spot capacity to provision, in units of `weightedCapacity`: a whole number, 0 or more.
       *
       * Set this, `targetOnDemandCapacity` or both; for a MASTER fleet, exactly one of them, to 1.
       *
       * @default - no Spot capacity
       */
      readonly targetSpotCapacity?: number;
    }

    /**
     * An instance type an instance fleet may provision.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceTypeConfig.html
     */
    export interface InstanceTypeConfigProperty {
      /**
       * The highest hourly price, in USD, to pay for each Spot instance of this type. Not with
       * `bidPriceAsPercentageOfOnDemandPrice`.
       *
       * @default - none
       */
      readonly bidPrice?: string;

      /**
       * The highest price for each Spot instance of this type, as a percentage (0 or more) of the On-Demand price.
       * Not with `bidPrice`.
       *
       * @default - none
       */
      readonly bidPriceAsPercentageOfOnDemandPrice?: number;

      /**
       * Configuration classifications for the applications on the instances of this type.
       *
       * @default - none
       */
      readonly configurations?: ConfigurationProperty[];

      /**
       * The EBS volumes attached to each instance of this type.
       *
       * @default - none
       */
      readonly ebsConfiguration?: EbsConfigurationProperty;

      /**
       * The EC2 instance type.
       */
      readonly instanceType: string;

      /**
       * The priority of this type under the `PRIORITIZED` On-Demand allocation strategy: 0 or more, 0 first.
       * Only allowed with that strategy.
       *
       * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceTypeConfig.html
       * @default - no priority
       */
      readonly priority?: number;

      /**
       * How many units of the fleet's target capacities an instance of this type counts for: a whole number, 0
       * or more.
       *
       * @default - 1
       */
      readonly weightedCapacity?: number;
    }

    /**
     * How an instance fleet provisions On-Demand instances.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_OnDemandProvisioningSpecification.html
     */
    export interface OnDemandProvisioningSpecificationProperty {
      /**
       * How the fleet chooses On-Demand instance types.
       */
      readonly allocationStrategy: OnDemandAllocationStrategy;
    }

    /**
     * How an instance fleet provisions Spot instances, and what it does when they take too long.
     *
     * Set exactly one of `timeout` and `timeoutDurationMinutes`.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html
     */
    export interface SpotProvisioningSpecificationProperty {
      /**
       * How the fleet chooses Spot instance pools.
       *
       * @default - by current price only
       */
      readonly allocationStrategy?: SpotAllocationStrategy;

      /**
       * The defined duration of Spot instances (Spot blocks), in minutes.
       *
       * @default - none
       * @deprecated Spot blocks are no longer offered by Amazon EC2.
       */
      readonly blockDurationMinutes?: number;

      /**
       * What to do when the Spot capacity is not provisioned within the timeout.
       */
      readonly timeoutAction: SpotTimeoutAction;

      /**
       * How long to wait for Spot capacity, in minutes: 5 to 1440.
       *
       * @default - `timeout` is used
       * @deprecated use `timeout`.
       */
      readonly timeoutDurationMinutes?: number;

      /**
       * How long to wait for Spot capacity: 5 to 1440 whole minutes.
       *
       * @default - `timeoutDurationMinutes` is used
       */
      readonly timeout?: Duration;
    }

    /**
     * How an instance fleet provisions On-Demand and Spot instances (releases 5.12.1 and later for allocation
     * strategies).
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetProvisioningSpecifications.html
     */
    export interface InstanceFleetProvisioningSpecificationsProperty {
      /**
       * How the fleet provisions On-Demand instances.
       *
       * @default - the default On-Demand launch behavior
       */
      readonly onDemandSpecification?: OnDemandProvisioningSpecificationProperty;

      /**
       * How the fleet provisions Spot instances.
       *
       * @default - the default Spot launch behavior
       */
      readonly spotSpecification?: SpotProvisioningSpecificationProperty;
    }

    /**
     * The EBS volumes attached to each instance of an instance group or type.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_EbsConfiguration.html
     */
    export interface EbsConfigurationProperty {
      /**
       * The EBS volumes to attach.
       *
       * @default - none
       */
      readonly ebsBlockDeviceConfigs?: EbsBlockDeviceConfigProperty[];

      /**
       * Whether the instances are EBS-optimized.
       *
       * @default - the setting Amazon EMR chooses
       */
      readonly ebsOptimized?: boolean;
    }

    /**
     * A kind of EBS volume and how many of it each instance gets.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_EbsBlockDeviceConfig.html
     */
    export interface EbsBlockDeviceConfigProperty {
      /**
       * The type, size and IOPS of the volumes.
       */
      readonly volumeSpecification: VolumeSpecificationProperty;

      /**
       * How many such volumes each instance gets: a whole number, 1 or more.
       *
       * @default - the number Amazon EMR chooses (1)
       */
      readonly volumesPerInstance?: number;
    }

    /**
     * The type, size and IOPS of an EBS volume.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_VolumeSpecification.html
     */
    export interface VolumeSpecificationProperty {
      /**
       * The IOPS the volume supports.
       *
       * @default - the IOPS Amazon EMR chooses
       */
      readonly iops?: number;

      /**
       * The size of the volume, in whole GiB.
       */
      readonly volumeSize: Size;

      /**
       * The type of the volume.
       */
      readonly volumeType: EbsBlockDeviceVolumeType;
    }
  }
}
