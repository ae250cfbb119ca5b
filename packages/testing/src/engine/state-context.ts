import type { StateDefinition, StatesGraph } from './definition';
import { FieldError, StatesError, StatesErrors, stateFailurePrefix } from './errors';
import type { Execution, Thread } from './execution';
import { IntrinsicError, evaluateIntrinsic, isIntrinsic, type IntrinsicEnv } from './intrinsics';
import { isObject, toJsonText, type Json, type JsonObject } from './json';
import { evaluateJsonataValue, JsonataError, type JsonataScope } from './jsonata';
import { PathNotFound, readPath, writePath } from './jsonpath';

/** Extra members of the context object for one evaluation. */
export interface ContextExtras {
  readonly retryCount?: number;
  readonly taskToken?: string;
  readonly mapItem?: { readonly Index: number; readonly Value: Json; readonly Key?: string; readonly Source?: string };
}

const MAX_VARIABLE_BYTES = 256 * 1024;

/** The scope of a path or intrinsic evaluation: one object, its context object built on first read. */
class PathScopeOf implements IntrinsicEnv {
  private built: JsonObject | undefined;

  constructor(
    private readonly state: StateContext,
    readonly input: Json,
    private readonly contextOf: JsonObject | (() => JsonObject) | undefined,
  ) {}

  get context(): JsonObject {
    if (this.built === undefined) {
      const c = this.contextOf;
      this.built = c === undefined ? this.state.context() : typeof c === 'function' ? c() : c;
    }
    return this.built;
  }

  variable(name: string): Json | undefined {
    return this.state.thread.variables.get(name);
  }

  get random(): () => number {
    return this.state.exec.random;
  }

  get uuid(): () => string {
    return this.state.exec.uuid;
  }
}

/**
 * A state being run: where it is (thread, graph), what it received, and the pieces every state type uses —
 * the context object, path and payload evaluation, JSONata evaluation, Assign, and AWS-worded errors.
 */
export class StateContext {
  constructor(
    public readonly exec: Execution,
    public readonly thread: Thread,
    public readonly graph: StatesGraph,
    public readonly name: string,
    public readonly state: StateDefinition,
    public readonly language: 'JSONPath' | 'JSONata',
    /** The state's raw input. */
    public readonly input: Json,
    public readonly enteredEventId: number,
    public readonly enteredTime: number,
  ) {}

  get jsonata(): boolean {
    return this.language === 'JSONata';
  }

  /** The context object ($$ / $states.context) as the state sees it now. */
  private enteredIso: string | undefined;

  context(extras: ContextExtras = {}): JsonObject {
    this.enteredIso ??= new Date(this.enteredTime).toISOString();
    const state: JsonObject = { Name: this.name, EnteredTime: this.enteredIso };
    if (extras.retryCount !== undefined) state.RetryCount = extras.retryCount;
    // AWS's key order (it shows in States.JsonToString($$) and States.Format).
    const ctx: JsonObject = { Execution: this.thread.base.Execution, StateMachine: this.thread.base.StateMachine, State: state };
    if (extras.taskToken !== undefined) ctx.Task = { Token: extras.taskToken };
    if (extras.mapItem) ctx.Map = { Item: { ...extras.mapItem } as JsonObject };
    return ctx;
  }

  /**
   * What JSONPath paths and intrinsic functions read: `$` this input, `$$` the context (built when a path reads
   * it), `$name` variables.
   */
  pathScope(input: Json, context?: JsonObject | (() => JsonObject)): IntrinsicEnv {
    return new PathScopeOf(this, input, context);
  }

  /** What JSONata expressions read: `$states` (input, context, and result or errorOutput) and the variables. */
  jsonataScope(states: JsonObject): JsonataScope {
    return {
      states,
      variables: this.thread.variables.all(),
      nowMillis: this.thread.now,
      random: this.exec.random,
      uuid: this.exec.uuid,
    };
  }

  /** `$states` for an expression: the state input and context, plus any of result / errorOutput. */
  states(extra: JsonObject = {}, extras: ContextExtras = {}): JsonObject {
    return { input: this.input, context: this.context(extras), ...extra };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Errors, worded as AWS words them.

  /** A States.Runtime error with AWS's prefix naming this state. */
  runtime(message: string): StatesError {
    return new StatesError(StatesErrors.RUNTIME, stateFailurePrefix(this.name, this.enteredEventId) + message);
  }

  /** States.QueryEvaluationError, recorded as AWS does with an EvaluationFailed event naming the field. */
  evaluationFailed(message: string, field: string): StatesError {
    const error = this.failure(StatesErrors.QUERY_EVALUATION_ERROR, message);
    this.exec.record(this.thread, 'EvaluationFailed', 'evaluationFailedEventDetails', {
      cause: error.cause,
      error: error.error,
      location: field,
      state: this.name,
    });
    return error;
  }

  /** An error of a given name with AWS's prefix naming this state. */
  failure(error: string, message: string): StatesError {
    return new StatesError(error, stateFailurePrefix(this.name, this.enteredEventId) + message);
  }

  /** Turns what evaluating a field threw into the StatesError AWS reports. */
  wrap(e: unknown): StatesError {
    if (e instanceof StatesError) return e;
    if (e instanceof JsonataError) return this.evaluationFailed(e.message, e.field ?? '');
    if (e instanceof FieldError) return this.failure(e.error, e.detail);
    if (e instanceof PathNotFound) return this.runtime(e.message);
    if (e instanceof IntrinsicError) return this.failure(e.error, e.message);
    throw e;
  }

  // ---------------------------------------------------------------------------------------------------------
  // JSONPath input and output processing.

  /** InputPath applied to the raw input (`null` gives `{}`). */
  inputPath(): Json {
    return this.selectPath('InputPath', this.input);
  }

  /** OutputPath applied to a value (`null` gives `{}`). */
  outputPath(value: Json): Json {
    return this.selectPath('OutputPath', value);
  }

  private selectPath(field: 'InputPath' | 'OutputPath', value: Json): Json {
    const path = this.state[field];
    if (path === undefined || path === '$') return value;
    if (path === null) return {};
    if (typeof path !== 'string') throw this.runtime(`${field} must be a path, got ${toJsonText(path)}`);
    try {
      return readPath(path, this.pathScope(value));
    } catch (e) {
      if (e instanceof PathNotFound) throw this.runtime(`Invalid path '${path}' : ${e.message}`);
      throw e;
    }
  }

  /** ResultPath: the result merged into the raw input (`$` or absent: the result; `null`: the input). */
  resultPath(result: Json, path: unknown = this.state.ResultPath): Json {
    if (path === undefined || path === '$') return result;
    if (path === null) return this.input;
    if (typeof path !== 'string') throw this.runtime(`ResultPath must be a path, got ${toJsonText(path)}`);
    try {
      return writePath(this.input, path, result);
    } catch (e) {
      if (e instanceof PathNotFound) {
        throw this.failure(
          StatesErrors.RESULT_PATH_MATCH_FAILURE,
          `Unable to apply ResultPath '${path}' to the input '${toJsonText(this.input)}': ${e.message}`,
        );
      }
      throw e;
    }
  }

  /**
   * A payload template (Parameters, ItemSelector, ResultSelector, Credentials, Assign): fields named `x.$` take
   * the value of a path or intrinsic function, as `x`; other fields are copied.
   */
  payload(template: unknown, input: Json, context?: JsonObject | (() => JsonObject)): Json {
    const scope = this.pathScope(input, context);
    const walk = (value: unknown): Json => {
      if (Array.isArray(value)) return value.map(walk);
      if (!isObject(value)) return value as Json;
      const out: JsonObject = {};
      for (const [key, v] of Object.entries(value)) {
        if (key.endsWith('.$')) out[key.slice(0, -2)] = this.dynamicField(key, v, scope);
        else out[key] = walk(v);
      }
      return out;
    };
    return walk(template);
  }

  /** The value of one `x.$` field: a path or an intrinsic function call. */
  dynamicField(key: string, expression: unknown, scope: IntrinsicEnv): Json {
    if (typeof expression !== 'string') throw this.runtime(`The value of the field '${key}' must be a path or an intrinsic function`);
    try {
      if (isIntrinsic(expression)) return evaluateIntrinsic(expression, scope);
      return readPath(expression, scope);
    } catch (e) {
      if (e instanceof PathNotFound || (e instanceof IntrinsicError && e.error === 'States.Runtime')) {
        const path = e instanceof IntrinsicError && e.path ? e.path : expression;
        throw this.runtime(`The JSONPath '${path}' specified for the field '${key}' could not be found in the input '${toJsonText(scope.input)}'`);
      }
      if (e instanceof IntrinsicError) {
        throw this.failure(e.error, `The intrinsic function '${expression}' specified for the field '${key}' failed: ${e.message}`);
      }
      throw e;
    }
  }

  /** Evaluates a field in JSONata: templates anywhere inside are evaluated, other values kept. */
  async evaluate(value: unknown, field: string, states: JsonObject): Promise<Json> {
    try {
      return await evaluateJsonataValue(value, field, this.jsonataScope(states));
    } catch (e) {
      throw this.wrap(e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Variables.

  /**
   * The variables an `Assign` sets, evaluated with the values at state entry: in JSONPath against `jsonPathInput`
   * (the state's result, or the error output in a Catch), in JSONata with `$states`.
   */
  async assignments(assign: unknown, jsonPathInput: Json, statesOrThunk: JsonObject | (() => JsonObject)): Promise<Record<string, Json> | undefined> {
    if (assign === undefined) return undefined;
    const states = typeof statesOrThunk === 'function' ? statesOrThunk() : statesOrThunk;
    if (!isObject(assign)) throw this.runtime('Assign must be an object');
    let values: JsonObject;
    if (this.jsonata) {
      values = (await this.evaluate(assign, 'Assign', states)) as JsonObject;
    } else {
      try {
        values = this.payload(assign, jsonPathInput, (states.context as JsonObject) ?? this.context()) as JsonObject;
      } catch (e) {
        throw this.wrap(e);
      }
    }
    let total = 0;
    for (const [name, value] of Object.entries(values)) {
      const size = Buffer.byteLength(toJsonText(value));
      total += size;
      if (size > MAX_VARIABLE_BYTES) throw this.runtime(`The value of the variable '${name}' exceeds the maximum size of 256 KiB.`);
    }
    if (total > MAX_VARIABLE_BYTES) throw this.runtime('The variables assigned by the state exceed the maximum total size of 256 KiB.');
    return values;
  }

  /** Sets variables in this thread's scope (at state exit). */
  applyAssignments(values: Record<string, Json> | undefined): void {
    if (!values) return;
    for (const [name, value] of Object.entries(values)) this.thread.variables.set(name, value);
  }
}
