import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { StartExecutionOutputFormat, StepFunctionsStartExecution, type StepFunctionsStartExecutionProps } from '../src';
import { makeStateMachine } from './fixtures';

function start(props: Partial<StepFunctionsStartExecutionProps>): StepFunctionsStartExecution {
  const stack = new Stack(new App(), 'Stack');
  return new StepFunctionsStartExecution(stack, 'Start', { stateMachine: makeStateMachine(stack, 'imported'), ...props });
}

function startReference(props: Partial<StepFunctionsStartExecutionProps>): unknown {
  const s = new Stack(new App(), 'Reference');
  return new reference.StepFunctionsStartExecution(s, 'Start', { stateMachine: makeStateMachine(s, 'imported'), ...props });
}

const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

describe('StepFunctionsStartExecution validation', () => {
  describe('where the reference throws, we throw', () => {
    it.each([
      ['WAIT_FOR_TASK_TOKEN without input', { integrationPattern: CALLBACK },
        /StepFunctionsStartExecution at 'Stack\/Start': `input` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
      ['WAIT_FOR_TASK_TOKEN with an input lacking the token', { integrationPattern: CALLBACK, input: sfn.TaskInput.fromObject({ a: 1 }) },
        /`input` must contain the task token/],
      ['WAIT_FOR_TASK_TOKEN with a JSONata input lacking the token', {
        integrationPattern: CALLBACK, queryLanguage: sfn.QueryLanguage.JSONATA, input: sfn.TaskInput.fromObject({ a: '{% $states.input %}' }),
      }, /`input` must contain the task token/],
      ['associateWithParent with a JSON path input', { associateWithParent: true, input: sfn.TaskInput.fromJsonPathAt('$.x') },
        /`input` must be TaskInput.fromObject\(\) or not set when `associateWithParent` is true.*got TaskInput.fromText\(\) or TaskInput.fromJsonPathAt\(\)/],
      ['associateWithParent with a text input', { associateWithParent: true, input: sfn.TaskInput.fromText('{"a":1}') },
        /`input` must be TaskInput.fromObject\(\) or not set when `associateWithParent` is true/],
      ['associateWithParent with a JSONata text input', {
        associateWithParent: true, queryLanguage: sfn.QueryLanguage.JSONATA, input: sfn.TaskInput.fromText('{% $states.input %}'),
      }, /`input` must be TaskInput.fromObject\(\) or not set/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => startReference(props)).toThrow();
      expect(() => start(props)).toThrow(message);
    });
  });

  describe('what we check beyond the reference', () => {
    it.each([
      ['runJobOutputFormat without RUN_JOB', { runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING },
        /`runJobOutputFormat` applies only when `integrationPattern` is RUN_JOB, got REQUEST_RESPONSE/],
      ['runJobOutputFormat with WAIT_FOR_TASK_TOKEN', {
        runJobOutputFormat: StartExecutionOutputFormat.JSON_OBJECT, integrationPattern: CALLBACK,
        input: sfn.TaskInput.fromObject({ t: sfn.JsonPath.taskToken }),
      }, /`runJobOutputFormat` applies only when `integrationPattern` is RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['an empty name', { name: '' }, /`name` must be from 1 to 80 characters long, got 0 characters/],
      ['a name over 80 characters', { name: 'a'.repeat(81) }, /`name` must be from 1 to 80 characters long, got 81 characters/],
      ['a name with a space', { name: 'my run' }, /`name` must be an execution name without white space.*got 'my run'/],
      ['a name with a colon', { name: 'a:b' }, /`name` must be an execution name .*got 'a:b'/],
      ['a name with a slash', { name: 'a/b' }, /`name` must be an execution name/],
      ['a name with brackets', { name: 'a[1]' }, /`name` must be an execution name/],
      ['a name with a wildcard', { name: 'a*' }, /`name` must be an execution name/],
      ['a name with a control character', { name: 'a\u0007b' }, /`name` must be an execution name/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => start(props)).toThrow(message);
    });

    it('accepts a name of 80 allowed characters', () => {
      expect(() => start({ name: `${'a'.repeat(70)}-_.0123AB` + 'c' })).not.toThrow();
    });

    it('accepts dynamic names', () => {
      expect(() => start({ name: sfn.JsonPath.stringAt('$.name') })).not.toThrow();
      expect(() => start({ name: sfn.JsonPath.format('run {}', sfn.JsonPath.uuid()) })).not.toThrow();
      expect(() => start({ name: '{% $states.input.name %}', queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
    });

    it('accepts runJobOutputFormat with RUN_JOB', () => {
      expect(() => start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB, runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING }))
        .not.toThrow();
    });
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      start({ integrationPattern: CALLBACK });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it('accepts the token as the whole text input', () => {
    expect(() => start({ integrationPattern: CALLBACK, input: sfn.TaskInput.fromText(sfn.JsonPath.taskToken) })).not.toThrow();
  });
});
