import { describe, expect, it } from 'vitest';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'jsonata-syntax';
const jsonataPass = (fields: Record<string, unknown>) => machine({ A: { Type: 'Pass', QueryLanguage: 'JSONata', ...fields, End: true } });

describe('jsonata-syntax', () => {
  it.each([
    ['an Output expression', jsonataPass({ Output: '{% $states.input.a + 1 %}' })],
    ['expressions deep in objects and arrays', jsonataPass({ Output: { a: ['{% $x %}', { b: '{% $uppercase($states.input.s) %}' }] }, Assign: { v: '{% $states.input %}' } })],
    ['literal strings', jsonataPass({ Output: { a: 'hello', b: '$.not-a-path' } })],
    ['a Choice Condition', machine({ C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $states.input.n > 1 %}', Next: 'E' }], Default: 'E' }, E: { Type: 'Succeed' } })],
    ['a JSONPath state with a `{%` literal (not evaluated there)', machine({ A: { Type: 'Pass', Result: { a: '{% not parsed' }, End: true } })],
  ])('passes %s', (_name, definition) => {
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports an expression that does not parse, with jsonata\'s message and position', () => {
    expect(problemsOf(rule, jsonataPass({ Output: { a: '{% $states.input. %}' } }))).toEqual([
      { path: '/States/A/Output/a', state: 'A', rule, message: '`Output`: invalid JSONata expression "{% $states.input. %}": Unexpected end of expression at character 16' },
    ]);
  });

  it.each([
    ['{% $x', /opens with `{%` but does not close with `%}`/],
    ['$x %}', /closes with `%}` but does not open with `{%`/],
    ['{%  %}', /is an empty JSONata expression/],
  ])('reports the malformed expression %s', (value, why) => {
    const [problem] = problemsOf(rule, jsonataPass({ Output: value }));
    expect(problem.message).toMatch(why);
  });

  it('reports expressions in a Map of the top-level JSONata language, a Choice Condition and TimeoutSeconds', () => {
    const definition = machine({
      C: { Type: 'Choice', Choices: [{ Condition: '{% $a = %}', Next: 'T' }], Default: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: '{% ) %}', Next: 'M' },
      M: { Type: 'Map', Items: '{% [1, 2 %}', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% } %}', End: true } } }, End: true },
    }, { QueryLanguage: 'JSONata' });
    expect(problemsOf(rule, definition).map((p) => p.path)).toEqual([
      '/States/C/Choices/0/Condition',
      '/States/T/TimeoutSeconds',
      '/States/M/Items',
      '/States/M/ItemProcessor/States/P/Output',
    ]);
  });

  it('flags a Pass.jsonata with a bad expression and passes a good one, through CDK', () => {
    expect(synthValidated((stack) => sfn.Pass.jsonata(stack, 'Pass', { outputs: { a: '{% $states.input.( %}' } }))).toEqual([
      { path: '/Stack/Pass', message: expect.stringContaining('/States/Pass/Output/a: `Output`: invalid JSONata expression') },
    ]);
    expect(synthValidated((stack) => sfn.Pass.jsonata(stack, 'Pass', { outputs: { a: '{% $states.input.a %}' } }))).toEqual([]);
  });
});
