import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { textOf } from './private/task-input';
import { validateEksClusterName, validateNamespace, validateResourceName, validateTags } from './private/validation';

/**
 * The name of the EKS cluster a virtual cluster is created on.
 *
 * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ContainerProvider.html
 */
export class EksClusterInput {
  /**
   * The name of an EKS cluster of this app, or one imported.
   */
  public static fromCluster(cluster: eks.ICluster): EksClusterInput {
    return EksClusterInput.named(cluster.clusterName);
  }

  /**
   * The name from a task input: `TaskInput.fromText()` (a literal name, or a JSONata expression) or
   * `TaskInput.fromJsonPathAt()`.
   */
  public static fromTaskInput(taskInput: sfn.TaskInput): EksClusterInput {
    return EksClusterInput.named(textOf('EksClusterInput.fromTaskInput', 'taskInput', taskInput));
  }

  /** An input of this name; the constructor takes none, as in aws-cdk-lib's API. */
  private static named(clusterName: string): EksClusterInput {
    const fields: Pick<EksClusterInput, 'clusterName'> = { clusterName };
    return Object.assign(new EksClusterInput(), fields);
  }

  /**
   * The name of the EKS cluster: a literal, a token, a JSON path or a JSONata expression.
   */
  public readonly clusterName!: string;

  private constructor() {}
}

interface EmrContainersCreateVirtualClusterOptions {
  /**
   * The EKS cluster the virtual cluster maps a namespace of.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_ContainerProvider.html
   */
  readonly eksCluster: EksClusterInput;

  /**
   * The Kubernetes namespace of the EKS cluster that the virtual cluster maps to.
   *
   * 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_EksInfo.html
   * @default 'default'
   */
  readonly eksNamespace?: string;

  /**
   * The name of the virtual cluster: 1 to 64 characters matching the API's pattern `[\.\-_/#A-Za-z0-9]+`.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateVirtualCluster.html
   * @default - `<execution name>/<state name>` of the execution that runs the task
   */
  readonly virtualClusterName?: string;

  /**
   * The tags of the virtual cluster: at most 50, keys of 1 to 128 characters, values of at most 256.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_CreateVirtualCluster.html
   * @default {}
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of an EmrContainersCreateVirtualCluster task that uses JSONPath.
 */
export interface EmrContainersCreateVirtualClusterJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, EmrContainersCreateVirtualClusterOptions {}

/**
 * Properties of an EmrContainersCreateVirtualCluster task that uses JSONata.
 */
export interface EmrContainersCreateVirtualClusterJsonataProps
  extends sfn.TaskStateJsonataBaseProps, EmrContainersCreateVirtualClusterOptions {}

/**
 * Properties of an EmrContainersCreateVirtualCluster task.
 */
export interface EmrContainersCreateVirtualClusterProps
  extends sfn.TaskStateBaseProps, EmrContainersCreateVirtualClusterOptions {}

/** The CreateVirtualCluster parameters. */
interface CreateVirtualClusterParameters {
  readonly Name: string;
  readonly ContainerProvider: {
    readonly Id: string;
    readonly Info: { readonly EksInfo: { readonly Namespace: string } };
    readonly Type: 'EKS';
  };
  readonly Tags?: { [key: string]: string };
}

/**
 * Creates an EMR on EKS virtual cluster, a namespace of an EKS cluster that EMR runs jobs in, as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 */
export class EmrContainersCreateVirtualCluster extends TaskStateBase {
  /**
   * An EmrContainersCreateVirtualCluster task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterJsonPathProps): EmrContainersCreateVirtualCluster {
    return new EmrContainersCreateVirtualCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrContainersCreateVirtualCluster task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterJsonataProps): EmrContainersCreateVirtualCluster {
    return new EmrContainersCreateVirtualCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /** CreateVirtualCluster has no `.sync` or callback form. */
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: EMR on EKS's CreateVirtualCluster response. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   * @internal
   */
  declare readonly _serviceResult?: { Id: string; Name?: string; Arn?: string };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EmrContainersCreateVirtualClusterProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrContainersCreateVirtualClusterProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      EmrContainersCreateVirtualCluster.SUPPORTED_INTEGRATION_PATTERNS);
    validateEksClusterName(this, 'eksCluster', props.eksCluster.clusterName);
    validateNamespace(this, 'eksNamespace', props.eksNamespace);
    validateResourceName(this, 'virtualClusterName', props.virtualClusterName);
    validateTags(this, 'tags', props.tags);

    this.taskPolicies = createVirtualClusterStatements(this);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('emr-containers', 'createVirtualCluster', this.integrationPattern),
      ...this.renderInput(createVirtualClusterParameters(this.props, queryLanguage), queryLanguage),
    };
  }
}

/**
 * The name given, else `<execution name>/<state name>`: `States.Format` in JSONPath, string concatenation in
 * JSONata (which has no `States.*` intrinsics).
 */
function defaultName(queryLanguage: sfn.QueryLanguage): string {
  return queryLanguage === sfn.QueryLanguage.JSONATA
    ? "{% $states.context.Execution.Name & '/' & $states.context.State.Name %}"
    : sfn.JsonPath.format('{}/{}', sfn.JsonPath.executionName, sfn.JsonPath.stringAt('$$.State.Name'));
}

/** Maps the props to the CreateVirtualCluster parameters. */
function createVirtualClusterParameters(
  props: EmrContainersCreateVirtualClusterProps,
  queryLanguage: sfn.QueryLanguage,
): CreateVirtualClusterParameters {
  return {
    Name: props.virtualClusterName ?? defaultName(queryLanguage),
    ContainerProvider: {
      Id: props.eksCluster.clusterName,
      Info: { EksInfo: { Namespace: props.eksNamespace ?? 'default' } },
      Type: 'EKS',
    },
    Tags: props.tags,
  };
}

/**
 * CreateVirtualCluster on any resource, and creating the EMR on EKS service-linked role the first time.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-eks-iam.html
 */
function createVirtualClusterStatements(scope: Construct): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({ actions: ['emr-containers:CreateVirtualCluster'], resources: ['*'] }),
    new iam.PolicyStatement({
      actions: ['iam:CreateServiceLinkedRole'],
      resources: [Stack.of(scope).formatArn({
        service: 'iam',
        region: '',
        resource: 'role/aws-service-role/emr-containers.amazonaws.com',
        resourceName: 'AWSServiceRoleForAmazonEMRContainers',
      })],
      conditions: { StringLike: { 'iam:AWSServiceName': 'emr-containers.amazonaws.com' } },
    }),
  ];
}
