import type { Construct } from 'constructs';
import type * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { clusterChildArn, validateEksName } from './private/cluster';
import { SUPPORTED_EKS_API_PATTERNS } from './private/patterns';

interface EksDeleteNodegroupOptions {
  /**
   * The cluster of the node group (the API's `clusterName`).
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteNodegroup.html
   */
  readonly cluster: eks.ICluster;

  /**
   * The name of the node group to delete.
   *
   * @see https://docs.aws.amazon.com/eks/latest/APIReference/API_DeleteNodegroup.html
   */
  readonly nodegroupName: string;
}

/**
 * Properties of an EksDeleteNodegroup task that uses JSONPath.
 */
export interface EksDeleteNodegroupJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EksDeleteNodegroupOptions {}

/**
 * Properties of an EksDeleteNodegroup task that uses JSONata.
 */
export interface EksDeleteNodegroupJsonataProps extends sfn.TaskStateJsonataBaseProps, EksDeleteNodegroupOptions {}

/**
 * Properties of an EksDeleteNodegroup task.
 */
export interface EksDeleteNodegroupProps extends sfn.TaskStateBaseProps, EksDeleteNodegroupOptions {}

/**
 * Deletes a managed node group of an Amazon EKS cluster as a Task: start the deletion (REQUEST_RESPONSE) or wait
 * until the node group is gone (RUN_JOB, `eks:deleteNodegroup.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
 */
export class EksDeleteNodegroup extends TaskStateBase {
  /**
   * An EksDeleteNodegroup task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EksDeleteNodegroupJsonPathProps): EksDeleteNodegroup {
    return new EksDeleteNodegroup(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EksDeleteNodegroup task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EksDeleteNodegroupJsonataProps): EksDeleteNodegroup {
    return new EksDeleteNodegroup(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EKS's DeleteNodegroup response. With `.sync`, the state receives the
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

  private readonly props: EksDeleteNodegroupProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EksDeleteNodegroupProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_EKS_API_PATTERNS);
    validateEksName(this, 'nodegroupName', props.nodegroupName, 63);

    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    this.taskPolicies = [new iam.PolicyStatement({
      actions: sync ? ['eks:DeleteNodegroup', 'eks:DescribeNodegroup'] : ['eks:DeleteNodegroup'],
      resources: [clusterChildArn(this, 'nodegroup', props.cluster.clusterName, props.nodegroupName)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('eks', 'deleteNodegroup', this.integrationPattern),
      ...this.renderInput({ ClusterName: this.props.cluster.clusterName, NodegroupName: this.props.nodegroupName }, queryLanguage),
    };
  }
}
