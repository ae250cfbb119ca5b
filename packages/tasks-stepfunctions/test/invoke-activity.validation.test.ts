import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { StepFunctionsInvokeActivity, type StepFunctionsInvokeActivityProps } from '../src';
import { makeActivity } from './fixtures';

function invoke(props: Partial<StepFunctionsInvokeActivityProps>): StepFunctionsInvokeActivity {
  const stack = new Stack(new App(), 'Stack');
  return new StepFunctionsInvokeActivity(stack, 'Invoke', { activity: makeActivity(stack, 'imported'), ...props });
}

function renderReference(props: Partial<StepFunctionsInvokeActivityProps>): unknown {
  const stack = new Stack(new App(), 'Reference');
  const task = new reference.StepFunctionsInvokeActivity(stack, 'Invoke', { activity: makeActivity(stack, 'imported'), ...props });
  return stack.resolve(task.toStateJson());
}

describe('StepFunctionsInvokeActivity validation', () => {
  it('fails when parameters and arguments are both set (the reference silently drops arguments)', () => {
    const props = { parameters: { a: 1 }, arguments: { b: 2 } };
    expect(renderReference({ ...props, queryLanguage: sfn.QueryLanguage.JSONATA })).toMatchObject({ Arguments: { a: 1 } });
    expect(() => invoke(props)).toThrow(
      "StepFunctionsInvokeActivity at 'Stack/Invoke': `parameters` cannot be combined with `arguments`: set `parameters` " +
        'when the state uses JSONPath and `arguments` when it uses JSONata, got both',
    );
    expect(() => invoke({ ...props, queryLanguage: sfn.QueryLanguage.JSONATA })).toThrow(/`parameters` cannot be combined with `arguments`/);
  });

  it.each([sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN])(
    'fails on the %s pattern, which an activity task cannot use',
    (integrationPattern) => {
      expect(() => invoke({ integrationPattern })).toThrow(
        new RegExp(`\`integrationPattern\` must be one of REQUEST_RESPONSE, got ${integrationPattern}`),
      );
    },
  );

  it('accepts an explicit REQUEST_RESPONSE pattern', () => {
    expect(() => invoke({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      invoke({ parameters: {}, arguments: {} });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
