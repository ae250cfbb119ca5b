import { describe, expect, it } from 'vitest';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'jsonpath-in-jsonata-machine';

describe('jsonpath-in-jsonata-machine', () => {
  it('passes JSONata states in a JSONata machine and any mix in a JSONPath one', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Pass', QueryLanguage: 'JSONata', End: true } }, { QueryLanguage: 'JSONata' }))).toEqual([]);
    expect(problemsOf(rule, machine({ A: { Type: 'Pass', QueryLanguage: 'JSONPath', Next: 'B' }, B: { Type: 'Pass', QueryLanguage: 'JSONata', End: true } }))).toEqual([]);
  });

  it('reports a JSONPath state, nested ones included, in a JSONata machine', () => {
    const definition = machine({
      P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } } }] },
    }, { QueryLanguage: 'JSONata' });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/P/Branches/0/States/X/QueryLanguage', state: 'X', rule, message: expect.stringMatching(/^state "X" is JSONPath, but the state machine's top-level `QueryLanguage` is JSONata/) },
    ]);
  });

  it('flags a CustomState with QueryLanguage JSONPath in a JSONata machine and passes a Pass.jsonata, through CDK', () => {
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Pass', QueryLanguage: 'JSONPath' } }), { queryLanguage: sfn.QueryLanguage.JSONATA })).toEqual([
      { path: '/Stack/Custom', message: expect.stringContaining('[jsonpath-in-jsonata-machine]') },
    ]);
    expect(synthValidated((stack) => sfn.Pass.jsonata(stack, 'Pass'), { queryLanguage: sfn.QueryLanguage.JSONATA })).toEqual([]);
  });
});
