import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { LAMBDA } from './helpers';

describe('variables (Assign)', () => {
  it('JSONPath Assign: literals, paths over the state result, $$ and intrinsics; read later with $name', async () => {
    const run = await runDefinition(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: LAMBDA,
            ResultSelector: { 'total.$': '$.Payload.total' },
            Assign: { fixed: 1, 'total.$': '$.total', 'state.$': '$$.State.Name', 'label.$': "States.Format('t={}', $.total)" },
            ResultPath: null,
            Next: 'P',
          },
          P: { Type: 'Pass', Parameters: { 'sum.$': 'States.MathAdd($total, $fixed)', 'label.$': '$label' }, End: true },
        },
      },
      { mocks: { T: { result: { Payload: { total: 41 } } } } },
    );
    expect(run.output).toEqual({ sum: 42, label: 't=41' });
    expect(run.variables).toEqual({ fixed: 1, total: 41, state: 'T', label: 't=41' });
  });

  it('values are read as at state entry and applied at exit (Output sees the old value)', async () => {
    const run = await runDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { x: 1 }, Next: 'B' },
        B: { Type: 'Pass', Assign: { x: '{% $x + 1 %}', y: '{% $x %}' }, Output: '{% $x %}', End: true },
      },
    });
    expect(run.output).toBe(1);
    expect(run.variables).toEqual({ x: 2, y: 1 });
  });

  it('the StateExited event lists the assigned variables as JSON text', async () => {
    const run = await runDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Assign: { s: 'v', n: 2 }, End: true } } });
    expect(run.events[2]).toMatchObject({
      type: 'PassStateExited',
      stateExitedEventDetails: { assignedVariables: { s: '"v"', n: '2' }, assignedVariablesDetails: { truncated: false } },
    });
  });

  it('Map iterations and Parallel branches read outer variables; what they assign stays in their scope', async () => {
    const run = await runDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { outer: 10 }, Next: 'M' },
        M: {
          Type: 'Map',
          Items: '{% [1, 2] %}',
          ItemProcessor: {
            StartAt: 'I',
            States: {
              I: { Type: 'Pass', Assign: { inner: '{% $states.input %}' }, Next: 'J' },
              J: { Type: 'Pass', Output: '{% $outer + $inner %}', End: true },
            },
          },
          Next: 'P',
        },
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Assign: { outer: 99 }, Output: '{% $outer %}', End: true } } }],
          Output: '{% {"map": $states.input, "branch": $states.result[0], "outer": $outer} %}',
          End: true,
        },
      },
    });
    expect(run.output).toEqual({ map: [11, 12], branch: 10, outer: 10 });
    expect(run.variables).toEqual({ outer: 10 });
  });

  it('a distributed Map\'s child executions do not see the outer variables', async () => {
    const run = await runDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { outer: 1 }, Next: 'M' },
        M: {
          Type: 'Map',
          Items: '{% [1] %}',
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'I', States: { I: { Type: 'Pass', Output: '{% $outer %}', End: true } } },
          End: true,
        },
      },
    });
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('a variable over 256 KiB fails the state', async () => {
    const run = await runDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Assign: { 'big.$': '$.s' }, End: true } } }, { input: { s: 'x'.repeat(262_200) } });
    expect(run.error).toBe('States.Runtime');
    expect(run.cause).toContain("variable 'big' exceeds the maximum size");
  });

  it('Choice and Wait assign too (a Choice rule\'s Assign when it matches, the state\'s with Default)', async () => {
    const machine = {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Variable: '$.n', NumericEquals: 1, Assign: { picked: 'one' }, Next: 'W' }],
          Default: 'W',
          Assign: { picked: 'default' },
        },
        W: { Type: 'Wait', Seconds: 1, Assign: { 'waited.$': '$.n' }, End: true },
      },
    };
    expect((await runDefinition(machine, { input: { n: 1 } })).variables).toEqual({ picked: 'one', waited: 1 });
    expect((await runDefinition(machine, { input: { n: 2 } })).variables).toEqual({ picked: 'default', waited: 2 });
  });
});
