import type { Construct } from 'constructs';
import { Stack, Token } from 'aws-cdk-lib/core';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  isRuntimeValue,
  passRoleStatement,
  resolveIntegrationPattern,
  validateItemCount,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { EksAccessConfig, EksClusterVpcConfig, EksEncryptionConfig, EksKubernetesNetworkConfig } from './cluster-types';
import { EKS_SERVICE_PRINCIPAL, SUPPORTED_EKS_API_PATTERNS } from './private/patterns';
import { validateEksName } from './private/cluster';
import { validateTags } from './private/validation';

interface EksCreateClusterOptions {
  /**
   * The name of the cluster: 1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit,
   * unique in the Region and account.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html#AmazonEKS-CreateCluster-request-name
   */
  readonly name: string;

  /**
   * The cluster IAM role the Kubernetes control plane uses to call AWS services (the API's `roleArn`).
   *
   * The task gets `iam:PassRole` on it, for Amazon EKS only.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/cluster-iam-role.html
   */
  readonly role: iam.IRole;

  /**
   * The VPC subnets and security groups of the cluster, and who can reach its API server endpoint.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html
   */
  readonly resourcesVpcConfig: EksClusterVpcConfig;

  /**
   * The Kubernetes version of the cluster, such as `1.31`.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
   * @default - the default version of Amazon EKS
   */
  readonly version?: string;

  /**
   * The Kubernetes network configuration: the service CIDR block and the IP family.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html
   * @default - EKS picks the service CIDR block; IPv4
   */
  readonly kubernetesNetworkConfig?: EksKubernetesNetworkConfig;

  /**
   * The control plane log types to send to CloudWatch Logs.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
   * @default - no control plane logs
   */
  readonly logging?: eks.ClusterLoggingTypes[];

  /**
   * Envelope encryption of the cluster's Kubernetes secrets with a KMS key.
   *
   * The task gets `kms:DescribeKey` and `kms:CreateGrant` on the key, which EKS needs from the principal creating
   * the cluster.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_EncryptionConfig.html
   * @default - Kubernetes secrets are encrypted with an AWS owned key
   */
  readonly encryptionConfig?: EksEncryptionConfig;

  /**
   * How IAM principals are authenticated in the cluster, and whether the creator is made a cluster administrator.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessConfigRequest.html
   * @default - the defaults of Amazon EKS (the state machine's role becomes a cluster administrator)
   */
  readonly accessConfig?: EksAccessConfig;

  /**
   * Whether EKS installs its default networking add-ons (Amazon VPC CNI, CoreDNS, kube-proxy) as self-managed
   * add-ons.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html#AmazonEKS-CreateCluster-request-bootstrapSelfManagedAddons
   * @default true
   */
  readonly bootstrapSelfManagedAddons?: boolean;

  /**
   * Tags of the cluster: 1 to 50, keys of 1 to 128 characters, values of up to 256.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/eks-using-tags.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * A unique, case-sensitive identifier that makes the request idempotent.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html#AmazonEKS-CreateCluster-request-clientRequestToken
   * @default - none
   */
  readonly clientRequestToken?: string;
}

/**
 * Properties of an EksCreateCluster task that uses JSONPath.
 */
export interface EksCreateClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCreateClusterOptions {}

/**
 * Properties of an EksCreateCluster task that uses JSONata.
 */
export interface EksCreateClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCreateClusterOptions {}

/**
 * Properties of an EksCreateCluster task.
 */
export interface EksCreateClusterProps extends sfn.TaskStateBaseProps, EksCreateClusterOptions {}

/** The CreateCluster parameters. */
interface CreateClusterParameters {
  readonly Name: string;
  readonly RoleArn: string;
  readonly ResourcesVpcConfig: {
    readonly SubnetIds: string[];
    readonly SecurityGroupIds?: string[];
    readonly EndpointPublicAccess?: boolean;
    readonly EndpointPrivateAccess?: boolean;
    readonly PublicAccessCidrs?: string[];
  };
  readonly Version?: string;
  readonly KubernetesNetworkConfig?: { readonly ServiceIpv4Cidr?: string; readonly IpFamily?: string };
  readonly Logging?: { readonly ClusterLogging: Array<{ readonly Types: string[]; readonly Enabled: boolean }> };
  readonly EncryptionConfig?: Array<{ readonly Resources: string[]; readonly Provider: { readonly KeyArn: string } }>;
  readonly AccessConfig?: { readonly AuthenticationMode?: string; readonly BootstrapClusterCreatorAdminPermissions?: boolean };
  readonly BootstrapSelfManagedAddons?: boolean;
  readonly Tags?: { [key: string]: string };
  readonly ClientRequestToken?: string;
}

/**
 * Creates an Amazon EKS cluster as a Task: start the creation (REQUEST_RESPONSE) or wait until the cluster is
 * ACTIVE (RUN_JOB, `eks:createCluster.sync`).
 *
 * The state machine's role becomes the cluster's first administrator (unless `accessConfig` says otherwise), so
 * later `EksCall` and `EksRunJob` tasks of the same state machine can use the cluster.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksCreateCluster extends TaskStateBase {
  /**
   * An EksCreateCluster task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksCreateClusterJsonPathProps): EksCreateCluster {
    return new EksCreateCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksCreateCluster task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksCreateClusterJsonataProps): EksCreateCluster {
    return new EksCreateCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EKS's CreateCluster response. With `.sync`, the state receives the
   * finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?:
    | {
      Cluster: {
        Name?: string; Arn?: string; Status?: string; Version?: string; Endpoint?: string; [field: string]: unknown;
      };
    }
    | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksCreateClusterProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EksCreateClusterProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_EKS_API_PATTERNS);
    validateEksName(this, 'name', props.name, 100);
    validateVpcConfig(this, props.resourcesVpcConfig);
    validateServiceCidr(this, props.kubernetesNetworkConfig?.serviceIpv4Cidr);
    validateItemCount(this, 'logging', props.logging, 0, 5);
    validateEncryptedResources(this, props.encryptionConfig?.resources);
    validateTags(this, 'tags', props.tags);

    this.taskPolicies = createClusterStatements(this, props, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'createCluster', this.integrationPattern),
      ...this.renderInput(createClusterParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the CreateCluster parameters. */
function createClusterParameters(props: EksCreateClusterProps): CreateClusterParameters {
  const vpc = props.resourcesVpcConfig;
  const network = props.kubernetesNetworkConfig;
  const access = props.accessConfig;
  return {
    Name: props.name,
    RoleArn: props.role.roleArn,
    ResourcesVpcConfig: {
      SubnetIds: vpc.subnets.map((subnet) => subnet.subnetId),
      SecurityGroupIds: vpc.securityGroups?.map((sg) => sg.securityGroupId),
      EndpointPublicAccess: vpc.endpointPublicAccess,
      EndpointPrivateAccess: vpc.endpointPrivateAccess,
      PublicAccessCidrs: vpc.publicAccessCidrs,
    },
    Version: props.version,
    KubernetesNetworkConfig: network && { ServiceIpv4Cidr: network.serviceIpv4Cidr, IpFamily: network.ipFamily },
    Logging: props.logging && { ClusterLogging: [{ Types: props.logging, Enabled: true }] },
    EncryptionConfig: props.encryptionConfig && [{
      Resources: props.encryptionConfig.resources ?? ['secrets'],
      Provider: { KeyArn: props.encryptionConfig.provider.keyArn },
    }],
    AccessConfig: access && {
      AuthenticationMode: access.authenticationMode,
      BootstrapClusterCreatorAdminPermissions: access.bootstrapClusterCreatorAdminPermissions,
    },
    BootstrapSelfManagedAddons: props.bootstrapSelfManagedAddons,
    Tags: props.tags,
    ClientRequestToken: props.clientRequestToken,
  };
}

/**
 * `eks:CreateCluster` (on `*`: the action takes no resource), `iam:PassRole` on the cluster role for EKS, the KMS
 * actions on an encryption key, and for RUN_JOB `eks:DescribeCluster` and `eks:DeleteCluster` on the new cluster.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html
 */
function createClusterStatements(scope: Construct, props: EksCreateClusterProps, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({ actions: ['eks:CreateCluster'], resources: ['*'] })];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(new iam.PolicyStatement({
      actions: ['eks:DescribeCluster', 'eks:DeleteCluster'],
      resources: [Stack.of(scope).formatArn({ service: 'eks', resource: 'cluster', resourceName: isRuntimeValue(props.name) ? '*' : props.name })],
    }));
  }
  statements.push(passRoleStatement([props.role], EKS_SERVICE_PRINCIPAL));
  if (props.encryptionConfig) {
    statements.push(new iam.PolicyStatement({
      actions: ['kms:DescribeKey', 'kms:CreateGrant'],
      resources: [props.encryptionConfig.provider.keyArn],
    }));
  }
  return statements;
}

/**
 * Throws unless the VPC configuration has at least two subnets, at most five security groups, and a reachable API
 * server endpoint (public, private or both), with public CIDR blocks only for public access.
 */
function validateVpcConfig(scope: Construct, vpc: EksClusterVpcConfig): void {
  if (vpc.subnets.length < 2) {
    throw validationError(scope, '`resourcesVpcConfig.subnets` must hold at least 2 subnets, in different Availability ' +
      `Zones, got ${vpc.subnets.length}`);
  }
  validateItemCount(scope, 'resourcesVpcConfig.securityGroups', vpc.securityGroups, 0, 5);
  if (vpc.endpointPublicAccess === false && !vpc.endpointPrivateAccess) {
    throw validationError(scope, '`resourcesVpcConfig.endpointPrivateAccess` must be true when `endpointPublicAccess` is ' +
      `false (the API server needs an endpoint), got ${describeValue(vpc.endpointPrivateAccess)}`);
  }
  if (vpc.endpointPublicAccess === false && vpc.publicAccessCidrs !== undefined) {
    throw validationError(scope, '`resourcesVpcConfig.publicAccessCidrs` applies only to public endpoint access, got it with ' +
      '`endpointPublicAccess` false');
  }
}

/** Throws unless static encrypted resources are `['secrets']`, the only resource EKS encrypts with a key. */
function validateEncryptedResources(scope: Construct, resources: string[] | undefined): void {
  if (resources === undefined || Token.isUnresolved(resources) || resources.some((r) => isDynamic(r))) return;
  if (resources.length !== 1 || resources[0] !== 'secrets') {
    throw validationError(scope, "`encryptionConfig.resources` must be ['secrets'], the only resource EKS encrypts, " +
      `got ${describeValue(resources)}`);
  }
}

/** The private IPv4 ranges a service CIDR block must fall in, as [first octet, second octet range]. */
const PRIVATE_RANGES: Array<(octets: number[]) => boolean> = [
  ([a]) => a === 10,
  ([a, b]) => a === 172 && b >= 16 && b <= 31,
  ([a, b]) => a === 192 && b === 168,
];

/** Throws unless a static service CIDR block is a /12 to /24 IPv4 block in a private range. */
function validateServiceCidr(scope: Construct, cidr: string | undefined): void {
  if (cidr === undefined || isDynamic(cidr)) return;
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  const octets = match ? match.slice(1, 5).map(Number) : [];
  const prefix = match ? Number(match[5]) : -1;
  if (!match || octets.some((o) => o > 255) || prefix < 12 || prefix > 24 || !PRIVATE_RANGES.some((inRange) => inRange(octets))) {
    throw validationError(scope, '`kubernetesNetworkConfig.serviceIpv4Cidr` must be a /12 to /24 IPv4 CIDR block within ' +
      `10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, got ${describeValue(cidr)}`);
  }
}
