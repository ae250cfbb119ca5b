import type { DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import type { ValidationProblem } from '../problem';

/** The largest `TimeoutSeconds` and `HeartbeatSeconds` of a Task state. */
export const MAX_TASK_SECONDS = 99_999_999;

/**
 * `timeout-out-of-range`: a Task's static `TimeoutSeconds` and `HeartbeatSeconds` are whole numbers from 1 to
 * 99,999,999 (the schema checks the lower bound and the type; this rule the upper bound).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 */
export function timeoutOutOfRange(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    if (entry.type !== 'Task') continue;
    for (const field of ['TimeoutSeconds', 'HeartbeatSeconds']) {
      const value = entry.state[field];
      const path = pointer(entry.pointer, field);
      if (typeof value !== 'number' || context.isDynamic(path) || value <= MAX_TASK_SECONDS) continue;
      problems.push({
        path, state: entry.name, rule: 'timeout-out-of-range',
        message: `\`${field}\` must be at most ${MAX_TASK_SECONDS} seconds, got ${value}`,
      });
    }
  }
  return problems;
}
