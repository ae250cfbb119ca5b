import { CfnParameter, Duration } from 'aws-cdk-lib/core';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import * as ours from '../src';
import {
  type Ownership,
  UNIVERSAL_TARGET_ARN,
  makeKey,
  makeQueue,
  makeSchedulerRole,
} from './fixtures';

/** The API both implementations share, so one case builds either. */
type Lib = typeof ours;
type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = ours.EventBridgeSchedulerCreateScheduleTaskProps;
type TargetProps = Partial<ours.EventBridgeSchedulerTargetProps>;

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly role?: Ownership;
  readonly schedule?: (lib: Lib) => ours.Schedule;
  readonly target?: (scope: Construct) => TargetProps;
  readonly props?: (scope: Construct) => Partial<Props>;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  /** Where we differ on purpose: turns the reference's snapshot into what we render. */
  readonly adjust?: (snapshot: ParitySnapshot) => ParitySnapshot;
  /** Puts the task in a Map's item processor. */
  readonly inMap?: boolean;
}

const JUNE_FIRST_NOON_UTC = new Date('2025-06-01T12:00:00Z');

/** Replaces every occurrence of `from` in the snapshot's strings by `to`. */
function replacing(from: string, to: string): (snapshot: ParitySnapshot) => ParitySnapshot {
  return (snapshot) => JSON.parse(JSON.stringify(snapshot).split(from).join(to)) as ParitySnapshot;
}

/**
 * The reference writes a one-time schedule as a bare local timestamp; we write `at(...)` in the schedule's time
 * zone (UTC by default). `localStamp` is the reference's rendering of `date` on this machine.
 */
function oneTimeAt(date: Date, expected: string): (snapshot: ParitySnapshot) => ParitySnapshot {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const localStamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return replacing(localStamp, expected);
}

/** The reference puts a JSONPath/JSONata name into the CreateSchedule ARN as text; we use `*`. */
function scheduleResource(from: string, to: string): (snapshot: ParitySnapshot) => ParitySnapshot {
  return (snapshot) => {
    const statements = JSON.parse(JSON.stringify(snapshot.statements).split(from).join(to)) as unknown[];
    return { ...snapshot, statements };
  };
}

const commonJsonPath = (scope: Construct): Partial<Props> => commonJsonPathProps(scope, {
  comment: 'create it',
  stateName: 'Create the schedule',
  resultSelector: { arn: sfn.JsonPath.stringAt('$.ScheduleArn') },
  assign: { scheduleArn: sfn.JsonPath.stringAt('$.ScheduleArn') },
});

const commonJsonata = (): Partial<Props> => commonJsonataProps({
  comment: 'create it',
  outputs: '{% $states.result.ScheduleArn %}',
  assign: { scheduleArn: '{% $states.result.ScheduleArn %}' },
});

const cases: Case[] = [];

// Factories, owned and imported execution roles.
for (const role of ['owned', 'imported'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${role} role, ${factory}, minimal`, role, factory });
  }
}

// Every schedule type, in both query languages.
const schedules: Array<[string, (lib: Lib) => ours.Schedule, Case['adjust']?]> = [
  ['rate 5 minutes', (lib) => lib.Schedule.rate(Duration.minutes(5))],
  ['rate 90 minutes', (lib) => lib.Schedule.rate(Duration.minutes(90))],
  ['rate 2 hours', (lib) => lib.Schedule.rate(Duration.hours(2))],
  ['rate 36 hours', (lib) => lib.Schedule.rate(Duration.hours(36))],
  ['rate 7 days', (lib) => lib.Schedule.rate(Duration.days(7))],
  ['rate 120 seconds', (lib) => lib.Schedule.rate(Duration.seconds(120))],
  ['rate 1 minute', (lib) => lib.Schedule.rate(Duration.minutes(1)), replacing('rate(1 minutes)', 'rate(1 minute)')],
  ['rate 60 seconds', (lib) => lib.Schedule.rate(Duration.seconds(60)), replacing('rate(1 minutes)', 'rate(1 minute)')],
  ['rate 1 hour', (lib) => lib.Schedule.rate(Duration.hours(1)), replacing('rate(1 hours)', 'rate(1 hour)')],
  ['rate 60 minutes', (lib) => lib.Schedule.rate(Duration.minutes(60)), replacing('rate(1 hours)', 'rate(1 hour)')],
  ['rate 1 day', (lib) => lib.Schedule.rate(Duration.days(1)), replacing('rate(1 days)', 'rate(1 day)')],
  ['rate 24 hours', (lib) => lib.Schedule.rate(Duration.hours(24)), replacing('rate(1 days)', 'rate(1 day)')],
  ['cron defaults', (lib) => lib.Schedule.cron({})],
  ['cron every field but weekDay', (lib) => lib.Schedule.cron({ minute: '0', hour: '8', day: '1', month: '1-6', year: '2030' })],
  ['cron weekDay', (lib) => lib.Schedule.cron({ minute: '15', hour: '10', weekDay: 'MON-FRI' })],
  ['cron complex fields', (lib) => lib.Schedule.cron({ minute: '0/15', hour: '*', day: 'L', month: 'JAN,JUL' })],
  ['cron nth weekday', (lib) => lib.Schedule.cron({ minute: '0', hour: '12', weekDay: '6#3', year: '2026-2028' })],
  ['one-time', (lib) => lib.Schedule.oneTime(JUNE_FIRST_NOON_UTC), oneTimeAt(JUNE_FIRST_NOON_UTC, 'at(2025-06-01T12:00:00)')],
  ['one-time with seconds and millis', (lib) => lib.Schedule.oneTime(new Date('2031-12-31T23:59:58.750Z')),
    oneTimeAt(new Date('2031-12-31T23:59:58.750Z'), 'at(2031-12-31T23:59:58)')],
];
for (const [name, schedule, adjust] of schedules) {
  cases.push({ name: `schedule ${name}`, schedule, adjust });
  cases.push({ name: `schedule ${name}, JSONata`, factory: 'jsonata', schedule, adjust });
}

// Target props.
cases.push(
  { name: 'target input text', target: () => ({ input: '{"hello":"world"}' }) },
  { name: 'target input JSON path', target: () => ({ input: sfn.JsonPath.stringAt('$.payload') }) },
  { name: 'target input JsonPath.format', target: () => ({ input: sfn.JsonPath.format('id={}', sfn.JsonPath.stringAt('$.id')) }) },
  { name: 'target input JSONata', factory: 'jsonata', target: () => ({ input: '{% $string($states.input.payload) %}' }) },
  { name: 'target retry policy', target: () => ({ retryPolicy: { maximumRetryAttempts: 2, maximumEventAge: Duration.minutes(5) } }) },
  { name: 'target retry policy bounds', target: () => ({ retryPolicy: { maximumRetryAttempts: 185, maximumEventAge: Duration.hours(24) } }) },
  { name: 'target retry policy lower bounds', target: () => ({ retryPolicy: { maximumRetryAttempts: 0, maximumEventAge: Duration.seconds(60) } }) },
  { name: 'target owned dead-letter queue', target: (scope) => ({ deadLetterQueue: makeQueue(scope, 'owned', 'DeadLetterQueue') }) },
  { name: 'target imported dead-letter queue', target: (scope) => ({ deadLetterQueue: makeQueue(scope, 'imported', 'DeadLetterQueue') }) },
  { name: 'target owned queue ARN', role: 'owned', target: (scope) => ({ arn: makeQueue(scope, 'owned').queueArn }) },
  { name: 'target imported queue ARN', target: (scope) => ({ arn: makeQueue(scope, 'imported').queueArn }) },
  { name: 'target universal target', target: () => ({ arn: UNIVERSAL_TARGET_ARN, input: '{"QueueUrl":"q","MessageBody":"m"}' }) },
  { name: 'target everything, JSONata', factory: 'jsonata', role: 'owned', target: (scope) => ({
    arn: makeQueue(scope, 'owned').queueArn,
    input: 'payload',
    retryPolicy: { maximumRetryAttempts: 3, maximumEventAge: Duration.hours(1) },
    deadLetterQueue: makeQueue(scope, 'owned', 'DeadLetterQueue'),
  }) },
);

// Task props.
cases.push(
  { name: 'actionAfterCompletion NONE', props: () => ({ actionAfterCompletion: ours.ActionAfterCompletion.NONE }) },
  { name: 'actionAfterCompletion DELETE', props: () => ({ actionAfterCompletion: ours.ActionAfterCompletion.DELETE }) },
  { name: 'actionAfterCompletion DELETE, JSONata', factory: 'jsonata', props: () => ({ actionAfterCompletion: ours.ActionAfterCompletion.DELETE }) },
  { name: 'clientToken', props: () => ({ clientToken: 'token-1_A' }) },
  { name: 'clientToken JSON path', props: () => ({ clientToken: sfn.JsonPath.stringAt('$$.Execution.Name') }) },
  { name: 'description', props: () => ({ description: 'A schedule' }) },
  { name: 'description of 512 characters', props: () => ({ description: 'd'.repeat(512) }) },
  { name: 'empty description', props: () => ({ description: '' }) },
  { name: 'startDate', props: () => ({ startDate: new Date('2030-01-01T00:00:00Z') }) },
  { name: 'endDate', props: () => ({ endDate: new Date('2031-01-01T00:00:00.123Z') }) },
  { name: 'startDate and endDate, JSONata', factory: 'jsonata', props: () => ({
    startDate: new Date('2030-01-01T00:00:00Z'), endDate: new Date('2030-01-02T00:00:00Z'),
  }) },
  { name: 'flexibleTimeWindow', props: () => ({ flexibleTimeWindow: Duration.minutes(15) }) },
  { name: 'flexibleTimeWindow 1 minute', props: () => ({ flexibleTimeWindow: Duration.minutes(1) }) },
  { name: 'flexibleTimeWindow 1 day', props: () => ({ flexibleTimeWindow: Duration.days(1) }) },
  { name: 'flexibleTimeWindow, JSONata', factory: 'jsonata', props: () => ({ flexibleTimeWindow: Duration.hours(2) }) },
  { name: 'groupName', props: () => ({ groupName: 'my.group-1_x' }) },
  { name: 'groupName from a schedule group', props: (scope) => ({ groupName: new scheduler.CfnScheduleGroup(scope, 'Group', { name: 'grp' }).ref }) },
  { name: 'groupName JSON path', props: () => ({ groupName: sfn.JsonPath.stringAt('$.group') }), adjust: scheduleResource('schedule/$.group/', 'schedule/*/') },
  { name: 'scheduleName JSON path', props: () => ({ scheduleName: sfn.JsonPath.stringAt('$.name') }), adjust: scheduleResource('schedule/default/$.name', 'schedule/default/*') },
  { name: 'scheduleName JSONata', factory: 'jsonata', props: () => ({ scheduleName: '{% $states.input.name %}' }),
    adjust: scheduleResource('schedule/default/{% $states.input.name %}', 'schedule/default/*') },
  { name: 'description, clientToken and timezone from CloudFormation parameters', props: (scope) => ({
    description: new CfnParameter(scope, 'Description').valueAsString,
    clientToken: new CfnParameter(scope, 'Token').valueAsString,
    timezone: new CfnParameter(scope, 'Zone').valueAsString,
  }) },
  { name: 'target input from a CloudFormation parameter', target: (scope) => ({ input: new CfnParameter(scope, 'Input').valueAsString }) },
  { name: 'target arn from a CloudFormation parameter', target: (scope) => ({ arn: new CfnParameter(scope, 'Arn').valueAsString }) },
  { name: 'inside a Map', inMap: true, target: () => ({ input: sfn.JsonPath.stringAt('$.payload') }) },
  { name: 'inside a Map, JSONata', inMap: true, factory: 'jsonata' },
  { name: 'scheduleName token', props: (scope) => ({ scheduleName: new scheduler.CfnScheduleGroup(scope, 'Group', { name: 'grp' }).ref }) },
  { name: 'owned KMS key, owned role', role: 'owned', props: (scope) => ({ kmsKey: makeKey(scope, 'owned') }) },
  { name: 'owned KMS key, imported role', props: (scope) => ({ kmsKey: makeKey(scope, 'owned') }) },
  { name: 'imported KMS key, owned role', role: 'owned', props: (scope) => ({ kmsKey: makeKey(scope, 'imported') }) },
  { name: 'imported KMS key, JSONata', factory: 'jsonata', props: (scope) => ({ kmsKey: makeKey(scope, 'imported') }) },
  { name: 'timezone', props: () => ({ timezone: 'Europe/Paris' }) },
  { name: 'timezone with cron, JSONata', factory: 'jsonata', schedule: (lib) => lib.Schedule.cron({ hour: '9', minute: '0' }),
    props: () => ({ timezone: 'America/New_York' }) },
  { name: 'timezone UTC with one-time', schedule: (lib) => lib.Schedule.oneTime(JUNE_FIRST_NOON_UTC), props: () => ({ timezone: 'UTC' }),
    adjust: oneTimeAt(JUNE_FIRST_NOON_UTC, 'at(2025-06-01T12:00:00)') },
  { name: 'timezone America/New_York with one-time', schedule: (lib) => lib.Schedule.oneTime(JUNE_FIRST_NOON_UTC),
    props: () => ({ timezone: 'America/New_York' }), adjust: oneTimeAt(JUNE_FIRST_NOON_UTC, 'at(2025-06-01T08:00:00)') },
  { name: 'timezone Asia/Tokyo with one-time, JSONata', factory: 'jsonata', schedule: (lib) => lib.Schedule.oneTime(JUNE_FIRST_NOON_UTC),
    props: () => ({ timezone: 'Asia/Tokyo' }), adjust: oneTimeAt(JUNE_FIRST_NOON_UTC, 'at(2025-06-01T21:00:00)') },
  { name: 'timezone JSON path with a rate', props: () => ({ timezone: sfn.JsonPath.stringAt('$.tz') }) },
  { name: 'enabled false', props: () => ({ enabled: false }) },
  { name: 'enabled true', props: () => ({ enabled: true }) },
  { name: 'enabled false, JSONata', factory: 'jsonata', props: () => ({ enabled: false }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'callback with JSONPath token', target: () => ({ input: sfn.JsonPath.taskToken }),
    props: () => ({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }) },
  { name: 'callback with formatted JSONPath token', target: () => ({ input: sfn.JsonPath.format('{"token":"{}"}', sfn.JsonPath.taskToken) }),
    props: () => ({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }) },
  { name: 'callback with JSONata token', factory: 'jsonata', target: () => ({ input: '{% $states.context.Task.Token %}' }),
    props: () => ({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, jsonata factory', factory: 'jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA },
    target: () => ({ input: '{% $string($states.input) %}' }) },
  { name: 'README example', role: 'owned', props: (scope) => ({
    scheduleName: 'TestSchedule',
    actionAfterCompletion: ours.ActionAfterCompletion.NONE,
    clientToken: 'testToken',
    description: 'TestDescription',
    startDate: new Date('2030-01-01T00:00:00Z'),
    endDate: new Date('2030-01-01T01:00:00Z'),
    flexibleTimeWindow: Duration.minutes(5),
    groupName: new scheduler.CfnScheduleGroup(scope, 'Group', {}).ref,
    kmsKey: makeKey(scope, 'owned'),
    timezone: 'UTC',
    enabled: true,
  }), target: (scope) => {
    const queue = makeQueue(scope, 'owned');
    return {
      arn: queue.queueArn,
      retryPolicy: { maximumRetryAttempts: 2, maximumEventAge: Duration.minutes(5) },
      deadLetterQueue: makeQueue(scope, 'owned', 'DeadLetterQueue'),
    };
  } },
  { name: 'everything at once', role: 'owned', props: (scope) => ({
    ...commonJsonPath(scope),
    actionAfterCompletion: ours.ActionAfterCompletion.DELETE,
    clientToken: sfn.JsonPath.stringAt('$.token'),
    description: sfn.JsonPath.stringAt('$.description'),
    startDate: new Date('2030-01-01T00:00:00Z'),
    endDate: new Date('2030-06-01T00:00:00Z'),
    flexibleTimeWindow: Duration.minutes(10),
    groupName: 'group',
    kmsKey: makeKey(scope, 'imported'),
    timezone: 'Europe/Berlin',
    enabled: false,
  }), schedule: (lib) => lib.Schedule.cron({ minute: '30', hour: '6', weekDay: 'MON' }),
  target: (scope) => ({
    input: sfn.JsonPath.stringAt('$.payload'),
    retryPolicy: { maximumRetryAttempts: 5, maximumEventAge: Duration.minutes(30) },
    deadLetterQueue: makeQueue(scope, 'imported', 'DeadLetterQueue'),
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const lib = (implementation === 'ours' ? ours : reference) as unknown as Lib;
    const targetProps = { arn: 'arn:aws:sqs:us-east-1:123456789012:target-queue', role: makeSchedulerRole(scope, c.role ?? 'imported'), ...c.target?.(scope) };
    const props = {
      scheduleName: 'my-schedule',
      schedule: c.schedule?.(lib) ?? lib.Schedule.rate(Duration.minutes(5)),
      target: new lib.EventBridgeSchedulerTarget(targetProps as ours.EventBridgeSchedulerTargetProps),
      ...c.props?.(scope),
    } as Props;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return lib.EventBridgeSchedulerCreateScheduleTask.jsonPath(scope, 'Create', props);
      case 'jsonata': return lib.EventBridgeSchedulerCreateScheduleTask.jsonata(scope, 'Create', props);
      default: return new lib.EventBridgeSchedulerCreateScheduleTask(scope, 'Create', props);
    }
  };
}

describe('EventBridgeSchedulerCreateScheduleTask parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours: mine, reference: ref } = renderBoth(build(c), {
      stateMachine: c.stateMachine,
      wrap: c.inMap ? inMap : undefined,
    });
    const expected = c.adjust ? c.adjust(ref) : ref;
    expect(mine.state).toEqual(expected.state);
    expect(mine.statements).toEqual(expected.statements);
    expect(mine.template).toEqual(expected.template);
  });

  it('covers a case per kind of prop', () => {
    expect(cases.length).toBeGreaterThan(90);
  });
});
