import { runDefinition, type Run, type RunOptions } from '../src';

/** A one-state machine around `state` (named `S`), ending there unless the state says otherwise. */
export function single(state: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const s: Record<string, unknown> = { ...state };
  if (!('Next' in s) && !('End' in s) && !['Choice', 'Succeed', 'Fail'].includes(s.Type as string)) s.End = true;
  return { StartAt: 'S', States: { S: s, ...extra } };
}

/** Runs a one-state machine. */
export function runState(state: Record<string, unknown>, options: RunOptions = {}, extra: Record<string, unknown> = {}): Promise<Run> {
  return runDefinition(single(state, extra), options);
}

/** Runs a Pass state with Parameters (JSONPath) and returns the output. */
export async function parameters(params: unknown, input: unknown = {}): Promise<unknown> {
  const run = await runState({ Type: 'Pass', Parameters: params }, { input });
  if (run.status !== 'SUCCEEDED') throw new Error(`${run.error}: ${run.cause}`);
  return run.output;
}

export const LAMBDA = 'arn:aws:states:::lambda:invoke';
