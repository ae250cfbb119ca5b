import { isObject, type JsonObject } from './json';

/** The query language of a state. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

/** A state as written in the definition (fields read by each state's module). */
export type StateDefinition = JsonObject & { readonly Type: string };

/** A graph of states: the top level, a Parallel branch or a Map's item processor. */
export interface StatesGraph {
  readonly StartAt: string;
  readonly States: Record<string, StateDefinition>;
  /** The query language of the states that don't set their own. */
  readonly QueryLanguage: QueryLanguage;
  /** For a Map item processor: its ProcessorConfig. */
  readonly ProcessorConfig?: JsonObject;
}

/** A parsed state machine definition. */
export interface MachineDefinition extends StatesGraph {
  readonly TimeoutSeconds?: number;
  readonly Comment?: string;
}

/** A definition that cannot run: the message says what is wrong and where. */
export class DefinitionError extends Error {}

const TYPES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);

/** Parses and checks an ASL definition (an object or its JSON text) enough to run it. */
export function parseDefinition(definition: unknown): MachineDefinition {
  let value = definition;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (e) {
      throw new DefinitionError(`The definition is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isObject(value)) throw new DefinitionError('The definition must be a JSON object with StartAt and States');
  const language = queryLanguage(value.QueryLanguage, 'JSONPath', 'the definition');
  const graph = parseGraph(value, language, '');
  const timeout = value.TimeoutSeconds;
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0)) {
    throw new DefinitionError(`TimeoutSeconds must be a positive integer, got ${JSON.stringify(timeout)}`);
  }
  return { ...graph, TimeoutSeconds: timeout as number | undefined, Comment: value.Comment as string | undefined };
}

function queryLanguage(value: unknown, fallback: QueryLanguage, where: string): QueryLanguage {
  if (value === undefined) return fallback;
  if (value !== 'JSONPath' && value !== 'JSONata') {
    throw new DefinitionError(`QueryLanguage of ${where} must be JSONPath or JSONata, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseGraph(value: JsonObject, language: QueryLanguage, where: string): StatesGraph {
  const { StartAt, States } = value;
  const at = where ? ` in ${where}` : '';
  if (typeof StartAt !== 'string') throw new DefinitionError(`StartAt${at} must be a state name`);
  if (!isObject(States)) throw new DefinitionError(`States${at} must be an object of states`);
  if (!(StartAt in States)) throw new DefinitionError(`StartAt${at} names '${StartAt}', which is not a state`);
  for (const [name, state] of Object.entries(States)) {
    if (!isObject(state) || typeof state.Type !== 'string' || !TYPES.has(state.Type)) {
      throw new DefinitionError(`State '${name}' must have a Type among ${[...TYPES].join(', ')}`);
    }
    const stateLanguage = queryLanguage(state.QueryLanguage, language, `state '${name}'`);
    if (language === 'JSONata' && stateLanguage === 'JSONPath') {
      throw new DefinitionError(`State '${name}' cannot use JSONPath in a JSONata state machine`);
    }
    for (const next of transitions(state)) {
      if (!(next in States)) throw new DefinitionError(`State '${name}' goes to '${next}', which is not a state${at}`);
    }
    if (state.Type === 'Parallel') {
      if (!Array.isArray(state.Branches) || state.Branches.length === 0) throw new DefinitionError(`Parallel state '${name}' needs Branches`);
      for (const branch of state.Branches) {
        if (!isObject(branch)) throw new DefinitionError(`A branch of Parallel state '${name}' must be an object`);
        parseGraph(branch, stateLanguage, `a branch of '${name}'`);
      }
    }
    if (state.Type === 'Map') {
      const processor = state.ItemProcessor ?? state.Iterator;
      if (!isObject(processor)) throw new DefinitionError(`Map state '${name}' needs an ItemProcessor`);
      parseGraph(processor, stateLanguage, `the item processor of '${name}'`);
    }
  }
  return { StartAt, States: States as Record<string, StateDefinition>, QueryLanguage: language };
}

function transitions(state: JsonObject): string[] {
  const out: string[] = [];
  if (typeof state.Next === 'string') out.push(state.Next);
  if (typeof state.Default === 'string') out.push(state.Default);
  for (const list of [state.Choices, state.Catch]) {
    if (Array.isArray(list)) for (const item of list) if (isObject(item) && typeof item.Next === 'string') out.push(item.Next);
  }
  return out;
}

/** The graph of a Parallel branch or Map item processor, with its query language inherited from the state. */
export function subGraph(value: JsonObject, language: QueryLanguage): StatesGraph {
  return {
    StartAt: value.StartAt as string,
    States: value.States as Record<string, StateDefinition>,
    QueryLanguage: queryLanguage(value.QueryLanguage, language, 'a nested graph'),
    ProcessorConfig: isObject(value.ProcessorConfig) ? value.ProcessorConfig : undefined,
  };
}
