import { App, Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { EvaluateExpression, type EvaluateExpressionProps } from '../src';

function make(props: EvaluateExpressionProps, impl: 'ours' | 'reference' = 'ours') {
  const stack = new Stack(new App(), 'Stack');
  return impl === 'ours' ? new EvaluateExpression(stack, 'Eval', props) : new reference.EvaluateExpression(stack, 'Eval', props);
}

describe('EvaluateExpression validation', () => {
  it.each([lambda.Runtime.PYTHON_3_12, lambda.Runtime.JAVA_21, lambda.Runtime.PROVIDED_AL2023])(
    'fails on the non-Node.js runtime %s, as the reference does', (runtime) => {
      expect(() => make({ expression: '$.a', runtime })).toThrow(
        `EvaluateExpression at 'Stack/Eval': \`runtime\` must be a Node.js runtime (RuntimeFamily.NODEJS), got '${runtime.name}'`,
      );
      expect(() => make({ expression: '$.a', runtime }, 'reference')).toThrow(/is currently not supported/);
    });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      make({ expression: '$.a', runtime: lambda.Runtime.PYTHON_3_12 });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it('accepts a Node.js runtime the reference does not know yet', () => {
    const future = new lambda.Runtime('nodejs26.x', lambda.RuntimeFamily.NODEJS);
    expect(() => make({ expression: '$.a', runtime: future })).not.toThrow();
  });

  it.each([
    ["'waited $.s seconds'", /`expression` must use state paths as code, got \$\.s inside a quoted string/],
    ['"$.a" + $.b', /got \$\.a inside a quoted string/],
    ['`waited $.s seconds`', /got \$\.s in the text of a template literal, where it stays text: interpolate it, e\.g\. \$\{\$\.s\}/],
  ])('fails on %s, as the reference does', (expression, message) => {
    expect(() => make({ expression })).toThrow(message);
    expect(() => make({ expression }, 'reference')).toThrow(/literal text inside/);
  });

  it('accepts paths in template interpolations and around strings', () => {
    expect(() => make({ expression: '`waited ${$.s} seconds` + \'!\' + $.t' })).not.toThrow();
  });

  it.each(['', '   '])('fails on the empty expression %j', (expression) => {
    expect(() => make({ expression })).toThrow(/`expression` must be a JavaScript expression, got/);
  });

  it.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])('fails on the %s pattern', (integrationPattern) => {
    expect(() => make({ expression: '$.a', integrationPattern })).toThrow(
      /`integrationPattern` must be one of REQUEST_RESPONSE, got/,
    );
  });
});
