import { StatesError } from '../errors';
import { isIntrinsic, IntrinsicError, evaluateIntrinsic } from '../intrinsics';
import { toJsonText, type Json } from '../json';
import { PathNotFound, readPath } from '../jsonpath';
import type { StateContext } from '../state-context';

/** Fail: stops its graph with Error and Cause (or ErrorPath/CausePath, or JSONata expressions). */
export async function runFail(ctx: StateContext): Promise<never> {
  const { state } = ctx;
  let error: Json | undefined = state.Error;
  let cause: Json | undefined = state.Cause;
  if (ctx.jsonata) {
    const states = ctx.states();
    if (error !== undefined) error = await ctx.evaluate(error, 'Error', states);
    if (cause !== undefined) cause = await ctx.evaluate(cause, 'Cause', states);
  } else {
    if (typeof state.ErrorPath === 'string') error = read(ctx, 'ErrorPath', state.ErrorPath);
    if (typeof state.CausePath === 'string') cause = read(ctx, 'CausePath', state.CausePath);
  }
  if (error !== undefined && typeof error !== 'string') throw ctx.runtime(`The Error of a Fail state must be a string, got ${toJsonText(error)}`);
  if (cause !== undefined && typeof cause !== 'string') throw ctx.runtime(`The Cause of a Fail state must be a string, got ${toJsonText(cause)}`);
  throw new StatesError(error ?? '', cause);
}

function read(ctx: StateContext, field: string, path: string): Json {
  const scope = ctx.pathScope(ctx.input);
  try {
    return isIntrinsic(path) ? evaluateIntrinsic(path, scope) : readPath(path, scope);
  } catch (e) {
    if (e instanceof PathNotFound || (e instanceof IntrinsicError && e.error === 'States.Runtime')) {
      throw ctx.runtime(`The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${toJsonText(ctx.input)}'`);
    }
    throw ctx.wrap(e);
  }
}
