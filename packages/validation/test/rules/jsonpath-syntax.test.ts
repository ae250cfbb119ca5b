import { describe, expect, it } from 'vitest';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'jsonpath-syntax';
const pass = (fields: Record<string, unknown>) => machine({ A: { Type: 'Pass', ...fields, End: true } });

describe('jsonpath-syntax', () => {
  it.each([
    ['InputPath, OutputPath and ResultPath', pass({ InputPath: '$.a', OutputPath: "$['b c'][0]", ResultPath: '$.r' })],
    ['null paths', pass({ InputPath: null, OutputPath: null, ResultPath: null })],
    ['context paths and variables in a payload template', pass({ Parameters: { 'id.$': '$$.Execution.Id', 'v.$': '$myVar.field', 'f.$': '$.items[?(@.n > 1)]' } })],
    ['a Choice Variable and …Path operators', machine({
      C: { Type: 'Choice', Choices: [{ And: [{ Variable: '$.a', NumericLessThanPath: '$.b' }, { Not: { Variable: '$$.Map.Item.Index', IsPresent: true } }], Next: 'E' }], Default: 'E' },
      E: { Type: 'Succeed' },
    })],
    ['ItemsPath and ItemSelector of a Map', machine({ M: { Type: 'Map', ItemsPath: '$.list', ItemSelector: { 'v.$': '$$.Map.Item.Value' }, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } })],
  ])('passes %s', (_name, definition) => {
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports a path that does not parse, with the character', () => {
    expect(problemsOf(rule, pass({ InputPath: '$.a b' }))).toEqual([
      { path: '/States/A/InputPath', state: 'A', rule, message: '`InputPath` is not a JSONPath (unexpected "b" at character 5), got "$.a b"' },
    ]);
  });

  it('reports a ResultPath that is not a reference path', () => {
    const [problem] = problemsOf(rule, pass({ ResultPath: '$..a' }));
    expect(problem).toMatchObject({ path: '/States/A/ResultPath', message: expect.stringMatching(/^`ResultPath` must be a reference path without variables/) });
  });

  it('reports a ResultPath that writes to a variable', () => {
    const [problem] = problemsOf(rule, pass({ ResultPath: '$var' }));
    expect(problem.message).toMatch(/a variable can't be written to here/);
  });

  it('reports a path field that does not start with $', () => {
    expect(problemsOf(rule, pass({ OutputPath: 'a.b' }))[0].message).toMatch(/^`OutputPath` must be a JSONPath starting with `\$`/);
  });

  it('reports a `.$` value that is neither a path nor an intrinsic function, deep in a template', () => {
    expect(problemsOf(rule, pass({ Parameters: { outer: { 'x.$': 'hello' } } }))).toEqual([
      { path: '/States/A/Parameters/outer/x.$', state: 'A', rule, message: expect.stringMatching(/^`x.\$` must be a path \(`\$…`\) or an intrinsic function/) },
    ]);
  });

  it('reports a nested choice rule Variable, a catcher ResultPath and a Map ItemsPath', () => {
    const definition = machine({
      C: { Type: 'Choice', Choices: [{ Not: { Variable: '$.[', IsPresent: true }, Next: 'T' }], Default: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.e[', Next: 'M' }], Next: 'M' },
      M: { Type: 'Map', ItemsPath: '$.a[*]', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true },
    });
    expect(problemsOf(rule, definition).map((p) => p.path)).toEqual([
      '/States/C/Choices/0/Not/Variable',
      '/States/T/Catch/0/ResultPath',
      '/States/M/ItemsPath',
    ]);
  });

  it('skips JSONata states and intrinsic functions', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: { 'x.$': 'nope' }, End: true } }))).toEqual([]);
    expect(problemsOf(rule, pass({ Parameters: { 'x.$': 'States.UUID()' } }))).toEqual([]);
  });

  it('flags a Pass with a bad path and passes one with good paths, through CDK', () => {
    expect(synthValidated((stack) => new sfn.Pass(stack, 'Pass', { inputPath: '$.a[', parameters: { 'id.$': '$$.Execution.Id' } }))).toEqual([
      { path: '/Stack/Pass', message: expect.stringContaining('state "Pass" at /States/Pass/InputPath: `InputPath` is not a JSONPath') },
    ]);
    expect(synthValidated((stack) => new sfn.Pass(stack, 'Pass', { inputPath: '$.a', parameters: { id: sfn.JsonPath.stringAt('$$.Execution.Id') } }))).toEqual([]);
  });
});
