import type { Construct } from 'constructs';
import { ArnFormat, Stack, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  requireTaskToken,
  resolveIntegrationPattern,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

interface StepFunctionsStartExecutionOptions {
  /**
   * The state machine to start an execution of.
   */
  readonly stateMachine: sfn.IStateMachineRef;

  /**
   * The JSON input of the execution.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
   * @default - the state input: `$` in JSONPath, `{% $states.input %}` in JSONata
   */
  readonly input?: sfn.TaskInput;

  /**
   * The name of the execution: 1 to 80 characters, unique for the state machine for 90 days.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
   * @default - Step Functions generates a unique name
   */
  readonly name?: string;

  /**
   * Pass this execution's ID to the child execution as `AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID`, so the
   * Step Functions console links the child execution to its parent.
   *
   * `input` must then be an object (`TaskInput.fromObject`) or not set; when it is not set, the child's input
   * holds only the execution ID.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-nested-workflows.html#nested-execution-startid
   * @default false
   */
  readonly associateWithParent?: boolean;

  /**
   * The form in which a RUN_JOB task returns the child execution's output.
   *
   * Applies only to the RUN_JOB pattern: `JSON_OBJECT` uses `startExecution.sync:2`, `JSON_STRING` the older
   * `startExecution.sync`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
   * @default StartExecutionOutputFormat.JSON_OBJECT
   */
  readonly runJobOutputFormat?: StartExecutionOutputFormat;
}

/**
 * Properties of a StepFunctionsStartExecution task that uses JSONPath.
 */
export interface StepFunctionsStartExecutionJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, StepFunctionsStartExecutionOptions {}

/**
 * Properties of a StepFunctionsStartExecution task that uses JSONata.
 */
export interface StepFunctionsStartExecutionJsonataProps
  extends sfn.TaskStateJsonataBaseProps, StepFunctionsStartExecutionOptions {}

/**
 * Properties of a StepFunctionsStartExecution task.
 */
export interface StepFunctionsStartExecutionProps extends sfn.TaskStateBaseProps, StepFunctionsStartExecutionOptions {}

/** The field of the child's input that links it to its parent execution. */
const PARENT_EXECUTION_ID_FIELD = 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID';

/** The EventBridge managed rule a `.sync` StartExecution needs. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForStepFunctionsExecutionRule';

/** The StartExecution parameters. */
interface StartExecutionParameters {
  readonly Input: unknown;
  readonly StateMachineArn: string;
  readonly Name?: string;
}

/**
 * Starts an execution of another state machine as a Task: fire and forget (REQUEST_RESPONSE), wait for it to
 * finish (RUN_JOB) or wait for a task token (WAIT_FOR_TASK_TOKEN).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 */
export class StepFunctionsStartExecution extends TaskStateBase {
  /**
   * A StepFunctionsStartExecution task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
   */
  public static jsonPath(scope: Construct, id: string, props: StepFunctionsStartExecutionJsonPathProps): StepFunctionsStartExecution {
    return new StepFunctionsStartExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A StepFunctionsStartExecution task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
   */
  public static jsonata(scope: Construct, id: string, props: StepFunctionsStartExecutionJsonataProps): StepFunctionsStartExecution {
    return new StepFunctionsStartExecution(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: StartExecution's response; with `.sync:2` the child execution as
   * DescribeExecution describes it (its `Input` and `Output` as JSON values; with `.sync`, as JSON text). With
   * `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks it with
   * `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { ExecutionArn: string; StartDate: number; SdkHttpMetadata?: unknown; SdkResponseMetadata?: unknown }
    | {
      ExecutionArn: string; StateMachineArn: string; Name: string; Status: string; StartDate: number; StopDate?: number;
      Input?: unknown; InputDetails?: { Included: boolean }; Output?: unknown; OutputDetails?: { Included: boolean };
      Error?: string; Cause?: string; RedriveCount?: number; RedriveStatus?: string; RedriveStatusReason?: string;
      MapRunArn?: string; StateMachineVersionArn?: string; StateMachineAliasArn?: string; TraceHeader?: string;
    };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: StepFunctionsStartExecutionProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: StepFunctionsStartExecutionProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, StepFunctionsStartExecution.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'input', props.input);
    }
    if (props.runJobOutputFormat !== undefined && this.integrationPattern !== sfn.IntegrationPattern.RUN_JOB) {
      throw validationError(this, '`runJobOutputFormat` applies only when `integrationPattern` is RUN_JOB, ' +
        `got ${this.integrationPattern}`);
    }
    if (props.associateWithParent && props.input !== undefined && props.input.type !== sfn.InputType.OBJECT) {
      throw validationError(this, '`input` must be TaskInput.fromObject() or not set when `associateWithParent` is ' +
        'true, so the parent execution ID can be added to it, got TaskInput.fromText() or TaskInput.fromJsonPathAt()');
    }
    validateStringLength(this, 'name', props.name, 1, 80);
    validateStringPattern(this, 'name', props.name, EXECUTION_NAME, 'an execution name without white space, ' +
      'brackets, wildcards, control characters or any of " # % \\ ^ | ~ ` $ & , ; : /');

    this.taskPolicies = startExecutionStatements(this, props.stateMachine, this.integrationPattern);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const runJobSuffix = this.props.runJobOutputFormat === StartExecutionOutputFormat.JSON_STRING ? '.sync' : '.sync:2';
    return {
      Resource: integrationResourceArn('states', 'startExecution', this.integrationPattern, runJobSuffix),
      ...this.renderInput(startExecutionParameters(this.props, queryLanguage), queryLanguage),
    };
  }
}

/**
 * The form in which a RUN_JOB StartExecution task returns the child execution's output.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 */
export enum StartExecutionOutputFormat {
  /**
   * The `Output` field is a JSON object (`startExecution.sync:2`).
   */
  JSON_OBJECT = 'JSON_OBJECT',

  /**
   * The `Output` field is an escaped JSON string (`startExecution.sync`), as older state machines expect.
   */
  JSON_STRING = 'JSON_STRING',
}

/**
 * What StartExecution's execution names may not contain: white space, brackets, wildcards, the listed
 * special characters and control characters.
 */
// eslint-disable-next-line no-control-regex
const EXECUTION_NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]+$/;

/** Maps the props to the StartExecution parameters, adding the parent's execution ID when asked to. */
function startExecutionParameters(props: StepFunctionsStartExecutionProps, queryLanguage: sfn.QueryLanguage): StartExecutionParameters {
  const jsonata = queryLanguage === sfn.QueryLanguage.JSONATA;
  let input: unknown;
  if (props.associateWithParent) {
    const parentId = jsonata ? '{% $states.context.Execution.Id %}' : sfn.JsonPath.stringAt('$$.Execution.Id');
    input = { ...(props.input?.value as { [key: string]: unknown } | undefined), [PARENT_EXECUTION_ID_FIELD]: parentId };
  } else if (props.input !== undefined) {
    input = props.input.value;
  } else {
    input = jsonata ? '{% $states.input %}' : sfn.JsonPath.entirePayload;
  }
  return { Input: input, StateMachineArn: stateMachineArnOf(props.stateMachine), Name: props.name };
}

/**
 * The statements StartExecution needs: `states:StartExecution` on the state machine and, for RUN_JOB, reading
 * and stopping its executions plus the EventBridge managed rule that reports their end.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html
 */
function startExecutionStatements(
  scope: Construct,
  stateMachine: sfn.IStateMachineRef,
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const stateMachineArn = stateMachineArnOf(stateMachine);
  const statements = [new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachineArn] })];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(
      new iam.PolicyStatement({
        actions: ['states:DescribeExecution', 'states:StopExecution'],
        resources: [executionsArn(scope, stateMachineArn)],
      }),
      eventsManagedRuleStatement(scope, SYNC_EVENTS_RULE),
    );
  }
  return statements;
}

/**
 * The ARN of every execution of the state machine, `arn:<partition>:states:<region>:<account>:execution:<name>:*`.
 * The `:` after the name keeps other state machines whose names start with this one's out; a literal ARN's
 * region and account are used, as executions live where their state machine does.
 */
function executionsArn(scope: Construct, stateMachineArn: string): string {
  const stack = Stack.of(scope);
  const parts = stack.splitArn(stateMachineArn, ArnFormat.COLON_RESOURCE_NAME);
  const located = Token.isUnresolved(stateMachineArn) ? {} : { region: parts.region, account: parts.account };
  return stack.formatArn({
    service: 'states',
    resource: 'execution',
    resourceName: `${parts.resourceName}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    ...located,
  });
}

/** The state machine's ARN, from its reference or, on aws-cdk-lib releases without references, its ARN attribute. */
function stateMachineArnOf(stateMachine: sfn.IStateMachineRef): string {
  const legacy = stateMachine as unknown as { readonly stateMachineArn?: string };
  return stateMachine.stateMachineRef?.stateMachineArn ?? (legacy.stateMachineArn as string);
}
