import type { DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import type { ValidationProblem } from '../problem';

/**
 * `heartbeat-not-below-timeout`: a Task's static `HeartbeatSeconds` is not more than its static `TimeoutSeconds`
 * (values from paths, JSONata expressions or CDK tokens are known only at run time and skipped). The Task state page
 * asks for less, but AWS's own deployed solutions set both equal, so equal values pass.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 */
export function heartbeatNotBelowTimeout(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    const { TimeoutSeconds: timeout, HeartbeatSeconds: heartbeat } = entry.state;
    if (entry.type !== 'Task' || typeof timeout !== 'number' || typeof heartbeat !== 'number') continue;
    const path = pointer(entry.pointer, 'HeartbeatSeconds');
    if (context.isDynamic(path) || context.isDynamic(pointer(entry.pointer, 'TimeoutSeconds'))) continue;
    if (heartbeat > timeout) {
      problems.push({
        path, state: entry.name, rule: 'heartbeat-not-below-timeout',
        message: `\`HeartbeatSeconds\` (${heartbeat}) must not be more than \`TimeoutSeconds\` (${timeout})`,
      });
    }
  }
  return problems;
}
