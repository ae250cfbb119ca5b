import { errorMatches, StatesError } from './errors';
import { ExecutionTimeout } from './execution';
import { isObject, type Json, type JsonObject } from './json';
import type { StateContext } from './state-context';
import type { StepResult } from './step';

interface Retrier {
  readonly ErrorEquals: string[];
  readonly IntervalSeconds?: number;
  readonly MaxAttempts?: number;
  readonly BackoffRate?: number;
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: 'FULL' | 'NONE';
}

interface Catcher {
  readonly ErrorEquals: string[];
  readonly Next: string;
  readonly ResultPath?: string | null;
  readonly Output?: unknown;
  readonly Assign?: unknown;
}

/**
 * The seconds a retrier waits before retry number `retry` (0-based): IntervalSeconds × BackoffRate^retry, capped at
 * MaxDelaySeconds, then, with JitterStrategy FULL, a random share of it.
 */
export function retryDelaySeconds(retrier: Retrier, retry: number, random: () => number): number {
  let delay = (retrier.IntervalSeconds ?? 1) * Math.pow(retrier.BackoffRate ?? 2, retry);
  if (retrier.MaxDelaySeconds !== undefined) delay = Math.min(delay, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === 'FULL') delay = random() * delay;
  return delay;
}

/**
 * Runs attempts of a Task, Map or Parallel state under its Retry and Catch: a matching retrier with attempts left
 * waits (on the virtual clock) and runs the attempt again; otherwise a matching catcher turns the error into the
 * state's output and next state; otherwise the error propagates.
 */
export async function withRetryAndCatch(
  ctx: StateContext,
  /** One attempt: its result, or the error it failed with (returned, or thrown). */
  attempt: (retryCount: number) => Promise<StepResult | StatesError>,
  /** Records the state's failure once no retry follows (Map/ParallelStateFailed); not for terminal errors. */
  onFailed?: () => void,
): Promise<StepResult> {
  const retriers = (Array.isArray(ctx.state.Retry) ? ctx.state.Retry : []) as unknown as Retrier[];
  const catchers = (Array.isArray(ctx.state.Catch) ? ctx.state.Catch : []) as unknown as Catcher[];
  const counts = retriers.map(() => 0);
  let retryCount = 0;
  for (;;) {
    let error: StatesError;
    try {
      const outcome = await attempt(retryCount);
      if (!(outcome instanceof StatesError)) return outcome;
      error = outcome;
    } catch (e) {
      if (e instanceof ExecutionTimeout) throw e;
      error = ctx.wrap(e);
    }
    const index = retriers.findIndex((r) => errorMatches(r.ErrorEquals, error));
    if (index >= 0) {
      const retrier = retriers[index];
      if (counts[index] < (retrier.MaxAttempts ?? 3)) {
        const seconds = retryDelaySeconds(retrier, counts[index], ctx.exec.random);
        counts[index]++;
        retryCount++;
        ctx.exec.advance(ctx.thread, ctx.thread.now + seconds * 1000);
        continue;
      }
    }
    if (!error.terminal) onFailed?.();
    const catcher = catchers.find((c) => errorMatches(c.ErrorEquals, error));
    if (!catcher) throw error;
    return caught(ctx, catcher, error);
  }
}

async function caught(ctx: StateContext, catcher: Catcher, error: StatesError): Promise<StepResult> {
  const errorOutput: JsonObject = error.toErrorOutput();
  if (ctx.jsonata) {
    const states = ctx.states({ errorOutput });
    const assigned = await ctx.assignments(catcher.Assign, errorOutput, states);
    const output: Json = catcher.Output !== undefined ? await ctx.evaluate(catcher.Output, 'Output', states) : errorOutput;
    return { output, next: catcher.Next, assigned };
  }
  const assigned = await ctx.assignments(catcher.Assign, errorOutput, () => ctx.states());
  return { output: ctx.resultPath(errorOutput, isObject(catcher) && 'ResultPath' in catcher ? catcher.ResultPath : '$'), next: catcher.Next, assigned };
}
