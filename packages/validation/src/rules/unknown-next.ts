import type { DefinitionContext, Graph } from '../private/definition';
import { pointer } from '../private/pointer';
import type { ValidationProblem } from '../problem';
import { transitionsOf } from '../private/transitions';

/**
 * `unknown-next`: every `StartAt`, `Next`, `Default` and catcher `Next` names a state of its own graph (the top
 * level, a Parallel branch, or a Map's item processor): a state can't go to a state of another graph.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
export function unknownNext(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const graphOf = new Map<string, Graph>();
  for (const entry of context.states) if (!graphOf.has(entry.name)) graphOf.set(entry.name, entry.graph);

  const describe = (graph: Graph): string => (graph.container ? `${graph.container.type ?? 'container'} "${graph.container.name}"` : 'the top level');
  const why = (target: string, graph: Graph): string | undefined => {
    if (graph.names.has(target)) return undefined;
    const other = graphOf.get(target);
    return other
      ? `"${target}" is a state of ${describe(other)}, not of ${describe(graph)}: a state can only go to a state of its own branch or item processor`
      : `there is no state "${target}" in ${describe(graph)}`;
  };

  for (const graph of context.graphs) {
    if (typeof graph.startAt === 'string') {
      const reason = why(graph.startAt, graph);
      if (reason) problems.push({ path: pointer(graph.pointer, 'StartAt'), state: graph.container?.name, rule: 'unknown-next', message: `\`StartAt\`: ${reason}` });
    }
    for (const entry of graph.states) {
      for (const { target, path, field } of transitionsOf(entry)) {
        if (typeof target !== 'string') continue;
        const reason = why(target, graph);
        if (reason) problems.push({ path, state: entry.name, rule: 'unknown-next', message: `\`${field}\`: ${reason}` });
      }
    }
  }
  return problems;
}
