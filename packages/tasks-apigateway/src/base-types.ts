import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The HTTP methods the Step Functions API Gateway integration can call.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html#connect-api-gateway-requests
 */
export enum HttpMethod {
  /** Read the resource. */
  GET = 'GET',
  /** Submit data to the resource, usually to create something. */
  POST = 'POST',
  /** Replace the resource, or create it at a known path. */
  PUT = 'PUT',
  /** Remove the resource. */
  DELETE = 'DELETE',
  /** Change part of the resource. */
  PATCH = 'PATCH',
  /** Like GET, but the response has headers only. */
  HEAD = 'HEAD',
  /** Ask which methods and options the resource supports. */
  OPTIONS = 'OPTIONS',
}

/**
 * How Step Functions authenticates the call to the API.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html#connect-api-gateway-auth
 */
export enum AuthType {
  /** No authentication: the request is sent unsigned. */
  NO_AUTH = 'NO_AUTH',
  /** The request is signed (SigV4) with the state machine's role, for APIs with IAM authorization. */
  IAM_ROLE = 'IAM_ROLE',
  /** Step Functions authenticates the request; the API's resource policy must allow the state machine (REST APIs). */
  RESOURCE_POLICY = 'RESOURCE_POLICY',
}

/**
 * What every API Gateway call sends: the method, and optionally headers, path, query string, body and authentication.
 */
export interface CallApiGatewayEndpointBaseOptions {
  /**
   * The HTTP method of the request.
   */
  readonly method: HttpMethod;

  /**
   * The request headers, each key mapped to an array of values.
   *
   * With `WAIT_FOR_TASK_TOKEN`, the headers must carry the task token, e.g.
   * `{ TaskToken: JsonPath.array(JsonPath.taskToken) }`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html#connect-api-gateway-requests-optional
   * @default - no headers
   */
  readonly headers?: sfn.TaskInput;

  /**
   * The path appended to the stage's URL, e.g. `/pets/1`; a JSON path or JSONata expression picks it at run time.
   *
   * @default - the stage's root
   */
  readonly apiPath?: string;

  /**
   * The query string, each key mapped to an array of values.
   *
   * @default - no query string
   */
  readonly queryParameters?: sfn.TaskInput;

  /**
   * The request body: JSON or a string.
   *
   * @default - no body
   */
  readonly requestBody?: sfn.TaskInput;

  /**
   * How the request is authenticated.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html#connect-api-gateway-auth
   * @default AuthType.NO_AUTH
   */
  readonly authType?: AuthType;
}

/**
 * Properties every API Gateway call task takes, with JSONPath.
 */
export interface CallApiGatewayEndpointJsonPathBaseProps extends sfn.TaskStateJsonPathBaseProps, CallApiGatewayEndpointBaseOptions {}

/**
 * Properties every API Gateway call task takes, with JSONata.
 */
export interface CallApiGatewayEndpointJsonataBaseProps extends sfn.TaskStateJsonataBaseProps, CallApiGatewayEndpointBaseOptions {}

/**
 * Properties every API Gateway call task takes.
 */
export interface CallApiGatewayEndpointBaseProps extends sfn.TaskStateBaseProps, CallApiGatewayEndpointBaseOptions {}
