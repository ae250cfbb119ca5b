import { App, Duration, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ActionAfterCompletion,
  EventBridgeSchedulerCreateScheduleTask,
  EventBridgeSchedulerTarget,
  Schedule,
  type EventBridgeSchedulerCreateScheduleTaskProps,
} from '../src';
import { IMPORTED_DLQ_ARN, IMPORTED_KEY_ARN, IMPORTED_QUEUE_ARN, IMPORTED_ROLE_ARN, makeKey, makeQueue, makeSchedulerRole } from './fixtures';

const resource = (suffix = '') => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::aws-sdk:scheduler:createSchedule${suffix}`]],
});

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function target(props: Partial<ConstructorParameters<typeof EventBridgeSchedulerTarget>[0]> = {}): EventBridgeSchedulerTarget {
  return new EventBridgeSchedulerTarget({ arn: IMPORTED_QUEUE_ARN, ...props, role: props.role ?? makeSchedulerRole(stack, 'imported') });
}

function minimal(extra: Partial<EventBridgeSchedulerCreateScheduleTaskProps> = {}): EventBridgeSchedulerCreateScheduleTaskProps {
  return { scheduleName: 'my-schedule', schedule: Schedule.rate(Duration.minutes(5)), ...extra, target: extra.target ?? target() };
}

const MINIMAL_INPUT = {
  ActionAfterCompletion: 'NONE',
  FlexibleTimeWindow: { Mode: 'OFF' },
  Name: 'my-schedule',
  ScheduleExpression: 'rate(5 minutes)',
  State: 'ENABLED',
  Target: { Arn: IMPORTED_QUEUE_ARN, RoleArn: IMPORTED_ROLE_ARN },
};

describe('EventBridgeSchedulerCreateScheduleTask', () => {
  it('renders the JSONPath state with defaults', () => {
    const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', minimal());
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(),
      Parameters: MINIMAL_INPUT,
    });
  });

  it('renders the JSONata state with defaults', () => {
    const task = EventBridgeSchedulerCreateScheduleTask.jsonata(stack, 'Create', minimal());
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource(),
      Arguments: MINIMAL_INPUT,
    });
  });

  it('renders the JSONPath callback with the task token in the target input', () => {
    const task = EventBridgeSchedulerCreateScheduleTask.jsonPath(stack, 'Create', minimal({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      target: target({ input: sfn.JsonPath.taskToken }),
    }));
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.waitForTaskToken'),
      Parameters: { ...MINIMAL_INPUT, Target: { Arn: IMPORTED_QUEUE_ARN, RoleArn: IMPORTED_ROLE_ARN, 'Input.$': '$$.Task.Token' } },
    });
  });

  it('renders the JSONata callback with the task token in the target input', () => {
    const task = EventBridgeSchedulerCreateScheduleTask.jsonata(stack, 'Create', minimal({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      target: target({ input: '{% $states.context.Task.Token %}' }),
    }));
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.waitForTaskToken'),
      Arguments: { ...MINIMAL_INPUT, Target: { Arn: IMPORTED_QUEUE_ARN, RoleArn: IMPORTED_ROLE_ARN, Input: '{% $states.context.Task.Token %}' } },
    });
  });

  it('renders every optional prop', () => {
    const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', minimal({
      actionAfterCompletion: ActionAfterCompletion.DELETE,
      clientToken: 'token',
      description: 'described',
      startDate: new Date('2030-01-01T00:00:00Z'),
      endDate: new Date('2030-02-01T00:00:00Z'),
      flexibleTimeWindow: Duration.hours(1),
      groupName: 'group',
      kmsKey: makeKey(stack, 'imported'),
      schedule: Schedule.cron({ minute: '0', hour: '9', weekDay: 'MON' }),
      timezone: 'Europe/Paris',
      enabled: false,
      target: target({
        input: 'hello',
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAge: Duration.minutes(10) },
        deadLetterQueue: makeQueue(stack, 'imported', 'DeadLetterQueue'),
      }),
    }));
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(),
      Parameters: {
        ActionAfterCompletion: 'DELETE',
        ClientToken: 'token',
        Description: 'described',
        EndDate: '2030-02-01T00:00:00.000Z',
        FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 60 },
        GroupName: 'group',
        KmsKeyArn: IMPORTED_KEY_ARN,
        Name: 'my-schedule',
        ScheduleExpression: 'cron(0 9 ? * MON *)',
        ScheduleExpressionTimezone: 'Europe/Paris',
        StartDate: '2030-01-01T00:00:00.000Z',
        State: 'DISABLED',
        Target: {
          Arn: IMPORTED_QUEUE_ARN,
          RoleArn: IMPORTED_ROLE_ARN,
          Input: 'hello',
          RetryPolicy: { MaximumEventAgeInSeconds: 600, MaximumRetryAttempts: 3 },
          DeadLetterConfig: { Arn: IMPORTED_DLQ_ARN },
        },
      },
    });
  });

  it('renders deploy-time numbers and JSONata values where aws-cdk-lib fails', () => {
    const task = EventBridgeSchedulerCreateScheduleTask.jsonata(stack, 'Create', minimal({
      clientToken: '{% $states.context.Execution.Name %}',
      groupName: '{% $states.input.group %}',
      flexibleTimeWindow: Duration.minutes(Token.asNumber(Fn.ref('Window'))),
      target: target({ retryPolicy: { maximumRetryAttempts: Token.asNumber(Fn.ref('Retries')), maximumEventAge: Duration.seconds(Token.asNumber(Fn.ref('Age'))) } }),
    }));
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource(),
      Arguments: {
        ...MINIMAL_INPUT,
        ClientToken: '{% $states.context.Execution.Name %}',
        GroupName: '{% $states.input.group %}',
        FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: { Ref: 'Window' } },
        Target: { ...MINIMAL_INPUT.Target, RetryPolicy: { MaximumEventAgeInSeconds: { Ref: 'Age' }, MaximumRetryAttempts: { Ref: 'Retries' } } },
      },
    });
  });

  describe('one-time schedules', () => {
    const instant = new Date('2025-06-01T12:00:00Z');

    function expression(timezone?: string): unknown {
      const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', minimal({ schedule: Schedule.oneTime(instant), timezone }));
      return (stack.resolve(task.toStateJson()) as { Parameters: { ScheduleExpression: string } }).Parameters.ScheduleExpression;
    }

    it('renders at() in UTC without a timezone', () => {
      expect(expression()).toBe('at(2025-06-01T12:00:00)');
    });

    it('writes the instant as the wall-clock time of the schedule time zone, which Scheduler reads it in', () => {
      expect(expression('America/New_York')).toBe('at(2025-06-01T08:00:00)');
    });

    it('follows daylight saving time of the zone', () => {
      const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', minimal({
        schedule: Schedule.oneTime(new Date('2025-01-15T12:00:00Z')), timezone: 'Europe/Paris',
      }));
      expect(stack.resolve(task.toStateJson())).toMatchObject({ Parameters: { ScheduleExpression: 'at(2025-01-15T13:00:00)' } });
    });
  });

  describe('permissions', () => {
    function granted(props: Partial<EventBridgeSchedulerCreateScheduleTaskProps>): unknown[] {
      const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', minimal(props));
      return statements(task);
    }
    const scheduleArn = (path: string) => ({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:scheduler:us-east-1:123456789012:schedule/${path}`]],
    });

    it('allows CreateSchedule on the schedule in the default group and PassRole on the execution role', () => {
      expect(granted({})).toEqual([
        { Action: 'scheduler:CreateSchedule', Effect: 'Allow', Resource: scheduleArn('default/my-schedule') },
        { Action: 'iam:PassRole', Effect: 'Allow', Resource: IMPORTED_ROLE_ARN },
      ]);
    });

    it('uses the group name in the schedule ARN', () => {
      expect(granted({ groupName: 'team' })[0]).toMatchObject({ Resource: scheduleArn('team/my-schedule') });
    });

    it('uses * for a name or group only known at run time (the reference writes the path into the ARN)', () => {
      expect(granted({ groupName: sfn.JsonPath.stringAt('$.group'), scheduleName: sfn.JsonPath.stringAt('$.name') })[0])
        .toMatchObject({ Resource: scheduleArn('*/*') });
    });

    it('allows the execution role to decrypt with the KMS key', () => {
      const role = makeSchedulerRole(stack, 'owned');
      const task = new EventBridgeSchedulerCreateScheduleTask(stack, 'Create', minimal({
        kmsKey: makeKey(stack, 'owned'), target: target({ role }),
      }));
      expect(statements(task)).toContainEqual({
        Action: 'kms:Decrypt',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
      });
    });
  });
});
