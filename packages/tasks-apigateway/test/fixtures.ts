import { App, Stack } from 'aws-cdk-lib/core';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** The kinds of REST API a task can call. */
export type RestApiKind = 'owned' | 'imported' | 'attributes';
/** The kinds of HTTP API a task can call: in the task's stack, imported by id, or in a stack of another Region. */
export type HttpApiKind = 'owned' | 'imported' | 'otherStack';

export const IMPORTED_REST_API_ID = 'abc123';
export const IMPORTED_HTTP_API_ID = 'xyz789';

/** A REST API of the given kind, with stable ids so both implementations match. */
export function makeRestApi(scope: Construct, kind: RestApiKind): apigateway.IRestApi {
  if (kind === 'imported') return apigateway.RestApi.fromRestApiId(scope, 'Api', IMPORTED_REST_API_ID);
  if (kind === 'attributes') {
    return apigateway.RestApi.fromRestApiAttributes(scope, 'Api', { restApiId: IMPORTED_REST_API_ID, rootResourceId: 'root1' });
  }
  const api = new apigateway.RestApi(scope, 'Api');
  api.root.addMethod('GET');
  return api;
}

/** The `apiId` and `apiStack` of an HTTP API of the given kind. */
export function makeHttpApi(scope: Construct, kind: HttpApiKind): { apiId: string; apiStack: Stack } {
  if (kind === 'owned') {
    const api = new apigatewayv2.HttpApi(scope, 'HttpApi');
    return { apiId: api.apiId, apiStack: Stack.of(api) };
  }
  if (kind === 'imported') return { apiId: IMPORTED_HTTP_API_ID, apiStack: Stack.of(scope) };
  const app = Stack.of(scope).node.root as App;
  const apiStack = (app.node.tryFindChild('ApiStack') as Stack | undefined)
    ?? new Stack(app, 'ApiStack', { env: { account: '111111111111', region: 'eu-west-1' } });
  return { apiId: IMPORTED_HTTP_API_ID, apiStack };
}

/** A role for `credentials`. */
export function makeRole(scope: Construct): iam.IRole {
  return iam.Role.fromRoleArn(scope, 'CredentialsRole', 'arn:aws:iam::123456789012:role/cross-account');
}

/** Renders nested `Fn::Join`s of strings and tokens one way, so expected and actual ARNs compare structurally. */
export function normalize<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => {
    if (v && typeof v === 'object' && Array.isArray(v['Fn::Join']) && v['Fn::Join'][0] === '') {
      const parts = (v['Fn::Join'][1] as unknown[]).flatMap((p) => isJoin(p) ? p['Fn::Join'][1] : [p]);
      const merged: unknown[] = [];
      for (const p of parts) {
        if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += p;
        else merged.push(p);
      }
      return merged.length === 1 ? merged[0] : { 'Fn::Join': ['', merged] };
    }
    return v;
  });
}

function isJoin(p: unknown): p is { 'Fn::Join': [string, unknown[]] } {
  return p !== null && typeof p === 'object' && Array.isArray((p as Record<string, unknown>)['Fn::Join'])
    && (p as { 'Fn::Join': [string] })['Fn::Join'][0] === '';
}

/**
 * The resolved `execute-api` ARN `arn:<partition>:execute-api:<region>:<account>:<apiId><resource>`.
 *
 * @param apiId the API id as it resolves: a string or a `Ref`.
 */
export function executeApiArn(apiId: unknown, resource: string, region = 'us-east-1', account = '123456789012'): unknown {
  return normalize({
    'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:execute-api:${region}:${account}:`, apiId, resource]],
  });
}
