import { createHash } from 'node:crypto';
import jsonata = require('jsonata');
import { isObject, jsonTypeOf, toJsonText, type Json, type JsonObject } from './json';
import { javaRandomDouble, type RandomSource } from './random';

/** What a JSONata expression sees: `$states`, the variables in scope, and the run's clock and randomness. */
export interface JsonataScope {
  readonly states: JsonObject;
  readonly variables: Readonly<Record<string, Json>>;
  readonly nowMillis: number;
  readonly random: RandomSource;
  readonly uuid: () => string;
}

/** A failed evaluation, worded as AWS words the cause of States.QueryEvaluationError (without the state prefix). */
export class JsonataError extends Error {
  constructor(
    message: string,
    /** The field the expression sits in (`Output/result`, `Items`, …): EvaluationFailed's location. */
    public readonly field?: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, jsonata.Expression>();

/** Whether a string is a JSONata template: `{% expression %}`. */
export function isJsonata(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}') && value.length >= 4;
}

/** The expression inside `{% %}`, trimmed as AWS quotes it. */
export function expressionOf(template: string): string {
  return template.slice(2, -2).trim();
}

function compile(expression: string, field: string): jsonata.Expression {
  let compiled = cache.get(expression);
  if (!compiled) {
    try {
      compiled = jsonata(expression);
    } catch (e) {
      throw new JsonataError(`The JSONata expression '${expression}' specified for the field '${field}' could not be parsed. ${describe(e)}`, field);
    }
    cache.set(expression, compiled);
  }
  return compiled;
}

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return err.code ? `${err.code}: ${err.message}` : String(err.message ?? e);
}

/** A JSONata sequence: an array that collapses to its only item, as AWS's $range result does. */
function sequence(items: Json[]): Json[] {
  Object.defineProperty(items, 'sequence', { value: true, enumerable: false });
  return items;
}

function fail(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}

const HASHES: Record<string, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/** The functions Step Functions adds to JSONata, and `$now`/`$millis` on the virtual clock; `$eval` refused. */
function awsFunctions(scope: JsonataScope): Record<string, unknown> {
  const nowIso = new Date(scope.nowMillis).toISOString();
  return {
    partition(array: unknown, size: unknown) {
      if (!Array.isArray(array)) fail('T0410', 'Argument 1 of function "partition" must be an array');
      if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) fail('T0410', 'Argument 2 of function "partition" must be a positive integer');
      const out: Json[] = [];
      for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size) as Json[]);
      return out;
    },
    range(start: unknown, end: unknown, step: unknown) {
      for (const v of [start, end, step]) if (typeof v !== 'number' || !Number.isInteger(v)) fail('T0410', 'Arguments of function "range" must be integers');
      const [s, e, st] = [start, end, step] as number[];
      if (st === 0) fail('D3001', 'The step of function "range" must not be 0');
      const out: number[] = [];
      for (let v = s; st > 0 ? v <= e : v >= e; v += st) {
        out.push(v);
        if (out.length > 1000) fail('D3001', 'Function "range" produced more than 1000 items');
      }
      return sequence(out);
    },
    hash(data: unknown, algorithm: unknown) {
      const name = typeof algorithm === 'string' ? HASHES[algorithm] : undefined;
      if (!name) fail('T0410', `Argument 2 of function "hash" must be one of ${Object.keys(HASHES).join(', ')}`);
      const text = typeof data === 'string' ? data : toJsonText(data);
      return createHash(name).update(text, 'utf8').digest('hex');
    },
    random(seed?: unknown) {
      if (seed === undefined) return scope.random();
      if (typeof seed !== 'number' || !Number.isInteger(seed)) fail('T0410', 'Argument 1 of function "random" must be an integer');
      return javaRandomDouble(seed);
    },
    uuid: () => scope.uuid(),
    parse(text: unknown) {
      if (typeof text !== 'string') fail('T0410', 'Argument 1 of function "parse" must be a string');
      try {
        return JSON.parse(text) as Json;
      } catch (e) {
        return fail('D3030', `Unable to parse the string as JSON: ${(e as Error).message}`);
      }
    },
    now(picture?: unknown, timezone?: unknown) {
      if (picture === undefined && timezone === undefined) return nowIso;
      return nowWithPicture(scope.nowMillis, picture, timezone);
    },
    millis: () => scope.nowMillis,
    eval() {
      fail('T1006', 'The function $eval is not supported in Step Functions');
    },
  };
}

const FROM_MILLIS = jsonata('$fromMillis($m, $p, $t)');

const bindings = new WeakMap<JsonataScope, Record<string, unknown>>();

/** What an expression's `$names` are bound to: AWS's functions, the variables, `$states` (built once per scope). */
function bindingsOf(scope: JsonataScope): Record<string, unknown> {
  let b = bindings.get(scope);
  if (!b) {
    b = { ...awsFunctions(scope), ...scope.variables, states: scope.states };
    bindings.set(scope, b);
  }
  return b;
}

function nowWithPicture(millis: number, picture: unknown, timezone: unknown): Promise<unknown> {
  return FROM_MILLIS.evaluate({}, { m: millis, p: picture, t: timezone });
}

/**
 * Evaluates one `{% %}` template. `field` names where it sits (`Output/result`, `Arguments`, `Items`), as AWS
 * names it in the cause of States.QueryEvaluationError.
 */
export async function evaluateJsonata(template: string, field: string, scope: JsonataScope): Promise<Json> {
  const expression = expressionOf(template);
  const direct = simplePath(expression, scope);
  if (direct !== undefined) return direct;
  const compiled = compile(expression, field);
  let result: unknown;
  try {
    result = await compiled.evaluate({}, bindingsOf(scope));
  } catch (e) {
    throw new JsonataError(
      `The JSONata expression '${expression}' specified for the field '${field}' threw an error during evaluation. ${describe(e)}`,
      field,
    );
  }
  if (result === undefined) {
    throw new JsonataError(`The JSONata expression '${expression}' specified for the field '${field}' returned nothing (undefined).`, field);
  }
  const json = toJsonResult(result);
  if (json === undefined) {
    throw new JsonataError(`The JSONata expression '${expression}' specified for the field '${field}' returned an unsupported result type.`, field);
  }
  return json;
}

const SIMPLE_PATH = /^\$([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*)$/;

/**
 * The value of the commonest expressions — `$states.input.orderId`, `$variable.field` — read directly when every step
 * goes through an object (where JSONata returns the value as it is); undefined sends the expression to JSONata.
 */
function simplePath(expression: string, scope: JsonataScope): Json | undefined {
  const m = SIMPLE_PATH.exec(expression);
  if (!m) return undefined;
  let value: Json | undefined =
    m[1] === 'states' ? scope.states : Object.prototype.hasOwnProperty.call(scope.variables, m[1]) ? scope.variables[m[1]] : undefined;
  if (value === undefined) return undefined;
  if (m[2]) {
    for (const key of m[2].slice(1).split('.')) {
      if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
      value = value[key];
    }
  }
  return value;
}

/** A JSONata result as JSON (sequences as arrays), or undefined when it holds a function. */
function toJsonResult(value: unknown): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (const item of value) {
      if (item === undefined) continue;
      const v = toJsonResult(item);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, item] of Object.entries(value as object)) {
      if (item === undefined) continue;
      const v = toJsonResult(item);
      if (v === undefined) return undefined;
      out[k] = v;
    }
    return out;
  }
  return undefined;
}

/**
 * Evaluates a field that may hold JSONata templates anywhere inside (Arguments, Output, Assign values, …):
 * strings `{% %}` are evaluated, other values are kept as written.
 */
export async function evaluateJsonataValue(value: unknown, field: string, scope: JsonataScope): Promise<Json> {
  if (isJsonata(value)) return evaluateJsonata(value, field, scope);
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (let i = 0; i < value.length; i++) out.push(await evaluateJsonataValue(value[i], `${field}[${i}]`, scope));
    return out;
  }
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = await evaluateJsonataValue(v, `${field}/${k}`, scope);
    return out;
  }
  return value as Json;
}

/** Whether a value holds a JSONata template anywhere inside. */
export function holdsJsonata(value: unknown): boolean {
  if (isJsonata(value)) return true;
  if (Array.isArray(value)) return value.some(holdsJsonata);
  if (isObject(value)) return Object.values(value).some(holdsJsonata);
  return false;
}

/** The message AWS gives when an expression's result has the wrong type for its field. */
export function unexpectedType(template: string, field: string, expected: string, value: Json): JsonataError {
  return new JsonataError(
    `The JSONata expression '${expressionOf(template)}' specified for the field '${field}' returned an unexpected result type. ` +
      `Expected '${expected}', but was '${jsonTypeOf(value)}' for value: ${toJsonText(value)}`,
    field,
  );
}
