import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EksCall, type EksCallProps, HttpMethods } from '../src';
import { type ClusterKind, makeCluster } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Props = Partial<EksCallProps>;

interface Case {
  readonly name: string;
  readonly cluster?: ClusterKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Props;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const PODS = '/api/v1/namespaces/default/pods';

const commonJsonPath = (scope: Construct): Props => commonJsonPathProps(scope, {
  comment: 'call it',
  stateName: 'Call the cluster',
  resultSelector: { body: sfn.JsonPath.objectAt('$.ResponseBody'), status: sfn.JsonPath.numberAt('$.StatusCode') },
  assign: { last: sfn.JsonPath.stringAt('$.StatusText') },
});
const commonJsonata = (): Props => commonJsonataProps({
  comment: 'call it',
  outputs: '{% $states.result.ResponseBody %}',
  assign: { last: '{% $states.result.StatusText %}' },
});

const cases: Case[] = [];
for (const cluster of ['owned', 'imported', 'importedToken'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${cluster} cluster, ${factory}`, cluster, factory });
  }
}
cases.push(
  { name: 'cluster from JSON paths', cluster: 'importedJsonPath' },
  { name: 'cluster from JSON paths, jsonPath', cluster: 'importedJsonPath', factory: 'jsonPath' },
  { name: 'cluster from JSONata', cluster: 'importedJsonata', factory: 'jsonata' },
);
for (const method of Object.values(HttpMethods)) {
  cases.push({ name: `method ${method}`, props: () => ({ httpMethod: method }) });
}
cases.push(
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'path from a JSON path', props: () => ({ httpPath: sfn.JsonPath.stringAt('$.path') }) },
  { name: 'formatted path', props: () => ({ httpPath: sfn.JsonPath.format('/api/v1/namespaces/{}/pods', sfn.JsonPath.stringAt('$.ns')) }) },
  { name: 'path, JSONata', factory: 'jsonata', props: () => ({ httpPath: "{% '/api/v1/namespaces/' & $states.input.ns & '/pods' %}" }) },
  { name: 'path as a CDK token', props: () => ({ httpPath: Fn.importValue('Path') }) },
  { name: 'query parameters', props: () => ({ queryParameters: { labelSelector: ['job-name=example-job'], limit: ['10'] } }) },
  { name: 'query parameters from a JSON path', props: () => ({ queryParameters: { labelSelector: sfn.JsonPath.listAt('$.selectors') } }) },
  { name: 'query parameters, JSONata', factory: 'jsonata', props: () => ({ queryParameters: { labelSelector: ['{% $states.input.selector %}'] } }) },
  { name: 'empty query parameters', props: () => ({ queryParameters: {} }) },
  { name: 'object body', props: () => ({ httpMethod: HttpMethods.POST, requestBody: sfn.TaskInput.fromObject({ Body: 'requestBody' }) }) },
  { name: 'object body with paths', props: () => ({
    httpMethod: HttpMethods.POST,
    requestBody: sfn.TaskInput.fromObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: sfn.JsonPath.stringAt('$.name') }, data: { n: 1 } }),
  }) },
  { name: 'text body', props: () => ({ requestBody: sfn.TaskInput.fromText('requestBody') }) },
  { name: 'body from a JSON path', props: () => ({ requestBody: sfn.TaskInput.fromJsonPathAt('$.Request.Body') }) },
  { name: 'body, JSONata', factory: 'jsonata', props: () => ({ httpMethod: HttpMethods.PATCH, requestBody: sfn.TaskInput.fromObject({ spec: '{% $states.input.spec %}' }) }) },
  { name: 'body as JSONata text', factory: 'jsonata', props: () => ({ requestBody: sfn.TaskInput.fromText('{% $states.input.body %}') }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONPath prop, jsonPath', factory: 'jsonPath', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout', props: () => ({ timeout: Duration.minutes(2) }) },
  { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'constructor with queryLanguage JSONata', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'inside a JSONPath Map', wrap: inMap },
  { name: 'inside a JSONPath Parallel', wrap: inParallel },
  { name: 'README: list the pods of an owned cluster', cluster: 'owned', props: () => ({ httpMethod: HttpMethods.GET, httpPath: PODS }) },
  { name: 'everything at once', props: (scope) => ({
    ...commonJsonPath(scope), httpMethod: HttpMethods.PUT, httpPath: '/api/v1/namespaces/kube-system/configmaps/aws-auth',
    queryParameters: { dryRun: ['All'] }, requestBody: sfn.TaskInput.fromObject({ data: { mapRoles: '[]' } }),
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = {
      cluster: makeCluster(scope, c.cluster ?? 'imported'),
      httpMethod: HttpMethods.GET,
      httpPath: PODS,
      ...c.props?.(scope),
    } as EksCallProps;
    const Impl = implementation === 'ours' ? EksCall : reference.EksCall;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Call', props as any);
      case 'jsonata': return Impl.jsonata(scope, 'Call', props as any);
      default: return new Impl(scope, 'Call', props as any);
    }
  };
}

describe('EksCall parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(40);
  });
});
