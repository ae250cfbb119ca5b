import { JSONPath } from 'jsonpath-plus';
import { isObject, type Json, type JsonObject } from './json';

/** One step of a definite path: an object property or an array index. */
type Segment = { readonly prop: string } | { readonly index: number };

/** A compiled JSONPath: its root and, when definite, its steps; otherwise the text for the general evaluator. */
interface CompiledPath {
  readonly text: string;
  /** `$` the state input, `$$` the context object, or a variable's name. */
  readonly root: '$' | '$$' | { readonly variable: string };
  /** The steps of a definite path (one node at most), or undefined for a path that selects many. */
  readonly steps: readonly Segment[] | undefined;
  /** The path relative to its root, `$`-prefixed, for the general evaluator (indefinite paths). */
  readonly relative: string;
}

/** What a path reads from: the state's input, the context object, the variables in scope. */
export interface PathScope {
  readonly input: Json;
  readonly context: Json;
  readonly variable: (name: string) => Json | undefined;
}

/** A path that selects nothing, with Jayway JsonPath's wording (AWS's evaluator). */
export class PathNotFound extends Error {}

const cache = new Map<string, CompiledPath>();
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Whether a string is a JSONPath (`$`, `$.x`, `$$.x`, `$var.x`) rather than a literal. */
export function isPath(text: string): boolean {
  return text.startsWith('$');
}

/** Compiles a JSONPath once; paths are cached by their text. */
export function compilePath(text: string): CompiledPath {
  let compiled = cache.get(text);
  if (!compiled) {
    compiled = parse(text);
    cache.set(text, compiled);
  }
  return compiled;
}

function parse(text: string): CompiledPath {
  if (!text.startsWith('$')) throw new PathNotFound(`Invalid JSONPath '${text}': a path starts with '$'`);
  let root: CompiledPath['root'];
  let rest: string;
  if (text.startsWith('$$')) {
    root = '$$';
    rest = text.slice(2);
  } else {
    const name = VARIABLE_NAME.exec(text.slice(1));
    if (name) {
      root = { variable: name[0] };
      rest = text.slice(1 + name[0].length);
    } else {
      root = '$';
      rest = text.slice(1);
    }
  }
  return { text, root, steps: definiteSteps(rest), relative: '$' + rest };
}

/** The steps of a path made only of `.name`, `['name']` and `[n]`, or undefined for any other path. */
function definiteSteps(rest: string): Segment[] | undefined {
  const steps: Segment[] = [];
  let i = 0;
  while (i < rest.length) {
    const c = rest[i];
    if (c === '.') {
      if (rest[i + 1] === '.' || rest[i + 1] === '*') return undefined;
      let j = i + 1;
      while (j < rest.length && rest[j] !== '.' && rest[j] !== '[') j++;
      const name = rest.slice(i + 1, j);
      if (!name || name.endsWith(')')) return undefined; // functions such as length()
      steps.push({ prop: name });
      i = j;
    } else if (c === '[') {
      const close = bracketEnd(rest, i);
      if (close < 0) return undefined;
      const inner = rest.slice(i + 1, close).trim();
      const quoted = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(inner);
      if (quoted) {
        // Jayway keeps escapes as written but the quote's own (`\'` in '…', `\"` in "…").
        steps.push({ prop: quoted[1] !== undefined ? quoted[1].replace(/\\'/g, "'") : quoted[2].replace(/\\"/g, '"') });
      } else if (/^-?\d+$/.test(inner)) {
        steps.push({ index: Number(inner) });
      } else {
        return undefined;
      }
      i = close + 1;
    } else {
      return undefined;
    }
  }
  return steps;
}

function bracketEnd(text: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === ']') {
      return i;
    }
  }
  return -1;
}

/** Whether a path selects one node at most (only `.name`, `['name']` and `[n]` steps). */
export function isDefinitePath(text: string): boolean {
  return compilePath(text).steps !== undefined;
}

/** Whether a path is a Reference Path: a definite path from the state input or a variable. */
export function isReferencePath(text: string): boolean {
  const path = compilePath(text);
  return path.steps !== undefined && path.root !== '$$';
}

/** The functions Jayway JsonPath (AWS's evaluator) applies at the end of a path: `$.items.length()`. */
const FUNCTIONS: Record<string, (values: Json) => Json> = {
  length: (v) => (Array.isArray(v) ? v.length : typeof v === 'string' ? v.length : isObject(v) ? Object.keys(v).length : null),
  size: (v) => FUNCTIONS.length(v),
  min: (v) => (Array.isArray(v) ? Math.min(...numbers(v)) : null),
  max: (v) => (Array.isArray(v) ? Math.max(...numbers(v)) : null),
  sum: (v) => (Array.isArray(v) ? numbers(v).reduce((a, b) => a + b, 0) : null),
  avg: (v) => (Array.isArray(v) && v.length ? numbers(v).reduce((a, b) => a + b, 0) / numbers(v).length : null),
  stddev: (v) => {
    if (!Array.isArray(v) || !v.length) return null;
    const xs = numbers(v);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  },
  keys: (v) => (isObject(v) ? Object.keys(v) : null),
  first: (v) => (Array.isArray(v) && v.length ? v[0] : null),
  last: (v) => (Array.isArray(v) && v.length ? v[v.length - 1] : null),
};

function numbers(values: Json[]): number[] {
  return values.filter((v): v is number => typeof v === 'number');
}

const FUNCTION_CALL = /\.(length|size|min|max|sum|avg|stddev|keys|first|last)\(\)$/;

/**
 * Evaluates a path: a definite path yields its node or throws {@link PathNotFound} with Jayway's wording; any other
 * path yields the array of the nodes it selects (maybe empty); a path ending in a function (`.length()`) yields the
 * function's value.
 */
export function readPath(text: string, scope: PathScope): Json {
  const call = FUNCTION_CALL.exec(text);
  if (call) return FUNCTIONS[call[1]](readPath(text.slice(0, call.index), scope));
  const path = compilePath(text);
  let root: Json | undefined;
  if (path.root === '$') root = scope.input;
  else if (path.root === '$$') root = scope.context;
  else {
    root = scope.variable(path.root.variable);
    if (root === undefined) throw new PathNotFound(`The variable '$${path.root.variable}' is not defined`);
  }
  if (path.steps) return walk(root, path.steps);
  return JSONPath({ path: path.relative, json: root as never, wrap: true, eval: 'safe' }) as Json[];
}

function normalized(steps: readonly Segment[], count: number): string {
  let out = '$';
  for (let i = 0; i < count; i++) {
    const s = steps[i];
    out += 'prop' in s ? `['${s.prop}']` : `[${s.index}]`;
  }
  return out;
}

function walk(root: Json, steps: readonly Segment[]): Json {
  let node: Json = root;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const leaf = i === steps.length - 1;
    let next: Json | undefined;
    if ('prop' in step) {
      if (!isObject(node)) {
        throw new PathNotFound(
          `Expected to find an object with property ['${step.prop}'] in path ${normalized(steps, i)} but found '${javaType(node)}'. ` +
            'This is not a json object according to the JsonProvider.',
        );
      }
      next = Object.prototype.hasOwnProperty.call(node, step.prop) ? node[step.prop] : undefined;
    } else {
      if (!Array.isArray(node)) {
        throw new PathNotFound(`Filter: [${step.index}] can only be applied to arrays. Current context is: ${JSON.stringify(node)}`);
      }
      const index = step.index < 0 ? node.length + step.index : step.index;
      next = index >= 0 && index < node.length ? node[index] : undefined;
    }
    if (next === undefined) {
      throw new PathNotFound(
        leaf ? `No results for path: ${normalized(steps, steps.length)}` : `Missing property in path ${normalized(steps, i + 1)}`,
      );
    }
    node = next;
  }
  return node;
}

function javaType(node: Json): string {
  if (node === null) return 'null';
  if (Array.isArray(node)) return 'java.util.ArrayList';
  if (typeof node === 'string') return 'java.lang.String';
  if (typeof node === 'boolean') return 'java.lang.Boolean';
  return Number.isInteger(node) ? 'java.lang.Integer' : 'java.lang.Double';
}

/**
 * Writes a value at a Reference Path into a copy of `target` (ResultPath): `$` replaces the whole; missing
 * objects on the way are created. Throws {@link PathNotFound} when a step meets a value that is not an object
 * (or an array index out of range).
 */
export function writePath(target: Json, text: string, value: Json): Json {
  const path = compilePath(text);
  if (!path.steps || path.root !== '$') throw new PathNotFound(`'${text}' is not a Reference Path`);
  return write(target, path.steps, 0, value);
}

function write(node: Json | undefined, steps: readonly Segment[], i: number, value: Json): Json {
  if (i === steps.length) return value;
  const step = steps[i];
  if ('prop' in step) {
    if (node === undefined) node = {};
    if (!isObject(node)) throw new PathNotFound(`cannot set property '${step.prop}' on a ${Array.isArray(node) ? 'array' : typeof node}`);
    const copy: JsonObject = { ...node };
    copy[step.prop] = write(node[step.prop], steps, i + 1, value);
    return copy;
  }
  if (!Array.isArray(node)) throw new PathNotFound(`cannot set index ${step.index} on a ${node === undefined ? 'missing value' : typeof node}`);
  const index = step.index < 0 ? node.length + step.index : step.index;
  if (index < 0 || index >= node.length) throw new PathNotFound(`index ${step.index} is out of range`);
  const copy = node.slice();
  copy[index] = write(node[index], steps, i + 1, value);
  return copy;
}
