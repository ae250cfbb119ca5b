import type { Construct } from 'constructs';
import type { Duration } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validateStringLength } from '@cdk-stepfunctions/tasks-core';
import type { EmrCreateCluster } from './emr-create-cluster';
import { clustersArn } from './private/cluster-arns';
import { configurationsParameters, type ConfigurationParameters } from './private/cluster-parameters';
import { validateCount, validateDuration } from './private/validate-number';

interface EmrModifyInstanceGroupByNameOptions {
  /**
   * The ID of the cluster the instance group belongs to.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly clusterId: string;

  /**
   * The name of the instance group to modify; Step Functions looks its ID up with `ListInstanceGroups`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly instanceGroupName: string;

  /**
   * The changes to the instance group: its size, configurations, instances to terminate and shrink policy, as
   * in `ModifyInstanceGroups`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ModifyInstanceGroups.html
   */
  readonly instanceGroup: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty;
}

/**
 * Properties of an EmrModifyInstanceGroupByName task that uses JSONPath.
 */
export interface EmrModifyInstanceGroupByNameJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrModifyInstanceGroupByNameOptions {}

/**
 * Properties of an EmrModifyInstanceGroupByName task that uses JSONata.
 */
export interface EmrModifyInstanceGroupByNameJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrModifyInstanceGroupByNameOptions {}

/**
 * Properties of an EmrModifyInstanceGroupByName task.
 */
export interface EmrModifyInstanceGroupByNameProps extends sfn.TaskStateBaseProps, EmrModifyInstanceGroupByNameOptions {}

/** The `modifyInstanceGroupByName` parameters. */
interface ModifyInstanceGroupByNameParameters {
  readonly ClusterId: string;
  readonly InstanceGroupName: string;
  readonly InstanceGroup: {
    readonly Configurations?: ConfigurationParameters[];
    readonly EC2InstanceIdsToTerminate?: string[];
    readonly InstanceCount?: number;
    readonly ShrinkPolicy?: {
      readonly DecommissionTimeout?: number;
      readonly InstanceResizePolicy?: {
        readonly InstancesToProtect?: string[];
        readonly InstancesToTerminate?: string[];
        readonly InstanceTerminationTimeout?: number;
      };
    };
  };
}

/**
 * Changes the size or configurations of an instance group of an Amazon EMR cluster, found by its name
 * (`ModifyInstanceGroups`), as a Task.
 *
 * Only the REQUEST_RESPONSE pattern is supported.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrModifyInstanceGroupByName extends TaskStateBase {
  /**
   * An EmrModifyInstanceGroupByName task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameJsonPathProps): EmrModifyInstanceGroupByName {
    return new EmrModifyInstanceGroupByName(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrModifyInstanceGroupByName task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameJsonataProps): EmrModifyInstanceGroupByName {
    return new EmrModifyInstanceGroupByName(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: EMR's ModifyInstanceGroups response, empty. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: Record<string, never>;

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrModifyInstanceGroupByNameProps;

  constructor(scope: Construct, id: string, props: EmrModifyInstanceGroupByNameProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, EmrModifyInstanceGroupByName.SUPPORTED_INTEGRATION_PATTERNS);
    validateStringLength(this, 'clusterId', props.clusterId, 1, 256);
    validateStringLength(this, 'instanceGroupName', props.instanceGroupName, 1, 256);
    validateCount(this, 'instanceGroup.instanceCount', props.instanceGroup.instanceCount);
    const shrink = props.instanceGroup.shrinkPolicy;
    validateDuration(this, 'instanceGroup.shrinkPolicy.decommissionTimeout', shrink?.decommissionTimeout, 'seconds', 0);
    validateDuration(this, 'instanceGroup.shrinkPolicy.instanceResizePolicy.instanceTerminationTimeout',
      shrink?.instanceResizePolicy?.instanceTerminationTimeout, 'seconds', 0);

    this.taskPolicies = [new iam.PolicyStatement({
      actions: ['elasticmapreduce:ModifyInstanceGroups', 'elasticmapreduce:ListInstanceGroups'],
      resources: [clustersArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'modifyInstanceGroupByName'),
      ...this.renderInput(modifyInstanceGroupParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the `modifyInstanceGroupByName` parameters. */
function modifyInstanceGroupParameters(props: EmrModifyInstanceGroupByNameProps): ModifyInstanceGroupByNameParameters {
  const group = props.instanceGroup;
  const shrink = group.shrinkPolicy;
  const resize = shrink?.instanceResizePolicy;
  return {
    ClusterId: props.clusterId,
    InstanceGroupName: props.instanceGroupName,
    InstanceGroup: {
      Configurations: configurationsParameters(group.configurations),
      EC2InstanceIdsToTerminate: group.eC2InstanceIdsToTerminate,
      InstanceCount: group.instanceCount,
      ShrinkPolicy: shrink && {
        DecommissionTimeout: shrink.decommissionTimeout?.toSeconds(),
        InstanceResizePolicy: resize && {
          InstancesToProtect: resize.instancesToProtect,
          InstancesToTerminate: resize.instancesToTerminate,
          InstanceTerminationTimeout: resize.instanceTerminationTimeout?.toSeconds(),
        },
      },
    },
  };
}

/**
 * The nested types of EmrModifyInstanceGroupByName.
 */
export namespace EmrModifyInstanceGroupByName {
  /**
   * Which instances to protect or terminate when an instance group shrinks.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceResizePolicy.html
   */
  export interface InstanceResizePolicyProperty {
    /**
     * The instances to keep when the group shrinks.
     *
     * @default - no instance is protected
     */
    readonly instancesToProtect?: string[];

    /**
     * The instances to terminate when the group shrinks.
     *
     * @default - Amazon EMR chooses the instances to terminate
     */
    readonly instancesToTerminate?: string[];

    /**
     * The decommissioning timeout of the instances in `instancesToTerminate`, in whole seconds.
     *
     * @default - the group's decommissioning timeout
     */
    readonly instanceTerminationTimeout?: Duration;
  }

  /**
   * How an instance group shrinks: the decommissioning timeout, and which instances to protect or terminate.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ShrinkPolicy.html
   */
  export interface ShrinkPolicyProperty {
    /**
     * How long to wait for an instance to decommission, in whole seconds; overrides YARN's decommissioning
     * timeout.
     *
     * @default - the timeout Amazon EMR chooses
     */
    readonly decommissionTimeout?: Duration;

    /**
     * Which instances to protect or terminate.
     *
     * @default - none
     */
    readonly instanceResizePolicy?: InstanceResizePolicyProperty;
  }

  /**
   * The changes to make to an instance group.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_InstanceGroupModifyConfig.html
   */
  export interface InstanceGroupModifyConfigProperty {
    /**
     * New or changed configuration classifications for the instances of the group.
     *
     * @default - none
     */
    readonly configurations?: EmrCreateCluster.ConfigurationProperty[];

    /**
     * The EC2 instances to terminate; the group then does not return to its former size.
     *
     * @default - none
     */
    readonly eC2InstanceIdsToTerminate?: string[];

    /**
     * The new number of instances of the group: a whole number, 0 or more.
     *
     * @default - the size does not change
     */
    readonly instanceCount?: number;

    /**
     * How the group shrinks.
     *
     * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_ShrinkPolicy.html
     * @default - none
     */
    readonly shrinkPolicy?: ShrinkPolicyProperty;
  }
}
