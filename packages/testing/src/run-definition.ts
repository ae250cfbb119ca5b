import { parseDefinition } from './engine/definition';
import { MOCK_MISSING, StatesError } from './engine/errors';
import { Execution, ExecutionTimeout, Thread, VariableScope, type RawEvent } from './engine/execution';
import { runGraph } from './engine/interpreter';
import { toJson, type Json } from './engine/json';
import { seededRandom, uuidFrom } from './engine/random';
import type { HistoryEvent, Run, RunOptions, RunStatus, TaskCall } from './types';

/** When a run starts unless told otherwise: a fixed instant, so runs are reproducible. */
export const DEFAULT_START_TIME = '2025-01-01T00:00:00.000Z';

/** The longest a Standard workflow execution runs: a year. */
const MAX_EXECUTION_SECONDS = 365 * 24 * 3600;

/** Payload fields of event details, held as values during the run and written as JSON text when read. */
const PAYLOAD_FIELDS = new Set(['input', 'output', 'parameters']);

/**
 * Runs a Step Functions state machine definition in process, on a virtual clock, with Task states answered by
 * mocks: nothing waits in real time and nothing leaves the process.
 *
 * @param definition the Amazon States Language definition, as an object or its JSON text
 * @param options the input, mocks, start time, seed and names of the run
 * @returns the run: status, output or error and cause, the path taken, the calls of each mock, the variables,
 *   the history and the virtual time it took
 */
export async function runDefinition(definition: unknown, options: RunOptions = {}): Promise<Run> {
  const machine = parseDefinition(definition);
  const random = options.random ?? seededRandom(options.seed ?? 0);
  const uuid = options.uuid ?? uuidFrom(options.random ? options.random : seededRandom((options.seed ?? 0) ^ 0x9e3779b9));
  const startMs = startMillis(options.startTime);
  const region = options.region ?? 'us-east-1';
  const account = options.account ?? '123456789012';
  const partition = options.partition ?? 'aws';
  const stateMachineName = options.stateMachineName ?? 'StateMachine';
  const stateMachineArn = `arn:${partition}:states:${region}:${account}:stateMachine:${stateMachineName}`;
  const executionName = options.executionName ?? uuid();
  const roleArn = options.roleArn ?? `arn:${partition}:iam::${account}:role/StepFunctionsRole`;
  const input = toJson(options.input === undefined ? {} : options.input);
  // A Standard workflow times out after a year whatever its TimeoutSeconds.
  const deadline = startMs + Math.min(machine.TimeoutSeconds ?? MAX_EXECUTION_SECONDS, MAX_EXECUTION_SECONDS) * 1000;
  const exec = new Execution(
    { region, account, partition, roleArn, stateMachineArn, stateMachineName, maxEvents: options.maxEvents ?? 25_000 },
    options.mocks ?? {},
    options.defaultMock,
    random,
    uuid,
    deadline,
  );
  const base = {
    Execution: {
      Id: `arn:${partition}:states:${region}:${account}:execution:${stateMachineName}:${executionName}`,
      Input: input,
      StartTime: new Date(startMs).toISOString(),
      Name: executionName,
      RoleArn: roleArn,
      RedriveCount: 0,
    },
    StateMachine: { Id: stateMachineArn, Name: stateMachineName },
  };
  const variables = new VariableScope();
  const thread = new Thread(startMs, 0, variables, base);
  exec.record(thread, 'ExecutionStarted', 'executionStartedEventDetails', { input, inputDetails: { truncated: false }, roleArn });
  thread.lastEventId = 0; // AWS: the first state's entered event has previousEventId 0

  let status: RunStatus;
  let output: Json | undefined;
  let error: string | undefined;
  let cause: string | undefined;
  try {
    output = await runGraph(exec, thread, machine, input);
    status = 'SUCCEEDED';
    exec.record(thread, 'ExecutionSucceeded', 'executionSucceededEventDetails', { output, outputDetails: { truncated: false } });
  } catch (e) {
    if (e instanceof ExecutionTimeout) {
      status = 'TIMED_OUT';
      error = 'States.Timeout';
      thread.now = deadline;
      thread.lastEventId = exec.events.length;
      exec.record(thread, 'ExecutionTimedOut', 'executionTimedOutEventDetails', { error });
    } else if (e instanceof StatesError) {
      status = 'FAILED';
      error = e.error || undefined;
      cause = e.cause || undefined;
      const details: Record<string, unknown> = {};
      if (error) details.error = error;
      if (cause !== undefined) details.cause = cause;
      thread.now = Math.max(thread.now, lastTimestamp(exec.events));
      thread.lastEventId = exec.events.length;
      exec.record(thread, 'ExecutionFailed', 'executionFailedEventDetails', details);
    } else {
      throw e;
    }
  }
  const stopMs = Math.max(thread.now, lastTimestamp(exec.events));
  return new RunResult(status, output, error, cause, exec, variables, startMs, stopMs);
}

function lastTimestamp(events: readonly RawEvent[]): number {
  return events.length ? events[events.length - 1].timestamp : 0;
}

function startMillis(start: RunOptions['startTime']): number {
  if (start === undefined) return Date.parse(DEFAULT_START_TIME);
  const ms = start instanceof Date ? start.getTime() : typeof start === 'number' ? start : Date.parse(start);
  if (!Number.isFinite(ms)) throw new Error(`startTime must be an ISO-8601 date, a Date or epoch milliseconds, got ${String(start)}`);
  return ms;
}

/** The outcome of a run (see {@link Run}). */
class RunResult implements Run {
  private history: HistoryEvent[] | undefined;

  constructor(
    public readonly status: RunStatus,
    public readonly output: unknown,
    public readonly error: string | undefined,
    public readonly cause: string | undefined,
    private readonly exec: Execution,
    private readonly scope: VariableScope,
    private readonly startMs: number,
    private readonly stopMs: number,
  ) {}

  get path(): string[] {
    return [...this.exec.path];
  }

  get variables(): Record<string, unknown> {
    return this.scope.own();
  }

  get elapsedSeconds(): number {
    return (this.stopMs - this.startMs) / 1000;
  }

  get startTime(): Date {
    return new Date(this.startMs);
  }

  get stopTime(): Date {
    return new Date(this.stopMs);
  }

  /** Whether the run failed because a Task had no mock (or its list ran out). */
  get mockMissing(): boolean {
    return this.error === MOCK_MISSING;
  }

  get events(): HistoryEvent[] {
    if (!this.history) this.history = this.exec.events.map(toHistoryEvent);
    return this.history;
  }

  calls(stateName?: string): TaskCall[] {
    return stateName === undefined ? [...this.exec.calls] : this.exec.calls.filter((c) => c.stateName === stateName);
  }
}

function toHistoryEvent(event: RawEvent): HistoryEvent {
  const out: Record<string, unknown> = {
    id: event.id,
    previousEventId: event.previousEventId,
    timestamp: new Date(event.timestamp),
    type: event.type,
  };
  if (event.detailsKey && event.details) {
    const details: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(event.details)) {
      if (v === undefined) continue;
      if (PAYLOAD_FIELDS.has(k)) details[k] = JSON.stringify(v);
      else if (k === 'assignedVariables') {
        details[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([n, value]) => [n, JSON.stringify(value)]));
      } else details[k] = v;
    }
    out[event.detailsKey] = details;
  }
  return out as unknown as HistoryEvent;
}
