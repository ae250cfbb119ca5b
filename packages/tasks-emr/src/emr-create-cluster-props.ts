import type { Duration, Size } from 'aws-cdk-lib/core';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { EmrCreateCluster } from './emr-create-cluster';

/*
 * The props of EmrCreateCluster (the class and its nested types are in emr-create-cluster.ts and the files it
 * names).
 */

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
   *   feature flag `ENABLE_EMR_SERVICE_POLICY_V2` of `aws-cdk-lib/cx-api` is set, else `AmazonElasticMapReduceRole`
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
