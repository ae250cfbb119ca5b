/** How a run ended, as DescribeExecution reports it. */
export type RunStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';

/**
 * What a mocked Task (or a Map's ItemReader) returns for one call: a result, or an error with its cause.
 *
 * For `.waitForTaskToken` the result stands for SendTaskSuccess and the error for SendTaskFailure; for `.sync`
 * the result is the job's final output.
 */
export interface MockResponse {
  /** The service's response (the Task's result before ResultSelector). @default null */
  readonly result?: unknown;
  /** An error name: the call fails with it (`Lambda.ServiceException`, `States.TaskFailed`, …). */
  readonly error?: string;
  /** The cause of the error. */
  readonly cause?: string;
  /** Virtual seconds the call takes before it answers (drives TimeoutSeconds and heartbeats). @default 0 */
  readonly delaySeconds?: number;
  /**
   * Virtual seconds after the call starts at which the worker sends a heartbeat (SendTaskHeartbeat); a gap
   * longer than the state's HeartbeatSeconds times the task out.
   */
  readonly heartbeatSeconds?: number[];
  /** For `.sync` and `.waitForTaskToken`: what submitting the job returned (the TaskSubmitted event's output). @default {} */
  readonly submitted?: unknown;
}

/** A mock that computes its response from the call (its resolved input, attempt, context, task token). */
export type MockFunction = (call: TaskCall) => MockResponse | Promise<MockResponse>;

/** A mock for one state: one response for every call, a list consumed one per call, or a function. */
export type Mock = MockResponse | readonly MockResponse[] | MockFunction;

/** Options of {@link runDefinition}. */
export interface RunOptions {
  /** The execution input. @default {} */
  readonly input?: unknown;
  /**
   * Mocks keyed by state name: a Task state's name for its calls, a Map state's name for its ItemReader.
   * A list is consumed one response per call, in call order (Map items in item order).
   * @default {}
   */
  readonly mocks?: Readonly<Record<string, Mock>>;
  /**
   * Answers the calls of Task states (and ItemReaders) that have no entry in `mocks`; without it such a call fails
   * the run with `Testing.MockMissing`.
   * @default - none: a Task without a mock fails the run
   */
  readonly defaultMock?: MockFunction;
  /** When the execution starts on the virtual clock (ISO-8601 text, a Date or epoch milliseconds). @default '2025-01-01T00:00:00Z' */
  readonly startTime?: string | Date | number;
  /** The seed of the run's randomness (retry jitter, States.MathRandom, $random, UUIDs, task tokens). @default 0 */
  readonly seed?: number;
  /** A source of random numbers in [0, 1) to use instead of the seeded one. */
  readonly random?: () => number;
  /** A UUID generator to use instead of the seeded one (States.UUID, $uuid(), execution names, task tokens). */
  readonly uuid?: () => string;
  /** The execution's name ($$.Execution.Name). @default a UUID */
  readonly executionName?: string;
  /** The state machine's name ($$.StateMachine.Name). @default 'StateMachine' */
  readonly stateMachineName?: string;
  /** The region of the ARNs. @default 'us-east-1' */
  readonly region?: string;
  /** The account of the ARNs. @default '123456789012' */
  readonly account?: string;
  /** The partition of the ARNs ($partition() in JSONata). @default 'aws' */
  readonly partition?: string;
  /** The execution role ($$.Execution.RoleArn). @default arn:<partition>:iam::<account>:role/StepFunctionsRole */
  readonly roleArn?: string;
  /** The history size at which the run fails, as AWS's 25,000-event quota does (guards endless loops). @default 25000 */
  readonly maxEvents?: number;
}

/** One call of a Task's resource (or of a Map's ItemReader), as the mock received it. */
export interface TaskCall {
  /** The state's name. */
  readonly stateName: string;
  /** The state's Resource ARN (for an ItemReader, its Resource). */
  readonly resource: string;
  /** What the service receives: Parameters or Arguments resolved (the effective input when neither is set). */
  readonly input: unknown;
  /** The attempt, 1 for the first call and one more per retry. */
  readonly attempt: number;
  /** The context object at the call ($$ / $states.context), Task.Token included for `.waitForTaskToken`. */
  readonly context: unknown;
  /** The task token for `.waitForTaskToken` (also in the input where Parameters place it). */
  readonly taskToken?: string;
  /** The Credentials field resolved, when the state has one. */
  readonly credentials?: unknown;
  /** The state's TimeoutSeconds resolved, when set. */
  readonly timeoutSeconds?: number;
  /** The state's HeartbeatSeconds resolved, when set. */
  readonly heartbeatSeconds?: number;
  /** When the call was made, on the virtual clock (ISO-8601). */
  readonly timestamp: string;
  /**
   * `task`; `itemReader` for a Map's ItemReader; `resultWriter` for a Map's ResultWriter (its input holds the
   * `Results` written, no mock is asked).
   */
  readonly kind: 'task' | 'itemReader' | 'resultWriter';
  /** What the mock answered; undefined while the call runs. */
  readonly response?: MockResponse;
}

/** One event of the run's history, shaped as GetExecutionHistory returns it (payloads as JSON text). */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: Date;
  /** `ExecutionStarted`, `TaskStateEntered`, `TaskScheduled`, `MapIterationStarted`, … */
  readonly type: string;
  /** The details, under AWS's key for the type (`stateEnteredEventDetails`, `taskFailedEventDetails`, …). */
  readonly [details: string]: unknown;
}

/** The outcome of a run. */
export interface Run {
  /** SUCCEEDED, FAILED or TIMED_OUT. */
  readonly status: RunStatus;
  /** The execution output (undefined unless SUCCEEDED). */
  readonly output: unknown;
  /** The error the execution failed with. */
  readonly error: string | undefined;
  /** The cause the execution failed with. */
  readonly cause: string | undefined;
  /** The names of the states entered, in order, nested states (Map iterations, Parallel branches) included. */
  readonly path: string[];
  /** The variables of the top-level scope when the run ended. */
  readonly variables: Record<string, unknown>;
  /** The execution history. */
  readonly events: HistoryEvent[];
  /** Virtual seconds from start to stop. */
  readonly elapsedSeconds: number;
  /** When the execution started (virtual clock). */
  readonly startTime: Date;
  /** When the execution stopped (virtual clock). */
  readonly stopTime: Date;
  /** The calls of one state's resource, in call order; every call when no name is given. */
  calls(stateName?: string): TaskCall[];
}
