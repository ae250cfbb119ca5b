import { Duration, Token } from 'aws-cdk-lib/core';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, it } from 'vitest';
import { Schedule } from '../src';

describe('Schedule', () => {
  describe('oneTime', () => {
    it('renders the at() expression in UTC', () => {
      expect(Schedule.oneTime(new Date('2025-06-01T12:34:56Z')).expressionString).toBe('at(2025-06-01T12:34:56)');
    });

    it('drops milliseconds and pads every field', () => {
      expect(Schedule.oneTime(new Date('2030-01-02T03:04:05.999Z')).expressionString).toBe('at(2030-01-02T03:04:05)');
    });

    it('does not depend on the time zone of the machine (the reference writes local time without at())', () => {
      const date = new Date('2025-12-31T23:30:00Z');
      const previous = process.env.TZ;
      try {
        process.env.TZ = 'Asia/Tokyo';
        expect(Schedule.oneTime(date).expressionString).toBe('at(2025-12-31T23:30:00)');
        expect(reference.Schedule.oneTime(date).expressionString).toBe('2026-01-01T08:30:00');
      } finally {
        if (previous === undefined) delete process.env.TZ;
        else process.env.TZ = previous;
      }
    });

    it('fails on an invalid Date', () => {
      expect(() => Schedule.oneTime(new Date('not a date'))).toThrow(/Schedule: `time` must be a valid Date, got 'Invalid Date'/);
    });
  });

  describe('rate', () => {
    it.each([
      [Duration.minutes(1), 'rate(1 minute)'],
      [Duration.seconds(60), 'rate(1 minute)'],
      [Duration.minutes(5), 'rate(5 minutes)'],
      [Duration.minutes(90), 'rate(90 minutes)'],
      [Duration.hours(1), 'rate(1 hour)'],
      [Duration.minutes(120), 'rate(2 hours)'],
      [Duration.hours(36), 'rate(36 hours)'],
      [Duration.days(1), 'rate(1 day)'],
      [Duration.hours(48), 'rate(2 days)'],
      [Duration.days(30), 'rate(30 days)'],
    ])('renders %s as %s', (duration, expression) => {
      expect(Schedule.rate(duration).expressionString).toBe(expression);
    });

    it('uses the singular unit for 1 where the reference writes "1 days", "1 hours", "1 minutes"', () => {
      expect(reference.Schedule.rate(Duration.days(1)).expressionString).toBe('rate(1 days)');
      expect(Schedule.rate(Duration.days(1)).expressionString).toBe('rate(1 day)');
      expect(reference.Schedule.rate(Duration.hours(1)).expressionString).toBe('rate(1 hours)');
      expect(Schedule.rate(Duration.hours(1)).expressionString).toBe('rate(1 hour)');
    });

    it('fails under 1 minute, like the reference', () => {
      expect(() => reference.Schedule.rate(Duration.seconds(59))).toThrow();
      expect(() => Schedule.rate(Duration.seconds(59))).toThrow(/Schedule: `duration` must be at least 1 minute, got 59 seconds/);
    });

    it('fails on a duration that is not a whole number of minutes', () => {
      expect(() => reference.Schedule.rate(Duration.seconds(90))).toThrow();
      expect(() => Schedule.rate(Duration.seconds(90))).toThrow(/`duration` must be a whole number of minutes, got 1 minute 30 seconds/);
    });

    it('fails on a token duration', () => {
      expect(() => Schedule.rate(Duration.minutes(Token.asNumber({ Ref: 'Minutes' })))).toThrow(/`duration` must be a literal Duration/);
    });
  });

  describe('cron', () => {
    it.each([
      [{}, 'cron(* * * * ? *)'],
      [{ minute: '0', hour: '8' }, 'cron(0 8 * * ? *)'],
      [{ weekDay: 'MON-FRI' }, 'cron(* * ? * MON-FRI *)'],
      [{ minute: '0', hour: '12', day: 'L', month: 'JAN,JUL', year: '2030' }, 'cron(0 12 L JAN,JUL ? 2030)'],
    ])('renders %j as %s', (options, expression) => {
      expect(Schedule.cron(options).expressionString).toBe(expression);
      expect(reference.Schedule.cron(options).expressionString).toBe(expression);
    });

    it('fails when day and weekDay are both set, like the reference', () => {
      expect(() => reference.Schedule.cron({ day: '1', weekDay: 'MON' })).toThrow();
      expect(() => Schedule.cron({ day: '1', weekDay: 'MON' })).toThrow(
        /Schedule: `day` cannot be combined with `weekDay`: set at most one of them, got day '1' and weekDay 'MON'/,
      );
    });
  });
});
