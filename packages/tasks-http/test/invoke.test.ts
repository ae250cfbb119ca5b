import { App, Stack } from 'aws-cdk-lib/core';
import * as cxapi from 'aws-cdk-lib/cx-api';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, definitionText, inMap, render, statements } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { HttpInvoke, URLEncodingFormat, type HttpInvokeProps } from '../src';
import { IMPORTED_CONNECTION_ARN, IMPORTED_SECRET_ARN, makeConnection } from './fixtures';

const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::http:invoke']] };
const AUTHENTICATION = { ConnectionArn: IMPORTED_CONNECTION_ARN };
const FLAG = cxapi.STEPFUNCTIONS_TASKS_HTTPINVOKE_DYNAMIC_JSONPATH_ENDPOINT;

/** A stack, with the dynamic-endpoint feature flag set to `flag` when given. */
function makeStack(flag?: boolean): Stack {
  return new Stack(new App(flag === undefined ? {} : { context: { [FLAG]: flag } }), 'Stack');
}

function invoke(stack: Stack, props: Partial<HttpInvokeProps> = {}, factory: 'new' | 'jsonata' = 'new'): HttpInvoke {
  const all: HttpInvokeProps = {
    apiRoot: 'https://api.example.com',
    apiEndpoint: sfn.TaskInput.fromText('path/to/resource'),
    method: sfn.TaskInput.fromText('GET'),
    connection: makeConnection(stack, 'fromEventBusArn'),
    ...props,
  };
  return factory === 'jsonata' ? HttpInvoke.jsonata(stack, 'Invoke', all) : new HttpInvoke(stack, 'Invoke', all);
}

/** The state as the state machine renders it (its definition string, parsed). */
function inStateMachine(task: HttpInvoke, queryLanguage?: sfn.QueryLanguage): unknown {
  return definitionOf(task, { queryLanguage, placeholder: 'aws' }).States.Invoke;
}

describe('HttpInvoke', () => {
  it('renders the JSONPath state with States.Format by default (the feature flag behaves as true when unset)', () => {
    const stack = makeStack();
    expect(render(invoke(stack))).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: {
        'ApiEndpoint.$': "States.Format('{}/{}', 'https://api.example.com', 'path/to/resource')",
        Authentication: AUTHENTICATION,
        Method: 'GET',
      },
    });
  });

  it('renders a static JSONPath endpoint as text when the feature flag is false', () => {
    const stack = makeStack(false);
    expect(render(invoke(stack))).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: { ApiEndpoint: 'https://api.example.com/path/to/resource', Authentication: AUTHENTICATION, Method: 'GET' },
    });
  });

  it.each([
    ['a JSON path', sfn.TaskInput.fromJsonPathAt('$.path'), "States.Format('{}/{}', 'https://api.example.com', $.path)"],
    ['JsonPath.format', sfn.TaskInput.fromText(sfn.JsonPath.format('items/{}', sfn.JsonPath.stringAt('$.id'))),
      "States.Format('{}/{}', 'https://api.example.com', States.Format('items/{}', $.id))"],
  ])('renders an endpoint from %s with States.Format even when the feature flag is false (aws/aws-cdk#30749)', (_name, apiEndpoint, format) => {
    const stack = makeStack(false);
    expect(render(invoke(stack, { apiEndpoint })).Parameters).toEqual({
      'ApiEndpoint.$': format,
      Authentication: AUTHENTICATION,
      Method: 'GET',
    });
  });

  it('renders a JSON path root with States.Format', () => {
    const stack = makeStack(false);
    expect(render(invoke(stack, { apiRoot: sfn.JsonPath.stringAt('$.root') })).Parameters).toMatchObject({
      'ApiEndpoint.$': "States.Format('{}/{}', $.root, 'path/to/resource')",
    });
  });

  it('renders the JSONata state with one JSONata expression for the endpoint', () => {
    const stack = makeStack();
    expect(render(invoke(stack, {}, 'jsonata'))).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: RESOURCE,
      Arguments: {
        ApiEndpoint: "{% 'https://api.example.com' & '/' & 'path/to/resource' %}",
        Authentication: AUTHENTICATION,
        Method: 'GET',
      },
    });
  });

  it('joins JSONata roots and endpoints into one expression', () => {
    const stack = makeStack();
    const task = invoke(stack, {
      apiRoot: "{% 'https://' & $states.input.host %}",
      apiEndpoint: sfn.TaskInput.fromText('{% $states.input.path %}'),
    }, 'jsonata');
    expect(render(task).Arguments.ApiEndpoint).toBe("{% 'https://' & $states.input.host & '/' & $states.input.path %}");
  });

  it('writes text with quotes as a double-quoted JSONata string', () => {
    const stack = makeStack();
    const task = invoke(stack, { apiEndpoint: sfn.TaskInput.fromText("it's") }, 'jsonata');
    expect(render(task).Arguments.ApiEndpoint).toBe(`{% 'https://api.example.com' & '/' & "it's" %}`);
  });

  describe('in a JSONata state machine, without a query language of its own', () => {
    it.each([undefined, false, true])('renders a JSONata endpoint (feature flag %s), not the text States.Format(...)', (flag) => {
      const stack = makeStack(flag);
      const task = invoke(stack, { apiEndpoint: sfn.TaskInput.fromText('{% $states.input.path %}') });
      expect(inStateMachine(task, sfn.QueryLanguage.JSONATA)).toEqual({
        Type: 'Task',
        End: true,
        Resource: 'arn:aws:states:::http:invoke',
        Arguments: {
          ApiEndpoint: "{% 'https://api.example.com' & '/' & $states.input.path %}",
          Authentication: AUTHENTICATION,
          Method: 'GET',
        },
      });
    });

    it('renders inside a Map of the JSONata state machine too', () => {
      const stack = makeStack();
      const task = invoke(stack);
      const text = definitionText(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
      expect(text).toContain("{% 'https://api.example.com' & '/' & 'path/to/resource' %}");
    });
  });

  describe('URL encoding', () => {
    it.each([
      [URLEncodingFormat.DEFAULT, { RequestBodyEncoding: 'URL_ENCODED' }],
      [URLEncodingFormat.BRACKETS, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'BRACKETS' } }],
      [URLEncodingFormat.COMMAS, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'COMMAS' } }],
      [URLEncodingFormat.INDICES, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'INDICES' } }],
      [URLEncodingFormat.REPEAT, { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'REPEAT' } }],
    ])('%s sets the transform and the form content type', (urlEncodingFormat, transform) => {
      const stack = makeStack(false);
      const task = invoke(stack, {
        urlEncodingFormat,
        method: sfn.TaskInput.fromText('POST'),
        body: sfn.TaskInput.fromObject({ a: ['x', 'y'] }),
        headers: sfn.TaskInput.fromObject({ 'X-Api': 'v1' }),
      });
      expect(render(task).Parameters).toEqual({
        ApiEndpoint: 'https://api.example.com/path/to/resource',
        Authentication: AUTHENTICATION,
        Method: 'POST',
        Headers: { 'X-Api': 'v1', 'Content-Type': 'application/x-www-form-urlencoded' },
        RequestBody: { a: ['x', 'y'] },
        Transform: transform,
      });
    });

    it('NONE sends the body as JSON, with the headers as given', () => {
      const stack = makeStack(false);
      const task = invoke(stack, { urlEncodingFormat: URLEncodingFormat.NONE, headers: sfn.TaskInput.fromObject({ 'X-Api': 'v1' }) });
      expect(render(task).Parameters).toEqual({
        ApiEndpoint: 'https://api.example.com/path/to/resource',
        Authentication: AUTHENTICATION,
        Method: 'GET',
        Headers: { 'X-Api': 'v1' },
      });
    });

    it('merges the form content type into JSONata headers (the reference spreads the expression into characters)', () => {
      const stack = makeStack();
      const task = invoke(stack, {
        urlEncodingFormat: URLEncodingFormat.BRACKETS,
        headers: sfn.TaskInput.fromText('{% $states.input.headers %}'),
      }, 'jsonata');
      expect(render(task).Arguments.Headers).toBe(
        "{% $merge([$states.input.headers, {'Content-Type': 'application/x-www-form-urlencoded'}]) %}",
      );
    });
  });

  describe('permissions', () => {
    it('allows the connection credentials, its secret, and URLs under apiRoot', () => {
      const stack = makeStack();
      expect(statements(invoke(stack))).toEqual([
        { Action: 'events:RetrieveConnectionCredentials', Effect: 'Allow', Resource: IMPORTED_CONNECTION_ARN },
        { Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], Effect: 'Allow', Resource: IMPORTED_SECRET_ARN },
        {
          Action: 'states:InvokeHTTPEndpoint',
          Effect: 'Allow',
          Resource: '*',
          Condition: { StringLike: { 'states:HTTPEndpoint': 'https://api.example.com*' } },
        },
      ]);
    });

    it.each([
      ['a JSON path', sfn.JsonPath.stringAt('$.root'), 'new'],
      ['JSONata', "{% 'https://' & $states.input.host %}", 'jsonata'],
    ] as const)('allows every URL when apiRoot is %s', (_name, apiRoot, factory) => {
      const stack = makeStack();
      expect(statements(invoke(stack, { apiRoot }, factory))[2]).toMatchObject({
        Condition: { StringLike: { 'states:HTTPEndpoint': '*' } },
      });
    });

    it('uses the secret of an owned connection', () => {
      const stack = makeStack();
      const task = new HttpInvoke(stack, 'Invoke', {
        apiRoot: 'https://api.example.com',
        apiEndpoint: sfn.TaskInput.fromText('x'),
        method: sfn.TaskInput.fromText('GET'),
        connection: makeConnection(stack, 'basic'),
      });
      expect(statements(task).slice(0, 2)).toEqual([
        { Action: 'events:RetrieveConnectionCredentials', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Connection07624BCD', 'Arn'] } },
        {
          Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': ['Connection07624BCD', 'SecretArn'] },
        },
      ]);
    });
  });
});
