import type { Construct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  isJsonataExpression,
  requireTaskToken,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import { AuthType, type CallApiGatewayEndpointBaseProps, type HttpMethod } from './base-types';

/** The `Parameters`/`Arguments` of an `apigateway:invoke` task. */
type ApiGatewayInvokeInput = {
  readonly ApiEndpoint: string;
  readonly Method: HttpMethod;
  readonly Headers?: unknown;
  readonly Stage?: string;
  readonly Path?: string;
  readonly QueryParameters?: unknown;
  readonly RequestBody?: unknown;
  readonly AuthType: AuthType;
};

/**
 * The base of the API Gateway call tasks: validation, rendering and the `execute-api:Invoke` permission.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 */
export abstract class CallApiGatewayEndpointBase extends TaskStateBase {
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /** The host name of the API: `<api-id>.execute-api.<region>.<url-suffix>`. */
  protected abstract readonly apiEndpoint: string;
  /** The `execute-api` ARN the call reaches. */
  protected abstract readonly arnForExecuteApi: string;
  /** The stage the call goes to. */
  protected abstract readonly stageName?: string;

  private readonly baseProps: CallApiGatewayEndpointBaseProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CallApiGatewayEndpointBaseProps) {
    super(scope, id, props);
    this.baseProps = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CallApiGatewayEndpointBase.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'headers', props.headers?.value);
    }
    validateJsonInput(this, 'headers', props.headers);
    validateJsonInput(this, 'queryParameters', props.queryParameters);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('apigateway', 'invoke', this.integrationPattern),
      ...this.renderInput(invokeInput(this.baseProps, this.apiEndpoint, this.stageName), queryLanguage),
    };
  }

  /**
   * The `execute-api:Invoke` permission on the API, unless `authType` is explicitly `NO_AUTH`.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/api-gateway-iam.html
   */
  protected createPolicyStatements(): iam.PolicyStatement[] {
    if (this.baseProps.authType === AuthType.NO_AUTH) return [];
    return [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], resources: [this.arnForExecuteApi] })];
  }
}

function invokeInput(props: CallApiGatewayEndpointBaseProps, apiEndpoint: string, stageName: string | undefined): ApiGatewayInvokeInput {
  return {
    ApiEndpoint: apiEndpoint,
    Method: props.method,
    Headers: props.headers?.value,
    Stage: stageName,
    Path: props.apiPath,
    QueryParameters: props.queryParameters?.value,
    RequestBody: props.requestBody?.value,
    AuthType: props.authType ?? AuthType.NO_AUTH,
  };
}

/** `headers` and `queryParameters` are JSON objects: text is allowed only as a JSON path or JSONata expression. */
function validateJsonInput(scope: Construct, prop: string, input: sfn.TaskInput | undefined): void {
  if (input === undefined || input.type === sfn.InputType.OBJECT) return;
  const value: unknown = input.value;
  if (typeof value !== 'string' || Token.isUnresolved(value) || isJsonataExpression(value)) return;
  throw validationError(scope, `\`${prop}\` must be TaskInput.fromObject(), a JSON path or a JSONata expression ` +
    `(a map of names to arrays of values), got text ${JSON.stringify(value)}`);
}
