import type { StateContext } from '../state-context';
import type { StepResult } from '../step';

/** Succeed: ends its graph with the input through InputPath and OutputPath; in JSONata, Output. */
export async function runSucceed(ctx: StateContext): Promise<StepResult> {
  if (ctx.jsonata) {
    const output = ctx.state.Output !== undefined ? await ctx.evaluate(ctx.state.Output, 'Output', ctx.states()) : ctx.input;
    return { output, next: undefined };
  }
  return { output: ctx.outputPath(ctx.inputPath()), next: undefined };
}
