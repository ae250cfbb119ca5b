import { Duration } from 'aws-cdk-lib/core';
import { describeValue, validationError } from '@cdk-stepfunctions/tasks-core';
import { atExpression } from './private/at-expression';

/** Minutes in an hour and in a day, for choosing the unit of a rate expression. */
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * When an EventBridge Scheduler schedule runs: once, at a fixed rate, or on a cron schedule.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html
 */
export class Schedule {
  /**
   * A one-time schedule: `at(yyyy-mm-ddThh:mm:ss)`.
   *
   * The `expressionString` is the instant's wall-clock time in UTC, whatever the time zone of the machine
   * that synthesizes. A task whose `timezone` is another zone writes the same instant in that zone.
   * Seconds are kept and milliseconds dropped.
   *
   * @param time the instant the schedule invokes its target.
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#one-time
   */
  public static oneTime(time: Date): Schedule {
    if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
      throw validationError('Schedule', `\`time\` must be a valid Date, got ${describeValue(String(time))}`);
    }
    return Schedule.of(atExpression(time), new Date(time.getTime()));
  }

  /**
   * A rate-based schedule: `rate(value unit)`, in whole minutes, hours or days.
   *
   * The unit is the largest that divides the interval, singular for 1 (`rate(1 day)`, `rate(5 minutes)`).
   *
   * @param duration the interval: at least 1 minute, a whole number of minutes.
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#rate-based
   */
  public static rate(duration: Duration): Schedule {
    if (duration.isUnresolved()) {
      throw validationError('Schedule', `\`duration\` must be a literal Duration, got the token ${duration.toString()}`);
    }
    const millis = duration.toMilliseconds();
    if (millis < Duration.minutes(1).toMilliseconds()) {
      throw validationError('Schedule', `\`duration\` must be at least 1 minute, got ${duration.toHumanString()}`);
    }
    if (millis % Duration.minutes(1).toMilliseconds() !== 0) {
      throw validationError('Schedule', `\`duration\` must be a whole number of minutes, got ${duration.toHumanString()}`);
    }
    return Schedule.of(`rate(${rateValue(millis / Duration.minutes(1).toMilliseconds())})`);
  }

  /**
   * A cron-based schedule: `cron(minutes hours day_of_month month day_of_week year)`.
   *
   * Fields left out are `*`, except the day of the week, which is `?` (and the day of the month is `?` when
   * only the day of the week is given).
   *
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
   */
  public static cron(options: CronOptions): Schedule {
    if (options.day !== undefined && options.weekDay !== undefined) {
      throw validationError('Schedule', '`day` cannot be combined with `weekDay`: set at most one of them, got ' +
        `day ${describeValue(options.day)} and weekDay ${describeValue(options.weekDay)}`);
    }
    const fields = [
      options.minute ?? '*',
      options.hour ?? '*',
      options.day ?? (options.weekDay !== undefined ? '?' : '*'),
      options.month ?? '*',
      options.weekDay ?? '?',
      options.year ?? '*',
    ];
    return Schedule.of(`cron(${fields.join(' ')})`);
  }

  /** A schedule with these fields; the constructor takes none, as in aws-cdk-lib's API. */
  private static of(expressionString: string, oneTimeAt?: Date): Schedule {
    const fields: Pick<Schedule, 'expressionString' | '_oneTimeAt'> = { expressionString, _oneTimeAt: oneTimeAt };
    return Object.assign(new Schedule(), fields);
  }

  /**
   * The schedule expression.
   */
  public readonly expressionString!: string;

  /**
   * The instant of a one-time schedule, so a task can write it in its own time zone.
   *
   * @internal
   */
  public readonly _oneTimeAt?: Date;

  private constructor() {}
}

/** `<value> <unit>` for a rate of `minutes`, in the largest whole unit, singular for 1. */
function rateValue(minutes: number): string {
  const [value, unit] = minutes % MINUTES_PER_DAY === 0
    ? [minutes / MINUTES_PER_DAY, 'day']
    : minutes % MINUTES_PER_HOUR === 0
      ? [minutes / MINUTES_PER_HOUR, 'hour']
      : [minutes, 'minute'];
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/**
 * The fields of a cron expression.
 *
 * Every field is a string, so ranges, lists, wildcards and the `L`, `W` and `#` forms can be used.
 * A field left out is `*` or `?`, whichever applies.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
 */
export interface CronOptions {
  /**
   * The minute to run at.
   *
   * @default - every minute
   */
  readonly minute?: string;

  /**
   * The hour to run at.
   *
   * @default - every hour
   */
  readonly hour?: string;

  /**
   * The day of the month to run on. Cannot be combined with `weekDay`.
   *
   * @default - every day of the month (`?` when `weekDay` is set)
   */
  readonly day?: string;

  /**
   * The month to run in.
   *
   * @default - every month
   */
  readonly month?: string;

  /**
   * The day of the week to run on. Cannot be combined with `day`.
   *
   * @default - whichever day of the week `day` falls on (`?`)
   */
  readonly weekDay?: string;

  /**
   * The year to run in.
   *
   * @default - every year
   */
  readonly year?: string;
}
