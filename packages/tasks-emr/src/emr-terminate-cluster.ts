import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  resolveIntegrationPattern,
  validateStringLength,
} from '@cdk-stepfunctions/tasks-core';
import { clustersArn } from './private/cluster-arns';

interface EmrTerminateClusterOptions {
  /**
   * The ID of the cluster to terminate.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly clusterId: string;
}

/**
 * Properties of an EmrTerminateCluster task that uses JSONPath.
 */
export interface EmrTerminateClusterJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrTerminateClusterOptions {}

/**
 * Properties of an EmrTerminateCluster task that uses JSONata.
 */
export interface EmrTerminateClusterJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrTerminateClusterOptions {}

/**
 * Properties of an EmrTerminateCluster task.
 */
export interface EmrTerminateClusterProps extends sfn.TaskStateBaseProps, EmrTerminateClusterOptions {}

/** The `terminateCluster` parameters. */
interface TerminateClusterParameters {
  readonly ClusterId: string;
}

/**
 * Shuts down an Amazon EMR cluster (`TerminateJobFlows`) as a Task: go on at once (REQUEST_RESPONSE) or once the
 * cluster has terminated (RUN_JOB, the default).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrTerminateCluster extends TaskStateBase {
  /**
   * An EmrTerminateCluster task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrTerminateClusterJsonPathProps): EmrTerminateCluster {
    return new EmrTerminateCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrTerminateCluster task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrTerminateClusterJsonataProps): EmrTerminateCluster {
    return new EmrTerminateCluster(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: EMR's TerminateJobFlows response, empty. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: { [field: string]: unknown };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrTerminateClusterProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrTerminateClusterProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      EmrTerminateCluster.SUPPORTED_INTEGRATION_PATTERNS, sfn.IntegrationPattern.RUN_JOB);
    validateStringLength(this, 'clusterId', props.clusterId, 1, 256);

    this.taskPolicies = terminateClusterStatements(this, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: TerminateClusterParameters = { ClusterId: this.props.clusterId };
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'terminateCluster', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}

/**
 * The statements terminateCluster needs: describe and terminate the account's clusters and, for RUN_JOB, the
 * EventBridge managed rule that reports the termination.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html
 */
function terminateClusterStatements(scope: Construct, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({
    actions: ['elasticmapreduce:DescribeCluster', 'elasticmapreduce:TerminateJobFlows'],
    resources: [clustersArn(scope)],
  })];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(eventsManagedRuleStatement(scope, 'StepFunctionsGetEventForEMRTerminateJobFlowsRule'));
  }
  return statements;
}
