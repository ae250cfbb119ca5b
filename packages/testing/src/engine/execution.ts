import type { Mock, MockResponse, TaskCall } from '../types';
import { StatesError } from './errors';
import type { Json, JsonObject } from './json';
import type { RandomSource } from './random';

/** An event as the run records it; payload fields hold values, turned into JSON text when the history is read. */
export interface RawEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: number;
  readonly type: string;
  readonly detailsKey?: string;
  readonly details?: Record<string, unknown>;
}

/** A variable scope: its own values and, for a Map iteration or Parallel branch, the scope it reads through. */
export class VariableScope {
  private readonly values = new Map<string, Json>();
  constructor(private readonly parent?: VariableScope) {}

  get(name: string): Json | undefined {
    const own = this.values.get(name);
    if (own !== undefined || this.values.has(name)) return own;
    return this.parent?.get(name);
  }

  set(name: string, value: Json): void {
    this.values.set(name, value);
  }

  /** Every variable visible here (inner names hide outer ones). */
  all(): Record<string, Json> {
    const out: Record<string, Json> = this.parent ? this.parent.all() : {};
    for (const [k, v] of this.values) out[k] = v;
    return out;
  }

  /** This scope's own variables. */
  own(): Record<string, Json> {
    return Object.fromEntries(this.values);
  }
}

/** What runs one sequence of states: the top level, one Parallel branch or one Map iteration. */
export class Thread {
  /** This thread's clock, in epoch milliseconds. */
  public now: number;
  /** The id of the last event this thread recorded (the next event's previousEventId). */
  public lastEventId: number;

  constructor(
    now: number,
    lastEventId: number,
    public readonly variables: VariableScope,
    /** The context object's Execution and StateMachine (a distributed Map's child executions have their own). */
    public readonly base: { readonly Execution: JsonObject; readonly StateMachine: JsonObject },
    /** Whether this thread's events go into the history (a distributed Map's children keep theirs apart). */
    public readonly recorded: boolean = true,
  ) {
    this.now = now;
    this.lastEventId = lastEventId;
  }
}

/** The run stops: the execution timed out (not catchable). */
export class ExecutionTimeout extends Error {}

/** Run-wide settings resolved from the options. */
export interface ExecutionSettings {
  readonly region: string;
  readonly account: string;
  readonly partition: string;
  readonly roleArn: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly maxEvents: number;
}

/** A run: its history, calls, path, mocks, randomness and deadline. */
export class Execution {
  readonly events: RawEvent[] = [];
  readonly calls: TaskCall[] = [];
  readonly path: string[] = [];
  private readonly mockUses = new Map<string, number>();

  constructor(
    public readonly settings: ExecutionSettings,
    private readonly mocks: Readonly<Record<string, Mock>>,
    private readonly defaultMock: ((call: TaskCall) => MockResponse | Promise<MockResponse>) | undefined,
    public readonly random: RandomSource,
    public readonly uuid: () => string,
    /** The execution's deadline (TimeoutSeconds), epoch milliseconds; Infinity when none. */
    public readonly deadline: number,
  ) {}

  /** Records an event on a thread (unless the thread keeps its events apart) and returns its id. */
  record(thread: Thread, type: string, detailsKey?: string, details?: Record<string, unknown>, previousEventId?: number): number {
    if (!thread.recorded) return thread.lastEventId;
    const id = this.events.length + 1;
    if (id > this.settings.maxEvents && !type.startsWith('Execution')) {
      throw new StatesError('States.Runtime', `The execution reached the maximum number of history events (${this.settings.maxEvents}).`);
    }
    this.events.push({ id, previousEventId: previousEventId ?? thread.lastEventId, timestamp: thread.now, type, detailsKey, details });
    thread.lastEventId = id;
    return id;
  }

  /** Moves a thread's clock forward, failing the run when it passes the execution's deadline. */
  advance(thread: Thread, toMillis: number): void {
    if (toMillis > this.deadline) {
      thread.now = this.deadline;
      throw new ExecutionTimeout();
    }
    if (toMillis > thread.now) thread.now = toMillis;
  }

  /** Whether a state has a mock (its own, or the default one). */
  hasMock(stateName: string): boolean {
    return this.defaultMock !== undefined || Object.prototype.hasOwnProperty.call(this.mocks, stateName);
  }

  /**
   * The response of a state's mock for a call; undefined when the state has no mock or its list is used up. A
   * promise only when the mock is a function that returns one (most calls answer without a tick).
   */
  respond(call: TaskCall): MockResponse | undefined | Promise<MockResponse | undefined> {
    const mock = Object.prototype.hasOwnProperty.call(this.mocks, call.stateName) ? this.mocks[call.stateName] : this.defaultMock;
    if (mock === undefined) return undefined;
    const used = this.mockUses.get(call.stateName) ?? 0;
    this.mockUses.set(call.stateName, used + 1);
    if (typeof mock === 'function') {
      const fail = (e: unknown): never => {
        // A bug in a test's mock is the test's failure, not the state machine's: the run rejects, naming the state.
        throw new Error(`The mock of state '${call.stateName}' threw: ${(e as Error)?.message ?? String(e)}`, { cause: e });
      };
      let answer: MockResponse | Promise<MockResponse>;
      try {
        answer = (mock as (c: TaskCall) => MockResponse | Promise<MockResponse>)(call);
      } catch (e) {
        return fail(e);
      }
      return answer instanceof Promise ? answer.catch(fail) : answer;
    }
    if (Array.isArray(mock)) return (mock as readonly MockResponse[])[used];
    return mock as MockResponse;
  }

  /** How many responses a state's mock list holds (undefined for a single response or a function). */
  mockListLength(stateName: string): number | undefined {
    const mock = this.mocks[stateName];
    return Array.isArray(mock) ? mock.length : undefined;
  }
}
