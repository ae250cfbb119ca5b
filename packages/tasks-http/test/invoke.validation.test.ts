import { App, CfnParameter, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { HttpInvoke, URLEncodingFormat, type HttpInvokeProps } from '../src';
import { makeConnection } from './fixtures';

type Impl = typeof HttpInvoke;

/** Builds and renders a task from `props` with `Impl`; returns the thrown error, if any. */
function attempt(Impl: Impl, props: Partial<HttpInvokeProps>, factory: 'new' | 'jsonata' = 'new'): unknown {
  const stack = new Stack(new App(), 'Stack');
  const all: HttpInvokeProps = {
    apiRoot: 'https://api.example.com',
    apiEndpoint: sfn.TaskInput.fromText('path'),
    method: sfn.TaskInput.fromText('GET'),
    connection: makeConnection(stack, 'fromEventBusArn'),
    ...props,
  };
  try {
    const task = factory === 'jsonata' ? Impl.jsonata(stack, 'Invoke', all) : new Impl(stack, 'Invoke', all);
    stack.resolve(task.toStateJson());
    return undefined;
  } catch (e) {
    return e;
  }
}

const referenceImpl = reference.HttpInvoke as unknown as Impl;

/** Inputs the reference accepts although AWS rejects them or the state is broken: we reject them. */
const rejectedByUsOnly: Array<[string, Partial<HttpInvokeProps>, RegExp]> = [
  ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
    /HttpInvoke at 'Stack\/Invoke': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
  ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
    /`integrationPattern` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
  ['an http:// apiRoot', { apiRoot: 'http://api.example.com' },
    /`apiRoot` must be an HTTPS URL \(https:\/\/<host>\[\/<path>\]\), got 'http:\/\/api.example.com'/],
  ['an apiRoot without a scheme', { apiRoot: 'api.example.com' }, /`apiRoot` must be an HTTPS URL/],
  ['an empty apiRoot', { apiRoot: '' }, /`apiRoot` must be an HTTPS URL .*, got ''/],
  ['an object method', { method: sfn.TaskInput.fromObject({ m: 'GET' }) }, /`method` must be text/],
  ['an unknown method', { method: sfn.TaskInput.fromText('FETCH') },
    /`method` must be one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD, got 'FETCH'/],
  ['a lower-case method', { method: sfn.TaskInput.fromText('get') }, /`method` must be one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD, got 'get'/],
  ['text headers', { headers: sfn.TaskInput.fromText('Content-Type: text/plain') },
    /`headers` must be an object \(TaskInput.fromObject\(\)\), a JSON path or a JSONata expression, got the text 'Content-Type: text\/plain'/],
  ['text query string parameters', { queryStringParameters: sfn.TaskInput.fromText('a=1') },
    /`queryStringParameters` must be an object \(TaskInput.fromObject\(\)\), a JSON path or a JSONata expression, got the text 'a=1'/],
];

describe('HttpInvoke validation', () => {
  it.each(rejectedByUsOnly)('fails on %s (the reference accepts it)', (_name, props, message) => {
    expect(attempt(referenceImpl, props)).toBeUndefined();
    const error = attempt(HttpInvoke, props);
    expect((error as Error | undefined)?.message).toMatch(message);
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it('fails on an object apiEndpoint, as the reference does (it fails while rendering, without naming the prop)', () => {
    const props = { apiEndpoint: sfn.TaskInput.fromObject({ path: 'x' }) };
    expect(attempt(referenceImpl, props)).toBeInstanceOf(Error);
    const error = attempt(HttpInvoke, props);
    expect((error as Error).message).toMatch(
      /`apiEndpoint` must be text \(TaskInput.fromText\(\) or TaskInput.fromJsonPathAt\(\)\), got an object \{"path":"x"\}/,
    );
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });

  it('fails on JSON-path headers with a URL encoding, which the reference spreads into characters', () => {
    const props = { headers: sfn.TaskInput.fromJsonPathAt('$.headers'), urlEncodingFormat: URLEncodingFormat.BRACKETS };
    expect(attempt(HttpInvoke, props)).toMatchObject({
      message: expect.stringMatching(
        /`headers` must be an object \(TaskInput.fromObject\(\)\) or a JSONata expression when `urlEncodingFormat` is BRACKETS, because the Content-Type header is added to them, got the JSON path '\$.headers'/,
      ),
    });
  });

  it.each([
    ['apiEndpoint', { apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') }, /`apiEndpoint` must be text or a JSONata expression when the state uses JSONata, got the JSON path '\$.path'/],
    ['apiRoot', { apiRoot: sfn.JsonPath.stringAt('$.root') }, /`apiRoot` must be text or a JSONata expression when the state uses JSONata, got the JSON path '\$.root'/],
  ] as const)('fails on a JSON-path %s in a JSONata state', (_prop, props, message) => {
    expect((attempt(HttpInvoke, props, 'jsonata') as Error).message).toMatch(message);
  });

  it.each([
    ['JSON-path method, headers, query and body', {
      method: sfn.TaskInput.fromJsonPathAt('$.method'), headers: sfn.TaskInput.fromJsonPathAt('$.headers'),
      queryStringParameters: sfn.TaskInput.fromJsonPathAt('$.query'), body: sfn.TaskInput.fromJsonPathAt('$.body'),
    }],
    ['every method', { method: sfn.TaskInput.fromText('PATCH') }],
    ['a root with a path', { apiRoot: 'https://api.example.com/v1/' }],
    ['a JSON-path root', { apiRoot: sfn.JsonPath.stringAt('$.root') }],
  ] as const)('accepts %s', (_name, props) => {
    expect(attempt(HttpInvoke, props)).toBeUndefined();
  });

  it('accepts a token root', () => {
    const stack = new Stack(new App(), 'Stack');
    expect(() => new HttpInvoke(stack, 'Invoke', {
      apiRoot: new CfnParameter(stack, 'Root').valueAsString,
      apiEndpoint: sfn.TaskInput.fromText('x'),
      method: sfn.TaskInput.fromText('GET'),
      connection: makeConnection(stack, 'basic'),
    })).not.toThrow();
  });

  it('accepts JSONata method, headers, query, root and endpoint', () => {
    expect(attempt(HttpInvoke, {
      apiRoot: '{% $states.input.root %}',
      apiEndpoint: sfn.TaskInput.fromText('{% $states.input.path %}'),
      method: sfn.TaskInput.fromText('{% $states.input.method %}'),
      headers: sfn.TaskInput.fromText('{% $states.input.headers %}'),
      queryStringParameters: sfn.TaskInput.fromText('{% $states.input.query %}'),
      urlEncodingFormat: URLEncodingFormat.INDICES,
    }, 'jsonata')).toBeUndefined();
  });
});
