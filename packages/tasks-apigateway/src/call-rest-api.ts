import type { Construct } from 'constructs';
import { ArnFormat, Stack, Token } from 'aws-cdk-lib/core';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { isJsonataExpression, isRuntimeValue, validateStringLength, validateStringPattern, validationError } from '@cdk-stepfunctions/tasks-core';
import { CallApiGatewayEndpointBase } from './base';
import { pathSegment, stageSegment } from './private/execute-api-arn';
import type {
  CallApiGatewayEndpointBaseProps,
  CallApiGatewayEndpointJsonataBaseProps,
  CallApiGatewayEndpointJsonPathBaseProps,
} from './base-types';

/**
 * What a REST API call needs besides the request: the API, its stage and, for an API in another Region, the Region.
 */
export interface CallApiGatewayRestApiEndpointOptions {
  /**
   * The REST API to call.
   */
  readonly api: apigateway.IRestApi;

  /**
   * The stage the API is deployed to; a JSON path or JSONata expression picks it at run time.
   */
  readonly stageName: string;

  /**
   * The Region the API is deployed in, e.g. `us-west-2`: used in the endpoint's host name and in the
   * `execute-api:Invoke` permission. A JSONata expression picks it at run time (the permission then covers every
   * Region).
   *
   * @default - the Region of the stack that contains `api`
   */
  readonly region?: string;
}

/**
 * Properties of a CallApiGatewayRestApiEndpoint task that uses JSONPath.
 */
export interface CallApiGatewayRestApiEndpointJsonPathProps extends CallApiGatewayEndpointJsonPathBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * Properties of a CallApiGatewayRestApiEndpoint task that uses JSONata.
 */
export interface CallApiGatewayRestApiEndpointJsonataProps extends CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * Properties of a CallApiGatewayRestApiEndpoint task.
 */
export interface CallApiGatewayRestApiEndpointProps extends CallApiGatewayEndpointBaseProps, CallApiGatewayRestApiEndpointOptions {}

/**
 * Calls an API Gateway REST API endpoint as a Task.
 *
 * Header and query-string values are arrays: to send the task token with `WAIT_FOR_TASK_TOKEN`, wrap it,
 * e.g. `headers: TaskInput.fromObject({ TaskToken: JsonPath.array(JsonPath.taskToken) })`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 */
export class CallApiGatewayRestApiEndpoint extends CallApiGatewayEndpointBase {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = '@cdk-stepfunctions.tasks-apigateway.CallApiGatewayRestApiEndpoint';

  /**
   * A CallApiGatewayRestApiEndpoint task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonPath(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointJsonPathProps): CallApiGatewayRestApiEndpoint {
    return new CallApiGatewayRestApiEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CallApiGatewayRestApiEndpoint task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonata(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointJsonataProps): CallApiGatewayRestApiEndpoint {
    return new CallApiGatewayRestApiEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: the API's HTTP response: its body (parsed when it is JSON), status
   * and headers. With `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks it with
   * `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   * @internal
   */
  declare readonly _serviceResult?: {
    ResponseBody: unknown; StatusCode: number; StatusText: string; Headers?: { [name: string]: unknown };
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly apiEndpoint: string;
  protected readonly arnForExecuteApi: string;
  protected readonly stageName?: string;

  private readonly props: CallApiGatewayRestApiEndpointProps;

  constructor(scope: Construct, id: string, props: CallApiGatewayRestApiEndpointProps) {
    super(scope, id, props);
    this.props = props;

    validateRestApiPath(this, props.apiPath);
    validateStringLength(this, 'stageName', props.stageName, 1, 128);
    validateStringPattern(this, 'stageName', props.stageName, /^[a-zA-Z0-9_-]+$/, 'letters, digits, - and _');
    validateStringPattern(this, 'region', props.region, /^[a-z]{2,}(-[a-z]+)+-\d+$/, 'a Region name such as us-west-2');

    this.apiEndpoint = this.restApiEndpoint();
    this.arnForExecuteApi = this.restApiExecuteArn();
    this.stageName = props.stageName;
    this.taskPolicies = this.createPolicyStatements();
  }

  /**
   * `<rest-api-id>.execute-api.<region>.<url-suffix>`, in `region` or the API stack's Region; one JSONata
   * expression when `region` is one, since a JSONata state evaluates only a field that is a whole expression.
   */
  private restApiEndpoint(): string {
    const apiStack = Stack.of(this.props.api);
    const { region } = this.props;
    if (isJsonataExpression(region)) {
      const expression = region.trim().slice(2, -2).trim();
      return `{% '${this.props.api.restApiId}.execute-api.' & (${expression}) & '.${apiStack.urlSuffix}' %}`;
    }
    return `${this.props.api.restApiId}.execute-api.${region ?? apiStack.region}.${apiStack.urlSuffix}`;
  }

  /**
   * `arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path>`, with `*` for the stage
   * and `/*` for the path when they are picked at run time, and the API's Region unless `region` says otherwise.
   *
   * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html
   */
  private restApiExecuteArn(): string {
    const { api, method, apiPath, stageName, region } = this.props;
    const path = pathSegment(apiPath);
    const stage = stageSegment(stageName);
    if (region === undefined) return api.arnForExecuteApi(method, path, stage);
    return Stack.of(api).formatArn({
      service: 'execute-api',
      // A Region picked at run time: any Region.
      region: isRuntimeValue(region) ? '*' : region,
      resource: api.restApiId,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      resourceName: `${stage}/${method}${path}`,
    });
  }
}

/** A static REST API path begins with `/`, as the `execute-api` ARN's resource path does. */
function validateRestApiPath(scope: Construct, apiPath: string | undefined): void {
  if (apiPath === undefined) return;
  const dynamic: boolean = Token.isUnresolved(apiPath) || isRuntimeValue(apiPath);
  if (!dynamic && !apiPath.startsWith('/')) {
    throw validationError(scope, `\`apiPath\` must begin with '/', got '${apiPath}'`);
  }
}
