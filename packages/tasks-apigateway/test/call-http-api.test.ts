import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, statements as grantedBy } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuthType, CallApiGatewayHttpApiEndpoint, HttpMethod, type CallApiGatewayHttpApiEndpointProps } from '../src';
import { IMPORTED_HTTP_API_ID, executeApiArn, makeHttpApi } from './fixtures';

const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::apigateway:invoke']] };
const ENDPOINT = { 'Fn::Join': ['', [`${IMPORTED_HTTP_API_ID}.execute-api.us-east-1.`, { Ref: 'AWS::URLSuffix' }]] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function call(props: Partial<CallApiGatewayHttpApiEndpointProps> = {}): CallApiGatewayHttpApiEndpoint {
  return new CallApiGatewayHttpApiEndpoint(stack, 'Call', { ...makeHttpApi(stack, 'imported'), method: HttpMethod.GET, ...props });
}

/** The statements granted once the task is in a state machine `StateMachine`, with ARNs normalized. */
function statements(task: sfn.TaskStateBase): unknown[] {
  return normalize(grantedBy(task, 'StateMachine'));
}

function invokeOn(resource: string, region?: string, account?: string) {
  return [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn(IMPORTED_HTTP_API_ID, resource, region, account) }];
}

describe('CallApiGatewayHttpApiEndpoint', () => {
  it('renders the JSONPath state without a Stage by default (the $default stage)', () => {
    expect(stack.resolve(call().toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: { ApiEndpoint: ENDPOINT, Method: 'GET', AuthType: 'NO_AUTH' },
    });
  });

  it('renders every request field in JSONPath', () => {
    const task = call({
      stageName: 'prod',
      method: HttpMethod.PATCH,
      apiPath: '/pets/1',
      headers: sfn.TaskInput.fromJsonPathAt('$.headers'),
      queryParameters: sfn.TaskInput.fromObject({ q: ['x'] }),
      requestBody: sfn.TaskInput.fromText('hello'),
      authType: AuthType.IAM_ROLE,
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: {
        ApiEndpoint: ENDPOINT, Method: 'PATCH', Stage: 'prod', Path: '/pets/1', 'Headers.$': '$.headers',
        QueryParameters: { q: ['x'] }, RequestBody: 'hello', AuthType: 'IAM_ROLE',
      },
    });
  });

  it('renders the JSONata state and the callback resource', () => {
    const task = CallApiGatewayHttpApiEndpoint.jsonata(stack, 'Call', {
      ...makeHttpApi(stack, 'imported'),
      method: HttpMethod.POST,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      headers: sfn.TaskInput.fromObject({ TaskToken: '{% [$states.context.Task.Token] %}' }),
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::apigateway:invoke.waitForTaskToken']] },
      Arguments: {
        ApiEndpoint: ENDPOINT, Method: 'POST', AuthType: 'NO_AUTH', Headers: { TaskToken: '{% [$states.context.Task.Token] %}' },
      },
    });
  });

  it('uses the API stack\'s Region and account in the endpoint and the permission', () => {
    const task = new CallApiGatewayHttpApiEndpoint(stack, 'Call', { ...makeHttpApi(stack, 'otherStack'), method: HttpMethod.GET, apiPath: '/a' });
    expect(stack.resolve(task.toStateJson())).toMatchObject({
      Parameters: { ApiEndpoint: { 'Fn::Join': ['', [`${IMPORTED_HTTP_API_ID}.execute-api.eu-west-1.`, { Ref: 'AWS::URLSuffix' }]] } },
    });
    expect(statements(task)).toEqual(invokeOn('/$default/GET/a', 'eu-west-1', '111111111111'));
  });
});

describe('CallApiGatewayHttpApiEndpoint permissions', () => {
  it('grants the $default stage and every path without stageName and apiPath (the reference grants `undefined/GETundefined`)', () => {
    expect(statements(call())).toEqual(invokeOn('/$default/GET/*'));
  });

  it('grants the given stage, method and path', () => {
    expect(statements(call({ stageName: 'prod', method: HttpMethod.DELETE, apiPath: '/pets/1', authType: AuthType.IAM_ROLE }))).toEqual(
      invokeOn('/prod/DELETE/pets/1'));
  });

  it('adds the leading slash to a path given without one', () => {
    expect(statements(call({ apiPath: 'bills' }))).toEqual(invokeOn('/$default/GET/bills'));
  });

  it('grants every stage and path when both are picked at run time', () => {
    expect(statements(call({ stageName: sfn.JsonPath.stringAt('$.stage'), apiPath: sfn.JsonPath.stringAt('$.path') }))).toEqual(
      invokeOn('/*/GET/*'));
  });

  it('grants every path when apiPath is a JSONata expression', () => {
    expect(statements(CallApiGatewayHttpApiEndpoint.jsonata(stack, 'Call', {
      ...makeHttpApi(stack, 'imported'), method: HttpMethod.GET, apiPath: '{% $states.input.path %}',
    }))).toEqual(invokeOn('/$default/GET/*'));
  });

  it('grants on RESOURCE_POLICY and grants nothing with NO_AUTH', () => {
    expect(statements(call({ authType: AuthType.RESOURCE_POLICY, stageName: 'prod' }))).toEqual(invokeOn('/prod/GET/*'));
  });

  it('grants nothing with NO_AUTH', () => {
    expect(statements(call({ authType: AuthType.NO_AUTH }))).toEqual([]);
  });

  it('grants on an owned API by its Ref', () => {
    const task = new CallApiGatewayHttpApiEndpoint(stack, 'Call', { ...makeHttpApi(stack, 'owned'), method: HttpMethod.GET });
    expect(statements(task)).toEqual([
      { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: executeApiArn({ Ref: 'HttpApiF5A9A8A7' }, '/$default/GET/*') },
    ]);
  });
});
