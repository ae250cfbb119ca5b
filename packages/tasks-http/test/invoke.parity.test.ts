import { CfnParameter, Duration } from 'aws-cdk-lib/core';
import * as cxapi from 'aws-cdk-lib/cx-api';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { HttpInvoke, URLEncodingFormat, type HttpInvokeProps } from '../src';
import { type ConnectionKind, makeConnection } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly connection?: ConnectionKind;
  readonly props?: (scope: Construct) => Partial<HttpInvokeProps>;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  /**
   * The `httpInvokeDynamicJsonPathEndpoint` feature flag, set in both apps (unset, it behaves as true: JSONPath
   * endpoints are always `States.Format(...)`).
   */
  readonly flag?: boolean;
  /**
   * A JSONPath endpoint only known at run time: with the feature flag false the reference fails (aws/aws-cdk#30749)
   * where we render `States.Format`, so we are compared with the reference with the flag true.
   */
  readonly dynamicJsonPathEndpoint?: boolean;
  /**
   * A `new HttpInvoke` in a JSONata state machine: the reference renders the endpoint for JSONPath there; we render
   * what its `jsonata()` factory renders.
   */
  readonly jsonataInForce?: boolean;
  /** Where we differ on purpose beyond the above: turns the reference's snapshot into what we render. */
  readonly adjust?: (snapshot: ParitySnapshot) => ParitySnapshot;
  /** Puts the task in a Map's item processor. */
  readonly inMap?: boolean;
}

const text = (value: string) => sfn.TaskInput.fromText(value);

/** The reference writes a JSON path root into the endpoint condition as text; we allow every URL. */
function anyEndpoint(path: string): (snapshot: ParitySnapshot) => ParitySnapshot {
  return (snapshot) => ({ ...snapshot, statements: JSON.parse(JSON.stringify(snapshot.statements).split(`"${path}*"`).join('"*"')) as unknown[] });
}

const commonJsonPath = (scope: Construct): Partial<HttpInvokeProps> => commonJsonPathProps(scope, {
  comment: 'call it',
  stateName: 'Call the API',
  resultSelector: { body: sfn.JsonPath.stringAt('$.ResponseBody'), status: sfn.JsonPath.numberAt('$.StatusCode') },
  assign: { body: sfn.JsonPath.stringAt('$.ResponseBody') },
});

const commonJsonata = (): Partial<HttpInvokeProps> => commonJsonataProps({
  comment: 'call it',
  outputs: '{% $states.result.ResponseBody %}',
  assign: { body: '{% $states.result.ResponseBody %}' },
});

const cases: Case[] = [];

// Every connection kind with every factory.
for (const connection of ['basic', 'apiKey', 'oauth', 'fromEventBusArn', 'fromConnectionAttributes'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${connection} connection, ${factory}, minimal`, connection, factory });
  }
}

// Every method, static and dynamic.
for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
  cases.push({ name: `method ${method}`, props: () => ({ method: text(method) }) });
  cases.push({ name: `method ${method}, JSONata`, factory: 'jsonata', props: () => ({ method: text(method) }) });
}
cases.push(
  { name: 'method from a JSON path', props: () => ({ method: sfn.TaskInput.fromJsonPathAt('$.method') }) },
  { name: 'method from JSONata', factory: 'jsonata', props: () => ({ method: text('{% $states.input.method %}') }) },
);

// Headers, query string parameters and body.
cases.push(
  { name: 'headers object', props: () => ({ headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json', 'X-Trace': 'a' }) }) },
  { name: 'headers object with JSON paths', props: () => ({ headers: sfn.TaskInput.fromObject({ 'X-Id': sfn.JsonPath.stringAt('$.id') }) }) },
  { name: 'headers from a JSON path', props: () => ({ headers: sfn.TaskInput.fromJsonPathAt('$.headers') }) },
  { name: 'headers object with JSONata', factory: 'jsonata', props: () => ({ headers: sfn.TaskInput.fromObject({ 'X-Id': '{% $states.input.id %}' }) }) },
  { name: 'headers from JSONata', factory: 'jsonata', props: () => ({ headers: text('{% $states.input.headers %}') }) },
  { name: 'query parameters object', props: () => ({ queryStringParameters: sfn.TaskInput.fromObject({ id: '123', tags: ['a', 'b'] }) }) },
  { name: 'query parameters with JSON paths', props: () => ({ queryStringParameters: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }) }) },
  { name: 'query parameters from a JSON path', props: () => ({ queryStringParameters: sfn.TaskInput.fromJsonPathAt('$.query') }) },
  { name: 'query parameters from JSONata', factory: 'jsonata', props: () => ({ queryStringParameters: text('{% $states.input.query %}') }) },
  { name: 'query parameters object, JSONata', factory: 'jsonata', props: () => ({ queryStringParameters: sfn.TaskInput.fromObject({ q: '{% $states.input.q %}' }) }) },
  { name: 'body object', props: () => ({ method: text('POST'), body: sfn.TaskInput.fromObject({ foo: 'bar', n: 1, list: [1, 2] }) }) },
  { name: 'body object with JSON paths', props: () => ({ method: text('POST'), body: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id') }) }) },
  { name: 'body text', props: () => ({ method: text('POST'), body: text('plain text') }) },
  { name: 'body from a JSON path', props: () => ({ method: text('POST'), body: sfn.TaskInput.fromJsonPathAt('$.body') }) },
  { name: 'body object, JSONata', factory: 'jsonata', props: () => ({ method: text('POST'), body: sfn.TaskInput.fromObject({ labels: '{% [$type] %}' }) }) },
  { name: 'body from JSONata', factory: 'jsonata', props: () => ({ method: text('POST'), body: text('{% $states.input.body %}') }) },
);

// Every URL encoding format, with and without headers.
for (const format of Object.values(URLEncodingFormat)) {
  cases.push({ name: `urlEncodingFormat ${format}`, props: () => ({ method: text('POST'), body: sfn.TaskInput.fromObject({ a: ['x', 'y'] }), urlEncodingFormat: format }) });
  cases.push({ name: `urlEncodingFormat ${format} with headers`, props: () => ({
    method: text('POST'), urlEncodingFormat: format, headers: sfn.TaskInput.fromObject({ 'X-Api': 'v1', 'Content-Type': 'application/json' }),
  }) });
  cases.push({ name: `urlEncodingFormat ${format}, JSONata`, factory: 'jsonata', props: () => ({
    method: text('POST'), body: sfn.TaskInput.fromObject({ a: '{% $states.input.a %}' }), urlEncodingFormat: format,
    headers: sfn.TaskInput.fromObject({ 'X-Api': 'v1' }),
  }) });
}

// Endpoints and roots: static, JSON path, JSONata, tokens.
cases.push(
  { name: 'static endpoint with a path root', props: () => ({ apiRoot: 'https://api.example.com/v1', apiEndpoint: text('path/to/resource') }) },
  { name: 'static endpoint, feature flag true', flag: true },
  { name: 'static endpoint, feature flag false', flag: false },
  { name: 'static endpoint with a path root, feature flag false', flag: false, props: () => ({ apiRoot: 'https://api.example.com/v1' }) },
  { name: 'static endpoint, feature flag false, JSONata', flag: false, factory: 'jsonata' },
  { name: 'static endpoint, feature flag true, JSONata', flag: true, factory: 'jsonata' },
  { name: 'JsonPath.format endpoint', dynamicJsonPathEndpoint: true,
    props: () => ({ apiEndpoint: text(sfn.JsonPath.format('resource/{}/details', sfn.JsonPath.stringAt('$.resourceId'))) }) },
  { name: 'JSON path endpoint', dynamicJsonPathEndpoint: true, props: () => ({ apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') }) },
  { name: 'JSON path endpoint, jsonPath factory', factory: 'jsonPath', dynamicJsonPathEndpoint: true,
    props: () => ({ apiEndpoint: text(sfn.JsonPath.stringAt('$.path')) }) },
  { name: 'JSON path endpoint, feature flag true', flag: true, props: () => ({ apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') }) },
  { name: 'JSON path root', dynamicJsonPathEndpoint: true, adjust: anyEndpoint('$.root'),
    props: () => ({ apiRoot: sfn.JsonPath.stringAt('$.root') }) },
  { name: 'JSON path root and endpoint', dynamicJsonPathEndpoint: true, adjust: anyEndpoint('$.root'),
    props: () => ({ apiRoot: sfn.JsonPath.stringAt('$.root'), apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') }) },
  { name: 'JSONata endpoint', factory: 'jsonata', props: () => ({ apiEndpoint: text("{% 'issues/' & $states.input.id %}") }) },
  { name: 'JSONata root', factory: 'jsonata', props: () => ({ apiRoot: "{% 'https://' & $states.input.hostname %}" }) },
  { name: 'JSONata root and endpoint (README)', factory: 'jsonata', props: () => ({
    apiRoot: "{% 'https://' & $states.input.hostname %}",
    apiEndpoint: text("{% 'issues/' & $states.input.issue.id %}"),
    method: text('GET'),
    assign: { hostname: '{% $states.input.hostname %}', issue: '{% $parse($states.result.ResponseBody) %}' },
  }) },
  { name: 'token root', props: (scope) => ({ apiRoot: new CfnParameter(scope, 'ApiRoot').valueAsString }) },
  { name: 'token root, JSONata', factory: 'jsonata', props: (scope) => ({ apiRoot: new CfnParameter(scope, 'ApiRoot').valueAsString }) },
  { name: 'JSONata state machine, static endpoint, constructor', jsonataInForce: true, stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, static endpoint, constructor, feature flag false', jsonataInForce: true, flag: false,
    stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, JSONata endpoint, constructor', jsonataInForce: true, stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA },
    props: () => ({ apiEndpoint: text('{% $states.input.path %}'), headers: text('{% $states.input.headers %}') }) },
  { name: 'JSONata state machine, JSONata root, constructor', jsonataInForce: true, stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA },
    props: () => ({ apiRoot: '{% $states.input.root %}' }) },
  { name: 'JSONata state machine, jsonata factory', factory: 'jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
);

// Deploy-time values (CDK tokens) in props.
cases.push(
  { name: 'method from a CloudFormation parameter', props: (scope) => ({ method: text(new CfnParameter(scope, 'Method').valueAsString) }) },
  { name: 'endpoint from a CloudFormation parameter', props: (scope) => ({ apiEndpoint: text(new CfnParameter(scope, 'Path').valueAsString) }) },
  { name: 'token values in headers, query and body', props: (scope) => {
    const value = new CfnParameter(scope, 'Value').valueAsString;
    return {
      headers: sfn.TaskInput.fromObject({ 'X-Value': value }),
      queryStringParameters: sfn.TaskInput.fromObject({ v: value }),
      body: sfn.TaskInput.fromObject({ v: value }),
      method: text('POST'),
    };
  } },
  { name: 'token values, JSONata', factory: 'jsonata', props: (scope) => ({
    apiEndpoint: text(new CfnParameter(scope, 'Path').valueAsString),
    body: text(new CfnParameter(scope, 'Body').valueAsString),
  }) },
  { name: 'inside a Map', inMap: true, props: () => ({ apiEndpoint: sfn.TaskInput.fromJsonPathAt('$.path') }) },
  { name: 'inside a Map, JSONata', inMap: true, factory: 'jsonata' },
);

// Common state props, patterns and the reference README example.
cases.push(
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'README example', connection: 'basic', dynamicJsonPathEndpoint: true, props: () => ({
    apiRoot: 'https://api.example.com',
    apiEndpoint: text(sfn.JsonPath.format('resource/{}/details', sfn.JsonPath.stringAt('$.resourceId'))),
    body: sfn.TaskInput.fromObject({ foo: 'bar' }),
    headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' }),
    method: text('POST'),
    queryStringParameters: sfn.TaskInput.fromObject({ id: '123' }),
    urlEncodingFormat: URLEncodingFormat.BRACKETS,
  }) },
  { name: 'README example, static endpoint', connection: 'basic', props: () => ({
    apiEndpoint: text('path/to/resource'),
    body: sfn.TaskInput.fromObject({ foo: 'bar' }),
    headers: sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' }),
    method: text('POST'),
    queryStringParameters: sfn.TaskInput.fromObject({ id: '123' }),
    urlEncodingFormat: URLEncodingFormat.BRACKETS,
  }) },
  { name: 'everything at once', connection: 'oauth', props: (scope) => ({
    ...commonJsonPath(scope),
    apiRoot: 'https://api.example.com/v2',
    apiEndpoint: text('orders'),
    method: text('PUT'),
    headers: sfn.TaskInput.fromObject({ 'X-Id': sfn.JsonPath.stringAt('$.id') }),
    queryStringParameters: sfn.TaskInput.fromJsonPathAt('$.query'),
    body: sfn.TaskInput.fromObject({ order: sfn.JsonPath.objectAt('$.order') }),
    urlEncodingFormat: URLEncodingFormat.REPEAT,
  }) },
  { name: 'everything at once, JSONata', factory: 'jsonata', connection: 'apiKey', props: () => ({
    ...commonJsonata(),
    apiRoot: "{% 'https://' & $states.input.host %}",
    apiEndpoint: text('{% $states.input.path %}'),
    method: text('{% $states.input.method %}'),
    headers: sfn.TaskInput.fromObject({ 'X-Id': '{% $states.input.id %}' }),
    queryStringParameters: text('{% $states.input.query %}'),
    body: text('{% $states.input.body %}'),
    urlEncodingFormat: URLEncodingFormat.COMMAS,
  }) },
);

interface Side {
  readonly factory: Factory;
  readonly flag?: boolean;
}

function build(c: Case, referenceSide: Partial<Side> = {}) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const mine: Side = { factory: c.factory ?? 'new', flag: c.flag };
    const side = implementation === 'ours' ? mine : { ...mine, ...referenceSide };
    if (side.flag !== undefined) scope.node.setContext(cxapi.STEPFUNCTIONS_TASKS_HTTPINVOKE_DYNAMIC_JSONPATH_ENDPOINT, side.flag);
    const props = {
      apiRoot: 'https://api.example.com',
      apiEndpoint: text('path/to/resource'),
      method: text('GET'),
      connection: makeConnection(scope, c.connection ?? 'fromEventBusArn'),
      ...c.props?.(scope),
    } as HttpInvokeProps;
    const Impl = implementation === 'ours' ? HttpInvoke : reference.HttpInvoke;
    switch (side.factory) {
      case 'jsonPath': return Impl.jsonPath(scope, 'Invoke', props);
      case 'jsonata': return Impl.jsonata(scope, 'Invoke', props);
      default: return new Impl(scope, 'Invoke', props as reference.HttpInvokeProps);
    }
  };
}

function expectedFor(c: Case): { ours: ParitySnapshot; expected: ParitySnapshot } {
  const options = {
    stateMachine: c.stateMachine,
    wrap: c.inMap ? inMap : undefined,
  };
  const referenceSide: Partial<Side> = c.dynamicJsonPathEndpoint && c.flag === false ? { flag: true } : {};
  const { ours, reference: ref } = renderBoth(build(c, referenceSide), options);
  let expected = ref;
  if (c.jsonataInForce) {
    // `toStateJson()` alone knows no state machine: both render JSONPath. In the state machine, ours renders JSONata.
    const asJsonata = renderBoth(build(c, { factory: 'jsonata' }), options).reference;
    expected = { state: ref.state, statements: asJsonata.statements, template: asJsonata.template, problems: asJsonata.problems };
  }
  return { ours, expected: c.adjust ? c.adjust(expected) : expected };
}

// Each dynamic JSONPath endpoint again with the feature flag false, where the reference fails.
for (const c of cases.filter((k) => k.dynamicJsonPathEndpoint)) {
  cases.push({ ...c, name: `${c.name}, feature flag false`, flag: false });
}

describe('HttpInvoke parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, expected } = expectedFor(c);
    expect(ours.state).toEqual(expected.state);
    expect(ours.statements).toEqual(expected.statements);
    expect(ours.template).toEqual(expected.template);
  });

  it('renders the dynamic JSONPath endpoints the reference rejects with the feature flag false (aws/aws-cdk#30749)', () => {
    const dynamic = cases.filter((c) => c.dynamicJsonPathEndpoint && c.flag === false);
    expect(dynamic.length).toBeGreaterThan(3);
    for (const c of dynamic) {
      expect(() => renderBoth(build(c), { stateMachine: c.stateMachine })).toThrow(/Field references must be the entire string/);
      expect(() => renderBoth(build(c, { flag: true }), { stateMachine: c.stateMachine })).not.toThrow();
    }
  });
});
