import type { Construct } from 'constructs';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { clusterChildArn, validateProfileName } from './private/cluster';
import { type FargateProfileResult, SUPPORTED_EKS_API_PATTERNS } from './private/patterns';

interface EksDeleteFargateProfileOptions {
  /**
   * The cluster of the Fargate profile (the API's `clusterName`).
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteFargateProfile.html
   */
  readonly cluster: eks.ICluster;

  /**
   * The name of the Fargate profile to delete.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteFargateProfile.html
   */
  readonly fargateProfileName: string;
}

/**
 * Properties of an EksDeleteFargateProfile task that uses JSONPath.
 */
export interface EksDeleteFargateProfileJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksDeleteFargateProfileOptions {}

/**
 * Properties of an EksDeleteFargateProfile task that uses JSONata.
 */
export interface EksDeleteFargateProfileJsonataProps extends sfn.TaskStateJsonataBaseProps, EksDeleteFargateProfileOptions {}

/**
 * Properties of an EksDeleteFargateProfile task.
 */
export interface EksDeleteFargateProfileProps extends sfn.TaskStateBaseProps, EksDeleteFargateProfileOptions {}

/**
 * Deletes a Fargate profile of an Amazon EKS cluster as a Task: start the deletion (REQUEST_RESPONSE) or wait
 * until the Fargate profile is gone (RUN_JOB, `eks:deleteFargateProfile.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksDeleteFargateProfile extends TaskStateBase {
  /**
   * An EksDeleteFargateProfile task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksDeleteFargateProfileJsonPathProps): EksDeleteFargateProfile {
    return new EksDeleteFargateProfile(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksDeleteFargateProfile task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksDeleteFargateProfileJsonataProps): EksDeleteFargateProfile {
    return new EksDeleteFargateProfile(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EKS's DeleteFargateProfile response. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?: FargateProfileResult;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksDeleteFargateProfileProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EksDeleteFargateProfileProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_EKS_API_PATTERNS);
    validateProfileName(this, props.fargateProfileName);

    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    this.taskPolicies = [new iam.PolicyStatement({
      actions: sync ? ['eks:DeleteFargateProfile', 'eks:DescribeFargateProfile'] : ['eks:DeleteFargateProfile'],
      resources: [clusterChildArn(this, 'fargateprofile', props.cluster.clusterName, props.fargateProfileName)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'deleteFargateProfile', this.integrationPattern),
      ...this.renderInput({ ClusterName: this.props.cluster.clusterName, FargateProfileName: this.props.fargateProfileName }, queryLanguage),
    };
  }
}
