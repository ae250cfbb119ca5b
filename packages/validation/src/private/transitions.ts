import { isObject, type Graph, type StateEntry } from './definition';
import { pointer } from './pointer';

/** A transition out of a state: its target and the pointer of the field that names it. */
export interface Transition {
  readonly target: unknown;
  readonly path: string;
  readonly field: string;
}

/** Every transition of a state: `Next`, a Choice's `Default` and rules' `Next`, each catcher's `Next`. */
export function transitionsOf(entry: StateEntry): Transition[] {
  const { state } = entry;
  const found: Transition[] = [];
  if ('Next' in state) found.push({ target: state.Next, path: pointer(entry.pointer, 'Next'), field: 'Next' });
  if ('Default' in state) found.push({ target: state.Default, path: pointer(entry.pointer, 'Default'), field: 'Default' });
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, i) => {
      if (isObject(rule) && 'Next' in rule) found.push({ target: rule.Next, path: pointer(entry.pointer, 'Choices', i, 'Next'), field: `Choices[${i}].Next` });
    });
  }
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((catcher, i) => {
      if (isObject(catcher) && 'Next' in catcher) found.push({ target: catcher.Next, path: pointer(entry.pointer, 'Catch', i, 'Next'), field: `Catch[${i}].Next` });
    });
  }
  return found;
}

/** The names of a graph's states reachable from its `StartAt`. */
export function reachableStates(graph: Graph): Set<string> {
  const byName = new Map(graph.states.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const queue = graph.startAt !== undefined && byName.has(graph.startAt) ? [graph.startAt] : [];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const { target } of transitionsOf(byName.get(name)!)) {
      if (typeof target === 'string' && byName.has(target) && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}
