import type { Json } from '../json';
import type { StateContext } from '../state-context';
import { nextOf, type StepResult } from '../step';

/** Pass: the input (or Parameters, or Result) through ResultPath and OutputPath; in JSONata, Output. */
export async function runPass(ctx: StateContext): Promise<StepResult> {
  const { state } = ctx;
  if (ctx.jsonata) {
    const states = ctx.states();
    const assigned = await ctx.assignments(state.Assign, null, states);
    const output: Json = state.Output !== undefined ? await ctx.evaluate(state.Output, 'Output', states) : ctx.input;
    return { output, next: nextOf(ctx), assigned };
  }
  const effective = ctx.inputPath();
  let result: Json;
  if (state.Result !== undefined) result = state.Result;
  else if (state.Parameters !== undefined) result = ctx.payload(state.Parameters, effective);
  else result = effective;
  const assigned = await ctx.assignments(state.Assign, result, () => ctx.states());
  return { output: ctx.outputPath(ctx.resultPath(result)), next: nextOf(ctx), assigned };
}
