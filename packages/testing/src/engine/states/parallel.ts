import { subGraph } from '../definition';
import { ExecutionTimeout, Thread, VariableScope } from '../execution';
import { runGraph } from '../interpreter';
import type { Json, JsonObject } from '../json';
import { withRetryAndCatch } from '../retry';
import type { StateContext } from '../state-context';
import type { StepResult } from '../step';
import { processResult } from './task';

/**
 * Parallel: runs each branch on its own clock from the same start, in branch order, and joins at the latest;
 * the output is the array of branch outputs. A failing branch fails the state with its error (the branches after it
 * do not run).
 */
export async function runParallel(ctx: StateContext): Promise<StepResult> {
  const { exec, thread, state } = ctx;
  const branches = state.Branches as unknown as JsonObject[];
  return withRetryAndCatch(ctx, async (retryCount) => {
    const context = ctx.context({ retryCount });
    let input: Json;
    if (ctx.jsonata) {
      input = state.Arguments !== undefined ? await ctx.evaluate(state.Arguments, 'Arguments', ctx.states({}, { retryCount })) : ctx.input;
    } else {
      const effective = ctx.inputPath();
      input = state.Parameters !== undefined ? ctx.payload(state.Parameters, effective, context) : effective;
    }
    const startedId = exec.record(thread, 'ParallelStateStarted');
    const start = thread.now;
    let end = start;
    const outputs: Json[] = [];
    for (const branch of branches) {
      const child = new Thread(start, startedId, new VariableScope(thread.variables), thread.base, thread.recorded);
      try {
        outputs.push(await runGraph(exec, child, subGraph(branch, ctx.language), input));
      } catch (e) {
        if (e instanceof ExecutionTimeout) throw e;
        // The state fails when the branch does (on AWS the other branches are stopped then).
        thread.now = child.now;
        thread.lastEventId = child.lastEventId;
        throw e;
      }
      end = Math.max(end, child.now);
      thread.lastEventId = child.lastEventId;
    }
    thread.now = end;
    exec.record(thread, 'ParallelStateSucceeded');
    return processResult(ctx, outputs, context);
  }, () => exec.record(thread, 'ParallelStateFailed'));
}
