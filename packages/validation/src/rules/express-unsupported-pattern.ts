import type { DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import type { ValidationProblem } from '../problem';

/** A service integration that waits: `arn:<partition>:states:::<service>:<action>.sync`, `.sync:2`, `.waitForTaskToken`. */
const WAITING_INTEGRATION = /^arn:[^:]+:states:::.+\.(sync(:\d+)?|waitForTaskToken)$/;
/** An activity: `arn:<partition>:states:<region>:<account>:activity:<name>`. */
const ACTIVITY = /^arn:[^:]+:states:[^:]*:[^:]*:activity:/;

/**
 * `express-unsupported-pattern`: an EXPRESS state machine calls services with the request-response pattern only:
 * no `.sync` / `.sync:2` (run a job) or `.waitForTaskToken` (callback) resources, and no activities.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-supported-services.html
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html
 */
export function expressUnsupportedPattern(context: DefinitionContext): ValidationProblem[] {
  if (context.stateMachineType !== 'EXPRESS') return [];
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    const resource = entry.state.Resource;
    if (entry.type !== 'Task' || typeof resource !== 'string') continue;
    const path = pointer(entry.pointer, 'Resource');
    const pattern = WAITING_INTEGRATION.exec(resource)?.[1];
    if (pattern) {
      const name = pattern.startsWith('sync') ? `run a job (.${pattern})` : 'wait for callback (.waitForTaskToken)';
      problems.push({
        path, state: entry.name, rule: 'express-unsupported-pattern',
        message: `\`Resource\` ${JSON.stringify(resource)} uses the ${name} integration pattern, which an EXPRESS state machine ` +
          'doesn\'t support (request-response only): use the request-response pattern or a STANDARD state machine',
      });
    } else if (ACTIVITY.test(resource)) {
      problems.push({
        path, state: entry.name, rule: 'express-unsupported-pattern',
        message: `\`Resource\` ${JSON.stringify(resource)} is an activity, which an EXPRESS state machine doesn't support: use a STANDARD state machine`,
      });
    }
  }
  return problems;
}
