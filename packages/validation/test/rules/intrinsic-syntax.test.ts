import { describe, expect, it } from 'vitest';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'intrinsic-syntax';
const withValue = (value: string) => machine({ A: { Type: 'Pass', Parameters: { 'x.$': value }, End: true } });

describe('intrinsic-syntax', () => {
  it.each([
    "States.Format('Hello {}, you are {}', $.name, $$.Execution.Id)",
    "States.Format('escaped \\' quote \\{\\} braces \\\\ and {}', $.a)",
    'States.Array(1, -2.5, true, null, $.a, States.UUID())',
    "States.StringSplit($.csv, ',')",
    "States.ArrayPartition($.list, 4)",
    'States.MathRandom(1, 999)',
    'States.MathRandom(1, 999, $.seed)',
    'States.MathAdd($.n, -1)',
    "States.Hash($.data, 'SHA-256')",
    'States.JsonMerge($.a, $.b, false)',
    'States.JsonToString($myVariable)',
    "States.ArrayGetItem($.items[?(@.n > 1)], 0)",
    ' States.UUID() ',
  ])('passes %s', (value) => {
    expect(problemsOf(rule, withValue(value))).toEqual([]);
  });

  it.each([
    ['States.Formatt($.a)', /unknown intrinsic function `States.Formatt`/],
    ['States.UUID(1)', /`States.UUID` takes 0 arguments, got 1/],
    ['States.MathAdd(1)', /`States.MathAdd` takes 2 arguments, got 1/],
    ['States.ArrayRange(1, 2)', /`States.ArrayRange` takes 3 arguments, got 2/],
    ["States.Format('{} and {}', $.a)", /template has 2 `{}` placeholders but 1 value follows it/],
    ["States.Format('it's', $.a)", /expected `,` or `\)`/],
    ["States.Format('open", /unterminated string/],
    ['States.Format("double", $.a)', /quoted with `'`, not `"`/],
    ['States.JsonToString($.a', /is not closed with `\)`/],
    ['States.Array($.a[)', /argument `\$.a\[\)` is not a JSONPath|is not closed/],
    ['States.UUID() + 1', /unexpected text after the closing `\)`/],
    ["States.Hash($.a, 'SHA-3')", /algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512/],
    ['States.JsonMerge($.a, $.b, true)', /its third argument must be `false`/],
    ['States.Array(foo)', /expected an argument/],
  ])('reports %s', (value, why) => {
    const problems = problemsOf(rule, withValue(value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '/States/A/Parameters/x.$', state: 'A', rule });
    expect(problems[0].message).toMatch(why);
  });

  it('checks a Fail state\'s CausePath and ErrorPath', () => {
    const definition = machine({ F: { Type: 'Fail', CausePath: "States.Format('{}', $.a, $.b)", ErrorPath: '$.error' } });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/F/CausePath', state: 'F', rule, message: expect.stringMatching(/1 `{}` placeholder but 2 values/) },
    ]);
  });

  it('flags an intrinsic built by hand in a Pass and passes JsonPath.format, through CDK', () => {
    expect(synthValidated((stack) => new sfn.Pass(stack, 'Pass', { parameters: { 'x.$': "States.Format('{}')" } }))).toEqual([
      { path: '/Stack/Pass', message: expect.stringMatching(/\/States\/Pass\/Parameters\/x\.\$: `x\.\$`: `States.Format` template has 1 `{}` placeholder but 0 values/) },
    ]);
    expect(synthValidated((stack) => new sfn.Pass(stack, 'Pass', {
      parameters: { x: sfn.JsonPath.format('{} {}', sfn.JsonPath.stringAt('$.a'), sfn.JsonPath.uuid()), h: sfn.JsonPath.hash(sfn.JsonPath.stringAt('$.d'), 'SHA-256') },
    }))).toEqual([]);
  });
});
