import { describeRun } from './describe-run';
import type { Run, TaskCall } from './types';

/** A state named by its construct (its `stateId`) or by its name. */
export type StateRef = string | { readonly stateId: string };

/**
 * Matchers of a run (`runDefinition` or `runStateMachine`), for `expect(run)`. Registered by
 * `import '@cdk-stepfunctions/testing/vitest'`; in Jest, `expect.extend(runMatchers)`.
 */
export interface RunMatchers<R = unknown> {
  /** The run succeeded (and, when given, its output equals `output`; asymmetric matchers allowed). */
  toHaveSucceeded(output?: unknown): R;
  /**
   * The run failed with this error (a name, or a pattern) and, when given, a cause containing `cause` (or matching
   * a pattern).
   */
  toHaveFailedWith(error: string | RegExp, cause?: string | RegExp): R;
  /** The run timed out (the execution's TimeoutSeconds passed on the virtual clock). */
  toHaveTimedOut(): R;
  /** The run entered these states, in this order (others may come between). */
  toHaveVisited(...states: StateRef[]): R;
  /**
   * The run called this state's resource, and, when `input` is given, at least one call's input contains it: objects
   * match on the fields given (at any depth), other values (arrays included) must be equal; asymmetric matchers allowed.
   */
  toHaveCalled(state: StateRef, input?: unknown): R;
}

/** The part of a Jest/Vitest matcher context the matchers use. */
interface MatcherContext {
  readonly isNot: boolean;
  equals(a: unknown, b: unknown): boolean;
  readonly utils: {
    matcherHint(name: string, received?: string, expected?: string, options?: Record<string, unknown>): string;
    printReceived(value: unknown): string;
    printExpected(value: unknown): string;
    diff?(a: unknown, b: unknown): string | null | undefined;
  };
}

interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

function asRun(received: unknown, matcher: string): Run {
  const r = received as Partial<Run>;
  if (!r || typeof r !== 'object' || typeof r.status !== 'string' || !Array.isArray(r.path) || typeof r.calls !== 'function') {
    throw new TypeError(`${matcher}: expected a run (what runStateMachine() or runDefinition() resolves to), got ${typeof received === 'object' ? JSON.stringify(received)?.slice(0, 80) : String(received)}`);
  }
  return received as Run;
}

const nameOf = (state: StateRef): string => (typeof state === 'string' ? state : state.stateId);

function ended(run: Run): string {
  if (run.status === 'SUCCEEDED') return 'it succeeded';
  if (run.status === 'TIMED_OUT') return 'it timed out';
  return `it failed with ${run.error}${run.cause ? `: ${run.cause}` : ''}`;
}

function hint(ctx: MatcherContext, name: string, expected = ''): string {
  return ctx.utils.matcherHint(`${ctx.isNot ? '.not' : ''}.${name}`, 'run', expected, { isNot: ctx.isNot });
}

function matches(actual: string | undefined, expected: string | RegExp, contains: boolean): boolean {
  if (actual === undefined) return false;
  if (expected instanceof RegExp) return expected.test(actual);
  return contains ? actual.includes(expected) : actual === expected;
}

/** Whether `actual` contains `expected`: objects on the given fields at any depth, anything else by equality. */
function containsPartially(ctx: MatcherContext, actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected) && Object.getPrototypeOf(expected) === Object.prototype
    && !('asymmetricMatch' in (expected as object))) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected as Record<string, unknown>).every(([k, v]) =>
      Object.prototype.hasOwnProperty.call(actual, k) && containsPartially(ctx, (actual as Record<string, unknown>)[k], v));
  }
  return ctx.equals(actual, expected);
}

function isSubsequence(path: readonly string[], wanted: readonly string[]): { ok: boolean; reached: number } {
  let i = 0;
  for (const name of path) if (i < wanted.length && name === wanted[i]) i++;
  return { ok: i === wanted.length, reached: i };
}

function taskCalls(run: Run, name: string): TaskCall[] {
  return run.calls(name).filter((c) => c.kind !== 'resultWriter');
}

/** The matchers' implementations, for `expect.extend()`. */
export const runMatchers = {
  toHaveSucceeded(this: MatcherContext, received: unknown, output?: unknown): MatcherResult {
    const run = asRun(received, 'toHaveSucceeded');
    const checkOutput = arguments.length > 1;
    const succeeded = run.status === 'SUCCEEDED';
    const outputMatches = !checkOutput || this.equals(run.output, output);
    const pass = succeeded && outputMatches;
    return {
      pass,
      actual: run.output,
      expected: output,
      message: () => {
        const head = hint(this, 'toHaveSucceeded', checkOutput ? 'output' : '');
        if (pass) {
          return `${head}\n\nExpected the run not to succeed${checkOutput ? ' with this output' : ''}, but it did, with output ${this.utils.printReceived(run.output)}\n\n${describeRun(run)}`;
        }
        if (!succeeded) return `${head}\n\nExpected the run to succeed, but ${ended(run)}\n\n${describeRun(run)}`;
        const diff = this.utils.diff?.(output, run.output);
        return `${head}\n\nThe run succeeded, but its output differs:\n${diff ?? `Expected: ${this.utils.printExpected(output)}\nReceived: ${this.utils.printReceived(run.output)}`}\n\n${describeRun(run)}`;
      },
    };
  },

  toHaveFailedWith(this: MatcherContext, received: unknown, error: string | RegExp, cause?: string | RegExp): MatcherResult {
    const run = asRun(received, 'toHaveFailedWith');
    const pass = run.status === 'FAILED' && matches(run.error, error, false) && (cause === undefined || matches(run.cause, cause, true));
    const wanted = `${String(error)}${cause !== undefined ? ` (cause ${cause instanceof RegExp ? 'matching' : 'containing'} ${String(cause)})` : ''}`;
    return {
      pass,
      message: () => `${hint(this, 'toHaveFailedWith', 'error')}\n\nExpected the run ${pass ? 'not ' : ''}to fail with ${wanted}, but ${ended(run)}\n\n${describeRun(run)}`,
    };
  },

  toHaveTimedOut(this: MatcherContext, received: unknown): MatcherResult {
    const run = asRun(received, 'toHaveTimedOut');
    const pass = run.status === 'TIMED_OUT';
    return {
      pass,
      message: () => `${hint(this, 'toHaveTimedOut')}\n\nExpected the run ${pass ? 'not ' : ''}to time out, but ${ended(run)}\n\n${describeRun(run)}`,
    };
  },

  toHaveVisited(this: MatcherContext, received: unknown, ...states: StateRef[]): MatcherResult {
    const run = asRun(received, 'toHaveVisited');
    if (states.length === 0) throw new TypeError('toHaveVisited: name at least one state');
    const wanted = states.map(nameOf);
    const { ok, reached } = isSubsequence(run.path, wanted);
    const list = wanted.map((n) => `'${n}'`).join(' → ');
    return {
      pass: ok,
      message: () => {
        const head = hint(this, 'toHaveVisited', wanted.length > 1 ? 'states' : 'state');
        const what = wanted.length > 1 ? `${list} in that order` : list;
        const why = ok ? 'it did' : reached > 0 ? `it never entered '${wanted[reached]}' after ${wanted.slice(0, reached).map((n) => `'${n}'`).join(' → ')}`
          : `it never entered '${wanted[0]}'`;
        return `${head}\n\nExpected the run ${ok ? 'not ' : ''}to visit ${what}, but ${why}\n\n${describeRun(run)}`;
      },
    };
  },

  toHaveCalled(this: MatcherContext, received: unknown, state: StateRef, input?: unknown): MatcherResult {
    const run = asRun(received, 'toHaveCalled');
    const name = nameOf(state);
    const calls = taskCalls(run, name);
    const checkInput = arguments.length > 2;
    const matching = checkInput ? calls.filter((c) => containsPartially(this, c.input, input)) : calls;
    const pass = matching.length > 0;
    return {
      pass,
      message: () => {
        const head = hint(this, 'toHaveCalled', checkInput ? 'input' : '');
        const inputs = calls.map((c, i) => `  call ${i + 1}: ${this.utils.printReceived(c.input)}`).join('\n');
        if (pass) {
          return `${head}\n\nExpected no call of '${name}'${checkInput ? ` with input containing ${this.utils.printExpected(input)}` : ''}, ` +
            `but ${matching.length} of its ${calls.length} call(s) ${checkInput ? 'match' : 'were made'}:\n${inputs}\n\n${describeRun(run)}`;
        }
        if (calls.length === 0) return `${head}\n\nExpected a call of '${name}', but the run made none\n\n${describeRun(run)}`;
        return `${head}\n\nExpected a call of '${name}' with input containing ${this.utils.printExpected(input)}, but none of its ${calls.length} call(s) matches:\n${inputs}\n\n${describeRun(run)}`;
      },
    };
  },
};
