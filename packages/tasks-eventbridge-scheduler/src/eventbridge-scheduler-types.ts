import { Duration, Token } from 'aws-cdk-lib/core';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { describeValue, isDynamic, validationError } from '@cdk-stepfunctions/tasks-core';
import { convertsTo } from './private/duration';

/**
 * What EventBridge Scheduler does with a schedule once it has invoked its target for the last time.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html#scheduler-CreateSchedule-request-ActionAfterCompletion
 */
export enum ActionAfterCompletion {
  /**
   * Keep the schedule.
   */
  NONE = 'NONE',

  /**
   * Delete the schedule.
   */
  DELETE = 'DELETE',
}

/**
 * How EventBridge Scheduler retries an invocation of the target that failed.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_RetryPolicy.html
 */
export interface RetryPolicy {
  /**
   * How many times to retry before giving up: 0 to 185.
   */
  readonly maximumRetryAttempts: number;

  /**
   * How long to keep retrying an event: 60 seconds to 24 hours, in whole seconds.
   */
  readonly maximumEventAge: Duration;
}

/**
 * Properties of an `EventBridgeSchedulerTarget`.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_Target.html
 */
export interface EventBridgeSchedulerTargetProps {
  /**
   * The ARN of the target: a resource (templated target) or `arn:aws:scheduler:::aws-sdk:<service>:<apiAction>`
   * (universal target).
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets.html
   */
  readonly arn: string;

  /**
   * The execution role EventBridge Scheduler assumes to invoke the target.
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role
   */
  readonly role: iam.IRole;

  /**
   * The text the target receives, at least 1 character.
   *
   * @default - EventBridge Scheduler delivers its default notification to the target
   */
  readonly input?: string;

  /**
   * How failed invocations are retried.
   *
   * @default - EventBridge Scheduler's default: 185 attempts over up to 24 hours
   */
  readonly retryPolicy?: RetryPolicy;

  /**
   * The SQS queue events go to when every attempt failed.
   *
   * @default - no dead-letter queue: such events are dropped
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/** The `Target` of a CreateSchedule request, as rendered in the task's input. */
interface TargetParameters {
  readonly Arn: string;
  readonly RoleArn: string;
  readonly Input?: string;
  readonly RetryPolicy?: { readonly MaximumEventAgeInSeconds: number; readonly MaximumRetryAttempts: number };
  readonly DeadLetterConfig?: { readonly Arn: string };
}

const SOURCE = 'EventBridgeSchedulerTarget';

/**
 * The target an EventBridge Scheduler schedule invokes, with the role it uses and how it retries.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/APIReference/API_Target.html
 */
export class EventBridgeSchedulerTarget {
  /**
   * The ARN of the target.
   */
  public arn: string;

  /**
   * The execution role EventBridge Scheduler assumes to invoke the target.
   */
  public role: iam.IRole;

  /**
   * The text the target receives.
   */
  public input?: string;

  /**
   * How failed invocations are retried.
   */
  public retryPolicy?: RetryPolicy;

  /**
   * The SQS queue events go to when every attempt failed.
   */
  public deadLetterQueue?: sqs.IQueue;

  constructor(props: EventBridgeSchedulerTargetProps) {
    this.validateProps(props);
    this.arn = props.arn;
    this.role = props.role;
    this.input = props.input;
    this.retryPolicy = props.retryPolicy;
    this.deadLetterQueue = props.deadLetterQueue;
  }

  /**
   * The `Target` object of the CreateSchedule request.
   */
  // The reference API types this `any`; a typed value is returned.
  public renderTargetObject(): any {
    const target: TargetParameters = {
      Arn: this.arn,
      RoleArn: this.role.roleArn,
      Input: this.input,
      RetryPolicy: this.retryPolicy && {
        MaximumEventAgeInSeconds: this.retryPolicy.maximumEventAge.toSeconds(),
        MaximumRetryAttempts: this.retryPolicy.maximumRetryAttempts,
      },
      DeadLetterConfig: this.deadLetterQueue && { Arn: this.deadLetterQueue.queueArn },
    };
    return target;
  }

  private validateProps(props: EventBridgeSchedulerTargetProps): void {
    if (!isDynamic(props.arn) && !/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(props.arn)) {
      throw validationError(SOURCE, `\`arn\` must be an ARN (arn:<partition>:<service>:<region>:<account>:<resource>), got ${describeValue(props.arn)}`);
    }
    if (!isDynamic(props.arn) && props.arn.length > 1600) {
      throw validationError(SOURCE, `\`arn\` must be from 1 to 1600 characters long, got ${props.arn.length} characters`);
    }
    if (props.input !== undefined && !isDynamic(props.input) && props.input.length < 1) {
      throw validationError(SOURCE, '`input` must be at least 1 character long, got an empty string');
    }
    if (props.retryPolicy) validateRetryPolicy(props.retryPolicy);
  }
}

function validateRetryPolicy(policy: RetryPolicy): void {
  const attempts = policy.maximumRetryAttempts;
  if (!Token.isUnresolved(attempts) && (!Number.isInteger(attempts) || attempts < 0 || attempts > 185)) {
    throw validationError(SOURCE, `\`retryPolicy.maximumRetryAttempts\` must be an integer from 0 to 185, got ${describeValue(attempts)}`);
  }
  const age = policy.maximumEventAge;
  if (age.isUnresolved()) {
    // A deploy-time number converts to seconds only when it is given in seconds.
    if (!convertsTo(() => age.toSeconds())) {
      throw validationError(SOURCE, '`retryPolicy.maximumEventAge` from a deploy-time value must be Duration.seconds(<token>), ' +
        'got a token in another unit');
    }
    return;
  }
  const millis = age.toMilliseconds();
  if (millis < Duration.seconds(60).toMilliseconds() || millis > Duration.hours(24).toMilliseconds() || millis % 1000 !== 0) {
    throw validationError(SOURCE, '`retryPolicy.maximumEventAge` must be a whole number of seconds from 60 seconds to ' +
      `24 hours (86400 seconds), got ${age.toHumanString()}`);
  }
}
