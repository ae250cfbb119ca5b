import type { IConstruct } from 'constructs';
import { Token, type Duration } from 'aws-cdk-lib/core';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, validationError } from '../errors';

/**
 * The largest `TimeoutSeconds` and `HeartbeatSeconds` Step Functions accepts.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 */
export const MAX_TIMEOUT_SECONDS = 99_999_999;

/** A timeout prop's name and its static number of seconds; undefined seconds when unset or known later. */
interface StaticTimeout {
  readonly prop: string;
  readonly seconds?: number;
}

function staticTimeout(durationProp: string, duration: Duration | undefined, timeoutProp: string, timeout: sfn.Timeout | undefined): StaticTimeout {
  if (duration !== undefined) {
    return { prop: durationProp, seconds: duration.isUnresolved() ? undefined : duration.toSeconds({ integral: false }) };
  }
  const seconds = timeout?.seconds;
  return { prop: timeoutProp, seconds: seconds === undefined || Token.isUnresolved(seconds) ? undefined : seconds };
}

/**
 * Throws unless the task's static timeout and heartbeat are whole numbers of seconds from 1 to 99,999,999 and the
 * heartbeat is not above the timeout. The Task state page says the heartbeat must be less than the timeout, but AWS's
 * own deployed solutions set both equal (a heartbeat that can never fire before the timeout), so only a heartbeat
 * above the timeout is rejected. Timeouts read from the input (`Timeout.at()`) or from JSONata are known only when
 * the state runs.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 */
export function validateTaskTimeouts(scope: IConstruct, props: sfn.TaskStateBaseProps): void {
  const timeout = staticTimeout('timeout', props.timeout, 'taskTimeout', props.taskTimeout);
  const heartbeat = staticTimeout('heartbeat', props.heartbeat, 'heartbeatTimeout', props.heartbeatTimeout);
  for (const t of [timeout, heartbeat]) {
    if (t.seconds === undefined) continue;
    if (!Number.isInteger(t.seconds) || t.seconds < 1 || t.seconds > MAX_TIMEOUT_SECONDS) {
      throw validationError(scope, `\`${t.prop}\` must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, ` +
        `got ${describeValue(t.seconds)} seconds`);
    }
  }
  if (timeout.seconds !== undefined && heartbeat.seconds !== undefined && heartbeat.seconds > timeout.seconds) {
    throw validationError(scope, `\`${heartbeat.prop}\` must not be more than \`${timeout.prop}\` ` +
      `(${timeout.seconds} seconds), got ${heartbeat.seconds} seconds`);
  }
}
