import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import {
  CallApiGatewayHttpApiEndpoint,
  CallApiGatewayRestApiEndpoint,
  HttpMethod,
  type CallApiGatewayHttpApiEndpointProps,
  type CallApiGatewayRestApiEndpointProps,
} from '../src';
import { makeHttpApi, makeRestApi } from './fixtures';

/** A fresh stack per task, so one test can build ours and the reference's. */
function freshStack(): Stack {
  return new Stack(new App(), 'Stack');
}

function rest(props: Partial<CallApiGatewayRestApiEndpointProps>, impl: 'ours' | 'reference' = 'ours') {
  const stack = freshStack();
  const all = { api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET, ...props };
  return impl === 'ours'
    ? new CallApiGatewayRestApiEndpoint(stack, 'Call', all)
    : new reference.CallApiGatewayRestApiEndpoint(stack, 'Call', all as reference.CallApiGatewayRestApiEndpointProps);
}

function http(props: Partial<CallApiGatewayHttpApiEndpointProps>, impl: 'ours' | 'reference' = 'ours') {
  const stack = freshStack();
  const all = { ...makeHttpApi(stack, 'imported'), method: HttpMethod.GET, ...props };
  return impl === 'ours'
    ? new CallApiGatewayHttpApiEndpoint(stack, 'Call', all)
    : new reference.CallApiGatewayHttpApiEndpoint(stack, 'Call', all as reference.CallApiGatewayHttpApiEndpointProps);
}

const WAIT = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

describe.each([
  ['CallApiGatewayRestApiEndpoint', rest],
  ['CallApiGatewayHttpApiEndpoint', http],
] as const)('%s validation', (className, make) => {
  it('fails on RUN_JOB, naming the class, the pattern and the supported ones, as the reference does', () => {
    expect(() => make({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).toThrow(
      `${className} at 'Stack/Call': \`integrationPattern\` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB`,
    );
    expect(() => make({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }, 'reference')).toThrow();
  });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      make({ integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it('fails on WAIT_FOR_TASK_TOKEN without headers, as the reference does', () => {
    expect(() => make({ integrationPattern: WAIT })).toThrow(
      /`headers` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/,
    );
    expect(() => make({ integrationPattern: WAIT }, 'reference')).toThrow(/Task Token is required in `headers`/);
  });

  it('fails on WAIT_FOR_TASK_TOKEN with headers that lack the token, as the reference does', () => {
    const headers = sfn.TaskInput.fromObject({ Accept: ['application/json'] });
    expect(() => make({ integrationPattern: WAIT, headers })).toThrow(/`headers` must contain the task token/);
    expect(() => make({ integrationPattern: WAIT, headers }, 'reference')).toThrow(/Task Token is required/);
  });

  it('fails on WAIT_FOR_TASK_TOKEN with the token only in the request body, as the reference does', () => {
    const requestBody = sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken });
    expect(() => make({ integrationPattern: WAIT, requestBody })).toThrow(/`headers` must contain the task token/);
    expect(() => make({ integrationPattern: WAIT, requestBody }, 'reference')).toThrow(/Task Token is required/);
  });

  it('rejects the aws-cdk-lib doc example `{% States.Array($states.context.taskToken) %}` as the reference does: it is not the token', () => {
    const headers = sfn.TaskInput.fromObject({ TaskToken: '{% States.Array($states.context.taskToken) %}' });
    const props = { integrationPattern: WAIT, headers, queryLanguage: sfn.QueryLanguage.JSONATA };
    expect(() => make(props)).toThrow(/`headers` must contain the task token/);
    expect(() => make(props, 'reference')).toThrow(/Task Token is required/);
  });

  it.each([
    ['JSONPath', sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) })],
    ['JSONPath, whole context', sfn.TaskInput.fromObject({ Ctx: sfn.JsonPath.stringAt('$$.Task') })],
    ['JSONata', sfn.TaskInput.fromObject({ TaskToken: '{% [$states.context.Task.Token] %}' })],
  ] as const)('accepts the task token in the headers (%s)', (_name, headers) => {
    expect(() => make({ integrationPattern: WAIT, headers })).not.toThrow();
  });

  it('fails on headers given as plain text', () => {
    expect(() => make({ headers: sfn.TaskInput.fromText('Accept: */*') })).toThrow(
      /`headers` must be TaskInput.fromObject\(\), a JSON path or a JSONata expression .*, got text "Accept: \*\/\*"/,
    );
  });

  it('fails on query parameters given as plain text', () => {
    expect(() => make({ queryParameters: sfn.TaskInput.fromText('a=1') })).toThrow(/`queryParameters` must be TaskInput.fromObject\(\)/);
  });

  it('accepts headers and query parameters from a JSON path or a JSONata expression', () => {
    expect(() => make({ headers: sfn.TaskInput.fromJsonPathAt('$.h'), queryParameters: sfn.TaskInput.fromJsonPathAt('$.q') })).not.toThrow();
    expect(() => make({ queryLanguage: sfn.QueryLanguage.JSONATA, headers: sfn.TaskInput.fromText('{% $states.input.h %}') })).not.toThrow();
  });

  it.each(['prod stage', 'a/b', 'x'.repeat(129)])('fails on the malformed stageName %s', (stageName) => {
    expect(() => make({ stageName })).toThrow(/`stageName` must be/);
  });
});

describe('CallApiGatewayRestApiEndpoint validation', () => {
  it('fails on an apiPath without a leading slash, as the reference does', () => {
    expect(() => rest({ apiPath: 'pets' })).toThrow("CallApiGatewayRestApiEndpoint at 'Stack/Call': `apiPath` must begin with '/', got 'pets'");
    expect(() => rest({ apiPath: 'pets' }, 'reference')).toThrow(/must begin with a "\/"/);
  });

  it('accepts dynamic apiPath values', () => {
    expect(() => rest({ apiPath: sfn.JsonPath.stringAt('$.p') })).not.toThrow();
    expect(() => rest({ queryLanguage: sfn.QueryLanguage.JSONATA, apiPath: '{% $states.input.p %}' })).not.toThrow();
  });

  it('fails on an empty stageName', () => {
    expect(() => rest({ stageName: '' })).toThrow(/`stageName` must be from 1 to 128 characters long, got 0 characters/);
  });

  it.each(['us west 2', 'uswest2', 'US-WEST-2'])('fails on the malformed region %s', (region) => {
    expect(() => rest({ region })).toThrow(/`region` must be a Region name such as us-west-2/);
  });

  it.each(['us-gov-west-1', 'cn-northwest-1', 'eusc-de-east-1', 'ap-southeast-5'])('accepts the region %s', (region) => {
    expect(() => rest({ region })).not.toThrow();
  });
});

describe('CallApiGatewayHttpApiEndpoint validation', () => {
  it.each(['abc-123', 'abc.def', ''])('fails on the malformed apiId %j', (apiId) => {
    expect(() => http({ apiId })).toThrow(/`apiId` must be letters and digits/);
  });

  it("accepts the '$default' stage and dynamic stages", () => {
    expect(() => http({ stageName: '$default' })).not.toThrow();
    expect(() => http({ stageName: sfn.JsonPath.stringAt('$.stage') })).not.toThrow();
  });
});
