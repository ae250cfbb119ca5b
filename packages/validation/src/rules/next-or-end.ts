import type { DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import type { ValidationProblem } from '../problem';

/** States that end their graph or choose their next state themselves: no `Next`, no `End`. */
const TERMINAL_OR_CHOICE: ReadonlySet<string> = new Set(['Choice', 'Succeed', 'Fail']);

/**
 * `next-or-end`: every state but Choice, Succeed and Fail has exactly one of `Next` and `"End": true`; Choice,
 * Succeed and Fail have neither (asl-validator checks this outside its schemas).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
export function nextOrEnd(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    if (entry.type === undefined) continue;
    const hasNext = 'Next' in entry.state;
    const hasEnd = entry.state.End === true;
    const report = (path: string, message: string) => problems.push({ path, state: entry.name, rule: 'next-or-end', message });
    if (TERMINAL_OR_CHOICE.has(entry.type)) {
      if (hasNext) report(pointer(entry.pointer, 'Next'), `a ${entry.type} state has no \`Next\``);
      if (hasEnd) report(pointer(entry.pointer, 'End'), `a ${entry.type} state has no \`End\``);
    } else if (hasNext && hasEnd) {
      report(entry.pointer, 'has both `Next` and `"End": true`: a state either goes to the next state or ends its graph');
    } else if (!hasNext && !hasEnd) {
      report(entry.pointer, `requires \`Next\` or \`"End": true\``);
    }
  }
  return problems;
}
