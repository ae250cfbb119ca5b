import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, resolveIntegrationPattern, validationError } from '@cdk-stepfunctions/tasks-core';

interface StepFunctionsInvokeActivityOptions {
  /**
   * The activity whose workers do the work.
   */
  readonly activity: sfn.IActivity;
}

interface StepFunctionsInvokeActivityJsonPathOptions {
  /**
   * The input the activity worker receives: static values, or JSON paths (`JsonPath.stringAt()`) that select
   * from the state input or the context object.
   *
   * For JSONata use `arguments` instead; the two cannot be combined.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-parameters
   * @default - the effective state input
   */
  readonly parameters?: { [name: string]: any };
}

/**
 * Properties of a StepFunctionsInvokeActivity task that uses JSONPath.
 */
export interface StepFunctionsInvokeActivityJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, StepFunctionsInvokeActivityOptions, StepFunctionsInvokeActivityJsonPathOptions {}

/**
 * Properties of a StepFunctionsInvokeActivity task that uses JSONata.
 */
export interface StepFunctionsInvokeActivityJsonataProps
  extends sfn.TaskStateJsonataBaseProps, StepFunctionsInvokeActivityOptions, sfn.JsonataStateOptions {}

/**
 * Properties of a StepFunctionsInvokeActivity task.
 */
export interface StepFunctionsInvokeActivityProps
  extends sfn.TaskStateBaseProps, StepFunctionsInvokeActivityOptions, StepFunctionsInvokeActivityJsonPathOptions,
  sfn.JsonataStateOptions {}

/**
 * Hands work to an activity as a Task: the state waits until a worker that polled the activity with
 * GetActivityTask reports the result with SendTaskSuccess or SendTaskFailure.
 *
 * The activity's ARN is the state's `Resource`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
 */
export class StepFunctionsInvokeActivity extends TaskStateBase {
  /**
   * A StepFunctionsInvokeActivity task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
   */
  public static jsonPath(scope: Construct, id: string, props: StepFunctionsInvokeActivityJsonPathProps): StepFunctionsInvokeActivity {
    return new StepFunctionsInvokeActivity(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A StepFunctionsInvokeActivity task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
   */
  public static jsonata(scope: Construct, id: string, props: StepFunctionsInvokeActivityJsonataProps): StepFunctionsInvokeActivity {
    return new StepFunctionsInvokeActivity(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /** An activity task always waits for its worker; no other pattern applies. */
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: the output the activity worker sends with SendTaskSuccess, any JSON
   * value. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run
   * time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
   * @internal
   */
  declare readonly _serviceResult?: unknown;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: StepFunctionsInvokeActivityProps;

  constructor(scope: Construct, id: string, props: StepFunctionsInvokeActivityProps) {
    super(scope, id, props);
    this.props = props;

    resolveIntegrationPattern(this, props.integrationPattern,
      StepFunctionsInvokeActivity.SUPPORTED_INTEGRATION_PATTERNS);
    if (props.parameters !== undefined && props.arguments !== undefined) {
      throw validationError(this, '`parameters` cannot be combined with `arguments`: set `parameters` when the ' +
        'state uses JSONPath and `arguments` when it uses JSONata, got both');
    }

    this.taskMetrics = {
      metricPrefixSingular: 'Activity',
      metricPrefixPlural: 'Activities',
      metricDimensions: { ActivityArn: props.activity.activityArn },
    };
    const kmsKey = customerManagedKey(props.activity);
    if (kmsKey) this.taskPolicies = [activityKeyStatement(kmsKey, props.activity.activityArn)];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: this.props.activity.activityArn,
      // The input goes in the field of the query language in force; the base state would render `arguments` as is.
      Parameters: undefined,
      Arguments: undefined,
      ...this.renderInput(this.props.parameters ?? this.props.arguments, queryLanguage),
    };
  }
}

/** The customer managed key that encrypts the activity's inputs, if any. */
function customerManagedKey(activity: sfn.IActivity): kms.IKey | undefined {
  const encryption = activity.encryptionConfiguration;
  return encryption instanceof sfn.CustomerManagedEncryptionConfiguration ? encryption.kmsKey : undefined;
}

/**
 * Using the activity's customer managed key, only in the activity's encryption context.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html
 */
function activityKeyStatement(kmsKey: kms.IKey, activityArn: string): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
    resources: [kmsKey.keyArn],
    conditions: { StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': activityArn } },
  });
}
