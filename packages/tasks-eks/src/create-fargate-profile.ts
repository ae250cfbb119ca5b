import type { Construct } from 'constructs';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  passRoleStatement,
  resolveIntegrationPattern,
  validateItemCount,
} from '@cdk-stepfunctions/tasks-core';
import { clusterArnFor, clusterChildArn, validateProfileName } from './private/cluster';
import { EKS_SERVICE_PRINCIPAL, type FargateProfileResult, SUPPORTED_EKS_API_PATTERNS } from './private/patterns';
import { validateNamespace, validateTags } from './private/validation';

interface EksCreateFargateProfileOptions {
  /**
   * The cluster to add the Fargate profile to (the API's `clusterName`).
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html
   */
  readonly cluster: eks.ICluster;

  /**
   * The name of the Fargate profile, unique in the cluster.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html#AmazonEKS-CreateFargateProfile-request-fargateProfileName
   */
  readonly fargateProfileName: string;

  /**
   * The pod execution role the Fargate infrastructure uses for the profile's pods (the API's
   * `podExecutionRoleArn`).
   *
   * The task gets `iam:PassRole` on it, for Amazon EKS only.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html
   */
  readonly podExecutionRole: iam.IRole;

  /**
   * The subnets of the profile's pods: private subnets only.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html#AmazonEKS-CreateFargateProfile-request-subnets
   * @default - the private subnets of the cluster
   */
  readonly subnets?: ec2.ISubnet[];

  /**
   * Which pods run on Fargate: up to 5 selectors, each a namespace and optional labels; a pod matching any of them
   * does.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_FargateProfileSelector.html
   * @default - no selectors
   */
  readonly selectors?: EksFargateProfileSelector[];

  /**
   * Tags of the Fargate profile (not of its pods): 1 to 50, keys of 1 to 128 characters, values of up to 256.
   *
   * @see https://docs.aws.amazon.com/eks/latest/userguide/eks-using-tags.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * A unique, case-sensitive identifier that makes the request idempotent.
   *
   * @default - none
   */
  readonly clientRequestToken?: string;
}

/**
 * Properties of an EksCreateFargateProfile task that uses JSONPath.
 */
export interface EksCreateFargateProfileJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksCreateFargateProfileOptions {}

/**
 * Properties of an EksCreateFargateProfile task that uses JSONata.
 */
export interface EksCreateFargateProfileJsonataProps extends sfn.TaskStateJsonataBaseProps, EksCreateFargateProfileOptions {}

/**
 * Properties of an EksCreateFargateProfile task.
 */
export interface EksCreateFargateProfileProps extends sfn.TaskStateBaseProps, EksCreateFargateProfileOptions {}

/**
 * The pods a Fargate profile runs: those in a namespace, with all the given labels.
 *
 * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_FargateProfileSelector.html
 */
export interface EksFargateProfileSelector {
  /**
   * The Kubernetes namespace of the pods.
   */
  readonly namespace: string;

  /**
   * The Kubernetes labels a pod must have, all of them.
   *
   * @default - every pod of the namespace
   */
  readonly labels?: { [key: string]: string };
}

/** The CreateFargateProfile parameters. */
interface CreateFargateProfileParameters {
  readonly ClusterName: string;
  readonly FargateProfileName: string;
  readonly PodExecutionRoleArn: string;
  readonly Subnets?: string[];
  readonly Selectors?: Array<{ readonly Namespace: string; readonly Labels?: { [key: string]: string } }>;
  readonly Tags?: { [key: string]: string };
  readonly ClientRequestToken?: string;
}

/**
 * Creates a Fargate profile in an Amazon EKS cluster as a Task: start the creation (REQUEST_RESPONSE) or wait until
 * the profile is ACTIVE (RUN_JOB, `eks:createFargateProfile.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksCreateFargateProfile extends TaskStateBase {
  /**
   * An EksCreateFargateProfile task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksCreateFargateProfileJsonPathProps): EksCreateFargateProfile {
    return new EksCreateFargateProfile(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksCreateFargateProfile task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksCreateFargateProfileJsonataProps): EksCreateFargateProfile {
    return new EksCreateFargateProfile(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EKS's CreateFargateProfile response. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?: FargateProfileResult;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksCreateFargateProfileProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EksCreateFargateProfileProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_EKS_API_PATTERNS);
    validateProfileName(this, props.fargateProfileName);
    validateItemCount(this, 'selectors', props.selectors, 0, 5);
    props.selectors?.forEach((selector, i) => validateNamespace(this, `selectors[${i}].namespace`, selector.namespace));
    validateTags(this, 'tags', props.tags);

    const statements = [
      new iam.PolicyStatement({ actions: ['eks:CreateFargateProfile'], resources: [clusterArnFor(this, props.cluster)] }),
    ];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(new iam.PolicyStatement({
        actions: ['eks:DescribeFargateProfile'],
        resources: [clusterChildArn(this, 'fargateprofile', props.cluster.clusterName, props.fargateProfileName)],
      }));
    }
    statements.push(passRoleStatement([props.podExecutionRole], EKS_SERVICE_PRINCIPAL));
    this.taskPolicies = statements;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'createFargateProfile', this.integrationPattern),
      ...this.renderInput(createFargateProfileParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the CreateFargateProfile parameters. */
function createFargateProfileParameters(props: EksCreateFargateProfileProps): CreateFargateProfileParameters {
  return {
    ClusterName: props.cluster.clusterName,
    FargateProfileName: props.fargateProfileName,
    PodExecutionRoleArn: props.podExecutionRole.roleArn,
    Subnets: props.subnets?.map((subnet) => subnet.subnetId),
    Selectors: props.selectors?.map((selector) => ({ Namespace: selector.namespace, Labels: selector.labels })),
    Tags: props.tags,
    ClientRequestToken: props.clientRequestToken,
  };
}
