import type { MockResponse, TaskCall } from '../../types';
import { dataLimitExceeded, exceedsPayloadLimit, MOCK_MISSING, StatesError, StatesErrors } from '../errors';
import { isJsonata } from '../jsonata';
import { toJson, toJsonText, type Json, type JsonObject } from '../json';
import { PathNotFound, readPath } from '../jsonpath';
import { withRetryAndCatch } from '../retry';
import type { StateContext } from '../state-context';
import { nextOf, type StepResult } from '../step';

/** How a Task's Resource is called, and the names its history events use. */
export interface ResourceInfo {
  /** `service` (arn:…:states:::svc:action), `lambda` (a function ARN) or `activity` (an activity ARN). */
  readonly kind: 'service' | 'lambda' | 'activity';
  /** TaskScheduled's resourceType (`lambda`, `sqs`, `aws-sdk:s3`, …). */
  readonly resourceType: string;
  /** TaskScheduled's resource (`invoke`, `sendMessage.waitForTaskToken`, …), or the ARN for lambda/activity. */
  readonly resource: string;
  /** Request-response, `.sync` (run a job) or `.waitForTaskToken`. */
  readonly pattern: 'requestResponse' | 'sync' | 'waitForTaskToken';
}

/** Reads a Task's Resource ARN. */
export function resourceInfo(arn: string): ResourceInfo {
  const parts = arn.split(':');
  if (parts[0] === 'arn' && parts[2] === 'states' && parts[3] === '' && parts[4] === '') {
    const rest = parts.slice(5);
    const sdk = rest[0] === 'aws-sdk';
    const resourceType = sdk ? `aws-sdk:${rest[1]}` : rest[0];
    const resource = (sdk ? rest.slice(2) : rest.slice(1)).join(':');
    const pattern = /\.waitForTaskToken$/.test(resource) ? 'waitForTaskToken' : /\.sync(:\d+)?$/.test(resource) ? 'sync' : 'requestResponse';
    return { kind: 'service', resourceType, resource, pattern };
  }
  if (parts[0] === 'arn' && parts[2] === 'states' && parts[5] === 'activity') {
    return { kind: 'activity', resourceType: 'activity', resource: arn, pattern: 'requestResponse' };
  }
  return { kind: 'lambda', resourceType: 'lambda', resource: arn, pattern: 'requestResponse' };
}

/** The history event names (and detail keys) of each kind of resource. */
function eventNames(prefix: string, key: string) {
  const name = (what: string) => ({ type: `${prefix}${what}`, details: `${key}${what}EventDetails` });
  return { scheduled: name('Scheduled'), started: name('Started'), failed: name('Failed'), timedOut: name('TimedOut'), succeeded: name('Succeeded') };
}

const EVENTS = {
  service: eventNames('Task', 'task'),
  lambda: eventNames('LambdaFunction', 'lambdaFunction'),
  activity: eventNames('Activity', 'activity'),
};

interface Resolved {
  readonly args: Json;
  /** The context object of the attempt, built when something reads it. */
  readonly context: () => JsonObject;
  readonly taskToken?: string;
  readonly timeoutSeconds?: number;
  readonly heartbeatSeconds?: number;
  readonly credentials?: Json;
}

/** Task: calls its resource through the state's mock, with Retry, Catch, timeouts and heartbeats. */
export async function runTask(ctx: StateContext): Promise<StepResult> {
  const arn = ctx.state.Resource;
  if (typeof arn !== 'string') throw ctx.runtime('A Task state needs a Resource');
  const info = resourceInfo(arn);
  return withRetryAndCatch(ctx, (retryCount) => attempt(ctx, arn, info, retryCount));
}

/** One call of the resource: its result processed, or the error the call failed with (returned, not thrown: retries are common). */
async function attempt(ctx: StateContext, arn: string, info: ResourceInfo, retryCount: number): Promise<StepResult | StatesError> {
  const { exec, thread } = ctx;
  const resolved = ctx.jsonata ? await resolveJsonata(ctx, info, retryCount) : resolveJsonPath(ctx, info, retryCount);
  const events = EVENTS[info.kind];
  const scheduled: Record<string, unknown> =
    info.kind === 'service'
      ? { resourceType: info.resourceType, resource: info.resource, region: exec.settings.region, parameters: resolved.args }
      : { resource: info.resource, input: resolved.args, inputDetails: { truncated: false } };
  if (resolved.timeoutSeconds !== undefined) scheduled.timeoutInSeconds = resolved.timeoutSeconds;
  if (resolved.heartbeatSeconds !== undefined) scheduled.heartbeatInSeconds = resolved.heartbeatSeconds;
  exec.record(thread, events.scheduled.type, events.scheduled.details, scheduled);
  const named = info.kind === 'service' ? { resourceType: info.resourceType, resource: info.resource } : undefined;
  if (info.kind === 'activity') exec.record(thread, 'ActivityStarted', 'activityStartedEventDetails', { workerName: 'mock' });
  else exec.record(thread, events.started.type, named ? 'taskStartedEventDetails' : undefined, named);

  const call = new Call(ctx.name, arn, resolved, retryCount + 1, thread.now);
  exec.calls.push(call);
  const answer = mockResponse(ctx, call);
  const response = answer instanceof Promise ? await answer : answer;
  call.response = response;
  if (named && info.pattern !== 'requestResponse') {
    exec.record(thread, 'TaskSubmitted', 'taskSubmittedEventDetails', { ...named, output: toJson(response.submitted ?? {}), outputDetails: { truncated: false } });
  }

  const started = thread.now;
  const timedOut = timeoutOf(response, resolved);
  if (timedOut) {
    exec.advance(thread, started + timedOut.afterSeconds * 1000);
    exec.record(thread, events.timedOut.type, events.timedOut.details, { ...named, error: StatesErrors.TIMEOUT });
    // AWS's error output of a timeout has an empty Cause (its events leave the cause out).
    return new StatesError(StatesErrors.TIMEOUT, '', { heartbeat: timedOut.heartbeat });
  }
  exec.advance(thread, started + (response.delaySeconds ?? 0) * 1000);
  if (response.error !== undefined) {
    exec.record(thread, events.failed.type, events.failed.details, { ...named, error: response.error, cause: response.cause });
    return new StatesError(response.error, response.cause);
  }
  const result = toJson(response.result ?? null);
  if (exceedsPayloadLimit(result)) {
    const error = dataLimitExceeded(info.kind === 'service' ? info.resourceType : info.resource);
    exec.record(thread, events.failed.type, events.failed.details, { ...named, error: error.error, cause: error.cause });
    return error;
  }
  exec.record(thread, events.succeeded.type, events.succeeded.details, { ...named, output: result, outputDetails: { truncated: false } });
  return processResult(ctx, result, resolved.context);
}

/** A call record whose context object and timestamp are built when read (most never are). */
class Call implements TaskCall {
  readonly kind = 'task';
  readonly input: Json;
  readonly taskToken?: string;
  readonly credentials?: Json;
  readonly timeoutSeconds?: number;
  readonly heartbeatSeconds?: number;
  response?: MockResponse;
  private iso?: string;

  constructor(
    readonly stateName: string,
    readonly resource: string,
    private readonly resolved: Resolved,
    readonly attempt: number,
    private readonly at: number,
  ) {
    this.input = resolved.args;
    if (resolved.taskToken !== undefined) this.taskToken = resolved.taskToken;
    if (resolved.credentials !== undefined) this.credentials = resolved.credentials;
    if (resolved.timeoutSeconds !== undefined) this.timeoutSeconds = resolved.timeoutSeconds;
    if (resolved.heartbeatSeconds !== undefined) this.heartbeatSeconds = resolved.heartbeatSeconds;
  }

  get context(): JsonObject {
    return this.resolved.context();
  }

  get timestamp(): string {
    return (this.iso ??= new Date(this.at).toISOString());
  }

  toJSON(): Record<string, unknown> {
    const { resolved: _resolved, at: _at, iso: _iso, ...fields } = this;
    return { ...fields, context: this.context, timestamp: this.timestamp };
  }
}

function mockResponse(ctx: StateContext, call: TaskCall): MockResponse | Promise<MockResponse> {
  if (!ctx.exec.hasMock(ctx.name)) {
    throw new StatesError(MOCK_MISSING, `Task state '${ctx.name}' has no mock (resource ${call.resource}): add one to the mocks, keyed by the state name.`);
  }
  const answer = ctx.exec.respond(call);
  const check = (response: MockResponse | undefined): MockResponse => {
    if (response === undefined) {
      const length = ctx.exec.mockListLength(ctx.name) ?? 0;
      throw new StatesError(MOCK_MISSING, `The mock of Task state '${ctx.name}' has ${length} response(s); call ${length + 1} has none.`);
    }
    return response;
  };
  return answer instanceof Promise ? answer.then(check) : check(answer);
}

/** When the call times out: after TimeoutSeconds, or after a heartbeat gap longer than HeartbeatSeconds. */
function timeoutOf(response: MockResponse, resolved: Resolved): { afterSeconds: number; heartbeat: boolean } | undefined {
  const duration = response.delaySeconds ?? 0;
  let earliest: { afterSeconds: number; heartbeat: boolean } | undefined;
  if (resolved.timeoutSeconds !== undefined && duration > resolved.timeoutSeconds) {
    earliest = { afterSeconds: resolved.timeoutSeconds, heartbeat: false };
  }
  if (resolved.heartbeatSeconds !== undefined) {
    const beats = [...(response.heartbeatSeconds ?? [])].filter((b) => b < duration).sort((a, b) => a - b);
    let last = 0;
    for (const beat of [...beats, duration]) {
      if (beat - last > resolved.heartbeatSeconds) {
        const at = last + resolved.heartbeatSeconds;
        if (!earliest || at < earliest.afterSeconds) earliest = { afterSeconds: at, heartbeat: true };
        break;
      }
      last = beat;
    }
  }
  return earliest;
}

/** A task token, in $$.Task.Token, for `.waitForTaskToken` and (as AWS's recordings show) `.sync` tasks. */
function taskToken(ctx: StateContext, info: ResourceInfo): string | undefined {
  return info.pattern !== 'requestResponse' ? `token-${ctx.exec.uuid()}` : undefined;
}

function resolveJsonPath(ctx: StateContext, info: ResourceInfo, retryCount: number): Resolved {
  const { state } = ctx;
  const token = taskToken(ctx, info);
  let built: JsonObject | undefined;
  const context = () => (built ??= ctx.context({ retryCount, taskToken: token }));
  const effective = ctx.inputPath();
  const args = state.Parameters !== undefined ? ctx.payload(state.Parameters, effective, context) : effective;
  const credentials = state.Credentials !== undefined ? ctx.payload(state.Credentials, effective, context) : undefined;
  return {
    args,
    context,
    taskToken: token,
    credentials,
    timeoutSeconds: seconds(ctx, 'TimeoutSeconds', effective),
    heartbeatSeconds: seconds(ctx, 'HeartbeatSeconds', effective),
  };
}

function seconds(ctx: StateContext, field: 'TimeoutSeconds' | 'HeartbeatSeconds', effective: Json): number | undefined {
  const value = ctx.state[field];
  if (typeof value === 'number') return value;
  const path = ctx.state[`${field}Path`];
  if (typeof path !== 'string') return undefined;
  let read: Json;
  try {
    read = readPath(path, ctx.pathScope(effective));
  } catch (e) {
    if (e instanceof PathNotFound) throw ctx.runtime(`Invalid path '${path}' : ${e.message}`);
    throw e;
  }
  if (typeof read !== 'number' || !Number.isInteger(read) || read <= 0) {
    throw ctx.runtime(`The ${field}Path field refers to value ${toJsonText(read)} which is not a valid positive integer: ${path}`);
  }
  return read;
}

async function resolveJsonata(ctx: StateContext, info: ResourceInfo, retryCount: number): Promise<Resolved> {
  const { state } = ctx;
  const token = taskToken(ctx, info);
  const states = ctx.states({}, { retryCount, taskToken: token });
  const context = () => states.context as JsonObject;
  const args = state.Arguments !== undefined ? await ctx.evaluate(state.Arguments, 'Arguments', states) : ctx.input;
  const credentials = state.Credentials !== undefined ? await ctx.evaluate(state.Credentials, 'Credentials', states) : undefined;
  const number = async (field: 'TimeoutSeconds' | 'HeartbeatSeconds'): Promise<number | undefined> => {
    const value = state[field];
    if (value === undefined) return undefined;
    const n = isJsonata(value) ? await ctx.evaluate(value, field, states) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) {
      throw ctx.evaluationFailed(`The ${field} field must be a positive integer, got ${toJsonText(n)}`, field);
    }
    return n;
  };
  return { args, context, taskToken: token, credentials, timeoutSeconds: await number('TimeoutSeconds'), heartbeatSeconds: await number('HeartbeatSeconds') };
}

/** ResultSelector, Assign, ResultPath and OutputPath (JSONPath), or Assign and Output (JSONata), on a result. */
export async function processResult(ctx: StateContext, result: Json, contextOf: JsonObject | (() => JsonObject)): Promise<StepResult> {
  const { state } = ctx;
  const context = typeof contextOf === 'function' ? contextOf : () => contextOf;
  if (ctx.jsonata) {
    const states = { input: ctx.input, context: context(), result };
    const assigned = await ctx.assignments(state.Assign, null, states);
    const output = state.Output !== undefined ? await ctx.evaluate(state.Output, 'Output', states) : result;
    return { output, next: nextOf(ctx), assigned };
  }
  const selected = state.ResultSelector !== undefined ? ctx.payload(state.ResultSelector, result, context) : result;
  const assigned = await ctx.assignments(state.Assign, selected, () => ({ input: ctx.input, context: context() }));
  return { output: ctx.outputPath(ctx.resultPath(selected)), next: nextOf(ctx), assigned };
}
