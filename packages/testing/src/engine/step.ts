import type { Json } from './json';
import type { StateContext } from './state-context';

/** What running a state produced: its output, the next state (none at an end) and the variables it assigns. */
export interface StepResult {
  readonly output: Json;
  /** The next state; undefined when the state ends its graph. */
  readonly next: string | undefined;
  /** The variables set at the state's exit. */
  readonly assigned?: Record<string, Json>;
}

/** Runs one state type: a step from the state's input to its result, or an error thrown. */
export type StateRunner = (ctx: StateContext) => Promise<StepResult>;

/** The next state named by a state's `Next`, or undefined for `End`. */
export function nextOf(ctx: StateContext): string | undefined {
  return typeof ctx.state.Next === 'string' ? ctx.state.Next : undefined;
}
