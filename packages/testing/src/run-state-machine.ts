import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { resolveDefinition, type Runnable } from './cdk/definition';
import { describeRun } from './describe-run';
import { MOCK_MISSING } from './engine/errors';
import { defaultResponse, filledFields, resourceKey, type ResponseContext } from './mocks/default-responses';
import { responseOf, TaskMock, type TypedResponse } from './mocks/mock';
import { runDefinition } from './run-definition';
import type { Mock, MockResponse, Run, RunOptions, TaskCall } from './types';

/** Options of {@link runStateMachine}: those of `runDefinition`, with mocks built by `mock()` and strict mode. */
export interface StateMachineRunOptions extends Omit<RunOptions, 'mocks' | 'defaultMock'> {
  /**
   * The mocks: a list built with `mock(task)` / `mock('State name')`, or `runDefinition`'s record keyed by state name.
   * @default []
   */
  readonly mocks?: ReadonlyArray<TaskMock<any>> | Readonly<Record<string, Mock>>;
  /**
   * Strict mode: a Task state without a mock fails the run (`Testing.MockMissing`, naming the state), and a mock
   * the run never used (or a list of responses it did not use up) rejects the run. Without it, a Task without a
   * mock answers with the default response of its resource, and unused mocks are fine.
   * @default true
   */
  readonly strict?: boolean;
  /** The query language of a chain's top level (a `StateMachine` has its own). @default JSONPath */
  readonly queryLanguage?: sfn.QueryLanguage;
}

/** A run of a CDK state machine: the engine's run, plus the definition that ran. */
export interface StateMachineRun extends Run {
  /** The definition that ran, CloudFormation references replaced by their stand-ins. */
  readonly definition: Record<string, unknown>;
}

/** Strict mode rejected a run: a mock was never used, or a list of responses was not used up. */
export class StrictModeError extends Error {
  constructor(
    message: string,
    /** The run, complete. */
    public readonly run: StateMachineRun,
  ) {
    super(message);
    this.name = 'StrictModeError';
  }
}

/** A state of the definition, found at any depth. */
interface StateInfo {
  readonly type: string;
  readonly resource?: string;
  readonly itemReader: boolean;
}

/**
 * Runs a CDK state machine (or a chain of states) offline, with mocks: its definition is resolved in its stack,
 * without synthesizing the app, CloudFormation references replaced by deterministic stand-ins (names and ARNs as
 * CloudFormation would give them, in the stack's account and Region or the run's), and run by `runDefinition`.
 *
 * @param target the `StateMachine`, or a chain (`IChainable`: a state, a `Chain`, a fragment)
 * @param options the input, mocks, strict mode, and `runDefinition`'s options
 * @returns the run, with the definition that ran; rejects when strict mode finds a mock the run did not use
 */
export async function runStateMachine(target: Runnable, options: StateMachineRunOptions = {}): Promise<StateMachineRun> {
  const { mocks: given, strict: strictOption, queryLanguage, ...runOptions } = options;
  const strict = strictOption ?? true;
  const resolved = resolveDefinition(target, { region: options.region, account: options.account, partition: options.partition, queryLanguage });
  const states = listStates(resolved.definition);
  const env = resolved.env;
  const seq = new Map<string, number>();
  const contextOf = (call: TaskCall): ResponseContext => {
    const n = (seq.get(call.stateName) ?? 0) + 1;
    seq.set(call.stateName, n);
    const base = `${call.stateName}#${n}`;
    const input = call.input !== null && typeof call.input === 'object' && !Array.isArray(call.input) ? call.input as Record<string, any> : {};
    return { call, input, region: env.region, account: env.account, partition: env.partition, now: Date.parse(call.timestamp), id: (kind = '') => `${base}/${kind}` };
  };
  const defaults = (call: TaskCall, ctx: ResponseContext): MockResponse => {
    if (call.kind === 'itemReader') return { result: [] };
    const response = defaultResponse(ctx);
    return response !== undefined
      ? { result: response }
      : { error: MOCK_MISSING, cause: `Task state '${call.stateName}' has no default response (resource ${call.resource}): give it a mock with a result.` };
  };

  const mocks: Record<string, Mock> = {};
  const entries: Array<{ name: string; mock: TaskMock<unknown> | Mock }> = [];
  if (Array.isArray(given)) {
    for (const m of given as Array<TaskMock<unknown>>) {
      if (!(m instanceof TaskMock)) throw new Error('runStateMachine(): `mocks` takes mock(task) / mock(\'State name\') entries, or a record keyed by state name');
      const name = m.stateName;
      checkTarget(name, states, `mock(${m.typed ? 'task' : `'${name}'`})`);
      if (name in mocks) throw new Error(`runStateMachine(): two mocks for state '${name}': give one mock all its responses`);
      if (!m.answer && m.steps.length === 0) throw new Error(`mock('${name}') has no response: add returns(), throws(), sendsTaskSuccess() or returnsDefault()`);
      mocks[name] = engineMock(m, contextOf, defaults);
      entries.push({ name, mock: m });
    }
  } else if (given) {
    for (const [name, m] of Object.entries(given as Record<string, Mock>)) {
      if (strict) checkTarget(name, states, `mocks['${name}']`);
      mocks[name] = m;
      entries.push({ name, mock: m });
    }
  }

  const defaultMock = strict
    ? (call: TaskCall): MockResponse => ({
      error: MOCK_MISSING,
      cause: `${call.kind === 'itemReader' ? 'Map' : 'Task'} state '${call.stateName}' has no mock (strict mode; resource ${call.resource}): ` +
        `add mock(task) or mock('${call.stateName}') to the mocks, or pass strict: false to answer it with the default response of its resource.`,
    })
    : (call: TaskCall): MockResponse => defaults(call, contextOf(call));

  const run = await runDefinition(resolved.definition, {
    ...runOptions,
    region: env.region,
    account: env.account,
    partition: env.partition,
    stateMachineName: options.stateMachineName ?? resolved.stateMachineName,
    mocks,
    defaultMock,
  });
  Object.defineProperty(run, 'definition', { value: resolved.definition, enumerable: false });
  const result = run as StateMachineRun;
  if (strict && result.error !== MOCK_MISSING) {
    const unused = unusedMocks(entries, result);
    if (unused.length) {
      const ended = result.status === 'SUCCEEDED' ? ''
        : ` The run ${result.status === 'FAILED' ? `failed with ${result.error}` : 'timed out'} before it got there.`;
      throw new StrictModeError(
        `Strict mode: ${unused.join('; ')}.${ended} Remove the mocks the run does not reach, or pass strict: false.\n\n${describeRun(result)}`,
        result,
      );
    }
  }
  return result;
}

/** The engine mock of a `mock()`: each call answered from the script, results completed and shaped per call. */
function engineMock(m: TaskMock<unknown>, contextOf: (call: TaskCall) => ResponseContext, defaults: (call: TaskCall, ctx: ResponseContext) => MockResponse): Mock {
  const target = m.target;
  // A typed LambdaInvoke with payloadResponseOnly calls the function ARN, which answers with the payload alone.
  const payloadOnly = typeof target !== 'string' && (target as { props?: { lambdaFunction?: unknown } }).props?.lambdaFunction !== undefined;
  const shapeFor = (call: TaskCall, ctx: ResponseContext) => ({
    result(result: unknown, typed: boolean): unknown {
      if (!typed || !isPlainObject(result)) return result;
      if (payloadOnly && resourceKey(call.resource).key === 'lambda:function') return 'Payload' in result ? result.Payload : result;
      return { ...filledFields(ctx), ...result };
    },
    defaults: () => defaults(call, ctx),
  });
  const answer = m.answer;
  if (answer) {
    return async (call: TaskCall): Promise<MockResponse> => {
      const ctx = contextOf(call);
      const response: TypedResponse<unknown> = await answer(call);
      return 'result' in response ? { ...response, result: shapeFor(call, ctx).result(response.result, m.typed) } : response;
    };
  }
  let used = 0;
  const steps = m.steps;
  return (call: TaskCall): MockResponse => {
    const index = used++;
    const ctx = contextOf(call);
    if (!m.isList) return responseOf(steps[0], shapeFor(call, ctx));
    if (index >= steps.length) {
      return { error: MOCK_MISSING, cause: `The mock of state '${m.stateName}' has ${steps.length} response(s); call ${index + 1} has none.` };
    }
    return responseOf(steps[index], shapeFor(call, ctx));
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fails early when a mock names no Task state (or Map with an ItemReader) of the definition. */
function checkTarget(name: string, states: Map<string, StateInfo>, what: string): void {
  const state = states.get(name);
  const mockable = [...states].filter(([, s]) => s.type === 'Task' || s.itemReader).map(([n]) => `'${n}'`);
  if (!state) {
    throw new Error(`${what}: the state machine has no state '${name}' (its Task states: ${mockable.join(', ') || 'none'})`);
  }
  if (state.type !== 'Task' && !state.itemReader) {
    throw new Error(`${what}: state '${name}' is a ${state.type} state; only Task states, and Map states for their ItemReader, take mocks`);
  }
}

/** Every state of a definition, Parallel branches and Map processors included. */
function listStates(definition: Record<string, unknown>, into = new Map<string, StateInfo>()): Map<string, StateInfo> {
  const states = (definition.States ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, state] of Object.entries(states)) {
    into.set(name, { type: String(state.Type), resource: typeof state.Resource === 'string' ? state.Resource : undefined, itemReader: state.ItemReader !== undefined });
    for (const branch of (state.Branches ?? []) as Array<Record<string, unknown>>) listStates(branch, into);
    const processor = (state.ItemProcessor ?? state.Iterator) as Record<string, unknown> | undefined;
    if (processor) listStates(processor, into);
  }
  return into;
}

/** What strict mode finds unused: mocks with no call, lists with responses left. */
function unusedMocks(entries: ReadonlyArray<{ name: string; mock: TaskMock<unknown> | Mock }>, run: Run): string[] {
  const problems: string[] = [];
  for (const { name, mock } of entries) {
    const calls = run.calls(name).filter((c) => c.kind !== 'resultWriter').length;
    const listLength = mock instanceof TaskMock
      ? (mock.isList ? mock.steps.length : undefined)
      : (Array.isArray(mock) ? mock.length : undefined);
    if (calls === 0) problems.push(`the mock of '${name}' was never used (the run did not call that state)`);
    else if (listLength !== undefined && calls < listLength) {
      problems.push(`the mock of '${name}' has ${listLength} responses but the run made ${calls} call(s)`);
    }
  }
  return problems;
}
