import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, normalize } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import type { Construct } from 'constructs';
import {
  AuthType,
  CallApiGatewayHttpApiEndpoint,
  CallApiGatewayRestApiEndpoint,
  HttpMethod,
  type CallApiGatewayEndpointBaseProps,
  type CallApiGatewayHttpApiEndpointProps,
  type CallApiGatewayRestApiEndpointProps,
} from '../src';
import { type HttpApiKind, type RestApiKind, makeHttpApi, makeRestApi } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = Partial<CallApiGatewayEndpointBaseProps> & { stageName?: string; region?: string };

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Props;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  /** Wraps the task before it goes into the state machine. */
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
  /**
   * Where our `execute-api:Invoke` ARN differs from the reference's on purpose (README, "Differences from
   * aws-cdk-lib"): text replacements applied to the reference's statement, e.g. `['/undefined/', '/$default/']`.
   */
  readonly arnFixes?: ReadonlyArray<readonly [string, string]>;
}

const commonJsonPath = (scope: Construct): Props => commonJsonPathProps(scope, {
  comment: 'call it',
  stateName: 'Call the API',
  resultSelector: { body: sfn.JsonPath.objectAt('$.ResponseBody'), status: sfn.JsonPath.numberAt('$.StatusCode') },
  assign: { last: sfn.JsonPath.stringAt('$.StatusCode') },
});

const commonJsonata = (): Props => commonJsonataProps({
  comment: 'call it',
  outputs: '{% $states.result.ResponseBody %}',
  assign: { last: '{% $states.result.StatusCode %}' },
});

const request = {
  headers: () => ({ headers: sfn.TaskInput.fromObject({ 'Content-Type': ['application/json'], Trace: sfn.JsonPath.array(sfn.JsonPath.stringAt('$.trace')) }) }),
  headersFromPath: () => ({ headers: sfn.TaskInput.fromJsonPathAt('$.headers') }),
  queryParameters: () => ({ queryParameters: sfn.TaskInput.fromObject({ id: sfn.JsonPath.array(sfn.JsonPath.stringAt('$.id')), page: ['1'] }) }),
  queryParametersFromPath: () => ({ queryParameters: sfn.TaskInput.fromJsonPathAt('$.query') }),
  objectBody: () => ({ requestBody: sfn.TaskInput.fromObject({ name: sfn.JsonPath.stringAt('$.name'), nested: { list: [1, 2] } }) }),
  textBody: () => ({ requestBody: sfn.TaskInput.fromText('plain text') }),
  bodyFromPath: () => ({ requestBody: sfn.TaskInput.fromJsonPathAt('$.body') }),
  staticPath: () => ({ apiPath: '/pets/1' }),
};

const jsonataRequest = (): Props => ({
  headers: sfn.TaskInput.fromObject({ Trace: '{% [$states.input.trace] %}' }),
  queryParameters: sfn.TaskInput.fromText('{% $states.input.query %}'),
  requestBody: sfn.TaskInput.fromObject({ name: '{% $states.input.name %}' }),
});

const jsonPathToken = () => ({
  integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  headers: sfn.TaskInput.fromObject({ TaskToken: sfn.JsonPath.array(sfn.JsonPath.taskToken) }),
});
const jsonataToken = () => ({
  integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  headers: sfn.TaskInput.fromObject({ TaskToken: '{% [$states.context.Task.Token] %}' }),
});

/**
 * Cases both classes share. `pathWhenAbsent` says how the reference's ARN ends without an `apiPath`: the REST
 * variant uses `/*` as we do, the HTTP variant renders `undefined`.
 */
function sharedCases(pathWhenAbsent: 'none' | 'undefined'): Case[] {
  const noPathFix = (method: string): Case['arnFixes'] => pathWhenAbsent === 'undefined'
    ? [[`/${method}undefined`, `/${method}/*`]] : undefined;
  const cases: Case[] = [];
  for (const method of Object.values(HttpMethod)) {
    cases.push({ name: `method ${method}`, props: () => ({ method }), arnFixes: noPathFix(method) });
    cases.push({ name: `method ${method}, JSONata`, factory: 'jsonata', props: () => ({ method }), arnFixes: noPathFix(method) });
  }
  for (const authType of Object.values(AuthType)) {
    cases.push({ name: `authType ${authType}`, props: () => ({ authType }), arnFixes: noPathFix('GET') });
    cases.push({ name: `authType ${authType}, JSONata`, factory: 'jsonata', props: () => ({ authType }), arnFixes: noPathFix('GET') });
    cases.push({ name: `authType ${authType} with a path`, props: () => ({ authType, apiPath: '/pets' }) });
  }
  for (const [name, props] of Object.entries(request)) {
    cases.push({ name: `request ${name}`, props, arnFixes: name === 'staticPath' ? undefined : noPathFix('GET') });
  }
  cases.push(
    { name: 'every request field', props: () => ({ ...request.headers(), ...request.queryParameters(), ...request.objectBody(), ...request.staticPath(), method: HttpMethod.POST }) },
    { name: 'every request field, JSONata', factory: 'jsonata', props: jsonataRequest, arnFixes: noPathFix('GET') },
    { name: 'JSON path apiPath', props: () => ({ apiPath: sfn.JsonPath.stringAt('$.path') }), arnFixes: [[`/GET$.path`, '/GET/*']] },
    { name: 'JSON path apiPath with format', props: () => ({ apiPath: sfn.JsonPath.format('/pets/{}', sfn.JsonPath.stringAt('$.id')) }),
      arnFixes: [["/GETStates.Format('/pets/{}', $.id)", '/GET/*']] },
    { name: 'JSONata apiPath', factory: 'jsonata', props: () => ({ apiPath: '{% $states.input.path %}' }),
      arnFixes: pathWhenAbsent === 'undefined' ? [['/GET{% $states.input.path %}', '/GET/*']] : undefined },
    { name: 'callback with JSONPath token', props: jsonPathToken, arnFixes: noPathFix('GET') },
    { name: 'callback with JSONPath token, jsonPath factory', factory: 'jsonPath', props: () => ({ ...jsonPathToken(), method: HttpMethod.PUT }), arnFixes: noPathFix('PUT') },
    { name: 'callback with JSONata token', factory: 'jsonata', props: jsonataToken, arnFixes: noPathFix('GET') },
    { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }), arnFixes: noPathFix('GET') },
    { name: 'every common JSONPath prop', props: (scope) => ({ ...commonJsonPath(scope), apiPath: '/a' }) },
    { name: 'every common JSONata prop', factory: 'jsonata', props: () => ({ ...commonJsonata(), apiPath: '/a' }) },
    { name: 'dynamic JSONPath timeouts', props: () => ({ apiPath: '/a', taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
    { name: 'deprecated timeout and heartbeat', props: () => ({ apiPath: '/a', timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
    { name: 'discarded result', props: () => ({ apiPath: '/a', resultPath: sfn.JsonPath.DISCARD }) },
    { name: 'JSONata state machine, jsonata factory', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata', props: () => ({ apiPath: '/a' }) },
    { name: 'queryLanguage JSONATA on the constructor', props: () => ({ ...jsonataRequest(), apiPath: '/a', queryLanguage: sfn.QueryLanguage.JSONATA }) },
    { name: 'inside a Map', props: () => ({ apiPath: '/a' }), wrap: inMap },
    { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({ ...jsonataRequest(), apiPath: '/a' }) },
    { name: 'everything at once', props: (scope) => ({
      ...commonJsonPath(scope), ...jsonPathToken(), ...request.queryParameters(), ...request.objectBody(),
      apiPath: '/pets', method: HttpMethod.PATCH, authType: AuthType.IAM_ROLE,
    }) },
  );
  return cases;
}

function restCases(): Array<Case & { api?: RestApiKind }> {
  const cases: Array<Case & { api?: RestApiKind }> = [];
  for (const api of ['owned', 'imported', 'attributes'] as const) {
    for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
      cases.push({ name: `${api} API, ${factory}, minimal`, api, factory });
      cases.push({ name: `${api} API, ${factory}, with path`, api, factory, props: () => ({ apiPath: '/items/{id}' }) });
    }
  }
  cases.push(
    ...sharedCases('none'),
    { name: 'region (README example)', props: () => ({ region: 'us-west-2' }), arnFixes: [[':execute-api:us-east-1:', ':execute-api:us-west-2:']] },
    { name: 'region, owned API, IAM_ROLE', api: 'owned', props: () => ({ region: 'eu-central-1', authType: AuthType.IAM_ROLE, apiPath: '/x' }),
      arnFixes: [[':execute-api:us-east-1:', ':execute-api:eu-central-1:']] },
    { name: 'region, NO_AUTH', props: () => ({ region: 'us-west-2', authType: AuthType.NO_AUTH }) },
    { name: 'JSON path stageName', props: () => ({ stageName: sfn.JsonPath.stringAt('$.stage'), apiPath: '/a' }), arnFixes: [['/$.stage/GET/a', '/*/GET/a']] },
    { name: 'JSONata stageName', factory: 'jsonata', props: () => ({ stageName: '{% $states.input.stage %}', apiPath: '/a' }),
      arnFixes: [['/{% $states.input.stage %}/GET/a', '/*/GET/a']] },
    { name: 'token stageName', props: () => ({ stageName: Fn.ref('StageParam'), apiPath: '/a' }) },
    { name: 'README WAIT_FOR_TASK_TOKEN example', api: 'owned', props: () => ({ ...jsonPathToken(), stageName: 'Stage', method: HttpMethod.PUT }) },
  );
  return cases;
}

function httpCases(): Array<Case & { api?: HttpApiKind }> {
  const cases: Array<Case & { api?: HttpApiKind }> = [];
  const defaultStage: Case['arnFixes'] = [['/undefined/', '/$default/']];
  const noPath = (m = 'GET'): Array<[string, string]> => [[`/${m}undefined`, `/${m}/*`]];
  for (const api of ['owned', 'imported', 'otherStack'] as const) {
    for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
      cases.push({ name: `${api} API, ${factory}, minimal (README example)`, api, factory, props: () => ({ stageName: undefined }),
        arnFixes: [...defaultStage!, ...noPath()] });
      cases.push({ name: `${api} API, ${factory}, stage and path`, api, factory, props: () => ({ stageName: 'prod', apiPath: '/items' }) });
    }
  }
  // The shared cases give a stageName unless they set it themselves.
  cases.push(
    ...sharedCases('undefined'),
    { name: 'no stageName, with path', props: () => ({ stageName: undefined, apiPath: '/a' }), arnFixes: defaultStage },
    { name: "stageName '$default'", props: () => ({ stageName: '$default', apiPath: '/a' }) },
    { name: 'path without leading slash', props: () => ({ apiPath: 'bills' }), arnFixes: [['/GETbills', '/GET/bills']] },
    { name: 'JSON path stageName', props: () => ({ stageName: sfn.JsonPath.stringAt('$.stage'), apiPath: '/a' }), arnFixes: [['/$.stage/GET/a', '/*/GET/a']] },
    { name: 'JSONata stageName and path', factory: 'jsonata', props: () => ({ stageName: '{% $states.input.stage %}', apiPath: '{% $states.input.path %}' }),
      arnFixes: [['/{% $states.input.stage %}/GET{% $states.input.path %}', '/*/GET/*']] },
  );
  return cases;
}

function buildRest(c: Case & { api?: RestApiKind }) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { api: makeRestApi(scope, c.api ?? 'imported'), stageName: 'prod', method: HttpMethod.GET, ...c.props?.(scope) } as CallApiGatewayRestApiEndpointProps;
    const Impl = implementation === 'ours' ? CallApiGatewayRestApiEndpoint : reference.CallApiGatewayRestApiEndpoint;
    const p = props as CallApiGatewayRestApiEndpointProps & reference.CallApiGatewayRestApiEndpointProps;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Call', p);
      case 'jsonata': return Impl.jsonata(scope, 'Call', p);
      default: return new Impl(scope, 'Call', p);
    }
  };
}

function buildHttp(c: Case & { api?: HttpApiKind }) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { ...makeHttpApi(scope, c.api ?? 'imported'), stageName: 'prod', method: HttpMethod.GET, ...c.props?.(scope) } as CallApiGatewayHttpApiEndpointProps;
    const Impl = implementation === 'ours' ? CallApiGatewayHttpApiEndpoint : reference.CallApiGatewayHttpApiEndpoint;
    const p = props as CallApiGatewayHttpApiEndpointProps & reference.CallApiGatewayHttpApiEndpointProps;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Call', p);
      case 'jsonata': return Impl.jsonata(scope, 'Call', p);
      default: return new Impl(scope, 'Call', p);
    }
  };
}

/** The reference snapshot with its `execute-api:Invoke` ARN corrected as `fixes` say (see `Case.arnFixes`). */
function withFixedExecuteArn(snapshot: ParitySnapshot, fixes: Case['arnFixes']): ParitySnapshot {
  if (!fixes) return snapshot;
  const statements = snapshot.statements.map((s) => {
    if ((s as { Action?: unknown }).Action !== 'execute-api:Invoke') return s;
    let text = JSON.stringify(normalize(s));
    for (const [from, to] of fixes) {
      const next = text.split(JSON.stringify(from).slice(1, -1)).join(JSON.stringify(to).slice(1, -1));
      expect(next, `the reference ARN contains ${from}`).not.toBe(text);
      text = next;
    }
    return JSON.parse(text);
  });
  return { ...snapshot, statements };
}

function expectParity(ours: ParitySnapshot, ref: ParitySnapshot, c: Case): void {
  expect(ours.state).toEqual(ref.state);
  expect(ours.template).toEqual(ref.template);
  expect(normalize(ours.statements)).toEqual(normalize(withFixedExecuteArn(ref, c.arnFixes).statements));
}

describe('CallApiGatewayRestApiEndpoint parity with aws-cdk-lib', () => {
  it.each(restCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(buildRest(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expectParity(ours, ref, c);
  });
});

describe('CallApiGatewayRestApiEndpoint with a JSONata region', () => {
  it('renders one JSONata endpoint and grants in every Region, where the reference embeds the expression in text', () => {
    const c: Case & { api?: RestApiKind } = { name: 'JSONata region', factory: 'jsonata', props: () => ({ region: "{% 'eu-' & $states.input.zone %}", apiPath: '/a' }) };
    const { ours, reference: ref } = renderBoth(buildRest(c), {});
    const endpoint = (s: ParitySnapshot) => normalize((s.state as { Arguments: { ApiEndpoint: unknown } }).Arguments.ApiEndpoint);
    expect(endpoint(ours)).toEqual({ 'Fn::Join': ['', ["{% 'abc123.execute-api.' & ('eu-' & $states.input.zone) & '.", { Ref: 'AWS::URLSuffix' }, "' %}"]] });
    expect(endpoint(ref)).toEqual({ 'Fn::Join': ['', ["abc123.execute-api.{% 'eu-' & $states.input.zone %}.", { Ref: 'AWS::URLSuffix' }]] });
    expect(normalize(ours.statements)).toEqual(normalize(withFixedExecuteArn(ref, [[":execute-api:us-east-1:", ':execute-api:*:']]).statements));
  });
});

describe('CallApiGatewayHttpApiEndpoint parity with aws-cdk-lib', () => {
  it.each(httpCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(buildHttp(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expectParity(ours, ref, c);
  });
});
