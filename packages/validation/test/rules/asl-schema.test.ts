import { describe, expect, it } from 'vitest';
import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'asl-schema';

describe('asl-schema', () => {
  it.each([
    ['a Pass state', machine({ A: { Type: 'Pass', End: true } })],
    ['a JSONata Task with an expression timeout', machine({ A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'f' }, TimeoutSeconds: '{% $t %}', End: true } }, { QueryLanguage: 'JSONata' })],
    ['a multi-line JSONata expression', machine({ A: { Type: 'Pass', Output: '{% (\n  $a := 1;\n  $a + 1\n) %}', End: true } }, { QueryLanguage: 'JSONata' })],
    ['a Resource in the aws-iso partition', machine({ A: { Type: 'Task', Resource: 'arn:aws-iso:lambda:us-iso-east-1:123456789012:function:f', End: true } })],
    ['a Map with nested states (validated on their own)', machine({ M: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } })],
  ])('passes %s', (_name, definition) => {
    expect(problemsOf(rule, definition)).toEqual([]);
  });

  it('reports an unknown field with its pointer, the state and its language', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Pass', Foo: 1, End: true } }))).toEqual([
      { path: '/States/A/Foo', state: 'A', rule, message: '`Foo` is not a field of a JSONPath Pass state' },
    ]);
  });

  it('reports a missing required field', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Task', End: true } }))).toEqual([
      { path: '/States/A', state: 'A', rule, message: 'requires `Resource`' },
    ]);
  });

  it('reports an unknown state type', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Wat', End: true } }))).toEqual([
      { path: '/States/A/Type', state: 'A', rule, message: expect.stringMatching(/^`Type` must be one of Choice, Fail, Map, Parallel, Pass, Succeed, Task, Wait, got "Wat"$/) },
    ]);
  });

  it('merges the alternatives of a field into one message', () => {
    const [problem] = problemsOf(rule, machine({ A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 'soon', End: true } }, { QueryLanguage: 'JSONata' }));
    expect(problem).toEqual({ path: '/States/A/TimeoutSeconds', state: 'A', rule, message: '`TimeoutSeconds` must be integer, or must be a JSONata expression `{% … %}`' });
  });

  it('reports the deepest field of a payload template', () => {
    expect(problemsOf(rule, machine({ A: { Type: 'Pass', Parameters: { 'a.$': 5 }, End: true } }))).toEqual([
      { path: '/States/A/Parameters/a.$', state: 'A', rule, message: '`Parameters.a.$` must be string' },
    ]);
  });

  it('reports a Resource that is not an ARN', () => {
    const [problem] = problemsOf(rule, machine({ A: { Type: 'Task', Resource: 'lambda', End: true } }));
    expect(problem.path).toBe('/States/A/Resource');
    expect(problem.message).toMatch(/must be an ARN/);
  });

  it('reports a top-level field out of range and a nested state at its own pointer', () => {
    const definition = machine({
      M: { Type: 'Map', ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: -1, End: true } } }, End: true },
    }, { TimeoutSeconds: -5 });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/TimeoutSeconds', state: undefined, rule, message: '`TimeoutSeconds` must be >= 0' },
      { path: '/States/M/ItemProcessor/States/W/Seconds', state: 'W', rule, message: expect.stringContaining('`Seconds` must be >= 0') },
    ]);
  });

  it('reads a nested state without QueryLanguage in the top-level language, not its Map\'s', () => {
    const definition = machine({
      M: {
        Type: 'Map', QueryLanguage: 'JSONata', End: true,
        ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', Output: { a: 1 }, Foo: 1, End: true } } },
      },
    });
    expect(problemsOf(rule, definition)).toEqual([
      { path: '/States/M/ItemProcessor/States/P/Foo', state: 'P', rule, message: '`Foo` is not a field of a JSONPath Pass state' },
    ]);
  });

  it('flags a CustomState with raw ASL and passes aws-cdk-lib states', () => {
    expect(synthValidated((stack) => new sfn.CustomState(stack, 'Custom', { stateJson: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Bogus: true } }))).toEqual([
      { path: '/Stack/Custom', message: expect.stringContaining('/States/Custom/Bogus: `Bogus` is not a field of a JSONPath Task state [asl-schema]') },
    ]);
    expect(synthValidated((stack) => new sfn.Pass(stack, 'Pass', { result: sfn.Result.fromObject({ a: 1 }) }).next(new sfn.Wait(stack, 'Wait', { time: sfn.WaitTime.duration(Duration.seconds(1)) })))).toEqual([]);
  });
});
