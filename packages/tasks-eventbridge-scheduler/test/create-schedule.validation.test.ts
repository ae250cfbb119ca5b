import { App, Duration, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import * as ours from '../src';
import { IMPORTED_QUEUE_ARN, makeSchedulerRole } from './fixtures';

type Lib = typeof ours;
type Props = ours.EventBridgeSchedulerCreateScheduleTaskProps;
type TargetProps = ours.EventBridgeSchedulerTargetProps;

interface BadInput {
  readonly target?: Partial<TargetProps>;
  readonly props?: Partial<Props>;
  readonly schedule?: (lib: Lib) => ours.Schedule;
}

/** Builds a task from `input` with `lib`; returns the thrown error, if any. */
function attempt(lib: Lib, input: BadInput): unknown {
  const stack = new Stack(new App(), 'Stack');
  try {
    const target = new lib.EventBridgeSchedulerTarget({ arn: IMPORTED_QUEUE_ARN, role: makeSchedulerRole(stack, 'imported'), ...input.target });
    new lib.EventBridgeSchedulerCreateScheduleTask(stack, 'Create', {
      scheduleName: 'my-schedule',
      schedule: input.schedule?.(lib) ?? lib.Schedule.rate(Duration.minutes(5)),
      target,
      ...input.props,
    });
    return undefined;
  } catch (e) {
    return e;
  }
}

const oursLib = ours;
const referenceLib = reference as unknown as Lib;

/** Inputs the reference rejects: we reject them too, with a message naming the prop and what is allowed. */
const rejectedByBoth: Array<[string, BadInput, RegExp]> = [
  ['an empty target input', { target: { input: '' } },
    /EventBridgeSchedulerTarget: `input` must be at least 1 character long, got an empty string/],
  ['a negative maximumRetryAttempts', { target: { retryPolicy: { maximumRetryAttempts: -1, maximumEventAge: Duration.minutes(5) } } },
    /`retryPolicy.maximumRetryAttempts` must be an integer from 0 to 185, got -1/],
  ['maximumRetryAttempts over 185', { target: { retryPolicy: { maximumRetryAttempts: 186, maximumEventAge: Duration.minutes(5) } } },
    /`retryPolicy.maximumRetryAttempts` must be an integer from 0 to 185, got 186/],
  ['a fractional maximumRetryAttempts', { target: { retryPolicy: { maximumRetryAttempts: 1.5, maximumEventAge: Duration.minutes(5) } } },
    /`retryPolicy.maximumRetryAttempts` must be an integer from 0 to 185, got 1.5/],
  ['maximumEventAge under 60 seconds', { target: { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.seconds(59) } } },
    /`retryPolicy.maximumEventAge` must be a whole number of seconds from 60 seconds to 24 hours \(86400 seconds\), got 59 seconds/],
  ['maximumEventAge over 24 hours', { target: { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.seconds(86401) } } },
    /`retryPolicy.maximumEventAge` must be a whole number of seconds from 60 seconds to 24 hours/],
  ['startDate after endDate', { props: { startDate: new Date('2030-02-01T00:00:00Z'), endDate: new Date('2030-01-01T00:00:00Z') } },
    /EventBridgeSchedulerCreateScheduleTask at 'Stack\/Create': `startDate` must be before `endDate`, got startDate 2030-02-01T00:00:00.000Z and endDate 2030-01-01T00:00:00.000Z/],
  ['startDate equal to endDate', { props: { startDate: new Date('2030-01-01T00:00:00Z'), endDate: new Date('2030-01-01T00:00:00Z') } },
    /`startDate` must be before `endDate`/],
  ['an empty clientToken', { props: { clientToken: '' } }, /`clientToken` must be 1 to 64 of a-z, A-Z, 0-9, - and _, got ''/],
  ['a clientToken over 64 characters', { props: { clientToken: 'a'.repeat(65) } }, /`clientToken` must be 1 to 64 of a-z, A-Z, 0-9, - and _/],
  ['a clientToken with a space', { props: { clientToken: 'a b' } }, /`clientToken` must be 1 to 64 of a-z, A-Z, 0-9, - and _, got 'a b'/],
  ['a description over 512 characters', { props: { description: 'd'.repeat(513) } },
    /`description` must be from 0 to 512 characters long, got 513 characters/],
  ['a flexibleTimeWindow under 1 minute', { props: { flexibleTimeWindow: Duration.seconds(30) } },
    /`flexibleTimeWindow` must be a whole number of minutes from 1 to 1440, got 30 seconds/],
  ['a flexibleTimeWindow over 1440 minutes', { props: { flexibleTimeWindow: Duration.minutes(1441) } },
    /`flexibleTimeWindow` must be a whole number of minutes from 1 to 1440, got 1 day 1 minute/],
  ['a flexibleTimeWindow that is not whole minutes', { props: { flexibleTimeWindow: Duration.seconds(90) } },
    /`flexibleTimeWindow` must be a whole number of minutes from 1 to 1440, got 1 minute 30 seconds/],
  ['a maximumEventAge that is not whole seconds', { target: { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.millis(60500) } } },
    /`retryPolicy.maximumEventAge` must be a whole number of seconds/],
  ['an empty groupName', { props: { groupName: '' } }, /`groupName` must be 1 to 64 of a-z, A-Z, 0-9, -, _ and ., got ''/],
  ['a groupName over 64 characters', { props: { groupName: 'g'.repeat(65) } }, /`groupName` must be 1 to 64 of a-z, A-Z, 0-9, -, _ and \./],
  ['a groupName with a slash', { props: { groupName: 'a/b' } }, /`groupName` must be 1 to 64 of a-z, A-Z, 0-9, -, _ and ., got 'a\/b'/],
  ['an empty timezone', { props: { timezone: '' } }, /`timezone` must be from 1 to 50 characters long, got 0 characters/],
  ['a timezone over 50 characters', { props: { timezone: 't'.repeat(51) } }, /`timezone` must be from 1 to 50 characters long, got 51 characters/],
  ['a rate under 1 minute', { schedule: (lib) => lib.Schedule.rate(Duration.seconds(30)) }, /Schedule: `duration` must be at least 1 minute/],
  ['a cron with day and weekDay', { schedule: (lib) => lib.Schedule.cron({ day: '1', weekDay: 'MON' }) },
    /Schedule: `day` cannot be combined with `weekDay`/],
  ['a flexibleTimeWindow of a deploy-time number of seconds', { props: { flexibleTimeWindow: Duration.seconds(Token.asNumber(Fn.ref('W'))) } },
    /`flexibleTimeWindow` from a deploy-time value must be Duration.minutes\(<token>\), got a token in another unit/],
  ['a maximumEventAge of a deploy-time number of minutes',
    { target: { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.minutes(Token.asNumber(Fn.ref('A'))) } } },
    /`retryPolicy.maximumEventAge` from a deploy-time value must be Duration.seconds\(<token>\), got a token in another unit/],
];

/** Inputs we render and the reference fails on (README, "Differences from aws-cdk-lib"). */
const acceptedByUsOnly: Array<[string, BadInput]> = [
  ['a JSONata clientToken', { props: { clientToken: '{% $states.context.Execution.Name %}' } }],
  ['a JSONata groupName', { props: { groupName: '{% $states.input.group %}' } }],
  ['a flexibleTimeWindow of a deploy-time number of minutes', { props: { flexibleTimeWindow: Duration.minutes(Token.asNumber(Fn.ref('W'))) } }],
  ['a deploy-time maximumRetryAttempts', { target: { retryPolicy: { maximumRetryAttempts: Token.asNumber(Fn.ref('R')), maximumEventAge: Duration.hours(1) } } }],
  ['a maximumRetryAttempts from a JSON path', { target: { retryPolicy: { maximumRetryAttempts: sfn.JsonPath.numberAt('$.retries'), maximumEventAge: Duration.hours(1) } } }],
  ['a maximumEventAge of a deploy-time number of seconds',
    { target: { retryPolicy: { maximumRetryAttempts: 1, maximumEventAge: Duration.seconds(Token.asNumber(Fn.ref('A'))) } } }],
];

/** Inputs the reference accepts although AWS rejects them (or they render a broken state): we reject them. */
const rejectedByUsOnly: Array<[string, BadInput, RegExp]> = [
  ['RUN_JOB (the AWS SDK integration has no .sync)', { props: { integrationPattern: sfn.IntegrationPattern.RUN_JOB } },
    /EventBridgeSchedulerCreateScheduleTask at 'Stack\/Create': `integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/],
  ['WAIT_FOR_TASK_TOKEN without a target input', { props: { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN } },
    /`target.input` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
  ['WAIT_FOR_TASK_TOKEN with a target input lacking the token',
    { props: { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, target: { input: 'no token' } },
    /`target.input` must contain the task token/],
  ['an empty scheduleName', { props: { scheduleName: '' } }, /`scheduleName` must be 1 to 64 of a-z, A-Z, 0-9, -, _ and ., got ''/],
  ['a scheduleName over 64 characters', { props: { scheduleName: 's'.repeat(65) } }, /`scheduleName` must be 1 to 64 of/],
  ['a scheduleName with a space', { props: { scheduleName: 'my schedule' } }, /`scheduleName` must be 1 to 64 of a-z, A-Z, 0-9, -, _ and ., got 'my schedule'/],
  ['a target arn that is not an ARN', { target: { arn: 'my-queue' } },
    /EventBridgeSchedulerTarget: `arn` must be an ARN \(arn:<partition>:<service>:<region>:<account>:<resource>\), got 'my-queue'/],
  ['a target arn over 1600 characters', { target: { arn: `arn:aws:sqs:us-east-1:123456789012:${'q'.repeat(1600)}` } },
    /`arn` must be from 1 to 1600 characters long/],
  ['an invalid startDate', { props: { startDate: new Date('nope') } }, /`startDate` must be a valid Date, got 'Invalid Date'/],
  ['an invalid endDate', { props: { endDate: new Date('nope') } }, /`endDate` must be a valid Date, got 'Invalid Date'/],
  ['a one-time schedule with a run-time timezone',
    { schedule: (lib) => lib.Schedule.oneTime(new Date('2030-01-01T00:00:00Z')), props: { timezone: sfn.JsonPath.stringAt('$.tz') } },
    /`timezone` must be a literal time zone name when `schedule` is a one-time schedule/],
  ['a one-time schedule with an unknown timezone',
    { schedule: (lib) => lib.Schedule.oneTime(new Date('2030-01-01T00:00:00Z')), props: { timezone: 'Mars/Olympus_Mons' } },
    /`timezone` must be an IANA time zone name such as 'America\/New_York', got 'Mars\/Olympus_Mons'/],
];

describe('EventBridgeSchedulerCreateScheduleTask validation', () => {
  it.each(rejectedByBoth)('fails on %s, as the reference does', (_name, input, message) => {
    expect(attempt(referenceLib, input)).toBeInstanceOf(Error);
    const error = attempt(oursLib, input);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it.each(rejectedByUsOnly)('fails on %s (the reference accepts it)', (_name, input, message) => {
    expect(attempt(referenceLib, input)).toBeUndefined();
    const error = attempt(oursLib, input);
    expect((error as Error | undefined)?.message).toMatch(message);
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it.each(acceptedByUsOnly)('accepts %s (the reference fails)', (_name, input) => {
    expect(attempt(referenceLib, input)).toBeInstanceOf(Error);
    expect(attempt(oursLib, input)).toBeUndefined();
  });

  it.each([
    ['JSON-path name, group, token and description', {
      scheduleName: sfn.JsonPath.stringAt('$.name'), groupName: sfn.JsonPath.stringAt('$.group'),
      clientToken: sfn.JsonPath.stringAt('$.token'), description: sfn.JsonPath.stringAt('$.d'), timezone: sfn.JsonPath.stringAt('$.tz'),
    }],
    ['JSONata name, group, token and description', {
      scheduleName: '{% $states.input.name %}', groupName: '{% $states.input.group %}',
      clientToken: '{% $states.input.token %}', description: '{% $states.input.d %}',
    }],
    ['boundary values', {
      scheduleName: 'n'.repeat(64), groupName: 'g.-_'.repeat(16), clientToken: 'c'.repeat(64), description: 'd'.repeat(512),
      timezone: 't'.repeat(50), flexibleTimeWindow: Duration.minutes(1440),
    }],
  ] as const)('accepts %s', (_name, props) => {
    expect(attempt(oursLib, { props })).toBeUndefined();
  });

  it('accepts a task token passed through JsonPath.format or JSONata in the target input', () => {
    const callback = { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    expect(attempt(oursLib, { props: callback, target: { input: sfn.JsonPath.format('{}', sfn.JsonPath.taskToken) } })).toBeUndefined();
    expect(attempt(oursLib, { props: callback, target: { input: '{% $states.context.Task.Token %}' } })).toBeUndefined();
  });

  it('accepts a universal target ARN and a token ARN', () => {
    expect(attempt(oursLib, { target: { arn: 'arn:aws:scheduler:::aws-sdk:sqs:sendMessage' } })).toBeUndefined();
    expect(attempt(oursLib, { target: { arn: sfn.JsonPath.stringAt('$.arn') } })).toBeUndefined();
  });
});
