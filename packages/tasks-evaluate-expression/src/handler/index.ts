/**
 * The Lambda handler behind EvaluateExpression: evaluates a JavaScript expression in which state paths
 * (`$.a`, `$.list[0]`) stand for values from the state.
 *
 * Self-contained (no imports) because this folder is the function's code asset.
 */

/**
 * What the function receives.
 *
 * With JSONPath, Step Functions resolves each path and the event carries `expressionAttributeValues`. With
 * JSONata, the event carries the whole state `input` and the `paths`, selected here with JSONPath's meaning
 * (rewritten as JSONata, paths through arrays would map over them, and names with dashes need quoting).
 */
export interface EvaluateExpressionEvent {
  /** The expression, e.g. `$.a + $.b`. */
  readonly expression: string;
  /** Each state path mapped to its value (JSONPath). */
  readonly expressionAttributeValues?: { readonly [path: string]: unknown };
  /** The state input (JSONata). */
  readonly input?: unknown;
  /** The state paths of the expression, to select from `input` (JSONata). */
  readonly paths?: readonly string[];
}

/** The Lambda entry point. */
export async function handler(event: EvaluateExpressionEvent): Promise<unknown> {
  const values = event.expressionAttributeValues ?? selectPaths(event.input, event.paths ?? []);
  return evaluateExpression(event.expression, values);
}

/**
 * Evaluates `expression` with each state path replaced by its value from `values`.
 *
 * A path is replaced where it is not followed by a name character, so `$.list` in `$.list.map(f)` is replaced
 * and `$.a` in `$.ab` is not; longer paths are tried first.
 */
export function evaluateExpression(expression: string, values: { readonly [path: string]: unknown }): unknown {
  const paths = Object.keys(values).sort((a, b) => b.length - a.length);
  const slots: unknown[] = [];
  let code = expression;
  if (paths.length > 0) {
    const alternatives = paths.map((p) => p.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|');
    const pattern = new RegExp(`(?:${alternatives})(?![\\w-])`, 'g');
    code = expression.replace(pattern, (path) => {
      slots.push(values[path]);
      return `__stateValues[${slots.length - 1}]`;
    });
  }
  // A direct eval inside a function of its own, so the expression sees only `__stateValues` and globals.
  const run = new Function('__stateValues', '__code', 'return eval(__code);') as (v: unknown[], c: string) => unknown;
  return run(slots, code);
}

/** Selects each of `paths` from `input`; fails like Step Functions when one is not there. */
export function selectPaths(input: unknown, paths: readonly string[]): { [path: string]: unknown } {
  const values: { [path: string]: unknown } = {};
  for (const path of paths) values[path] = selectPath(input, path);
  return values;
}

/**
 * The value at a state path: `$`, then `.name`, `[index]` and `..name` steps. As in Step Functions' JSONPath,
 * `..name` (every `name` at any depth) and `.name` on a list (`name` of each element) make the result a list.
 */
export function selectPath(input: unknown, path: string): unknown {
  const steps = path.slice(1).match(/\.\.[^.[\]]+|\.[^.[\]]+|\[\d+\]/g) ?? [];
  if (!path.startsWith('$') || steps.join('') !== path.slice(1)) {
    throw new Error(`Unsupported state path ${path}: use $ followed by .name, [index] or ..name steps`);
  }
  let current: unknown = input;
  let many = false;
  for (const step of steps) {
    const fanOut = step.startsWith('..') || (step.startsWith('.') && Array.isArray(current) && !many);
    const found = many ? (current as unknown[]).flatMap((v) => selectStep(v, step)) : selectStep(current, step);
    if (many || fanOut) {
      current = found;
      many = true;
    } else if (found.length === 0) {
      throw new Error(`The state path ${path} was not found in the state input`);
    } else {
      current = found[0];
    }
  }
  return current;
}

/** What one step selects from `value`: nothing, one value, or (for `..name` and `.name` on a list) several. */
function selectStep(value: unknown, step: string): unknown[] {
  if (step.startsWith('..')) return descendants(value, step.slice(2));
  if (step.startsWith('[')) {
    const index = Number(step.slice(1, -1));
    return Array.isArray(value) && index < value.length ? [value[index]] : [];
  }
  const key = step.slice(1);
  if (Array.isArray(value)) return value.flatMap((v) => selectStep(v, step));
  return isObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? [value[key]] : [];
}

function descendants(value: unknown, key: string): unknown[] {
  const found: unknown[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (isObject(v)) {
      if (Object.prototype.hasOwnProperty.call(v, key)) found.push(v[key]);
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return found;
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
