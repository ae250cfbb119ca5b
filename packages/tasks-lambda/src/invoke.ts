import type { Construct } from 'constructs';
import { Duration, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  isJsonataExpression,
  isJsonPathExpression,
  requireTaskToken,
  resolveIntegrationPattern,
  validateStringLength,
  validateStringPattern,
  validateNotCombined,
  validationError,
} from '@cdk-stepfunctions/tasks-core';

interface LambdaInvokeBaseProps {
  /**
   * The Lambda function to invoke: a function, or one of its versions or aliases.
   */
  readonly lambdaFunction: lambda.IFunction;

  /**
   * The JSON the function receives as its event.
   *
   * @default - the state input: `$` in JSONPath, `{% $states.input %}` in JSONata
   */
  readonly payload?: sfn.TaskInput;

  /**
   * How the function is invoked: synchronously, asynchronously, or as a dry run.
   *
   * @default LambdaInvocationType.REQUEST_RESPONSE
   */
  readonly invocationType?: LambdaInvocationType;

  /**
   * Base64-encoded data about the invoking client, up to 3583 bytes, passed to the function in its context object.
   *
   * @default - no client context
   */
  readonly clientContext?: string;

  /**
   * The version or alias to invoke, when it comes from the state's data.
   *
   * To invoke a fixed version or alias, pass that `Version` or `Alias` as `lambdaFunction` instead.
   *
   * @default - the version or alias of `lambdaFunction` itself
   * @deprecated pass a Version or Alias object as lambdaFunction instead
   */
  readonly qualifier?: string;

  /**
   * Call the function directly by its ARN, so the state's result is the function's response alone instead of
   * the API response with `Payload`, `StatusCode` and headers.
   *
   * Always synchronous: it cannot be combined with `integrationPattern`, `invocationType`, `clientContext`
   * or `qualifier`.
   *
   * @default false
   */
  readonly payloadResponseOnly?: boolean;

  /**
   * Retry the Lambda service's transient errors (`Lambda.ServiceException`, `Lambda.AWSLambdaException`,
   * `Lambda.SdkClientException`, `Lambda.ClientExecutionTimeoutException`): 6 attempts, 2 seconds apart at
   * first, backing off by a factor of 2.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
   * @default true
   */
  readonly retryOnServiceExceptions?: boolean;
}

/**
 * Properties of a LambdaInvoke task that uses JSONPath.
 */
export interface LambdaInvokeJsonPathProps extends LambdaInvokeBaseProps, sfn.TaskStateJsonPathBaseProps {}

/**
 * Properties of a LambdaInvoke task that uses JSONata.
 */
export interface LambdaInvokeJsonataProps extends LambdaInvokeBaseProps, sfn.TaskStateJsonataBaseProps {}

/**
 * Properties of a LambdaInvoke task.
 */
export interface LambdaInvokeProps extends LambdaInvokeBaseProps, sfn.TaskStateBaseProps {}

/** The errors `retryOnServiceExceptions` retries. */
const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
];

/**
 * Invokes a Lambda function as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
export class LambdaInvoke extends TaskStateBase {
  /**
   * A LambdaInvoke task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
   */
  public static jsonPath(scope: Construct, id: string, props: LambdaInvokeJsonPathProps): LambdaInvoke {
    return new LambdaInvoke(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A LambdaInvoke task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
   */
  public static jsonata(scope: Construct, id: string, props: LambdaInvokeJsonataProps): LambdaInvoke {
    return new LambdaInvoke(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: Lambda's Invoke response, the function's own response in
   * `Payload` (with `payloadResponseOnly`, the state receives the payload alone). Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
   * @internal
   */
  declare readonly _serviceResult?: {
    Payload: unknown; StatusCode: number; ExecutedVersion?: string; FunctionError?: string; LogResult?: string;
    SdkHttpMetadata?: unknown; SdkResponseMetadata?: unknown;
  };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: LambdaInvokeProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: LambdaInvokeProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, LambdaInvoke.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'payload', props.payload);
    }
    if (props.payloadResponseOnly) {
      validateNotCombined(this, 'payloadResponseOnly', {
        integrationPattern: props.integrationPattern,
        invocationType: props.invocationType,
        clientContext: props.clientContext,
        qualifier: props.qualifier,
      });
    }
    validateClientContext(this, props.clientContext);
    validateStringPattern(this, 'qualifier', props.qualifier, /^(\$LATEST|[a-zA-Z0-9$_-]{1,128})$/,
      'a version number, an alias name or $LATEST (1 to 128 of a-z, A-Z, 0-9, $, _, -)');

    this.taskMetrics = {
      metricPrefixSingular: 'LambdaFunction',
      metricPrefixPlural: 'LambdaFunctions',
      metricDimensions: {
        LambdaFunctionArn: props.lambdaFunction.functionArn,
        ...(props.qualifier && { Qualifier: props.qualifier }),
      },
    };
    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: invokableArns(props.lambdaFunction, props.qualifier),
      }),
    ];

    if (props.retryOnServiceExceptions ?? true) {
      this.addRetry({ errors: LAMBDA_SERVICE_ERRORS, interval: Duration.seconds(2), maxAttempts: 6, backoffRate: 2 });
    }
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const { lambdaFunction, payload } = this.props;

    if (this.props.payloadResponseOnly) {
      return { Resource: lambdaFunction.functionArn, ...this.renderDirectPayload(payload, queryLanguage) };
    }
    const defaultPayload = queryLanguage === sfn.QueryLanguage.JSONATA
      ? '{% $states.input %}'
      : sfn.TaskInput.fromJsonPathAt('$').value;
    return {
      Resource: integrationResourceArn('lambda', 'invoke', this.integrationPattern),
      ...this.renderInput({
        FunctionName: lambdaFunction.functionArn,
        Payload: payload?.value ?? defaultPayload,
        InvocationType: this.props.invocationType,
        ClientContext: this.props.clientContext,
        Qualifier: this.props.qualifier,
      }, queryLanguage),
    };
  }

  /**
   * The input of a direct (`payloadResponseOnly`) invocation, where the state's effective input is the event.
   * A JSONPath payload selects part of the state input: that is `InputPath`, as `Parameters` must be an object
   * (aws/aws-cdk#34260).
   */
  private renderDirectPayload(payload: sfn.TaskInput | undefined, queryLanguage: sfn.QueryLanguage): { [key: string]: any } {
    if (payload === undefined || queryLanguage === sfn.QueryLanguage.JSONATA) {
      return this.renderInput(payload?.value, queryLanguage);
    }
    if (payload.type === sfn.InputType.OBJECT) return this.renderInput(payload.value, queryLanguage);
    if (sfn.JsonPath.isEncodedJsonPath(payload.value)) {
      if (this.inputPath !== undefined) {
        throw validationError(this, '`payload` from a JSON path cannot be combined with `inputPath` when ' +
          '`payloadResponseOnly` is true: the path becomes the state\'s InputPath, so set only one of them');
      }
      return { InputPath: renderedPath(payload.value) };
    }
    throw validationError(this, '`payload` must be TaskInput.fromObject() or TaskInput.fromJsonPathAt() when ' +
      `\`payloadResponseOnly\` is true in JSONPath, got text ${JSON.stringify(payload.value)}`);
  }
}

/** The plain `$…` path behind a `JsonPath.stringAt()` token. */
function renderedPath(encoded: string): string {
  const rendered = sfn.FieldUtils.renderObject({ p: encoded }) as { [key: string]: string };
  return rendered['p.$'];
}

/**
 * The ARNs `lambda:InvokeFunction` needs: the function ARN as given (unqualified, or the version's or alias's
 * ARN), the one qualified by a static `qualifier`, or every qualifier (`:*`) when it is only known at run time.
 * A function that is already a version or alias (or a qualified ARN) is invoked as that one, whatever the
 * `qualifier` (Lambda rejects a qualifier that does not match it), so its ARN is all it needs.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html
 */
function invokableArns(fn: lambda.IFunction, qualifier: string | undefined): string[] {
  const functionArn = fn.functionArn;
  if (qualifier === undefined || isQualified(fn)) return [functionArn];
  if (isJsonataExpression(qualifier) || isJsonPathExpression(qualifier)) return [`${functionArn}:*`];
  return [`${functionArn}:${qualifier}`];
}

/** Whether the function is a version or an alias (or imported by a literal ARN that ends with one). */
function isQualified(fn: lambda.IFunction): boolean {
  if ('aliasName' in fn || ('lambda' in fn && 'version' in fn)) return true;
  // arn:<partition>:lambda:<region>:<account>:function:<name>:<qualifier>
  return !Token.isUnresolved(fn.functionArn) && fn.functionArn.split(':').length > 7;
}

function validateClientContext(scope: Construct, clientContext: string | undefined): void {
  validateStringLength(scope, 'clientContext', clientContext, 1, 3583);
  validateStringPattern(scope, 'clientContext', clientContext, /^[A-Za-z0-9+/]*={0,2}$/, 'base64-encoded');
}

/**
 * How a Lambda function is invoked.
 */
export enum LambdaInvocationType {
  /**
   * Synchronously: Step Functions waits for the function's response, which the result includes.
   */
  REQUEST_RESPONSE = 'RequestResponse',

  /**
   * Asynchronously: Lambda queues the event and answers with a status code only; failed events go to the
   * function's dead-letter queue or destination, if it has one.
   */
  EVENT = 'Event',

  /**
   * Only check the parameters and that the caller may invoke the function.
   */
  DRY_RUN = 'DryRun',
}
