import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { LAMBDA, runState } from './helpers';

describe('the virtual clock', () => {
  it('Wait: Seconds, SecondsPath, Timestamp and TimestampPath; an hour costs no wall time', async () => {
    const started = Date.now();
    const start = { startTime: '2026-01-01T00:00:00Z' };
    expect((await runState({ Type: 'Wait', Seconds: 3600 }, start)).elapsedSeconds).toBe(3600);
    expect((await runState({ Type: 'Wait', SecondsPath: '$.s' }, { ...start, input: { s: 90 } })).elapsedSeconds).toBe(90);
    expect((await runState({ Type: 'Wait', Timestamp: '2026-01-01T02:00:00Z' }, start)).elapsedSeconds).toBe(7200);
    expect((await runState({ Type: 'Wait', TimestampPath: '$.t' }, { ...start, input: { t: '2026-01-01T00:00:30.5+00:00' } })).elapsedSeconds).toBe(30.5);
    expect((await runState({ Type: 'Wait', Timestamp: '2025-01-01T00:00:00Z' }, start)).elapsedSeconds).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('Wait with a bad SecondsPath or TimestampPath fails with AWS\'s wording', async () => {
    let run = await runState({ Type: 'Wait', SecondsPath: '$.s' }, { input: { s: -1 } });
    expect(run.cause).toContain('The SecondsPath parameter references a negative value: $.s == -1');
    run = await runState({ Type: 'Wait', SecondsPath: '$.s' }, { input: { s: 1.5 } });
    expect(run.cause).toContain('The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5');
    run = await runState({ Type: 'Wait', TimestampPath: '$.t' }, { input: { t: '2016-12-05T21:29:29' } });
    expect(run.cause).toContain('The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.t == 2016-12-05T21:29:29');
  });

  it('timestamps in history events, the context object and call records follow the virtual clock', async () => {
    const run = await runDefinition(
      { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, Next: 'T' }, T: { Type: 'Task', Resource: LAMBDA, End: true } } },
      { startTime: '2026-01-01T00:00:00Z', mocks: { T: { result: 1, delaySeconds: 5 } } },
    );
    const call = run.calls('T')[0];
    expect(call.timestamp).toBe('2026-01-01T00:01:00.000Z');
    expect((call.context as { State: { EnteredTime: string } }).State.EnteredTime).toBe('2026-01-01T00:01:00.000Z');
    expect(run.events.at(-1)?.timestamp).toEqual(new Date('2026-01-01T00:01:05Z'));
    expect(run.elapsedSeconds).toBe(65);
  });

  it('a Task times out after TimeoutSeconds (or TimeoutSecondsPath) with States.Timeout', async () => {
    let run = await runState({ Type: 'Task', Resource: LAMBDA, TimeoutSeconds: 30 }, { mocks: { S: { result: 1, delaySeconds: 31 } } });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.Timeout', elapsedSeconds: 30 });
    expect(run.events.map((e) => e.type)).toContain('TaskTimedOut');
    run = await runState({ Type: 'Task', Resource: LAMBDA, TimeoutSecondsPath: '$.t' }, { input: { t: 10 }, mocks: { S: { result: 1, delaySeconds: 9 } } });
    expect(run.status).toBe('SUCCEEDED');
  });

  it('heartbeats: a gap longer than HeartbeatSeconds times the task out, matched by States.HeartbeatTimeout', async () => {
    const task = {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      HeartbeatSeconds: 60,
      Catch: [{ ErrorEquals: ['States.HeartbeatTimeout'], Next: 'H' }],
      Next: 'Done',
    };
    const extra = { H: { Type: 'Pass', End: true }, Done: { Type: 'Succeed' } };
    let run = await runState(task, { mocks: { S: { result: 'ok', delaySeconds: 150, heartbeatSeconds: [50, 100] } } }, extra);
    expect(run.path).toEqual(['S', 'Done']);
    run = await runState(task, { mocks: { S: { result: 'ok', delaySeconds: 150, heartbeatSeconds: [50] } } }, extra);
    expect(run.path).toEqual(['S', 'H']);
    expect(run.output).toEqual({ Error: 'States.Timeout', Cause: '' });
    expect(run.elapsedSeconds).toBe(110);
  });

  it('a Wait of 2^31 seconds or more fails; an execution ends TIMED_OUT after a year', async () => {
    const day = 86_400;
    let run = await runState({ Type: 'Wait', Seconds: 24_856 * day });
    expect(run).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(run.cause).toContain('Wait state delay is too long.');
    run = await runState({ Type: 'Wait', Seconds: 24_855 * day });
    expect(run).toMatchObject({ status: 'TIMED_OUT', elapsedSeconds: 365 * day });
  });

  it('the execution times out after the machine\'s TimeoutSeconds: TIMED_OUT', async () => {
    const run = await runDefinition({ TimeoutSeconds: 100, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } });
    expect(run).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout', elapsedSeconds: 100 });
    expect(run.events.at(-1)?.type).toBe('ExecutionTimedOut');
  });
});
