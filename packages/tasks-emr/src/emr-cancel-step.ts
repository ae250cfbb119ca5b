import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validateStringLength } from '@cdk-stepfunctions/tasks-core';
import { clustersArn } from './private/cluster-arns';

interface EmrCancelStepOptions {
  /**
   * The ID of the cluster the step belongs to.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly clusterId: string;

  /**
   * The ID of the step to cancel.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly stepId: string;
}

/**
 * Properties of an EmrCancelStep task that uses JSONPath.
 */
export interface EmrCancelStepJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrCancelStepOptions {}

/**
 * Properties of an EmrCancelStep task that uses JSONata.
 */
export interface EmrCancelStepJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrCancelStepOptions {}

/**
 * Properties of an EmrCancelStep task.
 */
export interface EmrCancelStepProps extends sfn.TaskStateBaseProps, EmrCancelStepOptions {}

/** The `cancelStep` parameters. */
interface CancelStepParameters {
  readonly ClusterId: string;
  readonly StepId: string;
}

/**
 * Cancels a pending step of an Amazon EMR cluster (`CancelSteps`) as a Task. The task's result holds the
 * `CancelStepsInfo`.
 *
 * Only the REQUEST_RESPONSE pattern is supported.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrCancelStep extends TaskStateBase {
  /**
   * An EmrCancelStep task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrCancelStepJsonPathProps): EmrCancelStep {
    return new EmrCancelStep(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrCancelStep task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrCancelStepJsonataProps): EmrCancelStep {
    return new EmrCancelStep(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: EMR's CancelSteps response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: {
    CancelStepsInfoList: Array<{ StepId?: string; Status?: string; Reason?: string }>;
  };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrCancelStepProps;

  constructor(scope: Construct, id: string, props: EmrCancelStepProps) {
    super(scope, id, props);
    this.props = props;
    resolveIntegrationPattern(this, props.integrationPattern, EmrCancelStep.SUPPORTED_INTEGRATION_PATTERNS);
    validateStringLength(this, 'clusterId', props.clusterId, 1, 256);
    validateStringLength(this, 'stepId', props.stepId, 1, 256);

    this.taskPolicies = [new iam.PolicyStatement({ actions: ['elasticmapreduce:CancelSteps'], resources: [clustersArn(this)] })];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: CancelStepParameters = { ClusterId: this.props.clusterId, StepId: this.props.stepId };
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'cancelStep'),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
