import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validateStringLength } from '@cdk-stepfunctions/tasks-core';
import { clustersArn } from './private/cluster-arns';

interface EmrSetClusterTerminationProtectionOptions {
  /**
   * The ID of the cluster to protect or unprotect.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly clusterId: string;

  /**
   * Whether the cluster's instances are protected from termination by API calls, user action or job-flow errors.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_SetTerminationProtection.html
   */
  readonly terminationProtected: boolean;
}

/**
 * Properties of an EmrSetClusterTerminationProtection task that uses JSONPath.
 */
export interface EmrSetClusterTerminationProtectionJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, EmrSetClusterTerminationProtectionOptions {}

/**
 * Properties of an EmrSetClusterTerminationProtection task that uses JSONata.
 */
export interface EmrSetClusterTerminationProtectionJsonataProps
  extends sfn.TaskStateJsonataBaseProps, EmrSetClusterTerminationProtectionOptions {}

/**
 * Properties of an EmrSetClusterTerminationProtection task.
 */
export interface EmrSetClusterTerminationProtectionProps extends sfn.TaskStateBaseProps, EmrSetClusterTerminationProtectionOptions {}

/** The `setClusterTerminationProtection` parameters. */
interface SetClusterTerminationProtectionParameters {
  readonly ClusterId: string;
  readonly TerminationProtected: boolean;
}

/**
 * Turns termination protection of an Amazon EMR cluster on or off (`SetTerminationProtection`) as a Task.
 *
 * Only the REQUEST_RESPONSE pattern is supported.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrSetClusterTerminationProtection extends TaskStateBase {
  /**
   * An EmrSetClusterTerminationProtection task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(
    scope: Construct,
    id: string,
    props: EmrSetClusterTerminationProtectionJsonPathProps,
  ): EmrSetClusterTerminationProtection {
    return new EmrSetClusterTerminationProtection(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrSetClusterTerminationProtection task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(
    scope: Construct,
    id: string,
    props: EmrSetClusterTerminationProtectionJsonataProps,
  ): EmrSetClusterTerminationProtection {
    return new EmrSetClusterTerminationProtection(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: EMR's SetTerminationProtection response, empty. Declared for typed
   * test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: Record<string, never>;

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrSetClusterTerminationProtectionProps;

  constructor(scope: Construct, id: string, props: EmrSetClusterTerminationProtectionProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, EmrSetClusterTerminationProtection.SUPPORTED_INTEGRATION_PATTERNS);
    validateStringLength(this, 'clusterId', props.clusterId, 1, 256);

    this.taskPolicies = [new iam.PolicyStatement({
      actions: ['elasticmapreduce:SetTerminationProtection'],
      resources: [clustersArn(this)],
    })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: SetClusterTerminationProtectionParameters = {
      ClusterId: this.props.clusterId,
      TerminationProtected: this.props.terminationProtected,
    };
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'setClusterTerminationProtection'),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
