import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  eventsManagedRuleStatement,
  integrationResourceArn,
  isDynamic,
  isRuntimeValue,
  resolveIntegrationPattern,
  validateIntegerInRange,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

interface MediaConvertCreateJobOptions {
  /**
   * The CreateJob request, as the MediaConvert API takes it: `Role` and `Settings` are required, every other field
   * (`Queue`, `JobTemplate`, `Priority`, `UserMetadata`, `Tags`, …) is optional.
   *
   * Field values may be JSON paths (`JsonPath.stringAt()`, or a key ending in `.$`) in a JSONPath task and JSONata
   * expressions in a JSONata task. A static `Role` is the only role the task may pass to MediaConvert.
   *
   * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html#jobspost
   */
  readonly createJobRequest: { [key: string]: any };
}

/**
 * Properties of a MediaConvertCreateJob task that uses JSONPath.
 */
export interface MediaConvertCreateJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, MediaConvertCreateJobOptions {}

/**
 * Properties of a MediaConvertCreateJob task that uses JSONata.
 */
export interface MediaConvertCreateJobJsonataProps extends sfn.TaskStateJsonataBaseProps, MediaConvertCreateJobOptions {}

/**
 * Properties of a MediaConvertCreateJob task.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html#jobspost
 */
export interface MediaConvertCreateJobProps extends sfn.TaskStateBaseProps, MediaConvertCreateJobOptions {}

/** The EventBridge managed rule a `.sync` CreateJob needs. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForMediaConvertJobRule';

/** The service MediaConvert jobs run as, the only one the task may pass the job's role to. */
const MEDIACONVERT_SERVICE = 'mediaconvert.amazonaws.com';

/** An IAM role ARN, a path allowed. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** The values of the CreateJob enum fields. */
const ENUM_FIELDS: { readonly [field: string]: readonly string[] } = {
  BillingTagsSource: ['QUEUE', 'PRESET', 'JOB_TEMPLATE', 'JOB'],
  SimulateReservedQueue: ['DISABLED', 'ENABLED'],
  StatusUpdateInterval: ['SECONDS_10', 'SECONDS_12', 'SECONDS_15', 'SECONDS_20', 'SECONDS_30', 'SECONDS_60', 'SECONDS_120',
    'SECONDS_180', 'SECONDS_240', 'SECONDS_300', 'SECONDS_360', 'SECONDS_420', 'SECONDS_480', 'SECONDS_540', 'SECONDS_600'],
};

/**
 * Creates an AWS Elemental MediaConvert transcoding job as a Task: returns the job (REQUEST_RESPONSE), or waits for
 * it to finish (RUN_JOB).
 *
 * The task's input is the CreateJob request; the result is the CreateJob response (REQUEST_RESPONSE) or the
 * finished job (RUN_JOB).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
 * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html#jobs-response-examples
 */
export class MediaConvertCreateJob extends TaskStateBase {
  /**
   * A MediaConvertCreateJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
   */
  public static jsonPath(scope: Construct, id: string, props: MediaConvertCreateJobJsonPathProps): MediaConvertCreateJob {
    return new MediaConvertCreateJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A MediaConvertCreateJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
   */
  public static jsonata(scope: Construct, id: string, props: MediaConvertCreateJobJsonataProps): MediaConvertCreateJob {
    return new MediaConvertCreateJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: MediaConvert's CreateJob response; with `.sync`, the finished job.
   * Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-mediaconvert.html
   * @internal
   */
  declare readonly _serviceResult?: {
    Job: {
      Id?: string; Arn?: string; Status?: string; Role?: string; Settings?: unknown; CreatedAt?: number;
      ErrorCode?: number; ErrorMessage?: string; [field: string]: unknown;
    };
  };

  protected readonly taskMetrics: sfn.TaskMetricsConfig | undefined;
  protected readonly taskPolicies: iam.PolicyStatement[] | undefined;

  private readonly props: MediaConvertCreateJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: MediaConvertCreateJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      MediaConvertCreateJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.validateRequest(props.createJobRequest);

    this.taskPolicies = createJobStatements(this, props.createJobRequest, this.integrationPattern);
  }

  /**
   * Provides the MediaConvert CreateJob service integration task configuration.
   *
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('mediaconvert', 'createJob', this.integrationPattern),
      ...this.renderInput(createJobInput(this.props), queryLanguage),
    };
  }

  /**
   * `Role` and `Settings` are given (as themselves or as `.$` paths, not both), a static `Role` is a role ARN, and
   * the static values of `Priority` and the enum fields are ones MediaConvert takes.
   *
   * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/jobs.html#jobs-model-createjobrequest
   */
  private validateRequest(request: { [key: string]: any }): void {
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      throw validationError(this, `\`createJobRequest\` must be an object (the CreateJob request), got ${describeValue(request)}`);
    }
    for (const [field, what] of [['Role', 'the IAM role MediaConvert assumes to read the input and write the outputs'], ['Settings', 'the job settings']]) {
      const given = [field, `${field}.$`].filter((key) => request[key] !== undefined);
      if (given.length === 0) {
        throw validationError(this, `\`createJobRequest.${field}\` must be set (${what}), got undefined`);
      }
      if (given.length > 1) {
        throw validationError(this, `\`createJobRequest.${field}\` cannot be combined with \`createJobRequest.${field}.$\`, got both`);
      }
    }
    const role = request.Role;
    if (role !== undefined && (typeof role !== 'string' || !isDynamic(role))) {
      if (typeof role !== 'string') {
        throw validationError(this, `\`createJobRequest.Role\` must be an IAM role ARN, got ${describeValue(role)}`);
      }
      validateStringPattern(this, 'createJobRequest.Role', role, ROLE_ARN, 'an IAM role ARN (arn:<partition>:iam::<account>:role/<name>)');
    }
    if (typeof request.Priority === 'number') {
      validateIntegerInRange(this, 'createJobRequest.Priority', request.Priority, -50, 50);
    }
    for (const [field, allowed] of Object.entries(ENUM_FIELDS)) {
      const value: unknown = request[field];
      if (value === undefined || (typeof value === 'string' && isDynamic(value))) continue;
      if (!allowed.includes(value as string)) {
        throw validationError(this, `\`createJobRequest.${field}\` must be one of ${allowed.join(', ')}, got ${describeValue(value)}`);
      }
    }
  }
}

/** The CreateJob API input: the request as given. */
function createJobInput(props: MediaConvertCreateJobProps): { [key: string]: any } {
  return props.createJobRequest;
}

/**
 * The role the task may pass to MediaConvert: the request's static `Role` (a literal ARN or a deploy-time token),
 * or any role (`*`, still only to MediaConvert) when the request reads it from the state input.
 */
function passableRole(request: { [key: string]: any }): string {
  const role: unknown = request.Role;
  return typeof role === 'string' && !isRuntimeValue(role) ? role : '*';
}

/**
 * The statements CreateJob needs: passing the job's role to MediaConvert, `mediaconvert:CreateJob` and, for RUN_JOB,
 * reading and cancelling the job plus the EventBridge managed rule that reports its end.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/mediaconvert-iam.html
 */
function createJobStatements(
  scope: Construct,
  request: { [key: string]: any },
  pattern: sfn.IntegrationPattern,
): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({
      actions: ['iam:PassRole'],
      resources: [passableRole(request)],
      conditions: { StringLike: { 'iam:PassedToService': MEDIACONVERT_SERVICE } },
    }),
    new iam.PolicyStatement({ actions: ['mediaconvert:CreateJob'], resources: ['*'] }),
  ];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(
      new iam.PolicyStatement({ actions: ['mediaconvert:GetJob', 'mediaconvert:CancelJob'], resources: ['*'] }),
      eventsManagedRuleStatement(scope, SYNC_EVENTS_RULE),
    );
  }
  return statements;
}
