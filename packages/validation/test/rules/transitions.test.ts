import { describe, expect, it } from 'vitest';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

describe('unknown-next', () => {
  const rule = 'unknown-next';

  it('passes Next, Default, choice rule and catcher targets of the same graph', () => {
    const definition = machine({
      C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'T' }], Default: 'P' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'P' }], Next: 'P' },
      P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Succeed' } } }] },
    });
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports a target that does not exist, and an unknown StartAt', () => {
    expect(problemsOf(rule, { StartAt: 'Nope', States: { A: { Type: 'Pass', Next: 'Gone' } } })).toEqual([
      { path: '/StartAt', state: undefined, rule, message: '`StartAt`: there is no state "Nope" in the top level' },
      { path: '/States/A/Next', state: 'A', rule, message: '`Next`: there is no state "Gone" in the top level' },
    ]);
  });

  it('reports a Default, a choice rule Next and a catcher Next that leave their graph', () => {
    const definition = machine({
      M: {
        Type: 'Map', Next: 'After',
        ItemProcessor: { StartAt: 'C', States: {
          C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'After' }], Default: 'T' },
          T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'After' }], End: true },
        } },
      },
      After: { Type: 'Succeed' },
    });
    const problems = problemsOf(rule, definition);
    expect(problems.map((p) => p.path)).toEqual([
      '/States/M/ItemProcessor/States/C/Choices/0/Next',
      '/States/M/ItemProcessor/States/T/Catch/0/Next',
    ]);
    expect(problems[0].message).toBe('`Choices[0].Next`: "After" is a state of the top level, not of Map "M": a state can only go to a state of its own branch or item processor');
  });

  it('reports a Parallel branch going to a state of another branch', () => {
    const definition = machine({
      P: { Type: 'Parallel', End: true, Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } },
        { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
      ] },
    });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/P/Branches/0/States/A/Next', state: 'A', rule, message: '`Next`: "B" is a state of Parallel "P", not of Parallel "P": a state can only go to a state of its own branch or item processor' },
    ]);
  });

  it('flags a CustomState whose Next names no state and passes a chain, through CDK', () => {
    // CDK adds `"End": true` to the last state too: next-or-end reports that, unknown-next the target.
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Pass', Next: 'Elsewhere' } }))
      .filter((e) => e.message.endsWith('[unknown-next]'))).toEqual([
      { path: '/Stack/Custom', message: expect.stringContaining('there is no state "Elsewhere" in the top level') },
    ]);
    expect(synthValidated((stack) => new sfn.Pass(stack, 'A').next(new sfn.Pass(stack, 'B')))).toEqual([]);
  });
});

describe('unreachable-state', () => {
  const rule = 'unreachable-state';

  it('passes states reached through Next, Default, choice rules and catchers', () => {
    const definition = machine({
      C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'T' }], Default: 'D' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }], End: true },
      D: { Type: 'Succeed' },
      Caught: { Type: 'Fail' },
    });
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports a state nothing leads to, in a nested graph too', () => {
    const definition = machine({
      A: { Type: 'Pass', End: true },
      Orphan: { Type: 'Pass', End: true },
      M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Succeed' }, Y: { Type: 'Succeed' } } } },
    });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/Orphan', state: 'Orphan', rule, message: 'state "Orphan" can\'t be reached from `StartAt` ("A"): no `Next`, `Default`, choice rule or catcher leads to it' },
      { path: '/States/M', state: 'M', rule, message: expect.any(String) },
      { path: '/States/M/ItemProcessor/States/Y', state: 'Y', rule, message: expect.stringContaining('("X") of Map "M"') },
    ]);
  });

  it('flags an unreachable state through CDK (a Choice branch rendered but not reachable is impossible, so a raw state machine string)', () => {
    expect(problemsOf(rule, JSON.stringify(machine({ A: { Type: 'Pass', End: true }, B: { Type: 'Pass', End: true } })))).toHaveLength(1);
    expect(synthValidated((stack) => new sfn.Choice(stack, 'C').when(sfn.Condition.isPresent('$.a'), new sfn.Pass(stack, 'Yes')).otherwise(new sfn.Pass(stack, 'No')))).toEqual([]);
  });
});

describe('duplicate-state-name', () => {
  const rule = 'duplicate-state-name';

  it('passes unique names and reports a name used in a branch and at the top level', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Pass', End: true } }))).toEqual([]);
    const definition = machine({
      A: { Type: 'Parallel', Next: 'B', Branches: [{ StartAt: 'B', States: { B: { Type: 'Succeed' } } }] },
      B: { Type: 'Succeed' },
    });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/A/Branches/0/States/B', state: 'B', rule, message: 'state name "B" is used twice (also at /States/B): names must be unique in the whole state machine' },
    ]);
  });
});
