import type { Construct } from 'constructs';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { clusterArnFor } from './private/cluster';
import { SUPPORTED_EKS_API_PATTERNS } from './private/patterns';

interface EksDeleteClusterOptions {
  /**
   * The cluster to delete (the API's `name`).
   *
   * Its node groups and Fargate profiles must be deleted first. A cluster created earlier in the same state machine
   * can be imported by name with `eks.Cluster.fromClusterAttributes()`, the name a JSON path or JSONata expression
   * when it is only known at run time.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteCluster.html
   */
  readonly cluster: eks.ICluster;
}

/**
 * Properties of an EksDeleteCluster task that uses JSONPath.
 */
export interface EksDeleteClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksDeleteClusterOptions {}

/**
 * Properties of an EksDeleteCluster task that uses JSONata.
 */
export interface EksDeleteClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EksDeleteClusterOptions {}

/**
 * Properties of an EksDeleteCluster task.
 */
export interface EksDeleteClusterProps extends sfn.TaskStateBaseProps, EksDeleteClusterOptions {}

/**
 * Deletes an Amazon EKS cluster as a Task: start the deletion (REQUEST_RESPONSE) or wait until the cluster is gone
 * (RUN_JOB, `eks:deleteCluster.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksDeleteCluster extends TaskStateBase {
  /**
   * An EksDeleteCluster task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksDeleteClusterJsonPathProps): EksDeleteCluster {
    return new EksDeleteCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksDeleteCluster task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksDeleteClusterJsonataProps): EksDeleteCluster {
    return new EksDeleteCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EKS's DeleteCluster response. With `.sync`, the state receives the
   * finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { Cluster: { Name?: string; Arn?: string; Status?: string; [field: string]: unknown } }
    | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EksDeleteClusterProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EksDeleteClusterProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_EKS_API_PATTERNS);

    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    this.taskPolicies = [new iam.PolicyStatement({
      actions: sync ? ['eks:DeleteCluster', 'eks:DescribeCluster'] : ['eks:DeleteCluster'],
      resources: [clusterArnFor(this, props.cluster)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'deleteCluster', this.integrationPattern),
      ...this.renderInput({ Name: this.props.cluster.clusterName }, queryLanguage),
    };
  }
}
