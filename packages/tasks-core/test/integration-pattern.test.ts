import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { integrationResourceArn, requireTaskToken, resolveIntegrationPattern, validatePatternSupported } from '../src';

const stack = new Stack(new App(), 'Stack');
const scope = new sfn.Pass(stack, 'Task');

describe('integrationResourceArn', () => {
  it.each([
    [sfn.IntegrationPattern.REQUEST_RESPONSE, 'arn:aws:states:::sqs:sendMessage'],
    [sfn.IntegrationPattern.RUN_JOB, 'arn:aws:states:::sqs:sendMessage.sync'],
    [sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, 'arn:aws:states:::sqs:sendMessage.waitForTaskToken'],
  ])('renders the %s suffix in the partition of the stack', (pattern, expected) => {
    const arn = stack.resolve(integrationResourceArn('sqs', 'sendMessage', pattern));
    expect(arn).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, expected.slice('arn:aws'.length)]] });
  });

  it('defaults to the request-response resource', () => {
    expect(stack.resolve(integrationResourceArn('sns', 'publish'))).toEqual(
      stack.resolve(integrationResourceArn('sns', 'publish', sfn.IntegrationPattern.REQUEST_RESPONSE)),
    );
  });

  it('uses the given RUN_JOB suffix (Step Functions .sync:2)', () => {
    const arn = stack.resolve(integrationResourceArn('states', 'startExecution', sfn.IntegrationPattern.RUN_JOB, '.sync:2'));
    expect(JSON.stringify(arn)).toContain(':states:::states:startExecution.sync:2');
  });
});

describe('validatePatternSupported', () => {
  it('accepts a supported pattern', () => {
    expect(() => validatePatternSupported(scope, sfn.IntegrationPattern.RUN_JOB, [sfn.IntegrationPattern.RUN_JOB])).not.toThrow();
  });

  it('names the task, its path, the pattern given and the supported ones', () => {
    expect(() => validatePatternSupported(scope, sfn.IntegrationPattern.RUN_JOB, [
      sfn.IntegrationPattern.REQUEST_RESPONSE,
      sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    ])).toThrow("Pass at 'Stack/Task': `integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB");
  });
});

describe('requireTaskToken', () => {
  it.each([
    ['a JSONPath token in an object', sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken })],
    ['a JSONata token in an object', { token: '{% $states.context.Task.Token %}' }],
    ['a JSONata token in text', sfn.TaskInput.fromText('{% $states.context.Task.Token %}')],
    ['the whole context', sfn.TaskInput.fromObject({ ctx: sfn.JsonPath.entireContext })],
  ])('accepts %s', (_name, input) => {
    expect(() => requireTaskToken(scope, 'payload', input)).not.toThrow();
  });

  it.each([
    ['no input', undefined],
    ['an input without the token', sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') })],
    ['a string without the token', 'hello'],
  ])('rejects %s, naming the prop', (_name, input) => {
    expect(() => requireTaskToken(scope, 'messageBody', input)).toThrow(
      /`messageBody` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/,
    );
  });
});

describe('resolveIntegrationPattern', () => {
  const supported = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN];

  it('defaults to REQUEST_RESPONSE, or to the default given', () => {
    expect(resolveIntegrationPattern(scope, undefined, supported)).toBe(sfn.IntegrationPattern.REQUEST_RESPONSE);
    expect(resolveIntegrationPattern(scope, undefined, [sfn.IntegrationPattern.RUN_JOB], sfn.IntegrationPattern.RUN_JOB))
      .toBe(sfn.IntegrationPattern.RUN_JOB);
  });

  it('returns a supported pattern and rejects an unsupported one', () => {
    expect(resolveIntegrationPattern(scope, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, supported))
      .toBe(sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    expect(() => resolveIntegrationPattern(scope, sfn.IntegrationPattern.RUN_JOB, supported))
      .toThrow('`integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB');
  });
});
