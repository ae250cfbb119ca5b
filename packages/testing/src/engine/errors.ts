import type { JsonObject } from './json';

/** The error names the States Language and Step Functions define. */
export const StatesErrors = {
  ALL: 'States.ALL',
  TASK_FAILED: 'States.TaskFailed',
  TIMEOUT: 'States.Timeout',
  HEARTBEAT_TIMEOUT: 'States.HeartbeatTimeout',
  NO_CHOICE_MATCHED: 'States.NoChoiceMatched',
  RUNTIME: 'States.Runtime',
  RESULT_PATH_MATCH_FAILURE: 'States.ResultPathMatchFailure',
  PARAMETER_PATH_FAILURE: 'States.ParameterPathFailure',
  BRANCH_FAILED: 'States.BranchFailed',
  INTRINSIC_FAILURE: 'States.IntrinsicFailure',
  EXCEED_TOLERATED_FAILURE_THRESHOLD: 'States.ExceedToleratedFailureThreshold',
  QUERY_EVALUATION_ERROR: 'States.QueryEvaluationError',
  ITEM_READER_FAILED: 'States.ItemReaderFailed',
  RESULT_WRITER_FAILED: 'States.ResultWriterFailed',
  DATA_LIMIT_EXCEEDED: 'States.DataLimitExceeded',
  PERMISSIONS: 'States.Permissions',
} as const;

/** The error a run fails with when a Task state has no mock (never caught, never retried). */
export const MOCK_MISSING = 'Testing.MockMissing';

/**
 * Errors no Retry or Catch handles, even when named. AWS documents States.DataLimitExceeded as terminal too, but
 * its recorded executions show a catcher (States.ALL included) handling a task result over the limit; a state
 * output over the limit fails the execution where it is raised.
 */
const TERMINAL = new Set<string>([StatesErrors.RUNTIME, MOCK_MISSING]);

/** The largest payload Step Functions passes: 256 KiB of UTF-8 JSON. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

/** Objects and arrays already measured under the quota (payloads are never mutated, so the answer holds). */
const withinLimit = new WeakSet<object>();

/**
 * An upper bound of a value's UTF-8 JSON size, or Infinity once past `budget` (a walk that allocates nothing: a
 * character takes at most 6 bytes, as `\u0000`).
 */
function sizeBound(value: unknown, budget: number): number {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? value.length * 6 + 2 : 24;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      size += sizeBound(item, budget - size) + 1;
      if (size > budget) return Infinity;
    }
  } else {
    for (const key in value) {
      size += key.length * 6 + 4 + sizeBound((value as Record<string, unknown>)[key], budget - size);
      if (size > budget) return Infinity;
    }
  }
  return size;
}

/** Whether a value's JSON text is larger than the payload quota. */
export function exceedsPayloadLimit(value: unknown): boolean {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || value === undefined) return false;
  if (typeof value === 'string') return value.length * 3 >= MAX_PAYLOAD_BYTES && Buffer.byteLength(JSON.stringify(value), 'utf8') > MAX_PAYLOAD_BYTES;
  if (withinLimit.has(value as object)) return false;
  if (sizeBound(value, MAX_PAYLOAD_BYTES) <= MAX_PAYLOAD_BYTES) {
    withinLimit.add(value as object);
    return false;
  }
  const text = JSON.stringify(value);
  const exceeds = text.length > MAX_PAYLOAD_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES;
  if (!exceeds) withinLimit.add(value as object);
  return exceeds;
}

/** States.DataLimitExceeded as AWS words it, naming the state or task (a service's resource type, or an ARN). */
export function dataLimitExceeded(what: string): StatesError {
  return new StatesError(
    StatesErrors.DATA_LIMIT_EXCEEDED,
    `The state/task '${what}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}

/**
 * An error a state raises: a name and an optional cause, as a Catch receives them (`{ Error, Cause }`).
 * @internal
 */
export class StatesError extends Error {
  /** The error name (`States.Timeout`, `Lambda.ServiceException`, a Fail state's Error, …). */
  public readonly error: string;
  /** The cause text; `undefined` when the error has none (a Fail state without Cause, a timeout). */
  public override readonly cause: string | undefined;

  /** Whether this States.Timeout came from a missed heartbeat (matched by `States.HeartbeatTimeout` too). */
  public readonly heartbeat: boolean;

  constructor(error: string, cause?: string, options: { heartbeat?: boolean } = {}) {
    // Raised and handled inside a run (retries throw many): no stack trace to capture.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(error);
    Error.stackTraceLimit = limit;
    this.error = error;
    this.cause = cause;
    this.heartbeat = options.heartbeat ?? false;
  }

  /** Whether no Retry or Catch may handle this error. */
  get terminal(): boolean {
    return TERMINAL.has(this.error);
  }

  /** The error output a Catch passes on: `{ Error, Cause }` (Cause omitted when absent). */
  toErrorOutput(): JsonObject {
    return this.cause === undefined ? { Error: this.error } : { Error: this.error, Cause: this.cause };
  }
}

/**
 * Whether a Retrier's or Catcher's `ErrorEquals` list matches an error: `States.ALL` matches every error but the
 * terminal ones, `States.TaskFailed` every error but `States.Timeout` (and the terminal ones),
 * `States.HeartbeatTimeout` a timeout from a missed heartbeat, and any other name matches itself exactly.
 */
export function errorMatches(errorEquals: readonly string[], error: StatesError): boolean {
  if (error.terminal) return false;
  // AWS's recordings show an empty ErrorEquals matching every error.
  if (errorEquals.length === 0) return true;
  for (const name of errorEquals) {
    if (name === error.error || name === StatesErrors.ALL) return true;
    if (name === StatesErrors.TASK_FAILED && error.error !== StatesErrors.TIMEOUT) return true;
    if (name === StatesErrors.HEARTBEAT_TIMEOUT && error.heartbeat) return true;
  }
  return false;
}

/** A States.Runtime error whose cause names the state, as AWS words it. */
export function runtimeError(stateName: string, enteredEventId: number, message: string): StatesError {
  return new StatesError(StatesErrors.RUNTIME, stateFailurePrefix(stateName, enteredEventId) + message);
}

/** `An error occurred while executing the state 'X' (entered at the event id #N). ` — AWS's prefix. */
export function stateFailurePrefix(stateName: string, enteredEventId: number): string {
  return `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). `;
}

/**
 * An error raised while evaluating a state's fields, before the state knows its own name and event id; the
 * interpreter turns it into a {@link StatesError} with AWS's prefix.
 * @internal
 */
export class FieldError extends Error {
  constructor(
    public readonly error: string,
    public readonly detail: string,
  ) {
    super(detail);
  }
}
