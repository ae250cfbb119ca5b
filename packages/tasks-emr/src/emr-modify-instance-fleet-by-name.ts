import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validateStringLength } from '@cdk-stepfunctions/tasks-core';
import { clustersArn } from './private/cluster-arns';
import { validateCount } from './private/validate-number';

interface EmrModifyInstanceFleetByNameOptions {
  /**
   * The ID of the cluster the instance fleet belongs to.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly clusterId: string;

  /**
   * The name of the instance fleet to modify; Step Functions looks its ID up with `ListInstanceFleets`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly instanceFleetName: string;

  /**
   * The new On-Demand target capacity of the fleet: a whole number, 0 or more.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetModifyConfig.html
   */
  readonly targetOnDemandCapacity: number;

  /**
   * The new Spot target capacity of the fleet: a whole number, 0 or more.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceFleetModifyConfig.html
   */
  readonly targetSpotCapacity: number;
}

/**
 * Properties of an EmrModifyInstanceFleetByName task that uses JSONPath.
 */
export interface EmrModifyInstanceFleetByNameJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrModifyInstanceFleetByNameOptions {}

/**
 * Properties of an EmrModifyInstanceFleetByName task that uses JSONata.
 */
export interface EmrModifyInstanceFleetByNameJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrModifyInstanceFleetByNameOptions {}

/**
 * Properties of an EmrModifyInstanceFleetByName task.
 */
export interface EmrModifyInstanceFleetByNameProps extends sfn.TaskStateBaseProps, EmrModifyInstanceFleetByNameOptions {}

/** The `modifyInstanceFleetByName` parameters. */
interface ModifyInstanceFleetByNameParameters {
  readonly ClusterId: string;
  readonly InstanceFleetName: string;
  readonly InstanceFleet: { readonly TargetOnDemandCapacity: number; readonly TargetSpotCapacity: number };
}

/**
 * Changes the target On-Demand and Spot capacities of an instance fleet of an Amazon EMR cluster, found by its
 * name (`ModifyInstanceFleet`), as a Task.
 *
 * Only the REQUEST_RESPONSE pattern is supported.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrModifyInstanceFleetByName extends TaskStateBase {
  /**
   * An EmrModifyInstanceFleetByName task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameJsonPathProps): EmrModifyInstanceFleetByName {
    return new EmrModifyInstanceFleetByName(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrModifyInstanceFleetByName task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameJsonataProps): EmrModifyInstanceFleetByName {
    return new EmrModifyInstanceFleetByName(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: EMR's ModifyInstanceFleet response, empty. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: Record<string, never>;

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrModifyInstanceFleetByNameProps;

  constructor(scope: Construct, id: string, props: EmrModifyInstanceFleetByNameProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, EmrModifyInstanceFleetByName.SUPPORTED_INTEGRATION_PATTERNS);
    validateStringLength(this, 'clusterId', props.clusterId, 1, 256);
    validateStringLength(this, 'instanceFleetName', props.instanceFleetName, 1, 256);
    validateCount(this, 'targetOnDemandCapacity', props.targetOnDemandCapacity);
    validateCount(this, 'targetSpotCapacity', props.targetSpotCapacity);

    this.taskPolicies = [new iam.PolicyStatement({
      actions: ['elasticmapreduce:ModifyInstanceFleet', 'elasticmapreduce:ListInstanceFleets'],
      resources: [clustersArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: ModifyInstanceFleetByNameParameters = {
      ClusterId: this.props.clusterId,
      InstanceFleetName: this.props.instanceFleetName,
      InstanceFleet: {
        TargetOnDemandCapacity: this.props.targetOnDemandCapacity,
        TargetSpotCapacity: this.props.targetSpotCapacity,
      },
    };
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'modifyInstanceFleetByName'),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
