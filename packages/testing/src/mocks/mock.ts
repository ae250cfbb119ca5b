import type { MockResponse, TaskCall } from '../types';

/**
 * The service result a task class declares (its `_serviceResult` type), or `unknown` for a state that declares
 * none (aws-cdk-lib's tasks, a state given by name).
 */
export type ServiceResultOf<T> = T extends { readonly _serviceResult?: infer R } ? (unknown extends R ? unknown : NonNullable<R>) : unknown;

/**
 * What `returns()` takes for a result of type `R`: the result with any of its top-level fields left out — those AWS
 * always returns (a Lambda invocation's `StatusCode`, an SNS `MessageId`, …) are completed with realistic values.
 * A field the result does not have, or a value of the wrong type, fails type-checking.
 */
export type MockResult<R> = R extends readonly unknown[] ? R : R extends object ? { [K in keyof R]?: R[K] } : R;

/** Timing and job details of one mocked response. */
export interface ResponseOptions {
  /** Virtual seconds the call takes before it answers (reaches the state's TimeoutSeconds when longer). @default 0 */
  readonly delaySeconds?: number;
  /** Virtual seconds after the call starts at which the worker sends heartbeats. */
  readonly heartbeatSeconds?: number[];
  /** For `.sync` and `.waitForTaskToken`: what starting the job returned (the TaskSubmitted event's output). */
  readonly submitted?: unknown;
}

/** A response computed by `answers()`: a result, or an error and its cause. */
export interface TypedResponse<R> extends ResponseOptions {
  readonly result?: MockResult<R>;
  readonly error?: string;
  readonly cause?: string;
}

/** One step of a mock's script. */
export type MockStep =
  | { readonly kind: 'result'; readonly result: unknown; readonly options: ResponseOptions; readonly typed: boolean }
  | { readonly kind: 'taskSuccess'; readonly output: unknown; readonly options: ResponseOptions }
  | { readonly kind: 'error'; readonly error: string; readonly cause?: string; readonly options: ResponseOptions }
  | { readonly kind: 'default'; readonly options: ResponseOptions };

/** A state a mock answers for: a state construct (its `stateId` is the state's name) or a state name. */
export type MockTarget = string | { readonly stateId: string };

/**
 * The mock of one Task state (or of a Map state's ItemReader), built by {@link mock}: what each call answers, in
 * order. One response answers every call; several answer one call each, in call order (`.times(n)` repeats the last
 * one); `answers()` computes each response from the call.
 *
 * `.then` reads as a separator: `mock(charge).throws('Card.Declined').then.returns({ Payload: { ok: true } })`.
 */
export class TaskMock<R = unknown> {
  private readonly script: MockStep[] = [];
  private computed?: (call: TaskCall) => TypedResponse<R> | Promise<TypedResponse<R>>;
  private counted = false;

  /** @param target the state construct or state name this mock answers for */
  constructor(public readonly target: MockTarget) {}

  /** The state's name. */
  get stateName(): string {
    return typeof this.target === 'string' ? this.target : this.target.stateId;
  }

  /** Whether the mock names its state by a construct (typed) rather than by name. */
  get typed(): boolean {
    return typeof this.target !== 'string';
  }

  /** The responses in order (empty for a mock that computes them). */
  get steps(): readonly MockStep[] {
    return this.script;
  }

  /** The function that computes each response, when `answers()` built the mock. */
  get answer(): ((call: TaskCall) => TypedResponse<R> | Promise<TypedResponse<R>>) | undefined {
    return this.computed;
  }

  /** Whether each response answers one call only (several responses, or `times()`). */
  get isList(): boolean {
    return this.counted || this.script.length > 1;
  }

  /** Separates steps for reading: `.throws('X').then.returns(r)`. */
  get then(): this {
    return this;
  }

  /**
   * The call succeeds with this service result (before `ResultSelector`/`outputPath`/`outputs` shape it). Through
   * `mock(task)` the result is typed by the task's class, and the fields AWS always returns may be left out.
   */
  returns(result: MockResult<R>, options: ResponseOptions = {}): this {
    return this.add({ kind: 'result', result, options, typed: this.typed });
  }

  /** The call fails with this error (and cause), as the service or the worker reports it. */
  throws(error: string, cause?: string, options: ResponseOptions = {}): this {
    return this.add({ kind: 'error', error, cause, options });
  }

  /** For a `.waitForTaskToken` task: the worker calls SendTaskSuccess with this output, which becomes the result. */
  sendsTaskSuccess(output: unknown, options: ResponseOptions = {}): this {
    return this.add({ kind: 'taskSuccess', output, options });
  }

  /** The call succeeds with the default response of the state's resource (a realistic result of its service). */
  returnsDefault(options: ResponseOptions = {}): this {
    return this.add({ kind: 'default', options });
  }

  /** Repeats the last response so that it answers `count` calls in all (then the next one answers). */
  times(count: number): this {
    if (!Number.isInteger(count) || count < 1) throw new Error(`times() needs a whole number of calls of at least 1, got ${count}`);
    const last = this.script[this.script.length - 1];
    if (!last) throw new Error(`mock('${this.stateName}').times(${count}): add a response first`);
    for (let i = 1; i < count; i++) this.script.push(last);
    this.counted = true;
    return this;
  }

  /** Computes every call's response from the call (its input, attempt, context, task token). */
  answers(compute: (call: TaskCall) => TypedResponse<R> | Promise<TypedResponse<R>>): this {
    if (this.script.length) throw new Error(`mock('${this.stateName}').answers() computes every response: it does not combine with returns() or throws()`);
    this.computed = compute;
    return this;
  }

  private add(step: MockStep): this {
    if (this.computed) throw new Error(`mock('${this.stateName}'): answers() computes every response already`);
    this.script.push(step);
    return this;
  }
}

/**
 * A mock for a task: its result is typed by the task's class (`mock(lambdaInvoke).returns({ Payload: … })`
 * type-checks, a wrong shape does not).
 *
 * @param task the task construct (any state whose name is its `stateId`, aws-cdk-lib's tasks included)
 */
export function mock<T extends { readonly stateId: string }>(task: T): TaskMock<ServiceResultOf<T>>;
/**
 * A mock for the state of this name: its result is untyped.
 *
 * @param stateName the Task state's name (or a Map state's, for its ItemReader)
 */
export function mock(stateName: string): TaskMock<unknown>;
export function mock(target: MockTarget): TaskMock<unknown> {
  if (typeof target !== 'string' && typeof target?.stateId !== 'string') {
    throw new Error('mock() takes a state (a task construct) or a state name');
  }
  return new TaskMock(target);
}

/**
 * The engine's response for a step: a result completed or shaped by `shape.result`, or the state's default response
 * (`shape.defaults`, an error when its resource has none).
 */
export function responseOf(step: MockStep, shape: { result(result: unknown, typed: boolean): unknown; defaults(): MockResponse }): MockResponse {
  const { delaySeconds, heartbeatSeconds, submitted } = step.options;
  const timing: Record<string, unknown> = {};
  if (delaySeconds !== undefined) timing.delaySeconds = delaySeconds;
  if (heartbeatSeconds !== undefined) timing.heartbeatSeconds = heartbeatSeconds;
  if (submitted !== undefined) timing.submitted = submitted;
  switch (step.kind) {
    case 'result': return { result: shape.result(step.result, step.typed), ...timing };
    case 'taskSuccess': return { result: step.output, ...timing };
    case 'error': return { error: step.error, ...(step.cause !== undefined && { cause: step.cause }), ...timing };
    case 'default': return { ...shape.defaults(), ...timing };
  }
}
