import { App, CfnParameter, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { synthThrows } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CallAwsService, type CallAwsServiceProps } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const base = { service: 's3', action: 'getObject', iamResources: ['*'] };

function call(props: Partial<CallAwsServiceProps>): CallAwsService {
  return new CallAwsService(stack, 'Call', { ...base, ...props });
}

/** Builds the reference task, puts it in a state machine and synthesizes: whether that throws. */
function referenceThrows(props: Partial<CallAwsServiceProps>): boolean {
  return synthThrows((s) => new reference.CallAwsService(s, 'Call', { ...base, ...props } as reference.CallAwsServiceProps));
}

describe('CallAwsService validation: where the reference throws, we throw', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CallAwsService at 'Stack\/Call': `integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/],
    ['a PascalCase action', { action: 'GetObject' }, /`action` must be a camelCase API action name .*, got 'GetObject'/],
    ['an empty action', { action: '' }, /`action` must be a camelCase API action name/],
    ['lower-case parameter names', { parameters: { bucket: 'b', Key: 'k', key2: 'x' } },
      /`parameters` names must be PascalCase \(e\.g\. Bucket, not bucket\), got 'bucket', 'key2'/],
    ['an empty parameter name', { parameters: { '': 'x' } }, /`parameters` names must be PascalCase/],
    ['empty iamResources', { iamResources: [] }, /`iamResources` must contain at least one ARN or '\*', got \[\]/],
    ['an empty service', { service: '' }, /`service` must be an AWS SDK service name/],
    ['a JSONata action', { action: '{% $states.input.action %}' }, /`action` must be static/],
    ['an action with a hyphen', { action: 'get-object' }, /`action` must be a camelCase API action name .*, got 'get-object'/],
    ['an iamAction without prefix', { iamAction: 'ListAllMyBuckets' }, /`iamAction` must be an IAM action '<service prefix>:<Action>'.*, got 'ListAllMyBuckets'/],
    ['an iamAction with spaces', { iamAction: 's3: GetObject' }, /`iamAction` must be an IAM action/],
    ['an iamAction with a ? wildcard', { iamAction: 's3:Get?bject' }, /`iamAction` must be an IAM action/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(referenceThrows(props as Partial<CallAwsServiceProps>)).toBe(true);
    expect(() => call(props as Partial<CallAwsServiceProps>)).toThrow(message);
  });
});

describe('CallAwsService validation: what we check beyond the reference', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN without parameters', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
      /`parameters` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
    ['WAIT_FOR_TASK_TOKEN without the token in parameters',
      { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters: { QueueUrl: 'q', MessageBody: 'hi' } },
      /`parameters` must contain the task token/],
    ['a service with hyphens', { service: 'cloudwatch-logs' }, /`service` must be an AWS SDK service name as Step Functions spells it .*, got 'cloudwatch-logs'/],
    ['a service from the state', { service: sfn.JsonPath.stringAt('$.service') }, /`service` must be static: it is part of the state's Resource/],
    ['an action from the state', { action: sfn.JsonPath.stringAt('$.action') }, /`action` must be static/],
  ] as const)('fails on %s (the reference accepts it)', (_name, props, message) => {
    expect(referenceThrows(props as Partial<CallAwsServiceProps>)).toBe(false);
    expect(() => call(props as Partial<CallAwsServiceProps>)).toThrow(message);
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      call({ action: 'GetObject' });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it('accepts the task token in a nested parameter, in JSONPath and JSONata', () => {
    expect(() => call({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { Entries: [{ Detail: { token: sfn.JsonPath.taskToken } }] },
    })).not.toThrow();
    expect(() => CallAwsService.jsonata(stack, 'Jsonata', {
      ...base,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { MessageBody: '{% $states.context.Task.Token %}' },
    })).not.toThrow();
  });

  // Parameters are often written as the API and ASL spell them, with the token in a raw `Name.$` field.
  it.each([
    ['a raw JSONPath field', { QueueUrl: 'q', 'MessageBody.$': '$$.Task.Token' }],
    ['an intrinsic function in a nested field', { Item: { callbackId: { 'S.$': "States.Format('cb-{}', $$.Task.Token)" } } }],
    ['the whole Task context object in a list', { Entries: [{ 'Detail.$': '$$.Task' }] }],
  ])('accepts the task token passed in %s (the reference accepts it too)', (_name, parameters) => {
    const props = { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters };
    expect(referenceThrows(props)).toBe(false);
    expect(() => call(props)).not.toThrow();
  });

  it('still fails when a raw JSONPath field reads the state input, not the context object', () => {
    expect(() => call({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'q', 'MessageBody.$': '$.Task.Token', Note: '$$.Task.Token' },
    })).toThrow(/`parameters` must contain the task token/);
  });

  it('accepts CDK tokens for service, action and iamAction, and iamAction wildcards', () => {
    expect(() => call({
      service: new CfnParameter(stack, 'S').valueAsString,
      action: new CfnParameter(stack, 'A').valueAsString,
      iamAction: new CfnParameter(stack, 'I').valueAsString,
    })).not.toThrow();
    expect(() => new CallAwsService(stack, 'Star', { ...base, iamAction: '*' })).not.toThrow();
    expect(() => new CallAwsService(stack, 'Wild', { ...base, iamAction: 's3:Get*' })).not.toThrow();
  });

  it('accepts parameter names starting with a digit or symbol, as the reference does', () => {
    expect(() => call({ parameters: { '1st': 1, Bucket: 'b' } })).not.toThrow();
  });
});
