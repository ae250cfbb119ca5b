import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { LAMBDA, parameters, runState } from './helpers';

describe('JSONPath input and output processing', () => {
  const input = { a: { b: 1, list: [10, 20, 30] }, name: 'x' };

  it('InputPath selects the effective input; null gives {}', async () => {
    expect((await runState({ Type: 'Pass', InputPath: '$.a' }, { input })).output).toEqual({ b: 1, list: [10, 20, 30] });
    expect((await runState({ Type: 'Pass', InputPath: null }, { input })).output).toEqual({});
  });

  it('Parameters: .$ fields take paths, $$ the context object, literals are copied, nested objects and arrays too', async () => {
    const out = await parameters(
      { 'v.$': '$.a.b', lit: 'text', nested: { 'n.$': '$.a.list[1]', list: [1, { 'x.$': '$.name' }] }, 'sm.$': '$$.StateMachine.Name' },
      input,
    );
    expect(out).toEqual({ v: 1, lit: 'text', nested: { n: 20, list: [1, { x: 'x' }] }, sm: 'StateMachine' });
  });

  it('indefinite paths give arrays: wildcards, slices, filters, deep scan', async () => {
    const data = { items: [{ p: 5, n: 'a' }, { p: 15, n: 'b' }, { p: 25, n: 'c' }] };
    expect(await parameters({ 'all.$': '$.items[*].n' }, data)).toEqual({ all: ['a', 'b', 'c'] });
    expect(await parameters({ 's.$': '$.items[1:].n' }, data)).toEqual({ s: ['b', 'c'] });
    expect(await parameters({ 'f.$': '$.items[?(@.p > 10)].n' }, data)).toEqual({ f: ['b', 'c'] });
    expect(await parameters({ 'd.$': '$..n' }, data)).toEqual({ d: ['a', 'b', 'c'] });
    expect(await parameters({ 'none.$': '$.items[?(@.p > 100)].n' }, data)).toEqual({ none: [] });
  });

  it('negative and list indexes, and the functions at the end of a path (length(), sum(), …)', async () => {
    const data = { xs: [1, 2, 3], o: { a: 1, b: 2 } };
    expect(await parameters({ 'last.$': '$.xs[-1]', 'pick.$': '$.xs[0,2]', 'n.$': '$.xs.length()', 's.$': '$.xs.sum()', 'k.$': '$.o.keys()' }, data)).toEqual({
      last: 3,
      pick: [1, 3],
      n: 3,
      s: 6,
      k: ['a', 'b'],
    });
  });

  it('ResultPath: $ replaces, a path merges into the raw input, null discards the result', async () => {
    const task = { Type: 'Task', Resource: LAMBDA };
    const mocks = { S: { result: 'R' } };
    expect((await runState({ ...task, ResultPath: '$' }, { input, mocks })).output).toBe('R');
    expect((await runState({ ...task, ResultPath: '$.a.r' }, { input, mocks })).output).toEqual({ ...input, a: { ...input.a, r: 'R' } });
    expect((await runState({ ...task, ResultPath: '$.new.deep' }, { input, mocks })).output).toEqual({ ...input, new: { deep: 'R' } });
    expect((await runState({ ...task, ResultPath: null }, { input, mocks })).output).toEqual(input);
  });

  it('ResultPath merges into the raw input even when InputPath narrowed the effective input', async () => {
    const run = await runState({ Type: 'Pass', InputPath: '$.a', Result: 7, ResultPath: '$.r' }, { input });
    expect(run.output).toEqual({ ...input, r: 7 });
  });

  it('ResultSelector shapes the result before ResultPath; OutputPath selects the output; null gives {}', async () => {
    const run = await runState(
      { Type: 'Task', Resource: LAMBDA, ResultSelector: { 'p.$': '$.Payload.v', c: 1 }, ResultPath: '$.sel', OutputPath: '$.sel' },
      { input, mocks: { S: { result: { Payload: { v: 'ok' }, StatusCode: 200 } } } },
    );
    expect(run.output).toEqual({ p: 'ok', c: 1 });
    expect((await runState({ Type: 'Pass', OutputPath: null }, { input })).output).toEqual({});
  });

  it('States.ResultPathMatchFailure when ResultPath cannot be applied to the input', async () => {
    const run = await runState({ Type: 'Pass', Result: 1, ResultPath: '$.x.y' }, { input: { x: 'a string' } });
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.ResultPathMatchFailure');
    expect(run.cause).toContain("Unable to apply ResultPath '$.x.y'");
  });

  it('a missing path fails with States.Runtime and AWS\'s wording', async () => {
    let run = await runState({ Type: 'Pass', InputPath: '$.missing' }, { input });
    expect(run.error).toBe('States.Runtime');
    expect(run.cause).toBe("An error occurred while executing the state 'S' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']");
    run = await runState({ Type: 'Pass', OutputPath: '$.no.such' }, { input });
    expect(run.cause).toContain("Invalid path '$.no.such' : Missing property in path $['no']");
    run = await runState({ Type: 'Pass', Parameters: { 'v.$': '$.nope' } }, { input: { k: 1 } });
    expect(run.cause).toBe(
      "An error occurred while executing the state 'S' (entered at the event id #2). The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input '{\"k\":1}'",
    );
  });

  it('States.Runtime is not caught, not even by a catcher naming it', async () => {
    const run = await runDefinition(
      {
        StartAt: 'T',
        States: {
          T: { Type: 'Task', Resource: LAMBDA, OutputPath: '$.missing', Catch: [{ ErrorEquals: ['States.Runtime', 'States.ALL'], Next: 'C' }], End: true },
          C: { Type: 'Pass', End: true },
        },
      },
      { mocks: { T: { result: {} } } },
    );
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.Runtime');
    expect(run.path).toEqual(['T']);
  });

  it('the context object holds Execution, StateMachine, State (and Task.Token, Map.Item where they apply)', async () => {
    const run = await runState(
      { Type: 'Pass', Parameters: { 'ctx.$': '$$' } },
      { input: { k: 1 }, executionName: 'exec-1', stateMachineName: 'Orders', startTime: '2026-01-01T00:00:00Z', account: '111122223333', region: 'eu-west-1' },
    );
    expect(run.output).toEqual({
      ctx: {
        Execution: {
          Id: 'arn:aws:states:eu-west-1:111122223333:execution:Orders:exec-1',
          Input: { k: 1 },
          StartTime: '2026-01-01T00:00:00.000Z',
          Name: 'exec-1',
          RoleArn: 'arn:aws:iam::111122223333:role/StepFunctionsRole',
          RedriveCount: 0,
        },
        StateMachine: { Id: 'arn:aws:states:eu-west-1:111122223333:stateMachine:Orders', Name: 'Orders' },
        State: { Name: 'S', EnteredTime: '2026-01-01T00:00:00.000Z' },
      },
    });
  });

  it('a Task sees $$.State.RetryCount and, waiting for a token, $$.Task.Token', async () => {
    const run = await runState(
      {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: { 'token.$': '$$.Task.Token', 'retry.$': '$$.State.RetryCount' },
        Retry: [{ ErrorEquals: ['States.ALL'] }],
      },
      { mocks: { S: [{ error: 'E' }, { result: 'ok' }] } },
    );
    const calls = run.calls('S');
    expect(calls.map((c) => (c.input as { retry: number }).retry)).toEqual([0, 1]);
    expect((calls[1].input as { token: string }).token).toBe(calls[1].taskToken);
    expect(calls[1].taskToken).toMatch(/^token-/);
  });

  it('variables are read with $name in paths', async () => {
    const run = await runDefinition({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Assign: { who: { name: 'x' } }, Next: 'B' }, B: { Type: 'Pass', Parameters: { 'n.$': '$who.name' }, End: true } },
    });
    expect(run.output).toEqual({ n: 'x' });
  });
});
