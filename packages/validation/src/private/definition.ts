import { pointer } from './pointer';

/** A JSON object as parsed from a definition. */
export type JsonObject = Record<string, unknown>;

/** The query languages of the States Language. */
export type QueryLanguageName = 'JSONPath' | 'JSONata';

/** One graph of states: the top level, a Parallel branch, or a Map's item processor (or `Iterator`). */
export interface Graph {
  /** JSON pointer of the object that holds `StartAt` and `States`. */
  readonly pointer: string;
  /** `StartAt`, if it is a string. */
  readonly startAt?: string;
  /** The states of this graph, in definition order. */
  readonly states: StateEntry[];
  /** The names of the states of this graph. */
  readonly names: Set<string>;
  /** The Map or Parallel state that contains this graph; none for the top level. */
  readonly container?: StateEntry;
}

/** One state of a definition, at any depth. */
export interface StateEntry {
  readonly name: string;
  /** JSON pointer of the state object. */
  readonly pointer: string;
  readonly state: JsonObject;
  /** `Type`, if it is a string. */
  readonly type?: string;
  /** The state's language: its own `QueryLanguage`, else the top level's (not its Map's or Parallel's). */
  readonly language: QueryLanguageName;
  /** The graph the state belongs to. */
  readonly graph: Graph;
}

/** What every rule reads: the parsed definition and its states, walked once. */
export interface DefinitionContext {
  readonly definition: JsonObject;
  /** The top-level `QueryLanguage` (JSONPath when absent). */
  readonly topLevelLanguage: QueryLanguageName;
  readonly stateMachineType: 'STANDARD' | 'EXPRESS';
  /** Every graph, the top level first. */
  readonly graphs: Graph[];
  /** Every state of every graph. */
  readonly states: StateEntry[];
  /** Whether the value at this pointer stood for a CDK token (its placeholder is not a real value). */
  isDynamic(path: string): boolean;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A state's language as written, or undefined when absent or not a known language. */
export function languageOf(value: unknown): QueryLanguageName | undefined {
  return value === 'JSONata' || value === 'JSONPath' ? value : undefined;
}

/** The graphs nested directly in a state: a Parallel's branches, a Map's ItemProcessor or Iterator. */
export function nestedGraphs(entry: { state: JsonObject; pointer: string }): { pointer: string; body: JsonObject }[] {
  const { state } = entry;
  const found: { pointer: string; body: JsonObject }[] = [];
  if (Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, i) => {
      if (isObject(branch)) found.push({ pointer: pointer(entry.pointer, 'Branches', i), body: branch });
    });
  }
  for (const field of ['ItemProcessor', 'Iterator']) {
    const body = state[field];
    if (isObject(body)) found.push({ pointer: pointer(entry.pointer, field), body });
  }
  return found;
}

/** Walks a parsed definition once into its graphs and states. */
export function buildContext(
  definition: JsonObject,
  stateMachineType: 'STANDARD' | 'EXPRESS',
  dynamic: ReadonlySet<string> = new Set(),
): DefinitionContext {
  const topLevelLanguage = languageOf(definition.QueryLanguage) ?? 'JSONPath';
  const graphs: Graph[] = [];
  const states: StateEntry[] = [];

  const walk = (body: JsonObject, at: string, container?: StateEntry): void => {
    const graph: Graph = {
      pointer: at,
      startAt: typeof body.StartAt === 'string' ? body.StartAt : undefined,
      states: [],
      names: new Set(),
      container,
    };
    graphs.push(graph);
    if (!isObject(body.States)) return;
    for (const [name, state] of Object.entries(body.States)) {
      if (!isObject(state)) continue;
      const entry: StateEntry = {
        name,
        pointer: pointer(at, 'States', name),
        state,
        type: typeof state.Type === 'string' ? state.Type : undefined,
        language: languageOf(state.QueryLanguage) ?? topLevelLanguage,
        graph,
      };
      graph.states.push(entry);
      graph.names.add(name);
      states.push(entry);
    }
    for (const entry of [...graph.states]) {
      for (const nested of nestedGraphs(entry)) walk(nested.body, nested.pointer, entry);
    }
  };
  walk(definition, '');

  return {
    definition,
    topLevelLanguage,
    stateMachineType,
    graphs,
    states,
    isDynamic: (path) => dynamic.has(path),
  };
}

/** The fields of a state that hold nested graphs: rules that walk a state's fields skip them. */
export const GRAPH_FIELDS: ReadonlySet<string> = new Set(['Branches', 'ItemProcessor', 'Iterator']);
