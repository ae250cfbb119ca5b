import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';

function choice(rule: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    StartAt: 'C',
    States: {
      C: { Type: 'Choice', Choices: [{ ...rule, Next: 'Yes' }], Default: 'No', ...extra },
      Yes: { Type: 'Pass', Result: 'yes', End: true },
      No: { Type: 'Pass', Result: 'no', End: true },
    },
  };
}

async function decide(rule: Record<string, unknown>, input: unknown): Promise<unknown> {
  const run = await runDefinition(choice(rule), { input });
  if (run.status !== 'SUCCEEDED') throw new Error(`${run.error}: ${run.cause}`);
  return run.output;
}

const T = '2026-01-01T00:00:00Z';
const LATER = '2026-01-01T00:00:01Z';

describe('Choice (JSONPath)', () => {
  it.each([
    ['StringEquals', 'a', 'a', 'yes'],
    ['StringEquals', 1, '1', 'no'],
    ['StringLessThan', 'a', 'b', 'yes'],
    ['StringGreaterThan', 'b', 'a', 'yes'],
    ['StringLessThanEquals', 'a', 'a', 'yes'],
    ['StringGreaterThanEquals', 'a', 'b', 'no'],
    ['StringMatches', 'log-2026.txt', 'log-*.txt', 'yes'],
    ['StringMatches', 'a*b', 'a\\*b', 'yes'],
    ['StringMatches', 'axb', 'a\\*b', 'no'],
    ['NumericEquals', 1, 1, 'yes'],
    ['NumericEquals', '1', 1, 'no'],
    ['NumericLessThan', 1, 2, 'yes'],
    ['NumericGreaterThan', 2.5, 2, 'yes'],
    ['NumericLessThanEquals', 2, 2, 'yes'],
    ['NumericGreaterThanEquals', 1, 2, 'no'],
    ['BooleanEquals', true, true, 'yes'],
    ['BooleanEquals', 'true', true, 'no'],
    ['TimestampEquals', T, '2026-01-01T01:00:00+01:00', 'yes'],
    ['TimestampLessThan', T, LATER, 'yes'],
    ['TimestampGreaterThan', LATER, T, 'yes'],
    ['TimestampLessThanEquals', T, T, 'yes'],
    ['TimestampGreaterThanEquals', T, LATER, 'no'],
    ['TimestampEquals', 'not a date', T, 'no'],
  ])('%s(%j, %j) → %s, and its Path form', async (op, variable, value, expected) => {
    expect(await decide({ Variable: '$.v', [op]: value }, { v: variable })).toBe(expected);
    expect(await decide({ Variable: '$.v', [`${op}Path`]: '$.w' }, { v: variable, w: value })).toBe(expected);
  });

  it.each([
    ['IsNull', null, true, 'yes'],
    ['IsNull', 0, true, 'no'],
    ['IsNumeric', 1.5, true, 'yes'],
    ['IsNumeric', '1', false, 'yes'],
    ['IsString', 'x', true, 'yes'],
    ['IsBoolean', false, true, 'yes'],
    ['IsTimestamp', T, true, 'yes'],
    ['IsTimestamp', '2026-01-01', true, 'no'],
  ])('%s on %j (%s) → %s', async (op, variable, flag, expected) => {
    expect(await decide({ Variable: '$.v', [op]: flag }, { v: variable })).toBe(expected);
  });

  it('IsPresent tells whether the path selects anything', async () => {
    expect(await decide({ Variable: '$.v', IsPresent: true }, { v: null })).toBe('yes');
    expect(await decide({ Variable: '$.v', IsPresent: true }, {})).toBe('no');
    expect(await decide({ Variable: '$.v', IsPresent: false }, {})).toBe('yes');
  });

  it('And, Or and Not combine rules', async () => {
    const rule = {
      And: [
        { Variable: '$.n', NumericGreaterThan: 1 },
        // Or stops at the first rule that matches: the missing $.s is never compared.
        { Or: [{ Not: { Variable: '$.s', IsPresent: true } }, { Variable: '$.s', StringEquals: 'a' }] },
      ],
    };
    expect(await decide(rule, { n: 2, s: 'a' })).toBe('yes');
    expect(await decide(rule, { n: 2 })).toBe('yes');
    expect(await decide(rule, { n: 2, s: 'b' })).toBe('no');
    expect(await decide(rule, { n: 0, s: 'a' })).toBe('no');
  });

  it('a comparison on a path that selects nothing fails with States.Runtime', async () => {
    const run = await runDefinition(choice({ Variable: '$.missing', StringEquals: 'a' }), { input: {} });
    expect(run.error).toBe('States.Runtime');
  });

  it('the first matching rule wins; the Choice output goes through InputPath and OutputPath', async () => {
    const run = await runDefinition(
      {
        StartAt: 'C',
        States: {
          C: {
            Type: 'Choice',
            InputPath: '$.in',
            OutputPath: '$.keep',
            Choices: [
              { Variable: '$.n', NumericGreaterThan: 0, Next: 'First' },
              { Variable: '$.n', NumericGreaterThan: 1, Next: 'Second' },
            ],
          },
          First: { Type: 'Succeed' },
          Second: { Type: 'Succeed' },
        },
      },
      { input: { in: { n: 5, keep: 'k' } } },
    );
    expect(run.path).toEqual(['C', 'First']);
    expect(run.output).toBe('k');
  });

  it('no match and no Default: States.NoChoiceMatched', async () => {
    const run = await runDefinition({
      StartAt: 'C',
      States: { C: { Type: 'Choice', Choices: [{ Variable: '$.v', IsPresent: true, Next: 'E' }] }, E: { Type: 'Succeed' } },
    });
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.NoChoiceMatched');
  });
});

describe('Choice (JSONata)', () => {
  it('the first rule whose Condition is true gives the next state, with its Output and Assign', async () => {
    const run = await runDefinition(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'C',
        States: {
          C: {
            Type: 'Choice',
            Choices: [
              { Condition: '{% $states.input.n > 10 %}', Next: 'Big', Output: { size: 'big' } },
              { Condition: '{% $states.input.n > 0 %}', Next: 'Small', Output: '{% {"size": "small", "n": $states.input.n} %}', Assign: { seen: '{% $states.input.n %}' } },
            ],
            Default: 'Big',
          },
          Big: { Type: 'Succeed' },
          Small: { Type: 'Succeed' },
        },
      },
      { input: { n: 3 } },
    );
    expect(run.path).toEqual(['C', 'Small']);
    expect(run.output).toEqual({ size: 'small', n: 3 });
    expect(run.variables).toEqual({ seen: 3 });
  });

  it('a Condition that is not a boolean fails with States.QueryEvaluationError', async () => {
    const run = await runDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: { C: { Type: 'Choice', Choices: [{ Condition: '{% "yes" %}', Next: 'E' }] }, E: { Type: 'Succeed' } },
    });
    expect(run.error).toBe('States.QueryEvaluationError');
    expect(run.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'EvaluationFailed', 'ExecutionFailed']);
  });
});
