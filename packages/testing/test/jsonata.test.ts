import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { LAMBDA } from './helpers';

function jsonata(states: Record<string, unknown>, startAt = Object.keys(states)[0]) {
  return { QueryLanguage: 'JSONata', StartAt: startAt, States: states };
}

async function output(expression: string, input: unknown = {}, options = {}): Promise<unknown> {
  const run = await runDefinition(jsonata({ P: { Type: 'Pass', Output: expression, End: true } }), { input, ...options });
  if (run.status !== 'SUCCEEDED') throw new Error(`${run.error}: ${run.cause}`);
  return run.output;
}

describe('JSONata', () => {
  it('evaluates {% %} templates anywhere in a field and keeps other values', async () => {
    expect(await output('{% $states.input.a + 1 %}', { a: 1 })).toBe(2);
    const run = await runDefinition(
      jsonata({ P: { Type: 'Pass', Output: { sum: '{% $sum($states.input.n) %}', list: ['{% $states.input.n[0] %}', 'plain'], fixed: 3 }, End: true } }),
      { input: { n: [1, 2, 3] } },
    );
    expect(run.output).toEqual({ sum: 6, list: [1, 'plain'], fixed: 3 });
  });

  it('$states holds input, context, result (Task) and errorOutput (Catch)', async () => {
    const run = await runDefinition(
      jsonata({
        T: {
          Type: 'Task',
          Resource: LAMBDA,
          Arguments: { FunctionName: 'f', Payload: '{% $states.input %}' },
          Output: '{% {"in": $states.input.k, "res": $states.result.Payload, "state": $states.context.State.Name} %}',
          End: true,
        },
      }),
      { input: { k: 'v' }, mocks: { T: { result: { Payload: 42 } } } },
    );
    expect(run.output).toEqual({ in: 'v', res: 42, state: 'T' });
    expect(run.calls('T')[0].input).toEqual({ FunctionName: 'f', Payload: { k: 'v' } });
  });

  it('a Task without Arguments sends its input; without Output its output is the result', async () => {
    const run = await runDefinition(jsonata({ T: { Type: 'Task', Resource: LAMBDA, End: true } }), { input: { a: 1 }, mocks: { T: { result: { r: 2 } } } });
    expect(run.calls('T')[0].input).toEqual({ a: 1 });
    expect(run.output).toEqual({ r: 2 });
  });

  it('AWS\'s functions: $partition, $range, $hash, $random, $uuid, $parse', async () => {
    expect(await output('{% $partition([1,2,3,4,5], 2) %}')).toEqual([[1, 2], [3, 4], [5]]);
    expect(await output('{% $range(0, 10, 5) %}')).toEqual([0, 5, 10]);
    expect(await output('{% $range(1, 9, 9) %}')).toBe(1);
    expect(await output("{% $hash('input data', 'SHA-256') %}")).toBe('b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3');
    const r = await output('{% $random() %}');
    expect(r).toBe(await output('{% $random() %}'));
    expect(r as number).toBeGreaterThanOrEqual(0);
    expect(r as number).toBeLessThan(1);
    expect(await output('{% $random(42) %}')).toBe(await output('{% $random(42) %}'));
    expect(await output('{% $uuid() %}')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await output('{% $parse($states.input.s) %}', { s: '{"a":[1]}' })).toEqual({ a: [1] });
  });

  it('the jsonata built-ins work; $eval is refused', async () => {
    expect(await output("{% $uppercase('abc') & '-' & $string($count([1,2])) %}")).toBe('ABC-2');
    const run = await runDefinition(jsonata({ P: { Type: 'Pass', Output: "{% $eval('1+1') %}", End: true } }));
    expect(run.error).toBe('States.QueryEvaluationError');
  });

  it('$now and $millis read the virtual clock', async () => {
    expect(await output('{% $now() %}', {}, { startTime: '2026-03-01T10:00:00Z' })).toBe('2026-03-01T10:00:00.000Z');
    expect(await output('{% $millis() %}', {}, { startTime: '2026-03-01T10:00:00Z' })).toBe(Date.parse('2026-03-01T10:00:00Z'));
    const run = await runDefinition(
      jsonata({ W: { Type: 'Wait', Seconds: 90, Next: 'P' }, P: { Type: 'Pass', Output: '{% $now() %}', End: true } }),
      { startTime: '2026-03-01T10:00:00Z' },
    );
    expect(run.output).toBe('2026-03-01T10:01:30.000Z');
  });

  it('errors are States.QueryEvaluationError with AWS\'s wording and an EvaluationFailed event', async () => {
    let run = await runDefinition(jsonata({ P: { Type: 'Pass', Output: { result: '{% $doesNotExist %}' }, End: true } }));
    expect(run.error).toBe('States.QueryEvaluationError');
    expect(run.cause).toBe(
      "An error occurred while executing the state 'P' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).",
    );
    expect(run.events[2]).toMatchObject({ type: 'EvaluationFailed', evaluationFailedEventDetails: { location: 'Output/result', state: 'P' } });
    run = await runDefinition(jsonata({ P: { Type: 'Pass', Output: '{% $notAFunction(1) %}', End: true } }));
    expect(run.cause).toContain('threw an error during evaluation. T1006: Attempted to invoke a non-function');
  });

  it('Map Items, Wait Seconds/Timestamp, Task TimeoutSeconds and Fail Error/Cause take expressions', async () => {
    let run = await runDefinition(
      jsonata({
        M: {
          Type: 'Map',
          Items: '{% $states.input.xs %}',
          ItemSelector: { v: '{% $states.context.Map.Item.Value %}', i: '{% $states.context.Map.Item.Index %}' },
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
          Next: 'W',
        },
        W: { Type: 'Wait', Seconds: '{% $count($states.input) * 10 %}', Next: 'W2' },
        W2: { Type: 'Wait', Timestamp: "{% '2026-01-01T01:00:00Z' %}", Next: 'F' },
        F: { Type: 'Fail', Error: "{% 'E' & $string($count($states.input)) %}", Cause: '{% $string($states.input[1].v) %}' },
      }),
      { input: { xs: ['a', 'b'] }, startTime: '2026-01-01T00:00:00Z' },
    );
    expect(run).toMatchObject({ status: 'FAILED', error: 'E2', cause: 'b', elapsedSeconds: 3600 });
    run = await runDefinition(jsonata({ T: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: '{% 2 + 3 %}', End: true } }), { mocks: { T: { delaySeconds: 6 } } });
    expect(run.error).toBe('States.Timeout');
    expect(run.elapsedSeconds).toBe(5);
  });

  it('a JSONata machine cannot hold JSONPath states (AWS rejects the definition)', async () => {
    await expect(
      runDefinition({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } } }),
    ).rejects.toThrow(/cannot use JSONPath in a JSONata state machine/);
  });

  it('a Map\'s item processor and a Parallel\'s branches inherit the state\'s query language', async () => {
    const run = await runDefinition(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            QueryLanguage: 'JSONata',
            Items: '{% [1, 2] %}',
            ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Output: '{% $states.input * 10 %}', End: true } } },
            End: true,
          },
        },
      },
      {},
    );
    expect(run.output).toEqual([10, 20]);
  });

  it('query languages mix: a JSONPath machine may hold JSONata states', async () => {
    const run = await runDefinition(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Parameters: { 'v.$': '$.x' }, Next: 'B' },
          B: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.v * 2 %}', End: true },
        },
      },
      { input: { x: 21 } },
    );
    expect(run.output).toBe(42);
  });
});
