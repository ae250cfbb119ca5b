import type { DefinitionContext } from '../private/definition';
import type { ValidationProblem } from '../problem';

/**
 * `duplicate-state-name`: state names are unique in the whole state machine, nested branches and item processors
 * included.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
export function duplicateStateName(context: DefinitionContext): ValidationProblem[] {
  const first = new Map<string, string>();
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    const earlier = first.get(entry.name);
    if (earlier === undefined) {
      first.set(entry.name, entry.pointer);
      continue;
    }
    problems.push({
      path: entry.pointer,
      state: entry.name,
      rule: 'duplicate-state-name',
      message: `state name "${entry.name}" is used twice (also at ${earlier}): names must be unique in the whole state machine`,
    });
  }
  return problems;
}
