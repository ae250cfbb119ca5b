/**
 * The wall-clock fields of an instant, as EventBridge Scheduler's `at()` expression writes them.
 */
interface WallClock {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function utcWallClock(time: Date): WallClock {
  return {
    year: pad(time.getUTCFullYear(), 4),
    month: pad(time.getUTCMonth() + 1),
    day: pad(time.getUTCDate()),
    hour: pad(time.getUTCHours()),
    minute: pad(time.getUTCMinutes()),
    second: pad(time.getUTCSeconds()),
  };
}

function zonedWallClock(time: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(time);
  const field = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    year: field('year').padStart(4, '0'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** Whether `timeZone` is a time zone name this runtime knows (an IANA name such as `Europe/Paris`, or `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The one-time schedule expression `at(yyyy-mm-ddThh:mm:ss)` for the instant `time`, written as the wall-clock
 * time in `timeZone` (UTC by default): EventBridge Scheduler reads the expression in the schedule's time zone.
 * Milliseconds are dropped (schedules have one-minute precision).
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#one-time
 */
export function atExpression(time: Date, timeZone?: string): string {
  const c = timeZone === undefined ? utcWallClock(time) : zonedWallClock(time, timeZone);
  return `at(${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}:${c.second})`;
}
