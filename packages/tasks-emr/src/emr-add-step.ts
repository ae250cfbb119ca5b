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
import { keyValueList, type KeyValueList } from './private/cluster-parameters';

interface EmrAddStepOptions {
  /**
   * The ID of the cluster to add the step to.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  readonly clusterId: string;

  /**
   * The name of the step: up to 256 characters.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
   */
  readonly name: string;

  /**
   * What the cluster does when the step fails.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
   * @default ActionOnFailure.CONTINUE
   */
  readonly actionOnFailure?: ActionOnFailure;

  /**
   * The JAR file the step runs: an Amazon S3 path, a path on the cluster, or `command-runner.jar`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   */
  readonly jar: string;

  /**
   * The class whose `main` the step runs.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   * @default - the `Main-Class` of the JAR's manifest
   */
  readonly mainClass?: string;

  /**
   * The command-line arguments passed to the main function.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   * @default - none
   */
  readonly args?: string[];

  /**
   * Java properties set while the step runs, to pass key-value pairs to the main function.
   *
   * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_HadoopJarStepConfig.html
   * @default - none
   */
  readonly properties?: { [key: string]: string };

  /**
   * The ARN of the runtime role the step runs as: up to 2048 characters. The cluster needs a security
   * configuration that enables runtime roles, and the role must trust the cluster's instance role.
   *
   * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-steps-runtime-roles.html
   * @default - the step runs as the cluster's EC2 instance profile role
   */
  readonly executionRoleArn?: string;
}

/**
 * Properties of an EmrAddStep task that uses JSONPath.
 */
export interface EmrAddStepJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EmrAddStepOptions {}

/**
 * Properties of an EmrAddStep task that uses JSONata.
 */
export interface EmrAddStepJsonataProps extends sfn.TaskStateJsonataBaseProps, EmrAddStepOptions {}

/**
 * Properties of an EmrAddStep task.
 */
export interface EmrAddStepProps extends sfn.TaskStateBaseProps, EmrAddStepOptions {}

/** The `addStep` parameters. */
interface AddStepParameters {
  readonly ClusterId: string;
  readonly ExecutionRoleArn?: string;
  readonly Step: {
    readonly Name: string;
    readonly ActionOnFailure: string;
    readonly HadoopJarStep: {
      readonly Jar: string;
      readonly MainClass?: string;
      readonly Args?: string[];
      readonly Properties?: KeyValueList;
    };
  };
}

/**
 * Adds a step (a Hadoop JAR step) to a running Amazon EMR cluster as a Task: return its ID at once
 * (REQUEST_RESPONSE) or once the step completes (RUN_JOB, the default). The task's result holds the `StepId`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
 */
export class EmrAddStep extends TaskStateBase {
  /**
   * An EmrAddStep task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrAddStepJsonPathProps): EmrAddStep {
    return new EmrAddStep(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrAddStep task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrAddStepJsonataProps): EmrAddStep {
    return new EmrAddStep(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: EMR's AddJobFlowSteps response for the one step. With `.sync`, the
   * state receives the finished job as the service describes it (any fields). Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html
   * @internal
   */
  declare readonly _serviceResult?: { StepId: string } | { [field: string]: unknown };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: EmrAddStepProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrAddStepProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      EmrAddStep.SUPPORTED_INTEGRATION_PATTERNS, sfn.IntegrationPattern.RUN_JOB);
    validateStringLength(this, 'clusterId', props.clusterId, 1, 256);
    validateStringLength(this, 'name', props.name, 1, 256);
    validateStringLength(this, 'jar', props.jar, 1, 10280);
    validateStringLength(this, 'executionRoleArn', props.executionRoleArn, 1, 2048);

    this.taskPolicies = addStepStatements(this, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('elasticmapreduce', 'addStep', this.integrationPattern),
      ...this.renderInput(addStepParameters(this.props), queryLanguage),
    };
  }
}

/**
 * What the cluster does when a step fails.
 *
 * @see https://docs.aws.amazon.com/emr/latest/APIReference/API_StepConfig.html
 */
export enum ActionOnFailure {
  /** Terminate the cluster. */
  TERMINATE_CLUSTER = 'TERMINATE_CLUSTER',

  /** Cancel the pending steps and wait (the cluster enters the WAITING state). */
  CANCEL_AND_WAIT = 'CANCEL_AND_WAIT',

  /** Go on with the next step. */
  CONTINUE = 'CONTINUE',
}

/** Maps the props to the `addStep` parameters. */
function addStepParameters(props: EmrAddStepProps): AddStepParameters {
  return {
    ClusterId: props.clusterId,
    ExecutionRoleArn: props.executionRoleArn,
    Step: {
      Name: props.name,
      ActionOnFailure: props.actionOnFailure ?? ActionOnFailure.CONTINUE,
      HadoopJarStep: {
        Jar: props.jar,
        MainClass: props.mainClass,
        Args: props.args,
        Properties: props.properties && keyValueList(props.properties),
      },
    },
  };
}

/**
 * The statements addStep needs: add, describe and cancel steps on the account's clusters and, for RUN_JOB, the
 * EventBridge managed rule that reports the step's end.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html
 */
function addStepStatements(scope: Construct, pattern: sfn.IntegrationPattern): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({
    actions: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:DescribeStep', 'elasticmapreduce:CancelSteps'],
    resources: [clustersArn(scope)],
  })];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(eventsManagedRuleStatement(scope, 'StepFunctionsGetEventForEMRAddJobFlowStepsRule'));
  }
  return statements;
}
