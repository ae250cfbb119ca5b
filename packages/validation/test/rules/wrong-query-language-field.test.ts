import { describe, expect, it } from 'vitest';
import { Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'wrong-query-language-field';
const fn = (stack: Stack) => lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f');

describe('wrong-query-language-field', () => {
  it.each([
    ['a JSONPath state with JSONPath fields', machine({ A: { Type: 'Pass', InputPath: '$', Parameters: {}, ResultPath: '$.r', OutputPath: '$', End: true } })],
    ['a JSONata state with JSONata fields', machine({ A: { Type: 'Pass', Output: {}, Assign: { a: 1 }, End: true } }, { QueryLanguage: 'JSONata' })],
    ['a JSONata state in a JSONPath machine', machine({ A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: {}, End: true } })],
  ])('passes %s', (_name, definition) => {
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports each JSONPath field of a JSONata state, with what to use instead', () => {
    const definition = machine({ A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', InputPath: '$', Parameters: {}, ResultSelector: {}, ResultPath: '$.r', OutputPath: '$', End: true } }, { QueryLanguage: 'JSONata' });
    const problems = problemsOf(rule, definition);
    expect(problems.map((p) => p.path)).toEqual(['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath'].map((f) => `/States/A/${f}`));
    expect(problems[1]).toEqual({
      path: '/States/A/Parameters', state: 'A', rule,
      message: '`Parameters` is a JSONPath field, but state "A" is JSONata (the state machine\'s top-level `QueryLanguage`); use `Arguments` or set the state\'s `QueryLanguage` to JSONPath',
    });
  });

  it('reports JSONata fields of a JSONPath state: Arguments, Output, Items, a choice rule Condition, a catcher Output', () => {
    const definition = machine({
      C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'T' }], Default: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: {}, Output: {}, Catch: [{ ErrorEquals: ['States.ALL'], Output: {}, Next: 'M' }], Next: 'M' },
      M: { Type: 'Map', Items: [1], ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true },
    });
    expect(problemsOf(rule, definition).map((p) => p.path)).toEqual([
      '/States/C/Choices/0/Condition', '/States/T/Arguments', '/States/T/Output', '/States/T/Catch/0/Output', '/States/M/Items',
    ]);
  });

  it('reports a choice rule Variable and a catcher ResultPath in a JSONata state', () => {
    const definition = machine({
      C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'T' }], Default: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.e', Next: 'E' }], Next: 'E' },
      E: { Type: 'Succeed' },
    }, { QueryLanguage: 'JSONata' });
    expect(problemsOf(rule, definition).map((p) => p.path)).toEqual(['/States/C/Choices/0/Variable', '/States/C/Choices/0/IsPresent', '/States/T/Catch/0/ResultPath']);
  });

  it('reads a nested state without QueryLanguage in the top-level language, and says so', () => {
    const definition = machine({
      M: { Type: 'Map', QueryLanguage: 'JSONata', End: true, ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: {}, End: true } } } },
    });
    expect(problemsOf(rule, definition)).toEqual([{
      path: '/States/M/ItemProcessor/States/T/Arguments', state: 'T', rule,
      message: expect.stringContaining('state "T" is JSONPath (the default top-level language: a state without `QueryLanguage` doesn\'t take its Map\'s (JSONata))'),
    }]);
  });

  it('flags a CustomState with Parameters in a JSONata machine and passes aws-cdk-lib\'s LambdaInvoke in both languages', () => {
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' } } }), { queryLanguage: sfn.QueryLanguage.JSONATA })).toEqual([
      { path: '/Stack/Custom', message: expect.stringContaining('`Parameters` is a JSONPath field, but state "Custom" is JSONata') },
    ]);
    expect(synthValidated((stack) => {
      const lambdaFunction = fn(stack);
      return new tasks.LambdaInvoke(stack, 'Invoke', { lambdaFunction, resultPath: '$.r' })
        .next(tasks.LambdaInvoke.jsonata(stack, 'InvokeJsonata', { lambdaFunction, outputs: '{% $states.result.Payload %}' }));
    })).toEqual([]);
  });
});
