import type { Construct } from 'constructs';
import { ArnFormat, Duration, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  isRuntimeValue,
  passRoleStatement,
  requireTaskToken,
  resolveIntegrationPattern,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import { ActionAfterCompletion, type EventBridgeSchedulerTarget } from './eventbridge-scheduler-types';
import { atExpression, isKnownTimeZone } from './private/at-expression';
import { convertsTo } from './private/duration';
import type { Schedule } from './schedule';

interface EventBridgeSchedulerCreateScheduleTaskOptions {
  /**
   * The name of the schedule: 1 to 64 of a-z, A-Z, 0-9, `-`, `_` and `.`, unique in its group.
   */
  readonly scheduleName: string;

  /**
   * What EventBridge Scheduler does with the schedule once it has invoked its target for the last time.
   *
   * @default ActionAfterCompletion.NONE
   */
  readonly actionAfterCompletion?: ActionAfterCompletion;

  /**
   * A unique, case-sensitive token that makes the request idempotent: 1 to 64 of a-z, A-Z, 0-9, `-` and `_`.
   *
   * @default - EventBridge Scheduler generates one
   */
  readonly clientToken?: string;

  /**
   * The description of the schedule, up to 512 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The instant before which the schedule can invoke its target; ignored for one-time schedules.
   *
   * Invocations may stop on or before it, depending on the schedule expression.
   *
   * @default - no end date
   */
  readonly endDate?: Date;

  /**
   * The window within which EventBridge Scheduler may invoke the target after the scheduled time:
   * 1 to 1440 minutes, in whole minutes.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-flexible-time-windows.html
   * @default - no flexible time window: the target is invoked at the scheduled time
   */
  readonly flexibleTimeWindow?: Duration;

  /**
   * The schedule group of the schedule: 1 to 64 of a-z, A-Z, 0-9, `-`, `_` and `.`.
   *
   * @default - the `default` schedule group
   */
  readonly groupName?: string;

  /**
   * The customer managed KMS key EventBridge Scheduler encrypts the target's input with. The target's
   * execution role is allowed to decrypt with it.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/encryption-rest.html
   * @default - an AWS owned key
   */
  readonly kmsKey?: kms.IKey;

  /**
   * When the schedule runs.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html
   */
  readonly schedule: Schedule;

  /**
   * The time zone the schedule expression is evaluated in: an IANA name such as `America/New_York`, up to 50
   * characters. A one-time schedule is written as its instant's wall-clock time in this zone.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#time-zones
   * @default - UTC
   */
  readonly timezone?: string;

  /**
   * The instant after which the schedule can invoke its target; ignored for one-time schedules.
   *
   * Invocations may start on or after it, depending on the schedule expression.
   *
   * @default - no start date
   */
  readonly startDate?: Date;

  /**
   * Whether the schedule is enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * What the schedule invokes.
   */
  readonly target: EventBridgeSchedulerTarget;
}

/**
 * Properties of an EventBridgeSchedulerCreateScheduleTask that uses JSONPath.
 */
export interface EventBridgeSchedulerCreateScheduleTaskJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, EventBridgeSchedulerCreateScheduleTaskOptions {}

/**
 * Properties of an EventBridgeSchedulerCreateScheduleTask that uses JSONata.
 */
export interface EventBridgeSchedulerCreateScheduleTaskJsonataProps
  extends sfn.TaskStateJsonataBaseProps, EventBridgeSchedulerCreateScheduleTaskOptions {}

/**
 * Properties of an EventBridgeSchedulerCreateScheduleTask.
 */
export interface EventBridgeSchedulerCreateScheduleTaskProps
  extends sfn.TaskStateBaseProps, EventBridgeSchedulerCreateScheduleTaskOptions {}

/** The CreateSchedule request the task sends. */
interface CreateScheduleParameters {
  readonly ActionAfterCompletion: ActionAfterCompletion;
  readonly ClientToken?: string;
  readonly Description?: string;
  readonly EndDate?: string;
  readonly FlexibleTimeWindow: { readonly Mode: 'FLEXIBLE' | 'OFF'; readonly MaximumWindowInMinutes?: number };
  readonly GroupName?: string;
  readonly KmsKeyArn?: string;
  readonly Name: string;
  readonly ScheduleExpression: string;
  readonly ScheduleExpressionTimezone?: string;
  readonly StartDate?: string;
  readonly State: 'ENABLED' | 'DISABLED';
  readonly Target: unknown;
}

/** Names of schedules and schedule groups. */
const NAME_PATTERN = /^[0-9a-zA-Z\-_.]{1,64}$/;
const NAME_ALLOWED = '1 to 64 of a-z, A-Z, 0-9, -, _ and .';

/**
 * Creates an EventBridge Scheduler schedule, through the AWS SDK integration (`aws-sdk:scheduler:createSchedule`).
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html
 */
export class EventBridgeSchedulerCreateScheduleTask extends TaskStateBase {
  /**
   * An EventBridgeSchedulerCreateScheduleTask that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html
   */
  public static jsonPath(
    scope: Construct,
    id: string,
    props: EventBridgeSchedulerCreateScheduleTaskJsonPathProps,
  ): EventBridgeSchedulerCreateScheduleTask {
    return new EventBridgeSchedulerCreateScheduleTask(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EventBridgeSchedulerCreateScheduleTask that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html
   */
  public static jsonata(
    scope: Construct,
    id: string,
    props: EventBridgeSchedulerCreateScheduleTaskJsonataProps,
  ): EventBridgeSchedulerCreateScheduleTask {
    return new EventBridgeSchedulerCreateScheduleTask(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /** The AWS SDK integration supports no `.sync` (RUN_JOB) variant. */
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: EventBridge Scheduler's CreateSchedule response. Declared for typed
   * test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html
   * @internal
   */
  declare readonly _serviceResult?: { ScheduleArn: string };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EventBridgeSchedulerCreateScheduleTaskProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EventBridgeSchedulerCreateScheduleTaskProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, EventBridgeSchedulerCreateScheduleTask.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'target.input', props.target.input);
    }
    this.validateProps(props);

    props.kmsKey?.grantDecrypt(props.target.role);
    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['scheduler:CreateSchedule'],
        resources: [scheduleArn(this, props.groupName, props.scheduleName)],
      }),
      passRoleStatement([props.target.role]),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('aws-sdk:scheduler', 'createSchedule', this.integrationPattern),
      ...this.renderInput(createScheduleParameters(this.props), queryLanguage),
    };
  }

  private validateProps(props: EventBridgeSchedulerCreateScheduleTaskProps): void {
    validateStringPattern(this, 'scheduleName', props.scheduleName, NAME_PATTERN, NAME_ALLOWED);
    validateStringPattern(this, 'groupName', props.groupName, NAME_PATTERN, NAME_ALLOWED);
    validateStringPattern(this, 'clientToken', props.clientToken, /^[a-zA-Z0-9\-_]{1,64}$/, '1 to 64 of a-z, A-Z, 0-9, - and _');
    validateStringLength(this, 'description', props.description, 0, 512);
    validateStringLength(this, 'timezone', props.timezone, 1, 50);
    validateDate(this, 'startDate', props.startDate);
    validateDate(this, 'endDate', props.endDate);
    if (props.startDate && props.endDate && props.startDate.getTime() >= props.endDate.getTime()) {
      throw validationError(this, `\`startDate\` must be before \`endDate\`, got startDate ${props.startDate.toISOString()} ` +
        `and endDate ${props.endDate.toISOString()}`);
    }
    validateFlexibleTimeWindow(this, props.flexibleTimeWindow);
    if (props.schedule._oneTimeAt && props.timezone !== undefined) {
      if (isDynamic(props.timezone)) {
        throw validationError(this, '`timezone` must be a literal time zone name when `schedule` is a one-time schedule ' +
          '(Schedule.oneTime), so the instant can be written in it, got ' + describeValue(props.timezone));
      }
      if (!isKnownTimeZone(props.timezone)) {
        throw validationError(this, `\`timezone\` must be an IANA time zone name such as 'America/New_York', got ${describeValue(props.timezone)}`);
      }
    }
  }
}

/** The CreateSchedule request for `props`. */
function createScheduleParameters(props: EventBridgeSchedulerCreateScheduleTaskProps): CreateScheduleParameters {
  const window = props.flexibleTimeWindow;
  return {
    ActionAfterCompletion: props.actionAfterCompletion ?? ActionAfterCompletion.NONE,
    ClientToken: props.clientToken,
    Description: props.description,
    EndDate: props.endDate?.toISOString(),
    FlexibleTimeWindow: window ? { Mode: 'FLEXIBLE', MaximumWindowInMinutes: window.toMinutes() } : { Mode: 'OFF' },
    GroupName: props.groupName,
    KmsKeyArn: props.kmsKey?.keyArn,
    Name: props.scheduleName,
    ScheduleExpression: scheduleExpression(props.schedule, props.timezone),
    ScheduleExpressionTimezone: props.timezone,
    StartDate: props.startDate?.toISOString(),
    State: props.enabled ?? true ? 'ENABLED' : 'DISABLED',
    Target: props.target.renderTargetObject(),
  };
}

/** The schedule's expression, a one-time schedule's instant written in the schedule's time zone. */
function scheduleExpression(schedule: Schedule, timezone: string | undefined): string {
  return schedule._oneTimeAt && timezone !== undefined ? atExpression(schedule._oneTimeAt, timezone) : schedule.expressionString;
}

/**
 * The ARN of the schedule the task creates; a group or name only known at run time becomes `*`.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridgescheduler.html
 */
function scheduleArn(scope: Construct, groupName: string | undefined, scheduleName: string): string {
  const part = (value: string): string => (isRuntimeValue(value) ? '*' : value);
  return Stack.of(scope).formatArn({
    service: 'scheduler',
    resource: 'schedule',
    resourceName: `${groupName === undefined ? 'default' : part(groupName)}/${part(scheduleName)}`,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

function validateDate(scope: Construct, prop: string, date: Date | undefined): void {
  if (date !== undefined && (!(date instanceof Date) || Number.isNaN(date.getTime()))) {
    throw validationError(scope, `\`${prop}\` must be a valid Date, got ${describeValue(String(date))}`);
  }
}

function validateFlexibleTimeWindow(scope: Construct, window: Duration | undefined): void {
  if (window === undefined) return;
  if (window.isUnresolved()) {
    // A deploy-time number converts to minutes only when it is given in minutes.
    if (!convertsTo(() => window.toMinutes())) {
      throw validationError(scope, '`flexibleTimeWindow` from a deploy-time value must be Duration.minutes(<token>), got ' +
        'a token in another unit');
    }
    return;
  }
  const millis = window.toMilliseconds();
  const minute = Duration.minutes(1).toMilliseconds();
  if (millis < minute || millis > 1440 * minute || millis % minute !== 0) {
    throw validationError(scope, '`flexibleTimeWindow` must be a whole number of minutes from 1 to 1440, got ' +
      window.toHumanString());
  }
}
