import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, statements as grantedBy } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuthType, CallApiGatewayRestApiEndpoint, HttpMethod } from '../src';
import { IMPORTED_REST_API_ID, executeApiArn, makeRestApi } from './fixtures';

const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::apigateway:invoke']] };
const ENDPOINT = { 'Fn::Join': ['', [`${IMPORTED_REST_API_ID}.execute-api.us-east-1.`, { Ref: 'AWS::URLSuffix' }]] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

/** The statements granted once the task is in a state machine `StateMachine`, with ARNs normalized. */
function statements(task: sfn.TaskStateBase): unknown[] {
  return normalize(grantedBy(task, 'StateMachine'));
}

describe('CallApiGatewayRestApiEndpoint', () => {
  it('renders the JSONPath state with NO_AUTH by default', () => {
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET,
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: { ApiEndpoint: ENDPOINT, Method: 'GET', Stage: 'prod', AuthType: 'NO_AUTH' },
    });
  });

  it('renders every request field in JSONPath, with paths resolved from the state', () => {
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: makeRestApi(stack, 'imported'),
      stageName: 'prod',
      method: HttpMethod.POST,
      apiPath: sfn.JsonPath.stringAt('$.path'),
      headers: sfn.TaskInput.fromObject({ Accept: ['application/json'] }),
      queryParameters: sfn.TaskInput.fromObject({ id: sfn.JsonPath.array(sfn.JsonPath.stringAt('$.id')) }),
      requestBody: sfn.TaskInput.fromJsonPathAt('$.body'),
      authType: AuthType.IAM_ROLE,
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: {
        ApiEndpoint: ENDPOINT,
        Method: 'POST',
        Stage: 'prod',
        'Path.$': '$.path',
        Headers: { Accept: ['application/json'] },
        QueryParameters: { 'id.$': 'States.Array($.id)' },
        'RequestBody.$': '$.body',
        AuthType: 'IAM_ROLE',
      },
    });
  });

  it('renders the JSONata state with Arguments', () => {
    const task = CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: makeRestApi(stack, 'imported'),
      stageName: 'prod',
      method: HttpMethod.DELETE,
      apiPath: '{% $states.input.path %}',
      requestBody: sfn.TaskInput.fromObject({ id: '{% $states.input.id %}' }),
      authType: AuthType.RESOURCE_POLICY,
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: RESOURCE,
      Arguments: {
        ApiEndpoint: ENDPOINT,
        Method: 'DELETE',
        Stage: 'prod',
        Path: '{% $states.input.path %}',
        RequestBody: { id: '{% $states.input.id %}' },
        AuthType: 'RESOURCE_POLICY',
      },
    });
  });

  it('renders the callback resource with the task token in the headers', () => {
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: makeRestApi(stack, 'imported'),
      stageName: 'prod',
      method: HttpMethod.PUT,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::apigateway:invoke.waitForTaskToken']] },
      Parameters: {
        ApiEndpoint: ENDPOINT, Method: 'PUT', Stage: 'prod', AuthType: 'NO_AUTH',
        Headers: { 'TaskToken.$': 'States.Array($$.Task.Token)' },
      },
    });
  });

  it('uses the region prop in the endpoint', () => {
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET, region: 'us-west-2',
    });
    expect(stack.resolve(task.toStateJson())).toMatchObject({
      Parameters: { ApiEndpoint: { 'Fn::Join': ['', [`${IMPORTED_REST_API_ID}.execute-api.us-west-2.`, { Ref: 'AWS::URLSuffix' }]] } },
    });
  });

  it('builds the endpoint as one JSONata expression when the region is one (the reference embeds it in text)', () => {
    const task = CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET, region: '{% $states.input.region %}',
    });
    expect(stack.resolve(task.toStateJson())).toMatchObject({
      Arguments: {
        ApiEndpoint: {
          'Fn::Join': ['', [`{% '${IMPORTED_REST_API_ID}.execute-api.' & ($states.input.region) & '.`, { Ref: 'AWS::URLSuffix' }, "' %}"]],
        },
      },
    });
  });
});

describe('CallApiGatewayRestApiEndpoint permissions', () => {
  function call(props: Partial<ConstructorParameters<typeof CallApiGatewayRestApiEndpoint>[2]> = {}) {
    return new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET, ...props,
    });
  }

  it.each([
    ['default (unset) authType', undefined],
    ['IAM_ROLE', AuthType.IAM_ROLE],
    ['RESOURCE_POLICY', AuthType.RESOURCE_POLICY],
  ] as const)('grants execute-api:Invoke on the stage, method and path with %s', (_name, authType) => {
    expect(statements(call({ authType, apiPath: '/pets/1' }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/prod/GET/pets/1') },
    ]);
  });

  it('grants nothing with NO_AUTH', () => {
    expect(statements(call({ authType: AuthType.NO_AUTH }))).toEqual([]);
  });

  it('grants every path without apiPath', () => {
    expect(statements(call({ authType: AuthType.IAM_ROLE }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/prod/GET/*') },
    ]);
  });

  it('grants every path when apiPath is a JSON path (the reference grants `GET$.path`)', () => {
    expect(statements(call({ apiPath: sfn.JsonPath.stringAt('$.path') }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/prod/GET/*') },
    ]);
  });

  it('grants every path when apiPath is a JSONata expression', () => {
    expect(statements(CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET, apiPath: '{% $states.input.path %}',
    }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/prod/GET/*') },
    ]);
  });

  it('grants every stage when stageName is picked at run time (the reference puts the path or expression in the ARN)', () => {
    expect(statements(call({ stageName: sfn.JsonPath.stringAt('$.stage'), apiPath: '/a' }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/*/GET/a') },
    ]);
  });

  it('grants in the region prop\'s Region (the reference grants in the API stack\'s Region)', () => {
    expect(statements(call({ region: 'us-west-2', apiPath: '/a' }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/prod/GET/a', 'us-west-2') },
    ]);
  });

  it('grants in every Region when the region is a JSONata expression (the reference puts the expression in the ARN)', () => {
    expect(statements(CallApiGatewayRestApiEndpoint.jsonata(stack, 'Call', {
      api: makeRestApi(stack, 'imported'), stageName: 'prod', method: HttpMethod.GET, region: '{% $states.input.region %}', apiPath: '/a',
    }))).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_REST_API_ID, '/prod/GET/a', '*') },
    ]);
  });

  it('grants on an owned API by its Ref', () => {
    const task = new CallApiGatewayRestApiEndpoint(stack, 'Call', {
      api: makeRestApi(stack, 'owned'), stageName: 'prod', method: HttpMethod.POST, apiPath: '/a',
    });
    expect(statements(task)).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn({ Ref: 'ApiF70053CD' }, '/prod/POST/a') },
    ]);
  });
});
