import { App, Stack } from 'aws-cdk-lib/core';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { normalize } from '@cdk-stepfunctions/tools/testing';
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
