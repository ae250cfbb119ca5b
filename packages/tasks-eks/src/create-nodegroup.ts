import type { Construct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  passRoleStatement,
  resolveIntegrationPattern,
  validateItemCount,
  validateNotCombined,
  validateStringLength,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type {
  EksNodegroupLaunchTemplate, EksNodegroupRemoteAccess, EksNodegroupScalingConfig, EksNodegroupTaint, EksNodegroupUpdateConfig,
} from './nodegroup-types';
import { clusterArnFor, clusterChildArn, validateEksName } from './private/cluster';
import { EKS_SERVICE_PRINCIPAL, SUPPORTED_EKS_API_PATTERNS } from './private/patterns';
import { validateTags, validateWholeNumber } from './private/validation';

interface EksCreateNodegroupOptions {
  /**
   * The cluster to add the node group to (the API's `clusterName`).
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html
   */
  readonly cluster: eks.ICluster;

  /**
   * The name of the node group: 1 to 63 letters, digits, hyphens and underscores, starting with a letter or digit.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-nodegroupName
   */
  readonly nodegroupName: string;

  /**
   * The node IAM role the nodes' kubelet uses to call AWS services (the API's `nodeRole`).
   *
   * The task gets `iam:PassRole` on it, for Amazon EKS only, and `iam:GetRole` and
   * `iam:ListAttachedRolePolicies`, with which EKS checks it.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html
   */
  readonly nodeRole: iam.IRole;

  /**
   * The subnets of the node group's Auto Scaling group.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-subnets
   */
  readonly subnets: ec2.ISubnet[];

  /**
   * The minimum, maximum and desired number of nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupScalingConfig.html
   * @default - 1 node (minimum 1, maximum 2)
   */
  readonly scalingConfig?: EksNodegroupScalingConfig;

  /**
   * The root volume size of the nodes, in GiB. Not with `launchTemplate` (set it in the template).
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-diskSize
   * @default - 20 GiB (Linux), 50 GiB (Windows)
   */
  readonly diskSize?: number;

  /**
   * The EC2 instance types of the nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-instanceTypes
   * @default - t3.medium, or the launch template's instance type
   */
  readonly instanceTypes?: string[];

  /**
   * The AMI type of the nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-amiType
   * @default - chosen by EKS from the instance types and Kubernetes version
   */
  readonly amiType?: eks.NodegroupAmiType;

  /**
   * Whether the nodes are On-Demand, Spot or Capacity Block instances.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-capacityType
   * @default CapacityType.ON_DEMAND
   */
  readonly capacityType?: eks.CapacityType;

  /**
   * SSH access to the nodes. Not with `launchTemplate` (set it in the template).
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
   * @default - no SSH access
   */
  readonly remoteAccess?: EksNodegroupRemoteAccess;

  /**
   * Kubernetes labels of the nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-labels
   * @default - no labels
   */
  readonly labels?: { [key: string]: string };

  /**
   * Kubernetes taints of the nodes: at most 50.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html
   * @default - no taints
   */
  readonly taints?: EksNodegroupTaint[];

  /**
   * Tags of the node group (not of its instances): 1 to 50, keys of 1 to 128 characters, values of up to 256.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/eks-using-tags.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * The EC2 launch template of the nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html
   * @default - EKS's own launch template
   */
  readonly launchTemplate?: EksNodegroupLaunchTemplate;

  /**
   * How many nodes are updated at a time.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_NodegroupUpdateConfig.html
   * @default - one node at a time
   */
  readonly updateConfig?: EksNodegroupUpdateConfig;

  /**
   * The Kubernetes version of the nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-version
   * @default - the cluster's Kubernetes version
   */
  readonly version?: string;

  /**
   * The AMI release version of the nodes.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html#AmazonEKS-CreateNodegroup-request-releaseVersion
   * @default - the latest AMI release for the Kubernetes version
   */
  readonly releaseVersion?: string;

  /**
   * A unique, case-sensitive identifier that makes the request idempotent.
   *
   * @default - none
   */
  readonly clientRequestToken?: string;
}

/**
 * Properties of an EksCreateNodegroup task that uses JSONPath.
 */
export interface EksCreateNodegroupJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCreateNodegroupOptions {}

/**
 * Properties of an EksCreateNodegroup task that uses JSONata.
 */
export interface EksCreateNodegroupJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCreateNodegroupOptions {}

/**
 * Properties of an EksCreateNodegroup task.
 */
export interface EksCreateNodegroupProps extends sfn.TaskStateBaseProps, EksCreateNodegroupOptions {}

/** The CreateNodegroup parameters. */
interface CreateNodegroupParameters {
  readonly ClusterName: string;
  readonly NodegroupName: string;
  readonly NodeRole: string;
  readonly Subnets: string[];
  readonly ScalingConfig?: { readonly MinSize: number; readonly MaxSize: number; readonly DesiredSize: number };
  readonly DiskSize?: number;
  readonly InstanceTypes?: string[];
  readonly AmiType?: string;
  readonly CapacityType?: string;
  readonly RemoteAccess?: { readonly Ec2SshKey: string; readonly SourceSecurityGroups?: string[] };
  readonly Labels?: { [key: string]: string };
  readonly Taints?: Array<{ readonly Key: string; readonly Value?: string; readonly Effect: string }>;
  readonly Tags?: { [key: string]: string };
  readonly LaunchTemplate?: { readonly Id?: string; readonly Name?: string; readonly Version?: string };
  readonly UpdateConfig?: { readonly MaxUnavailable?: number; readonly MaxUnavailablePercentage?: number };
  readonly Version?: string;
  readonly ReleaseVersion?: string;
  readonly ClientRequestToken?: string;
}

/**
 * Creates a managed node group in an Amazon EKS cluster as a Task: start the creation (REQUEST_RESPONSE) or wait
 * until the node group is ACTIVE (RUN_JOB, `eks:createNodegroup.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksCreateNodegroup extends TaskStateBase {
  /**
   * An EksCreateNodegroup task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksCreateNodegroupJsonPathProps): EksCreateNodegroup {
    return new EksCreateNodegroup(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksCreateNodegroup task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksCreateNodegroupJsonataProps): EksCreateNodegroup {
    return new EksCreateNodegroup(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EKS's CreateNodegroup response. With `.sync`, the state receives the
   * finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?:
    | {
      Nodegroup: {
        NodegroupName?: string; NodegroupArn?: string; ClusterName?: string; Status?: string; [field: string]: unknown;
      };
    }
    | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksCreateNodegroupProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EksCreateNodegroupProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_EKS_API_PATTERNS);
    if (props.launchTemplate) {
      validateNotCombined(this, 'launchTemplate', { diskSize: props.diskSize, remoteAccess: props.remoteAccess });
    }
    validateEksName(this, 'nodegroupName', props.nodegroupName, 63);
    if (props.subnets.length === 0) throw validationError(this, '`subnets` must hold at least 1 subnet, got 0');
    validateScalingConfig(this, props.scalingConfig);
    validateWholeNumber(this, 'diskSize', props.diskSize, 1);
    validateItemCount(this, 'taints', props.taints, 0, 50);
    props.taints?.forEach((taint, i) => {
      validateStringLength(this, `taints[${i}].key`, taint.key, 1, 63);
      validateStringLength(this, `taints[${i}].value`, taint.value, 0, 63);
    });
    validateTags(this, 'tags', props.tags);
    validateLaunchTemplate(this, props.launchTemplate);
    validateUpdateConfig(this, props.updateConfig);

    this.taskPolicies = createNodegroupStatements(this, props, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'createNodegroup', this.integrationPattern),
      ...this.renderInput(createNodegroupParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the CreateNodegroup parameters. */
function createNodegroupParameters(props: EksCreateNodegroupProps): CreateNodegroupParameters {
  const { scalingConfig: scaling, remoteAccess: remote, launchTemplate: template, updateConfig: update } = props;
  return {
    ClusterName: props.cluster.clusterName,
    NodegroupName: props.nodegroupName,
    NodeRole: props.nodeRole.roleArn,
    Subnets: props.subnets.map((subnet) => subnet.subnetId),
    ScalingConfig: scaling && { MinSize: scaling.minSize, MaxSize: scaling.maxSize, DesiredSize: scaling.desiredSize },
    DiskSize: props.diskSize,
    InstanceTypes: props.instanceTypes,
    AmiType: props.amiType,
    CapacityType: props.capacityType,
    RemoteAccess: remote && {
      Ec2SshKey: remote.ec2SshKey,
      SourceSecurityGroups: remote.sourceSecurityGroups?.map((sg) => sg.securityGroupId),
    },
    Labels: props.labels,
    Taints: props.taints?.map((taint) => ({ Key: taint.key, Value: taint.value, Effect: taint.effect })),
    Tags: props.tags,
    LaunchTemplate: template && { Id: template.id, Name: template.name, Version: template.version },
    UpdateConfig: update && { MaxUnavailable: update.maxUnavailable, MaxUnavailablePercentage: update.maxUnavailablePercentage },
    Version: props.version,
    ReleaseVersion: props.releaseVersion,
    ClientRequestToken: props.clientRequestToken,
  };
}

/**
 * `ec2:DescribeSubnets` (on `*`: the action takes no resource), `eks:CreateNodegroup` on the cluster,
 * `iam:GetRole` and `iam:ListAttachedRolePolicies` on the node role, `iam:PassRole` on it for EKS, and for RUN_JOB
 * `eks:DescribeNodegroup` and `eks:DeleteNodegroup` on the new node group.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html
 */
function createNodegroupStatements(scope: Construct, props: EksCreateNodegroupProps, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({ actions: ['ec2:DescribeSubnets'], resources: ['*'] }),
    new iam.PolicyStatement({ actions: ['eks:CreateNodegroup'], resources: [clusterArnFor(scope, props.cluster)] }),
  ];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(new iam.PolicyStatement({
      actions: ['eks:DescribeNodegroup', 'eks:DeleteNodegroup'],
      resources: [clusterChildArn(scope, 'nodegroup', props.cluster.clusterName, props.nodegroupName)],
    }));
  }
  statements.push(
    new iam.PolicyStatement({ actions: ['iam:GetRole', 'iam:ListAttachedRolePolicies'], resources: [props.nodeRole.roleArn] }),
    passRoleStatement([props.nodeRole], EKS_SERVICE_PRINCIPAL),
  );
  return statements;
}

/** Throws unless static sizes are whole numbers with 0 <= min <= desired <= max and max >= 1. */
function validateScalingConfig(scope: Construct, scaling: EksNodegroupScalingConfig | undefined): void {
  if (scaling === undefined) return;
  validateWholeNumber(scope, 'scalingConfig.minSize', scaling.minSize, 0);
  validateWholeNumber(scope, 'scalingConfig.maxSize', scaling.maxSize, 1);
  validateWholeNumber(scope, 'scalingConfig.desiredSize', scaling.desiredSize, 0);
  const { minSize, maxSize, desiredSize } = scaling;
  const known = (n: number) => !Token.isUnresolved(n);
  if (known(minSize) && known(maxSize) && minSize > maxSize) {
    throw validationError(scope, `\`scalingConfig.minSize\` must not exceed \`maxSize\` (${maxSize}), got ${minSize}`);
  }
  if (known(desiredSize) && ((known(minSize) && desiredSize < minSize) || (known(maxSize) && desiredSize > maxSize))) {
    throw validationError(scope, '`scalingConfig.desiredSize` must be from `minSize` to `maxSize` ' +
      `(${describeValue(minSize)} to ${describeValue(maxSize)}), got ${desiredSize}`);
  }
}

/** Throws unless the launch template is given by exactly one of `id` and `name`. */
function validateLaunchTemplate(scope: Construct, template: EksNodegroupLaunchTemplate | undefined): void {
  if (template === undefined) return;
  if ((template.id === undefined) === (template.name === undefined)) {
    throw validationError(scope, '`launchTemplate` must have exactly one of `id` and `name`, got ' +
      (template.id === undefined ? 'neither' : 'both'));
  }
}

/** Throws unless the update configuration has exactly one of its two limits, from 1 to 100. */
function validateUpdateConfig(scope: Construct, update: EksNodegroupUpdateConfig | undefined): void {
  if (update === undefined) return;
  if ((update.maxUnavailable === undefined) === (update.maxUnavailablePercentage === undefined)) {
    throw validationError(scope, '`updateConfig` must have exactly one of `maxUnavailable` and `maxUnavailablePercentage`, got ' +
      (update.maxUnavailable === undefined ? 'neither' : 'both'));
  }
  validateWholeNumber(scope, 'updateConfig.maxUnavailable', update.maxUnavailable, 1, 100);
  validateWholeNumber(scope, 'updateConfig.maxUnavailablePercentage', update.maxUnavailablePercentage, 1, 100);
}
