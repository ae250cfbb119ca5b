import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { retryDelaySeconds } from '../src/engine/retry';
import { LAMBDA, runState } from './helpers';

function failing(times: number, error = 'Boom') {
  return [...Array.from({ length: times }, () => ({ error, cause: 'it broke' })), { result: 'ok' }];
}

/** The virtual times (seconds from start) at which a state's resource was called. */
function callTimes(run: Awaited<ReturnType<typeof runDefinition>>, state = 'S'): number[] {
  return run.calls(state).map((c) => (Date.parse(c.timestamp) - run.startTime.getTime()) / 1000);
}

describe('Retry', () => {
  it('retries with IntervalSeconds × BackoffRate^n on the virtual clock (defaults 1 s, 3 attempts, rate 2)', async () => {
    const run = await runState({ Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Boom'] }] }, { mocks: { S: failing(3) } });
    expect(run.status).toBe('SUCCEEDED');
    expect(callTimes(run)).toEqual([0, 1, 3, 7]);
    expect(run.calls('S').map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
  });

  it('gives up after MaxAttempts and fails with the last error', async () => {
    const run = await runState(
      { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2, IntervalSeconds: 5, BackoffRate: 3 }] },
      { mocks: { S: failing(5) } },
    );
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('Boom');
    expect(run.cause).toBe('it broke');
    expect(callTimes(run)).toEqual([0, 5, 20]);
  });

  it('MaxAttempts 0 never retries', async () => {
    const run = await runState({ Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 0 }] }, { mocks: { S: failing(1) } });
    expect(run.status).toBe('FAILED');
    expect(run.calls('S')).toHaveLength(1);
  });

  it('MaxDelaySeconds caps the backoff', async () => {
    const run = await runState(
      { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 5, IntervalSeconds: 10, BackoffRate: 10, MaxDelaySeconds: 60 }] },
      { mocks: { S: failing(4) } },
    );
    expect(callTimes(run)).toEqual([0, 10, 70, 130, 190]);
  });

  it('JitterStrategy FULL waits a random share of the delay, reproducible with a seed', async () => {
    const state = { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 100, JitterStrategy: 'FULL' }] };
    const a = await runState(state, { mocks: { S: failing(3) }, seed: 7 });
    const b = await runState(state, { mocks: { S: failing(3) }, seed: 7 });
    const c = await runState(state, { mocks: { S: failing(3) }, seed: 8 });
    expect(callTimes(a)).toEqual(callTimes(b));
    expect(callTimes(a)).not.toEqual(callTimes(c));
    const gaps = callTimes(a).slice(1).map((t, i) => t - callTimes(a)[i]);
    gaps.forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(100 * 2 ** i);
    });
    expect(retryDelaySeconds({ ErrorEquals: [], IntervalSeconds: 4, JitterStrategy: 'FULL' }, 1, () => 0.5)).toBe(4);
  });

  it('the first retrier whose ErrorEquals matches is used, each with its own count', async () => {
    const run = await runState(
      {
        Type: 'Task',
        Resource: LAMBDA,
        Retry: [
          { ErrorEquals: ['A'], MaxAttempts: 1, IntervalSeconds: 1 },
          { ErrorEquals: ['States.ALL'], MaxAttempts: 1, IntervalSeconds: 10 },
        ],
      },
      { mocks: { S: [{ error: 'A' }, { error: 'B' }, { result: 1 }] } },
    );
    expect(run.status).toBe('SUCCEEDED');
    expect(callTimes(run)).toEqual([0, 1, 11]);
  });

  it('States.TaskFailed matches every error but States.Timeout; States.Timeout matches timeouts', async () => {
    const timeoutTask = { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: 5 };
    let run = await runState({ ...timeoutTask, Retry: [{ ErrorEquals: ['States.TaskFailed'] }] }, { mocks: { S: { delaySeconds: 10 } } });
    expect(run.error).toBe('States.Timeout');
    expect(run.calls('S')).toHaveLength(1);
    run = await runState({ ...timeoutTask, Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 1 }] }, { mocks: { S: [{ delaySeconds: 10 }, { result: 1 }] } });
    expect(run.status).toBe('SUCCEEDED');
    run = await runState({ Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 1 }] }, { mocks: { S: failing(1, 'Lambda.Unknown') } });
    expect(run.status).toBe('SUCCEEDED');
  });

  it('a full default Lambda retry backoff costs no wall time', async () => {
    const started = Date.now();
    const run = await runState(
      { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Lambda.ServiceException'], IntervalSeconds: 1, MaxAttempts: 6, BackoffRate: 2 }] },
      { mocks: { S: failing(6, 'Lambda.ServiceException') } },
    );
    expect(run.status).toBe('SUCCEEDED');
    expect(run.elapsedSeconds).toBe(63);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('Catch', () => {
  const machine = (catcher: Record<string, unknown>, language?: string) => ({
    ...(language ? { QueryLanguage: language } : {}),
    StartAt: 'S',
    States: {
      S: { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handler', ...catcher }], End: true },
      Handler: { Type: 'Pass', End: true },
    },
  });

  it('passes { Error, Cause } to the handler through ResultPath (default $)', async () => {
    let run = await runDefinition(machine({}), { input: { a: 1 }, mocks: { S: { error: 'Boom', cause: 'c' } } });
    expect(run.output).toEqual({ Error: 'Boom', Cause: 'c' });
    expect(run.path).toEqual(['S', 'Handler']);
    run = await runDefinition(machine({ ResultPath: '$.err' }), { input: { a: 1 }, mocks: { S: { error: 'Boom', cause: 'c' } } });
    expect(run.output).toEqual({ a: 1, err: { Error: 'Boom', Cause: 'c' } });
    run = await runDefinition(machine({ ResultPath: null }), { input: { a: 1 }, mocks: { S: { error: 'Boom' } } });
    expect(run.output).toEqual({ a: 1 });
  });

  it('in JSONata, Output and Assign see $states.errorOutput', async () => {
    const run = await runDefinition(
      machine({ Output: '{% {"failed": $states.errorOutput.Error, "in": $states.input.a} %}', Assign: { why: '{% $states.errorOutput.Cause %}' } }, 'JSONata'),
      { input: { a: 1 }, mocks: { S: { error: 'Boom', cause: 'c' } } },
    );
    expect(run.output).toEqual({ failed: 'Boom', in: 1 });
    expect(run.variables).toEqual({ why: 'c' });
  });

  it('retries run before the catcher, and the history shows each attempt', async () => {
    const run = await runDefinition(
      {
        StartAt: 'S',
        States: {
          S: { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 1 }], Catch: [{ ErrorEquals: ['Boom'], Next: 'H' }], End: true },
          H: { Type: 'Pass', End: true },
        },
      },
      { mocks: { S: failing(2) } },
    );
    expect(run.events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('an error no catcher names fails the run', async () => {
    const run = await runDefinition(
      { StartAt: 'S', States: { S: { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['Other'], Next: 'H' }], End: true }, H: { Type: 'Succeed' } } },
      { mocks: { S: { error: 'Boom', cause: 'x' } } },
    );
    expect(run).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'x' });
  });
});

describe('States.* errors', () => {
  it('a Fail state fails with its Error and Cause (or their paths)', async () => {
    let run = await runState({ Type: 'Fail', Error: 'Order.Invalid', Cause: 'no items' });
    expect(run).toMatchObject({ status: 'FAILED', error: 'Order.Invalid', cause: 'no items' });
    run = await runState({ Type: 'Fail', ErrorPath: '$.e', CausePath: "States.Format('code {}', $.c)" }, { input: { e: 'E', c: 7 } });
    expect(run).toMatchObject({ error: 'E', cause: 'code 7' });
    run = await runState({ Type: 'Fail', ErrorPath: '$.missing' }, { input: { k: 1 } });
    expect(run.error).toBe('States.Runtime');
    expect(run.cause).toContain("The JSONPath '$.missing' specified for the field 'ErrorPath' could not be found in the input '{\"k\":1}'");
  });

  it('a Parallel branch failure fails the Parallel state with the branch\'s error', async () => {
    const run = await runState({
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Ok', States: { Ok: { Type: 'Pass', End: true } } },
        { StartAt: 'Bad', States: { Bad: { Type: 'Fail', Error: 'Branch.Error', Cause: 'b' } } },
      ],
    });
    expect(run).toMatchObject({ status: 'FAILED', error: 'Branch.Error', cause: 'b' });
    expect(run.events.map((e) => e.type)).toContain('ParallelStateFailed');
  });

  it('a distributed Map over its tolerated failures fails with States.ExceedToleratedFailureThreshold', async () => {
    const run = await runState({
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'F', States: { F: { Type: 'Fail', Error: 'X' } } },
      ToleratedFailureCount: 1,
    }, { input: [1, 2, 3] });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' });
  });
});

describe('States.DataLimitExceeded', () => {
  const big = 'x'.repeat(262_145);

  it('a task result over 256 KiB fails the task with AWS\'s cause; a catcher handles it', async () => {
    const run = await runDefinition(
      {
        StartAt: 'T',
        States: {
          T: { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }], End: true },
          H: { Type: 'Pass', End: true },
        },
      },
      { mocks: { T: { result: { Payload: big } } } },
    );
    expect(run.output).toEqual({
      Error: 'States.DataLimitExceeded',
      Cause: "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
    expect(run.events.map((e) => e.type)).toContain('TaskFailed');
  });

  it('a state output over 256 KiB fails the execution', async () => {
    const run = await runState({ Type: 'Pass', Parameters: { 'v.$': '$.s' } }, { input: { s: big } });
    expect(run).toMatchObject({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause: "The state/task 'S' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
  });
});
