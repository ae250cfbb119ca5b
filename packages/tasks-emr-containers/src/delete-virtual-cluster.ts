import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { virtualClustersArn } from './private/arns';
import { textOf } from './private/task-input';
import { validateVirtualClusterId } from './private/validation';

interface EmrContainersDeleteVirtualClusterOptions {
  /**
   * The ID of the virtual cluster to delete.
   *
   * `TaskInput.fromText()` with a literal ID (1 to 64 characters matching `[0-9a-z]+`) or a JSONata expression, or
   * `TaskInput.fromJsonPathAt()`.
   *
   * @see https://docs.aws.amazon.com/emr-on-eks/latest/APIReference/API_DeleteVirtualCluster.html
   */
  readonly virtualClusterId: sfn.TaskInput;
}

/**
 * Properties of an EmrContainersDeleteVirtualCluster task that uses JSONPath.
 */
export interface EmrContainersDeleteVirtualClusterJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/**
 * Properties of an EmrContainersDeleteVirtualCluster task that uses JSONata.
 */
export interface EmrContainersDeleteVirtualClusterJsonataProps
  extends sfn.TaskStateJsonataBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/**
 * Properties of an EmrContainersDeleteVirtualCluster task.
 */
export interface EmrContainersDeleteVirtualClusterProps
  extends sfn.TaskStateBaseProps, EmrContainersDeleteVirtualClusterOptions {}

/** The DeleteVirtualCluster parameters. */
interface DeleteVirtualClusterParameters {
  readonly Id: string;
}

/**
 * Deletes an EMR on EKS virtual cluster as a Task; with RUN_JOB, waits until it is deleted.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
 */
export class EmrContainersDeleteVirtualCluster extends TaskStateBase {
  /**
   * An EmrContainersDeleteVirtualCluster task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterJsonPathProps): EmrContainersDeleteVirtualCluster {
    return new EmrContainersDeleteVirtualCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrContainersDeleteVirtualCluster task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterJsonataProps): EmrContainersDeleteVirtualCluster {
    return new EmrContainersDeleteVirtualCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: EMR on EKS's DeleteVirtualCluster response. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-eks.html
   * @internal
   */
  declare readonly _serviceResult?: { Id: string } | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly virtualClusterId: string;

  constructor(scope: Construct, id: string, props: EmrContainersDeleteVirtualClusterProps) {
    super(scope, id, props);
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      EmrContainersDeleteVirtualCluster.SUPPORTED_INTEGRATION_PATTERNS);
    this.virtualClusterId = textOf(this, 'virtualClusterId', props.virtualClusterId);
    validateVirtualClusterId(this, 'virtualClusterId', this.virtualClusterId);

    this.taskPolicies = deleteVirtualClusterStatements(this, this.virtualClusterId, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: DeleteVirtualClusterParameters = { Id: this.virtualClusterId };
    return {
      Resource: integrationResourceArn('emr-containers', 'deleteVirtualCluster', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/**
 * DeleteVirtualCluster on the virtual cluster (any, when its ID is known only at run time) and, for RUN_JOB,
 * DescribeVirtualCluster to learn that it is gone.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-eks-iam.html
 */
function deleteVirtualClusterStatements(
  scope: Construct,
  virtualClusterId: string,
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const actions = ['emr-containers:DeleteVirtualCluster'];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) actions.push('emr-containers:DescribeVirtualCluster');
  return [new iam.PolicyStatement({ actions, resources: [virtualClustersArn(scope, virtualClusterId)] })];
}
