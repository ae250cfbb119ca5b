import { describe, expect, it } from 'vitest';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

describe('next-or-end', () => {
  const rule = 'next-or-end';

  it('passes Next or End, and neither on Choice, Succeed and Fail', () => {
    const definition = machine({
      A: { Type: 'Pass', Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'S' }], Default: 'F' },
      S: { Type: 'Succeed' },
      F: { Type: 'Fail' },
    });
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports a state with neither, one with both, and a Succeed with Next', () => {
    const definition = machine({
      A: { Type: 'Pass', Next: 'B', End: true },
      B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' },
      S: { Type: 'Succeed', Next: 'A' },
    });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/A', state: 'A', rule, message: 'has both `Next` and `"End": true`: a state either goes to the next state or ends its graph' },
      { path: '/States/B', state: 'B', rule, message: 'requires `Next` or `"End": true`' },
      { path: '/States/S/Next', state: 'S', rule, message: 'a Succeed state has no `Next`' },
    ]);
  });

  it('flags a CustomState with Next at the end of a chain and passes a CustomState without, through CDK', () => {
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Pass', Next: 'X' } }))
      .filter((e) => e.message.endsWith('[next-or-end]'))).toHaveLength(1);
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Pass' } }))).toEqual([]);
  });
});

describe('exclusive-fields', () => {
  const rule = 'exclusive-fields';

  it('passes one field of each group', () => {
    const definition = machine({
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSecondsPath: '$.t', HeartbeatSeconds: 5, Next: 'W' },
      W: { Type: 'Wait', SecondsPath: '$.s', Next: 'F' },
      F: { Type: 'Fail', CausePath: '$.c', Error: 'E' },
    });
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports two fields of a group, and none of a required group', () => {
    const definition = machine({
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 5, TimeoutSecondsPath: '$.t', Next: 'W' },
      W: { Type: 'Wait', Next: 'M' },
      M: { Type: 'Map', ItemBatcher: { MaxItemsPerBatch: 2, MaxItemsPerBatchPath: '$.n' }, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true },
    });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/T/TimeoutSecondsPath', state: 'T', rule, message: '`TimeoutSeconds` and `TimeoutSecondsPath` can\'t be combined: a Task state has at most one of `TimeoutSeconds`, `TimeoutSecondsPath`' },
      { path: '/States/W', state: 'W', rule, message: 'a Wait state requires one of `Seconds`, `SecondsPath`, `Timestamp`, `TimestampPath`' },
      { path: '/States/M/ItemBatcher/MaxItemsPerBatchPath', state: 'M', rule, message: expect.stringContaining("can't be combined") },
    ]);
  });

  it('flags a CustomState Wait with two durations and passes aws-cdk-lib\'s Wait, through CDK', () => {
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Wait', Seconds: 1, SecondsPath: '$.s' } }))).toEqual([
      { path: '/Stack/Custom', message: expect.stringContaining('[exclusive-fields]') },
    ]);
    expect(synthValidated((stack) => new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.timestampPath('$.at') }))).toEqual([]);
  });
});
