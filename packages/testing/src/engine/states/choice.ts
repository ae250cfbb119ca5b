import { StatesError, StatesErrors } from '../errors';
import { isObject, toJsonText, type Json, type JsonObject } from '../json';
import { PathNotFound, readPath } from '../jsonpath';
import type { StateContext } from '../state-context';
import type { StepResult } from '../step';
import { parseTimestamp } from './wait';

type Compare = (a: Json, b: Json) => boolean;

const str = (f: (a: string, b: string) => boolean): Compare => (a, b) => typeof a === 'string' && typeof b === 'string' && f(a, b);
const num = (f: (a: number, b: number) => boolean): Compare => (a, b) => typeof a === 'number' && typeof b === 'number' && f(a, b);
const time = (f: (a: number, b: number) => boolean): Compare => (a, b) => {
  const x = parseTimestamp(a);
  const y = parseTimestamp(b);
  return x !== undefined && y !== undefined && f(x, y);
};

/** The comparison operators of a Choice rule (each also has a `…Path` form comparing with another path's value). */
const COMPARISONS: Record<string, Compare> = {
  StringEquals: str((a, b) => a === b),
  StringLessThan: str((a, b) => a < b),
  StringGreaterThan: str((a, b) => a > b),
  StringLessThanEquals: str((a, b) => a <= b),
  StringGreaterThanEquals: str((a, b) => a >= b),
  StringMatches: str((a, b) => wildcard(b).test(a)),
  NumericEquals: num((a, b) => a === b),
  NumericLessThan: num((a, b) => a < b),
  NumericGreaterThan: num((a, b) => a > b),
  NumericLessThanEquals: num((a, b) => a <= b),
  NumericGreaterThanEquals: num((a, b) => a >= b),
  BooleanEquals: (a, b) => typeof a === 'boolean' && a === b,
  TimestampEquals: time((a, b) => a === b),
  TimestampLessThan: time((a, b) => a < b),
  TimestampGreaterThan: time((a, b) => a > b),
  TimestampLessThanEquals: time((a, b) => a <= b),
  TimestampGreaterThanEquals: time((a, b) => a >= b),
};

/** Type tests: the rule's boolean says whether the variable must (true) or must not (false) pass the test. */
const TYPE_TESTS: Record<string, (v: Json) => boolean> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: (v) => parseTimestamp(v) !== undefined,
};

const wildcards = new Map<string, RegExp>();

/** StringMatches: `*` matches any run of characters; `\*` and `\\` stand for themselves. */
function wildcard(pattern: string): RegExp {
  let re = wildcards.get(pattern);
  if (!re) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
        source += '\\' + pattern[++i];
      } else if (c === '*') source += '[\\s\\S]*';
      else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    re = new RegExp(`^${source}$`);
    wildcards.set(pattern, re);
  }
  return re;
}

/** Choice: the first rule that matches gives the next state; otherwise Default, otherwise States.NoChoiceMatched. */
export async function runChoice(ctx: StateContext): Promise<StepResult> {
  const { state } = ctx;
  const choices = (Array.isArray(state.Choices) ? state.Choices : []) as JsonObject[];
  if (ctx.jsonata) {
    const states = ctx.states();
    for (let i = 0; i < choices.length; i++) {
      const rule = choices[i];
      const matched = await ctx.evaluate(rule.Condition, `Choices[${i}].Condition`, states);
      if (typeof matched !== 'boolean') {
        throw ctx.evaluationFailed(`The Condition of the choice rule ${i} must evaluate to a boolean, got ${toJsonText(matched)}`, `Choices[${i}].Condition`);
      }
      if (matched) return jsonataExit(ctx, rule, rule.Next as string);
    }
    if (typeof state.Default === 'string') return jsonataExit(ctx, state, state.Default);
    throw noMatch();
  }
  const effective = ctx.inputPath();
  for (const rule of choices) {
    if (matches(ctx, rule, effective)) {
      const assigned = await ctx.assignments(rule.Assign, effective, () => ctx.states());
      return { output: ctx.outputPath(effective), next: rule.Next as string, assigned };
    }
  }
  if (typeof state.Default === 'string') {
    const assigned = await ctx.assignments(state.Assign, effective, () => ctx.states());
    return { output: ctx.outputPath(effective), next: state.Default, assigned };
  }
  throw noMatch();
}

function noMatch(): StatesError {
  return new StatesError(StatesErrors.NO_CHOICE_MATCHED, 'No Matches!');
}

async function jsonataExit(ctx: StateContext, holder: JsonObject, next: string): Promise<StepResult> {
  const states = ctx.states();
  const assigned = await ctx.assignments(holder.Assign, null, states);
  const output = holder.Output !== undefined ? await ctx.evaluate(holder.Output, 'Output', states) : ctx.input;
  return { output, next, assigned };
}

/** Whether a JSONPath Choice rule (or a nested And/Or/Not rule) matches the effective input. */
export function matches(ctx: StateContext, rule: JsonObject, input: Json): boolean {
  if (Array.isArray(rule.And)) return rule.And.every((r) => matches(ctx, r as JsonObject, input));
  if (Array.isArray(rule.Or)) return rule.Or.some((r) => matches(ctx, r as JsonObject, input));
  if (isObject(rule.Not)) return !matches(ctx, rule.Not, input);
  const variablePath = rule.Variable;
  if (typeof variablePath !== 'string') throw ctx.runtime('A Choice rule needs a Variable');
  const scope = ctx.pathScope(input);
  if (rule.IsPresent !== undefined) {
    let present = true;
    try {
      readPath(variablePath, scope);
    } catch (e) {
      if (!(e instanceof PathNotFound)) throw e;
      present = false;
    }
    return present === rule.IsPresent;
  }
  const read = (path: string): Json => {
    try {
      return readPath(path, scope);
    } catch (e) {
      if (e instanceof PathNotFound) throw ctx.runtime(`Invalid path '${path}' : ${e.message}`);
      throw e;
    }
  };
  const value = read(variablePath);
  for (const [op, test] of Object.entries(TYPE_TESTS)) {
    if (op in rule) return test(value) === rule[op];
  }
  for (const [op, compare] of Object.entries(COMPARISONS)) {
    if (op in rule) return compare(value, rule[op]);
    const pathOp = `${op}Path`;
    if (pathOp in rule) return compare(value, read(rule[pathOp] as string));
  }
  throw ctx.runtime(`The Choice rule on '${variablePath}' has no comparison operator`);
}
