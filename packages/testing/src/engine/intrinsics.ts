import { createHash } from 'node:crypto';
import { isObject, jsonEquals, toJsonText, type Json, type JsonObject } from './json';
import { type PathScope, readPath } from './jsonpath';
import { javaRandomInt } from './random';

/** A parsed intrinsic function call, `States.Name(arg, …)`. */
export interface IntrinsicCall {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly IntrinsicArg[];
}

/** An argument: a literal, a path to read, or a nested call. */
export type IntrinsicArg =
  | IntrinsicCall
  | { readonly kind: 'literal'; readonly value: Json; readonly template?: string }
  | { readonly kind: 'path'; readonly path: string };

/** What an intrinsic needs besides its arguments: random numbers and UUIDs of the run. */
export interface IntrinsicEnv extends PathScope {
  readonly random: () => number;
  readonly uuid: () => string;
}

/** A call that failed: its error name (States.IntrinsicFailure, or States.Runtime for a path) and a message. */
export class IntrinsicError extends Error {
  constructor(
    public readonly error: 'States.IntrinsicFailure' | 'States.Runtime',
    message: string,
    public readonly path?: string,
  ) {
    super(message);
  }
}

// Escaped braces in a string literal stay literal in a States.Format template; these code points stand for
// them until the template is filled.
const OPEN = '\uE000';
const CLOSE = '\uE001';

const cache = new Map<string, IntrinsicCall>();

/** Whether a `.$` field value is an intrinsic function call rather than a path. */
export function isIntrinsic(text: string): boolean {
  return text.startsWith('States.');
}

/** Parses an intrinsic function call once (cached by its text); throws IntrinsicError on bad syntax. */
export function parseIntrinsic(text: string): IntrinsicCall {
  let call = cache.get(text);
  if (!call) {
    const parser = new Parser(text);
    call = parser.call();
    parser.skipSpace();
    if (!parser.done()) throw parser.fail('unexpected text after the call');
    cache.set(text, call);
  }
  return call;
}

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.i >= this.text.length;
  }

  fail(what: string): IntrinsicError {
    return new IntrinsicError('States.IntrinsicFailure', `Invalid intrinsic function '${this.text}': ${what} at position ${this.i}`);
  }

  skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
  }

  call(): IntrinsicCall {
    this.skipSpace();
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.i));
    if (!name) throw this.fail('expected a States.* function name');
    this.i += name[0].length;
    this.skipSpace();
    if (this.text[this.i] !== '(') throw this.fail("expected '('");
    this.i++;
    const args: IntrinsicArg[] = [];
    this.skipSpace();
    if (this.text[this.i] === ')') {
      this.i++;
      return { kind: 'call', name: name[0], args };
    }
    for (;;) {
      args.push(this.arg());
      this.skipSpace();
      const c = this.text[this.i];
      this.i++;
      if (c === ')') return { kind: 'call', name: name[0], args };
      if (c !== ',') throw this.fail("expected ',' or ')'");
    }
  }

  arg(): IntrinsicArg {
    this.skipSpace();
    const rest = this.text.slice(this.i);
    if (rest.startsWith("'")) return this.string();
    if (rest.startsWith('States.')) return this.call();
    if (rest.startsWith('$')) return { kind: 'path', path: this.path() };
    const word = /^(true|false|null)(?![A-Za-z0-9_])/.exec(rest);
    if (word) {
      this.i += word[0].length;
      return { kind: 'literal', value: word[0] === 'null' ? null : word[0] === 'true' };
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { kind: 'literal', value: Number(num[0]) };
    }
    throw this.fail('expected an argument');
  }

  string(): IntrinsicArg {
    this.i++; // opening quote
    let value = '';
    let template = '';
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === '\\') {
        const n = this.text[this.i + 1];
        if (n === undefined) break;
        if (n === "'" || n === '\\') {
          value += n;
          template += n;
        } else if (n === '{' || n === '}') {
          value += n;
          template += n === '{' ? OPEN : CLOSE;
        } else {
          throw this.fail(`illegal escape sequence '\\${n}' in a string literal`);
        }
        this.i += 2;
      } else if (c === "'") {
        this.i++;
        return { kind: 'literal', value, template };
      } else {
        value += c;
        template += c;
        this.i++;
      }
    }
    throw this.fail('unterminated string literal');
  }

  /** A path runs to the next `,` or `)` outside brackets, quotes and parentheses. */
  path(): string {
    const start = this.i;
    let depth = 0;
    let quote: string | undefined;
    for (; this.i < this.text.length; this.i++) {
      const c = this.text[this.i];
      if (quote) {
        if (c === '\\') this.i++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || (c === ')' && depth > 0)) depth--;
      else if (depth === 0 && (c === ',' || c === ')')) break;
    }
    return this.text.slice(start, this.i).trim();
  }
}

/** Evaluates an intrinsic function call; failures throw {@link IntrinsicError}. */
export function evaluateIntrinsic(text: string, env: IntrinsicEnv): Json {
  return evaluateCall(parseIntrinsic(text), env);
}

function evaluateCall(call: IntrinsicCall, env: IntrinsicEnv): Json {
  const fn = FUNCTIONS[call.name];
  if (!fn) throw new IntrinsicError('States.IntrinsicFailure', `The function ${call.name} is not supported`);
  const values = call.args.map((a) => argValue(a, env));
  const [min, max] = fn.arity;
  if (values.length < min || values.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw failure(call.name, `expected ${expected} argument(s), got ${values.length}`);
  }
  const first = call.args[0];
  const template = first && first.kind === 'literal' ? first.template : undefined;
  return fn.apply(values, { env, name: call.name, template });
}

function argValue(arg: IntrinsicArg, env: IntrinsicEnv): Json {
  if (arg.kind === 'literal') return arg.value;
  if (arg.kind === 'call') return evaluateCall(arg, env);
  try {
    return readPath(arg.path, env);
  } catch (e) {
    throw new IntrinsicError('States.Runtime', (e as Error).message, arg.path);
  }
}

function failure(name: string, message: string): IntrinsicError {
  return new IntrinsicError('States.IntrinsicFailure', `Invalid arguments in ${name}: ${message}`);
}

interface Call {
  readonly env: IntrinsicEnv;
  readonly name: string;
  readonly template: string | undefined;
}

interface IntrinsicFunction {
  readonly arity: readonly [number, number];
  apply(args: Json[], call: Call): Json;
}

const MAX_STRING = 10_000;
const MAX_RANGE = 1_000;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

function str(call: Call, value: Json, what: string): string {
  if (typeof value !== 'string') throw failure(call.name, `${what} must be a string, got ${toJsonText(value)}`);
  return value;
}

function arr(call: Call, value: Json, what: string): Json[] {
  if (!Array.isArray(value)) throw failure(call.name, `${what} must be an array, got ${toJsonText(value)}`);
  return value;
}

function int(call: Call, value: Json, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw failure(call.name, `${what} must be an integer, got ${toJsonText(value)}`);
  return value;
}

function num(call: Call, value: Json, what: string): number {
  if (typeof value !== 'number') throw failure(call.name, `${what} must be a number, got ${toJsonText(value)}`);
  return value;
}

/** How States.Format writes a value: strings as they are, objects and arrays the way Java prints maps and lists. */
function formatValue(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join(', ')}}`;
}

const HASHES: Record<string, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

const FUNCTIONS: Record<string, IntrinsicFunction> = {
  'States.Format': {
    arity: [1, Infinity],
    apply(args, call) {
      const raw = str(call, args[0], 'the template');
      const template = call.template ?? raw;
      const parts = template.split('{}');
      if (parts.length - 1 !== args.length - 1) {
        throw failure(call.name, `the template has ${parts.length - 1} placeholder(s) but ${args.length - 1} value(s) were given`);
      }
      let out = parts[0];
      for (let i = 1; i < parts.length; i++) {
        out += formatValue(args[i]) + parts[i];
      }
      return out.replace(new RegExp(OPEN, 'g'), '{').replace(new RegExp(CLOSE, 'g'), '}');
    },
  },
  'States.StringToJson': {
    arity: [1, 1],
    apply(args, call) {
      const text = str(call, args[0], 'the argument');
      if (text.trim() === '') return null;
      try {
        return JSON.parse(text) as Json;
      } catch {
        throw failure(call.name, `the string is not valid JSON: ${text}`);
      }
    },
  },
  'States.JsonToString': {
    arity: [1, 1],
    apply: (args) => toJsonText(args[0]),
  },
  'States.Array': {
    arity: [0, Infinity],
    apply: (args) => args,
  },
  'States.ArrayPartition': {
    arity: [2, 2],
    apply(args, call) {
      const array = arr(call, args[0], 'the first argument');
      const size = int(call, args[1], 'the chunk size');
      if (size <= 0) throw failure(call.name, `the chunk size must be greater than 0, got ${size}`);
      const chunks: Json[] = [];
      for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
      return chunks;
    },
  },
  'States.ArrayContains': {
    arity: [2, 2],
    apply(args, call) {
      return arr(call, args[0], 'the first argument').some((v) => jsonEquals(v, args[1]));
    },
  },
  'States.ArrayRange': {
    arity: [3, 3],
    apply(args, call) {
      const start = int(call, args[0], 'the start');
      const end = int(call, args[1], 'the end');
      const step = int(call, args[2], 'the step');
      if (step === 0) throw failure(call.name, 'the step must not be 0');
      const out: number[] = [];
      for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
        out.push(v);
        if (out.length > MAX_RANGE) throw failure(call.name, `the range has more than ${MAX_RANGE} items`);
      }
      return out;
    },
  },
  'States.ArrayGetItem': {
    arity: [2, 2],
    apply(args, call) {
      const array = arr(call, args[0], 'the first argument');
      const index = int(call, args[1], 'the index');
      if (index < 0 || index >= array.length) throw failure(call.name, `the index ${index} is out of bounds (array length ${array.length})`);
      return array[index];
    },
  },
  'States.ArrayLength': {
    arity: [1, 1],
    apply: (args, call) => arr(call, args[0], 'the argument').length,
  },
  'States.ArrayUnique': {
    arity: [1, 1],
    apply(args, call) {
      const out: Json[] = [];
      for (const v of arr(call, args[0], 'the argument')) if (!out.some((u) => jsonEquals(u, v))) out.push(v);
      return out;
    },
  },
  'States.Base64Encode': {
    arity: [1, 1],
    apply(args, call) {
      const text = str(call, args[0], 'the argument');
      if (text.length > MAX_STRING) throw failure(call.name, `the string is longer than ${MAX_STRING} characters`);
      return Buffer.from(text, 'utf8').toString('base64');
    },
  },
  'States.Base64Decode': {
    arity: [1, 1],
    apply(args, call) {
      const text = str(call, args[0], 'the argument');
      if (text.length > MAX_STRING) throw failure(call.name, `the string is longer than ${MAX_STRING} characters`);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw failure(call.name, `'${text}' is not valid base64`);
      return Buffer.from(text, 'base64').toString('utf8');
    },
  },
  'States.Hash': {
    arity: [2, 2],
    apply(args, call) {
      const data = typeof args[0] === 'string' ? args[0] : toJsonText(args[0]);
      if (data.length > MAX_STRING) throw failure(call.name, `the data is longer than ${MAX_STRING} characters`);
      const algorithm = HASHES[str(call, args[1], 'the algorithm')];
      if (!algorithm) throw failure(call.name, `the algorithm must be one of ${Object.keys(HASHES).join(', ')}, got ${toJsonText(args[1])}`);
      return createHash(algorithm).update(data, 'utf8').digest('hex');
    },
  },
  'States.JsonMerge': {
    arity: [3, 3],
    apply(args, call) {
      const [a, b, deep] = args;
      if (!isObject(a) || !isObject(b)) throw failure(call.name, 'both values to merge must be JSON objects');
      if (typeof deep !== 'boolean') throw failure(call.name, `the deep merge flag must be a boolean, got ${toJsonText(deep)}`);
      if (deep) throw failure(call.name, 'deep merging is not supported; the third argument must be false');
      return { ...a, ...b } as JsonObject;
    },
  },
  'States.MathRandom': {
    arity: [2, 3],
    apply(args, call) {
      const start = Math.round(num(call, args[0], 'the start'));
      const end = Math.round(num(call, args[1], 'the end'));
      if (end <= start) throw failure(call.name, `the end (${end}) must be greater than the start (${start})`);
      if (args.length === 3) return start + javaRandomInt(int(call, args[2], 'the seed'), end - start);
      return start + Math.floor(call.env.random() * (end - start));
    },
  },
  'States.MathAdd': {
    arity: [2, 2],
    apply(args, call) {
      const a = Math.round(num(call, args[0], 'the first value'));
      const b = Math.round(num(call, args[1], 'the second value'));
      for (const v of [a, b]) if (v < INT_MIN || v > INT_MAX) throw failure(call.name, `${v} is outside the 32-bit integer range`);
      const sum = a + b;
      if (sum < INT_MIN || sum > INT_MAX) throw failure(call.name, `the sum ${sum} is outside the 32-bit integer range`);
      return sum;
    },
  },
  'States.StringSplit': {
    arity: [2, 2],
    apply(args, call) {
      const text = str(call, args[0], 'the string');
      const delimiters = str(call, args[1], 'the delimiter');
      const out: string[] = [];
      let token = '';
      for (const c of text) {
        if (delimiters.includes(c)) {
          if (token) out.push(token);
          token = '';
        } else token += c;
      }
      if (token) out.push(token);
      return out;
    },
  },
  'States.UUID': {
    arity: [0, 0],
    apply: (_args, call) => call.env.uuid(),
  },
};

/** The names of the intrinsic functions (18). */
export const INTRINSIC_FUNCTIONS = Object.keys(FUNCTIONS);
