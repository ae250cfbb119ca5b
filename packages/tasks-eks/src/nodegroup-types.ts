import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks';

/**
 * The size of a new managed node group: all three numbers are given together.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupScalingConfig.html
 */
export interface EksNodegroupScalingConfig {
  /**
   * The fewest nodes the group scales in to, from 0.
   */
  readonly minSize: number;

  /**
   * The most nodes the group scales out to, from 1.
   */
  readonly maxSize: number;

  /**
   * The nodes the group starts with, from `minSize` to `maxSize`.
   */
  readonly desiredSize: number;
}

/**
 * SSH access to the nodes of a managed node group.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
 */
export interface EksNodegroupRemoteAccess {
  /**
   * The name of the EC2 key pair (or, for Windows nodes, the key) that can log in to the nodes.
   */
  readonly ec2SshKey: string;

  /**
   * The security groups allowed to reach the nodes' SSH port.
   *
   * @default - SSH is open to the internet (0.0.0.0/0)
   */
  readonly sourceSecurityGroups?: ec2.ISecurityGroup[];
}

/**
 * A Kubernetes taint on the nodes of a managed node group.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_Taint.html
 */
export interface EksNodegroupTaint {
  /**
   * The key of the taint: 1 to 63 characters.
   */
  readonly key: string;

  /**
   * The value of the taint: up to 63 characters.
   *
   * @default - no value
   */
  readonly value?: string;

  /**
   * What the taint does to pods that do not tolerate it.
   */
  readonly effect: eks.TaintEffect;
}

/**
 * The EC2 launch template of a managed node group: by id or by name, not both.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_LaunchTemplateSpecification.html
 */
export interface EksNodegroupLaunchTemplate {
  /**
   * The id of the launch template.
   *
   * @default - the launch template is given by `name`
   */
  readonly id?: string;

  /**
   * The name of the launch template.
   *
   * @default - the launch template is given by `id`
   */
  readonly name?: string;

  /**
   * The version of the launch template.
   *
   * @default - the launch template's default version
   */
  readonly version?: string;
}

/**
 * How many nodes a managed node group updates at a time: a number or a percentage, not both.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupUpdateConfig.html
 */
export interface EksNodegroupUpdateConfig {
  /**
   * The most nodes unavailable at once during an update, from 1 to 100.
   *
   * @default - `maxUnavailablePercentage` is used
   */
  readonly maxUnavailable?: number;

  /**
   * The largest percentage of nodes unavailable at once during an update, from 1 to 100.
   *
   * @default - `maxUnavailable` is used
   */
  readonly maxUnavailablePercentage?: number;
}
