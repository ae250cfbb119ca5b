import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks';
import type * as kms from 'aws-cdk-lib/aws-kms';

/**
 * The VPC configuration of a new EKS cluster.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html
 */
export interface EksClusterVpcConfig {
  /**
   * The subnets of the cluster's network interfaces: at least two, in different Availability Zones.
   */
  readonly subnets: ec2.ISubnet[];

  /**
   * Up to 5 security groups for the cross-account network interfaces of the control plane.
   *
   * @default - only the cluster security group EKS creates
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * Whether the API server endpoint is reachable from the internet.
   *
   * Step Functions' Kubernetes API integrations (`EksCall`, `EksRunJob`) need public access.
   *
   * @default true
   */
  readonly endpointPublicAccess?: boolean;

  /**
   * Whether the API server endpoint is reachable from within the VPC.
   *
   * @default false
   */
  readonly endpointPrivateAccess?: boolean;

  /**
   * The CIDR blocks allowed to reach the public API server endpoint.
   *
   * @default ['0.0.0.0/0']
   */
  readonly publicAccessCidrs?: string[];
}

/**
 * The Kubernetes network configuration of a new EKS cluster.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html
 */
export interface EksKubernetesNetworkConfig {
  /**
   * The CIDR block Kubernetes service IP addresses come from: a /12 to /24 block within 10.0.0.0/8,
   * 172.16.0.0/12 or 192.168.0.0/16 that does not overlap the VPC.
   *
   * @default - 10.100.0.0/16 or 172.20.0.0/16
   */
  readonly serviceIpv4Cidr?: string;

  /**
   * The IP family of pod and service addresses.
   *
   * @default IpFamily.IP_V4
   */
  readonly ipFamily?: eks.IpFamily;
}

/**
 * The envelope encryption of a new EKS cluster's Kubernetes resources.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_EncryptionConfig.html
 */
export interface EksEncryptionConfig {
  /**
   * The symmetric KMS key, in the cluster's Region.
   */
  readonly provider: kms.IKey;

  /**
   * The Kubernetes resources to encrypt.
   *
   * @default ['secrets']
   */
  readonly resources?: string[];
}

/**
 * The access configuration of a new EKS cluster.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessConfigRequest.html
 */
export interface EksAccessConfig {
  /**
   * Where the cluster reads its authenticated IAM principals from: access entries, the `aws-auth` ConfigMap, or
   * both.
   *
   * @default - AuthenticationMode.CONFIG_MAP, or as Amazon EKS defaults for the version
   */
  readonly authenticationMode?: eks.AuthenticationMode;

  /**
   * Whether the IAM principal creating the cluster (the state machine's role) gets administrator access in it.
   *
   * @default true
   */
  readonly bootstrapClusterCreatorAdminPermissions?: boolean;
}
