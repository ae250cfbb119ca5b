import type { Construct } from 'constructs';
import { FeatureFlags } from 'aws-cdk-lib/core';
import * as cxapi from 'aws-cdk-lib/cx-api';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  isDynamic,
  isJsonataExpression,
  isRuntimeValue,
  resolveIntegrationPattern,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

/**
 * How arrays are written when the request body is URL-encoded.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html#url-encode-request-body
 */
export enum URLEncodingFormat {
  /**
   * With empty brackets: `{'array': ['a','b','c']}` is `array[]=a&array[]=b&array[]=c`.
   */
  BRACKETS = 'BRACKETS',

  /**
   * As one comma-separated value: `{'array': ['a','b','c']}` is `array=a,b,c`.
   */
  COMMAS = 'COMMAS',

  /**
   * URL-encode with Step Functions' default array format, INDICES.
   */
  DEFAULT = 'DEFAULT',

  /**
   * With each item's index: `{'array': ['a','b','c']}` is `array[0]=a&array[1]=b&array[2]=c`.
   */
  INDICES = 'INDICES',

  /**
   * Do not URL-encode: the request body is sent as JSON.
   */
  NONE = 'NONE',

  /**
   * Repeating the key for each item: `{'array': ['a','b','c']}` is `array=a&array=b&array=c`.
   */
  REPEAT = 'REPEAT',
}

interface HttpInvokeOptions {
  /**
   * The root URL of the API, `https://…`. The state machine may call every URL that starts with it.
   *
   * A JSONPath (`JsonPath.stringAt()`) or JSONata (`{% … %}`) value is allowed; the permission then covers
   * every URL.
   *
   * @example 'https://api.example.com'
   */
  readonly apiRoot: string;

  /**
   * The path to call, relative to `apiRoot` (the two are joined with `/`).
   *
   * Text, a JSONPath value (`TaskInput.fromJsonPathAt()`, `JsonPath.format()`) or a JSONata expression.
   *
   * @example sfn.TaskInput.fromText('path/to/resource')
   */
  readonly apiEndpoint: sfn.TaskInput;

  /**
   * The HTTP method: GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD, or a JSONPath or JSONata value.
   *
   * @example sfn.TaskInput.fromText('GET')
   */
  readonly method: sfn.TaskInput;

  /**
   * The EventBridge connection whose authorization (and network settings) the request uses.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html#http-task-authentication
   */
  readonly connection: events.IConnection;

  /**
   * The request body.
   *
   * @default - no body
   */
  readonly body?: sfn.TaskInput;

  /**
   * The request headers: an object, or a JSONPath or JSONata value that is one.
   *
   * @example sfn.TaskInput.fromObject({ 'Content-Type': 'application/json' })
   * @default - only the headers of the connection
   */
  readonly headers?: sfn.TaskInput;

  /**
   * The query string parameters: an object, or a JSONPath or JSONata value that is one.
   *
   * @default - only the query string parameters of the connection
   */
  readonly queryStringParameters?: sfn.TaskInput;

  /**
   * Whether to URL-encode the request body, and how to write arrays.
   *
   * Any format but `NONE` sends the body as form data and sets the `Content-Type` header to
   * `application/x-www-form-urlencoded`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html#url-encode-request-body
   * @default URLEncodingFormat.NONE
   */
  readonly urlEncodingFormat?: URLEncodingFormat;
}

/**
 * Properties of an HttpInvoke task that uses JSONPath.
 */
export interface HttpInvokeJsonPathProps extends sfn.TaskStateJsonPathBaseProps, HttpInvokeOptions {}

/**
 * Properties of an HttpInvoke task that uses JSONata.
 */
export interface HttpInvokeJsonataProps extends sfn.TaskStateJsonataBaseProps, HttpInvokeOptions {}

/**
 * Properties of an HttpInvoke task.
 */
export interface HttpInvokeProps extends sfn.TaskStateBaseProps, HttpInvokeOptions {}

/** The `Transform` field of the request. */
interface TransformParameters {
  readonly RequestBodyEncoding: 'URL_ENCODED';
  readonly RequestEncodingOptions?: { readonly ArrayFormat: URLEncodingFormat };
}

/** The input of the HTTP Task. */
interface HttpInvokeParameters {
  readonly ApiEndpoint: string;
  readonly Authentication: { readonly ConnectionArn: string };
  readonly Method: unknown;
  readonly Headers?: unknown;
  readonly RequestBody?: unknown;
  readonly QueryParameters?: unknown;
  readonly Transform?: TransformParameters;
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * Calls an HTTPS API, authorized by an EventBridge connection, as a Task (`http:invoke`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
 */
export class HttpInvoke extends TaskStateBase {
  /**
   * An HttpInvoke task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
   */
  public static jsonPath(scope: Construct, id: string, props: HttpInvokeJsonPathProps): HttpInvoke {
    return new HttpInvoke(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An HttpInvoke task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
   */
  public static jsonata(scope: Construct, id: string, props: HttpInvokeJsonataProps): HttpInvoke {
    return new HttpInvoke(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /** The HTTP Task has no `.sync` or `.waitForTaskToken` variant. */
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: the HTTP response: its body (parsed when it is JSON), status and
   * headers. Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run
   * time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
   * @internal
   */
  declare readonly _serviceResult?: {
    ResponseBody: unknown; StatusCode: number; StatusText: string; Headers?: { [name: string]: unknown };
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: HttpInvokeProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: HttpInvokeProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, HttpInvoke.SUPPORTED_INTEGRATION_PATTERNS);
    this.validateProps(props);

    this.taskPolicies = this.buildTaskPolicyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('http', 'invoke', this.integrationPattern),
      ...this.renderInput(this.buildTaskParameters(queryLanguage), queryLanguage),
    };
  }

  /**
   * The statements the state machine needs: the connection's credentials, its secret, and calling URLs under
   * `apiRoot` (every URL when `apiRoot` is only known at run time).
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html#connect-http-task-permissions
   */
  protected buildTaskPolicyStatements(): iam.PolicyStatement[] {
    const { connection, apiRoot } = this.props;
    return [
      new iam.PolicyStatement({
        actions: ['events:RetrieveConnectionCredentials'],
        resources: [connection.connectionArn],
      }),
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        resources: [connection.connectionSecretArn],
      }),
      new iam.PolicyStatement({
        actions: ['states:InvokeHTTPEndpoint'],
        resources: ['*'],
        conditions: { StringLike: { 'states:HTTPEndpoint': `${isRuntimeValue(apiRoot) ? '' : apiRoot}*` } },
      }),
    ];
  }

  private buildTaskParameters(queryLanguage: sfn.QueryLanguage): HttpInvokeParameters {
    const apiEndpoint = queryLanguage === sfn.QueryLanguage.JSONATA ? this.jsonataEndpoint() : this.jsonPathEndpoint();
    return httpInvokeParameters(this.props, apiEndpoint);
  }

  /** `apiRoot/apiEndpoint` as one JSONata expression. */
  private jsonataEndpoint(): string {
    for (const [prop, value] of [['apiRoot', this.props.apiRoot], ['apiEndpoint', this.props.apiEndpoint.value]] as const) {
      if (sfn.JsonPath.isEncodedJsonPath(value)) {
        throw validationError(this, `\`${prop}\` must be text or a JSONata expression when the state uses JSONata, got the JSON path ` +
          describeValue(renderedPath(value)));
      }
    }
    return `{% ${jsonataOperand(this.props.apiRoot)} & '/' & ${jsonataOperand(this.props.apiEndpoint.value)} %}`;
  }

  /**
   * `apiRoot/apiEndpoint` in JSONPath: `States.Format('{}/{}', …)` when either is a path, else the joined text
   * (always the intrinsic when the `httpInvokeDynamicJsonPathEndpoint` feature flag is set, as aws-cdk-lib does).
   */
  private jsonPathEndpoint(): string {
    const { apiRoot } = this.props;
    const endpoint: string = this.props.apiEndpoint.value;
    if (this.dynamicEndpointFlag() || sfn.JsonPath.isEncodedJsonPath(apiRoot) || sfn.JsonPath.isEncodedJsonPath(endpoint)) {
      return sfn.JsonPath.format('{}/{}', apiRoot, endpoint);
    }
    return `${apiRoot}/${endpoint}`;
  }

  private dynamicEndpointFlag(): boolean {
    const flag: string | undefined = cxapi.STEPFUNCTIONS_TASKS_HTTPINVOKE_DYNAMIC_JSONPATH_ENDPOINT;
    return flag !== undefined && FeatureFlags.of(this).isEnabled(flag) === true;
  }

  private validateProps(props: HttpInvokeProps): void {
    validateStringPattern(this, 'apiRoot', props.apiRoot, /^https:\/\/[^\s/]+\S*$/, 'an HTTPS URL (https://<host>[/<path>])');
    requireText(this, 'apiEndpoint', props.apiEndpoint);
    requireText(this, 'method', props.method);
    validateStringPattern(this, 'method', props.method.value, new RegExp(`^(${HTTP_METHODS.join('|')})$`), `one of ${HTTP_METHODS.join(', ')}`);
    requireObject(this, 'headers', props.headers);
    requireObject(this, 'queryStringParameters', props.queryStringParameters);
    const format = props.urlEncodingFormat;
    if (format !== undefined && format !== URLEncodingFormat.NONE && sfn.JsonPath.isEncodedJsonPath(props.headers?.value)) {
      throw validationError(this, '`headers` must be an object (TaskInput.fromObject()) or a JSONata expression when `urlEncodingFormat` ' +
        `is ${format}, because the Content-Type header is added to them, got the JSON path ${describeValue(renderedPath(props.headers?.value))}`);
    }
  }
}

/** The input of the HTTP Task for `props`, with the endpoint already written for the query language. */
function httpInvokeParameters(props: HttpInvokeProps, apiEndpoint: string): HttpInvokeParameters {
  const format = props.urlEncodingFormat;
  const encoded = format !== undefined && format !== URLEncodingFormat.NONE;
  return {
    ApiEndpoint: apiEndpoint,
    Authentication: { ConnectionArn: props.connection.connectionArn },
    Method: props.method.value,
    Headers: encoded ? withFormContentType(props.headers?.value) : props.headers?.value,
    RequestBody: props.body?.value,
    QueryParameters: props.queryStringParameters?.value,
    Transform: encoded ? {
      RequestBodyEncoding: 'URL_ENCODED',
      RequestEncodingOptions: format === URLEncodingFormat.DEFAULT ? undefined : { ArrayFormat: format },
    } : undefined,
  };
}

/** `value` as a JSONata operand: an expression's body, or a string literal. */
function jsonataOperand(value: string): string {
  if (isJsonataExpression(value)) return value.trim().replace(/^\{%/, '').replace(/%\}$/, '').trim();
  return /['\\]/.test(value) ? JSON.stringify(value) : `'${value}'`;
}

/** The headers with `Content-Type: application/x-www-form-urlencoded`, for a URL-encoded body. */
function withFormContentType(headers: unknown): unknown {
  if (typeof headers === 'string' && isJsonataExpression(headers)) {
    return `{% $merge([${jsonataOperand(headers)}, {'Content-Type': '${FORM_CONTENT_TYPE}'}]) %}`;
  }
  return { ...(headers as { [key: string]: unknown } | undefined), 'Content-Type': FORM_CONTENT_TYPE };
}

/** The plain `$…` path behind a `JsonPath.*At()` token, for messages. */
function renderedPath(encoded: string): string {
  const rendered = sfn.FieldUtils.renderObject({ p: encoded }) as { [key: string]: string };
  return rendered['p.$'];
}

function requireText(scope: Construct, prop: string, input: sfn.TaskInput): void {
  if (input.type !== sfn.InputType.TEXT) {
    throw validationError(scope, `\`${prop}\` must be text (TaskInput.fromText() or TaskInput.fromJsonPathAt()), got an object ` +
      describeValue(input.value));
  }
}

function requireObject(scope: Construct, prop: string, input: sfn.TaskInput | undefined): void {
  if (input === undefined || input.type === sfn.InputType.OBJECT || isDynamic(input.value)) return;
  throw validationError(scope, `\`${prop}\` must be an object (TaskInput.fromObject()), a JSON path or a JSONata expression, ` +
    `got the text ${describeValue(input.value)}`);
}
