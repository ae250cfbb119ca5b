import type { DefinitionContext } from '../private/definition';
import type { ValidationProblem } from '../problem';
import { reachableStates } from '../private/transitions';

/**
 * `unreachable-state`: every state can be reached from its graph's `StartAt` (through `Next`, `Default`, choice
 * rules and catchers); Step Functions rejects a definition with a state nothing leads to.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
export function unreachableState(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const graph of context.graphs) {
    if (graph.startAt === undefined || !graph.names.has(graph.startAt)) continue; // unknown-next
    const reachable = reachableStates(graph);
    for (const entry of graph.states) {
      if (reachable.has(entry.name)) continue;
      problems.push({
        path: entry.pointer,
        state: entry.name,
        rule: 'unreachable-state',
        message: `state "${entry.name}" can't be reached from \`StartAt\` ("${graph.startAt}")${graph.container ? ` of ${graph.container.type ?? 'container'} "${graph.container.name}"` : ''}: no \`Next\`, \`Default\`, choice rule or catcher leads to it`,
      });
    }
  }
  return problems;
}
