import { isJsonata } from '../jsonata';
import { toJsonText, type Json } from '../json';
import { PathNotFound, readPath } from '../jsonpath';
import type { StateContext } from '../state-context';
import { nextOf, type StepResult } from '../step';

/** The longest delay a Wait accepts: AWS holds it in a 32-bit count of seconds (24,855 days pass, 24,856 fail). */
const MAX_WAIT_SECONDS = 2_147_483_647;

/** An ISO-8601 extended offset date-time, as Wait's Timestamp must be (offset required). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an ISO-8601 extended offset date-time, or undefined when the text is not one. */
export function parseTimestamp(value: Json): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIMESTAMP.exec(value);
  if (!m) return undefined;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ? m[7].slice(0, 4) : ''}${m[8]}`);
  return Number.isNaN(millis) ? undefined : millis;
}

/** Wait: moves the thread's clock by Seconds, or to a Timestamp (or their paths / JSONata expressions). */
export async function runWait(ctx: StateContext): Promise<StepResult> {
  const { state } = ctx;
  const until = ctx.jsonata ? await jsonataTarget(ctx) : pathTarget(ctx);
  if (until - ctx.thread.now > MAX_WAIT_SECONDS * 1000) throw ctx.runtime('Wait state delay is too long.');
  ctx.exec.advance(ctx.thread, until);
  if (ctx.jsonata) {
    const states = ctx.states();
    const assigned = await ctx.assignments(state.Assign, null, states);
    const output = state.Output !== undefined ? await ctx.evaluate(state.Output, 'Output', states) : ctx.input;
    return { output, next: nextOf(ctx), assigned };
  }
  const effective = ctx.inputPath();
  const assigned = await ctx.assignments(state.Assign, effective, () => ctx.states());
  return { output: ctx.outputPath(effective), next: nextOf(ctx), assigned };
}

function pathTarget(ctx: StateContext): number {
  const { state } = ctx;
  const now = ctx.thread.now;
  if (typeof state.Seconds === 'number') return now + state.Seconds * 1000;
  if (typeof state.Timestamp === 'string') {
    const at = parseTimestamp(state.Timestamp);
    if (at === undefined) throw ctx.runtime(`The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${state.Timestamp}`);
    return Math.max(now, at);
  }
  const effective = ctx.inputPath();
  if (typeof state.SecondsPath === 'string') {
    const path = state.SecondsPath;
    const value = readOrFail(ctx, path, effective, `The SecondsPath parameter does not reference an input value: ${path}`);
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw ctx.runtime(`The SecondsPath parameter cannot be parsed as a long value: ${path} == ${render(value)}`);
    }
    if (value < 0) throw ctx.runtime(`The SecondsPath parameter references a negative value: ${path} == ${value}`);
    return now + value * 1000;
  }
  if (typeof state.TimestampPath === 'string') {
    const path = state.TimestampPath;
    const value = readOrFail(ctx, path, effective, `The TimestampPath parameter does not reference an input value: ${path}`);
    const at = parseTimestamp(value);
    if (at === undefined) {
      throw ctx.runtime(`The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${render(value)}`);
    }
    return Math.max(now, at);
  }
  throw ctx.runtime('A Wait state needs one of Seconds, SecondsPath, Timestamp or TimestampPath');
}

function render(value: Json): string {
  return typeof value === 'string' ? value : toJsonText(value);
}

function readOrFail(ctx: StateContext, path: string, input: Json, message: string): Json {
  try {
    return readPath(path, ctx.pathScope(input));
  } catch (e) {
    if (e instanceof PathNotFound) throw ctx.runtime(message);
    throw e;
  }
}

async function jsonataTarget(ctx: StateContext): Promise<number> {
  const { state } = ctx;
  const now = ctx.thread.now;
  const states = ctx.states();
  if (state.Seconds !== undefined) {
    const value = isJsonata(state.Seconds) ? await ctx.evaluate(state.Seconds, 'Seconds', states) : state.Seconds;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw ctx.evaluationFailed(`The Seconds field must be a non-negative integer, got ${toJsonText(value)}`, 'Seconds');
    }
    return now + value * 1000;
  }
  if (state.Timestamp !== undefined) {
    const value = isJsonata(state.Timestamp) ? await ctx.evaluate(state.Timestamp, 'Timestamp', states) : state.Timestamp;
    const at = parseTimestamp(value);
    if (at === undefined) {
      throw ctx.evaluationFailed(`The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${render(value)}`, 'Timestamp');
    }
    return Math.max(now, at);
  }
  throw ctx.runtime('A Wait state needs Seconds or Timestamp');
}
