/*
 * The nested types of EmrCreateCluster that describe its EC2 instances: instance groups, EBS volumes and
 * placement (instance fleets are in emr-create-cluster-fleets.ts).
 *
 * They belong to the `EmrCreateCluster` namespace (so their names are `EmrCreateCluster.InstancesConfigProperty`
 * and so on, as in aws-cdk-lib); declaring them here, through module augmentation, keeps emr-create-cluster.ts
 * short. jsii reads them as nested types of the class.
 */
import type { Size } from 'aws-cdk-lib/core';

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
