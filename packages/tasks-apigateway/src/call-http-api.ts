import type { Construct } from 'constructs';
import { ArnFormat, type Stack } from 'aws-cdk-lib/core';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { validateStringPattern } from '@cdk-stepfunctions/tasks-core';
import { CallApiGatewayEndpointBase } from './base';
import { pathSegment, stageSegment } from './private/execute-api-arn';
import type {
  CallApiGatewayEndpointBaseProps,
  CallApiGatewayEndpointJsonataBaseProps,
  CallApiGatewayEndpointJsonPathBaseProps,
} from './base-types';

/** The stage an HTTP API call goes to when `stageName` is not given. */
const DEFAULT_STAGE = '$default';

/**
 * What an HTTP API call needs besides the request: the API's id, its stack and its stage.
 */
export interface CallApiGatewayHttpApiEndpointOptions {
  /**
   * The id of the HTTP API to call.
   */
  readonly apiId: string;

  /**
   * The stack the API is defined in: its Region and account make the endpoint and the permission.
   */
  readonly apiStack: Stack;

  /**
   * The stage the API is deployed to; a JSON path or JSONata expression picks it at run time.
   *
   * @default '$default'
   */
  readonly stageName?: string;
}

/**
 * Properties of a CallApiGatewayHttpApiEndpoint task that uses JSONPath.
 */
export interface CallApiGatewayHttpApiEndpointJsonPathProps extends CallApiGatewayEndpointJsonPathBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * Properties of a CallApiGatewayHttpApiEndpoint task that uses JSONata.
 */
export interface CallApiGatewayHttpApiEndpointJsonataProps extends CallApiGatewayEndpointJsonataBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * Properties of a CallApiGatewayHttpApiEndpoint task.
 */
export interface CallApiGatewayHttpApiEndpointProps extends CallApiGatewayEndpointBaseProps, CallApiGatewayHttpApiEndpointOptions {}

/**
 * Calls an API Gateway HTTP API endpoint as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 */
export class CallApiGatewayHttpApiEndpoint extends CallApiGatewayEndpointBase {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = '@cdk-stepfunctions.tasks-apigateway.CallApiGatewayHttpApiEndpoint';

  /**
   * A CallApiGatewayHttpApiEndpoint task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonPath(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointJsonPathProps): CallApiGatewayHttpApiEndpoint {
    return new CallApiGatewayHttpApiEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CallApiGatewayHttpApiEndpoint task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
   */
  public static jsonata(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointJsonataProps): CallApiGatewayHttpApiEndpoint {
    return new CallApiGatewayHttpApiEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
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

  private readonly props: CallApiGatewayHttpApiEndpointProps;

  constructor(scope: Construct, id: string, props: CallApiGatewayHttpApiEndpointProps) {
    super(scope, id, props);
    this.props = props;

    validateStringPattern(this, 'apiId', props.apiId, /^[a-zA-Z0-9]+$/, 'letters and digits (an API id, e.g. a1b2c3d4e5)');
    validateStringPattern(this, 'stageName', props.stageName, /^(\$default|[a-zA-Z0-9_-]{1,128})$/,
      "'$default' or 1 to 128 letters, digits, - and _");

    this.apiEndpoint = `${props.apiId}.execute-api.${props.apiStack.region}.${props.apiStack.urlSuffix}`;
    this.arnForExecuteApi = this.httpApiExecuteArn();
    this.stageName = props.stageName;
    this.taskPolicies = this.createPolicyStatements();
  }

  /**
   * `arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path>`: the `$default` stage
   * when none is given, `*` for a stage and `/*` for a path picked at run time, `/*` when there is no path.
   *
   * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html
   */
  private httpApiExecuteArn(): string {
    const { apiId, apiStack, stageName, method, apiPath } = this.props;
    return apiStack.formatArn({
      service: 'execute-api',
      resource: apiId,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      resourceName: `${stageSegment(stageName ?? DEFAULT_STAGE)}/${method}${pathSegment(apiPath)}`,
    });
  }
}
