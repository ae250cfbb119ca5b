import type { QueryLanguage, State, StateGraph } from 'aws-cdk-lib/aws-stepfunctions';

/*
 * Which query language is in force where a state is placed.
 *
 * aws-cdk-lib renders a Map's item processor, a Parallel's branches and a legacy Map iterator without
 * passing down the query language of the state machine or of the enclosing state (aws/aws-cdk#34352),
 * so a task nested there is told nothing and falls back to JSONPath. To know better, a task watches the
 * graphs that contain it: each enclosing state may set a query language of its own, and the root graph
 * remembers the language the state machine rendered it with.
 *
 * Only instance properties of the graphs a task belongs to are read or wrapped; nothing global is patched.
 */

/** The fields of aws-cdk-lib's `StateGraph` read here (private in its typings, stable since JSONata support). */
interface GraphInternals {
  readonly superGraph?: StateGraph;
  readonly allStates?: Set<State>;
  toGraphJson(queryLanguage?: QueryLanguage): object;
  registerSuperGraph(graph: StateGraph): void;
}

/** The fields of aws-cdk-lib's `State` read here (protected in its typings). */
interface StateInternals {
  readonly queryLanguage?: QueryLanguage;
  readonly processor?: StateGraph;
  readonly iteration?: StateGraph;
  readonly branches?: StateGraph[];
}

const watched = new WeakSet<StateGraph>();
/** The query language each watched graph is being rendered with, while its `toGraphJson()` runs. */
const renderingWith = new WeakMap<StateGraph, QueryLanguage | undefined>();

function internals(graph: StateGraph): GraphInternals {
  return graph as unknown as GraphInternals;
}

/**
 * Starts watching `graph` and every graph it is, or later becomes, nested in, recording the query language
 * each is rendered with. Idempotent.
 */
export function watchGraph(graph: StateGraph): void {
  if (watched.has(graph)) return;
  watched.add(graph);
  const g = internals(graph);

  const toGraphJson = g.toGraphJson;
  Object.defineProperty(graph, 'toGraphJson', {
    configurable: true,
    writable: true,
    value: function (this: StateGraph, queryLanguage?: QueryLanguage): object {
      const outer = renderingWith.has(graph);
      const previous = renderingWith.get(graph);
      renderingWith.set(graph, queryLanguage);
      try {
        return toGraphJson.call(this, queryLanguage);
      } finally {
        if (outer) renderingWith.set(graph, previous);
        else renderingWith.delete(graph);
      }
    },
  });

  const registerSuperGraph = g.registerSuperGraph;
  Object.defineProperty(graph, 'registerSuperGraph', {
    configurable: true,
    writable: true,
    value: function (this: StateGraph, superGraph: StateGraph): void {
      registerSuperGraph.call(this, superGraph);
      watchGraph(superGraph);
    },
  });

  if (g.superGraph) watchGraph(g.superGraph);
}

/** The state in `superGraph` whose item processor, iterator or branch is `graph`. */
function enclosingState(graph: StateGraph, superGraph: StateGraph): StateInternals | undefined {
  for (const state of internals(superGraph).allStates ?? []) {
    const s = state as unknown as StateInternals;
    if (s.processor === graph || s.iteration === graph || s.branches?.includes(graph)) return s;
  }
  return undefined;
}

/** The query languages that decide how a state of a graph renders while its state machine renders it. */
export interface RenderingLanguages {
  /**
   * The language of the nearest enclosing state that sets one, else the state machine's: what a state that
   * names none runs in.
   */
  readonly inForce?: QueryLanguage;
  /** The state machine's (top-level) language: how AWS reads a state without a `QueryLanguage` field. */
  readonly topLevel?: QueryLanguage;
}

/**
 * The query languages for the states of `graph` while the state machine renders it; undefined outside such a
 * rendering (a direct `toStateJson()` call), where a state renders as aws-cdk-lib renders it.
 */
export function renderingLanguages(graph: StateGraph | undefined): RenderingLanguages | undefined {
  let inForce: QueryLanguage | undefined;
  let current = graph;
  while (current) {
    const superGraph: StateGraph | undefined = internals(current).superGraph;
    if (!superGraph) {
      if (!renderingWith.has(current)) return undefined;
      const topLevel = renderingWith.get(current);
      return { inForce: inForce ?? topLevel, topLevel };
    }
    inForce ??= enclosingState(current, superGraph)?.queryLanguage;
    current = superGraph;
  }
  return undefined;
}
