import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { render } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { LambdaInvoke, LambdaInvocationType, type LambdaInvokeProps } from '../src';
import { makeFunction } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function invoke(props: Partial<LambdaInvokeProps>): LambdaInvoke {
  return new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported'), ...props });
}

describe('LambdaInvoke validation', () => {
  it('fails on RUN_JOB, naming the class, the pattern and the supported ones', () => {
    expect(() => invoke({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).toThrow(
      "LambdaInvoke at 'Stack/Invoke': `integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB",
    );
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      invoke({ integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect(TaskErrors.isValidationError(new Error('x'))).toBe(false);
  });

  it('fails on WAIT_FOR_TASK_TOKEN without a payload', () => {
    expect(() => invoke({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })).toThrow(
      /`payload` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/,
    );
  });

  it('fails on WAIT_FOR_TASK_TOKEN with a payload that lacks the token', () => {
    expect(() => invoke({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ a: 1 }),
    })).toThrow(/`payload` must contain the task token/);
  });

  it.each([
    ['integrationPattern', { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }],
    ['invocationType', { invocationType: LambdaInvocationType.EVENT }],
    ['clientContext', { clientContext: 'eyJ9' }],
    ['qualifier', { qualifier: 'live' }],
  ] as const)('fails when payloadResponseOnly is combined with %s', (prop, extra) => {
    expect(() => invoke({ payloadResponseOnly: true, ...extra })).toThrow(
      new RegExp(`\`payloadResponseOnly\` cannot be combined with .*, got \`${prop}\``),
    );
  });

  it('fails on a clientContext over 3583 characters', () => {
    expect(() => invoke({ clientContext: 'A'.repeat(3584) })).toThrow(
      /`clientContext` must be from 1 to 3583 characters long, got 3584 characters/,
    );
  });

  it('fails on a clientContext that is not base64', () => {
    expect(() => invoke({ clientContext: 'not base64!' })).toThrow(/`clientContext` must be base64-encoded, got 'not base64!'/);
  });

  it('fails on a malformed qualifier', () => {
    expect(() => invoke({ qualifier: 'a/b' })).toThrow(/`qualifier` must be a version number, an alias name or \$LATEST/);
  });

  it('accepts dynamic clientContext and qualifier values', () => {
    expect(() => invoke({ clientContext: sfn.JsonPath.stringAt('$.ctx'), qualifier: sfn.JsonPath.stringAt('$.q') })).not.toThrow();
  });

  it('fails when a JSON-path payload with payloadResponseOnly meets inputPath (aws/aws-cdk#34260)', () => {
    const task = invoke({ payloadResponseOnly: true, payload: sfn.TaskInput.fromJsonPathAt('$.a'), inputPath: '$.b' });
    expect(() => render(task)).toThrow(/`payload` from a JSON path cannot be combined with `inputPath`/);
  });

  it('fails on a text payload with payloadResponseOnly in JSONPath (it would render an invalid Parameters)', () => {
    const task = invoke({ payloadResponseOnly: true, payload: sfn.TaskInput.fromText('hello') });
    expect(() => render(task)).toThrow(
      /`payload` must be TaskInput.fromObject\(\) or TaskInput.fromJsonPathAt\(\) when `payloadResponseOnly` is true in JSONPath, got text "hello"/,
    );
  });
});
