import * as path from 'path';
import type { Construct } from 'constructs';
import { Annotations, Duration } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  resolveIntegrationPattern,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import { handlerCode } from './private/handler-code';
import { iamPrefixOfJsSdkClient } from './private/iam-prefixes';
import { requireTaskTokenInParameters } from './private/task-token';
import {
  fromStateData,
  requireIamActionForDynamicCall,
  validateAction,
  validateIamAction,
  validateIamResources,
} from './private/validation';

interface CallAwsServiceCrossRegionOptions {
  /**
   * The AWS service to call, as an AWS SDK for JavaScript v3 client name: the package name without
   * `@aws-sdk/client-` (e.g. `s3`, `sfn`, `cloudwatch-logs`).
   *
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
   * @example 's3'
   */
  readonly service: string;

  /**
   * The API action to call, in camelCase (e.g. `getObject`): the handler sends `<Action>Command`.
   *
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
   */
  readonly action: string;

  /**
   * The API action's input, in the AWS SDK for JavaScript v3 format (the command input's member names).
   *
   * @default - no parameters
   */
  readonly parameters?: { [key: string]: any };

  /**
   * The resources of the IAM statement added to the Lambda function role's policy to allow the call.
   */
  readonly iamResources: string[];

  /**
   * The action of the IAM statement added to the Lambda function role's policy to allow the call, when the IAM
   * action is not the API action (e.g. `s3:listBuckets` needs `s3:ListAllMyBuckets`).
   *
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
   * @default - `<IAM prefix of service>:<action>`, e.g. `logs:describeLogGroups` for `cloudwatch-logs`
   */
  readonly iamAction?: string;

  /**
   * More IAM statements added to the Lambda function role's policy, for calls that need more than one permission
   * (e.g. `rekognition:detectLabels` also reads the image from S3).
   *
   * @default - no additional statements
   */
  readonly additionalIamStatements?: iam.PolicyStatement[];

  /**
   * The AWS region to call the API in.
   *
   * @example 'us-east-1'
   */
  readonly region: string;

  /**
   * An endpoint URL that replaces the service's default one.
   *
   * A value from the state's data (JSONPath or JSONata) lets whoever starts the execution send the signed API call
   * to a server of their choice; only do that when you trust every principal that can start it.
   *
   * @default - the service's default endpoint in `region`
   */
  readonly endpoint?: string;

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
 * Properties of a CallAwsServiceCrossRegion task that uses JSONPath.
 *
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
 */
export interface CallAwsServiceCrossRegionJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CallAwsServiceCrossRegionOptions {}

/**
 * Properties of a CallAwsServiceCrossRegion task that uses JSONata.
 *
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
 */
export interface CallAwsServiceCrossRegionJsonataProps extends sfn.TaskStateJsonataBaseProps, CallAwsServiceCrossRegionOptions {}

/**
 * Properties of a CallAwsServiceCrossRegion task.
 *
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
 */
export interface CallAwsServiceCrossRegionProps extends sfn.TaskStateBaseProps, CallAwsServiceCrossRegionOptions {}

/** An AWS SDK for JavaScript v3 client name: lower-case words joined by hyphens. */
const JS_CLIENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An AWS region: `us-east-1`, `us-gov-west-1`, `eu-isoe-west-1`. */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** An endpoint URL. */
const ENDPOINT = /^https?:\/\/[^\s/?#]+[^\s]*$/;

/** The errors `retryOnServiceExceptions` retries. */
const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
];

/**
 * The one function per stack that makes the calls: its construct id is aws-cdk-lib's, so a stack migrating from
 * aws-cdk-lib keeps its function (updated in place with this package's handler).
 */
const SINGLETON = { uuid: '8a0c93f3-dbef-4b71-ac13-7aaf2048ce7e', lambdaPurpose: 'CrossRegionAwsSdk' };

/**
 * Calls an AWS service's API action in another region, through a Lambda function this task adds to the stack.
 *
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
 */
export class CallAwsServiceCrossRegion extends TaskStateBase {
  /**
   * A CallAwsServiceCrossRegion task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
   */
  public static jsonPath(scope: Construct, id: string, props: CallAwsServiceCrossRegionJsonPathProps): CallAwsServiceCrossRegion {
    return new CallAwsServiceCrossRegion(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CallAwsServiceCrossRegion task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
   */
  public static jsonata(scope: Construct, id: string, props: CallAwsServiceCrossRegionJsonataProps): CallAwsServiceCrossRegion {
    return new CallAwsServiceCrossRegion(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: the API action's response, with the service's field names, as the
   * function returns it. With `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks
   * it with `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`);
   * nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   * @internal
   */
  declare readonly _serviceResult?: { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];
  /** The function that makes the call. */
  protected readonly lambdaFunction: lambda.IFunction;

  private readonly props: CallAwsServiceCrossRegionProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CallAwsServiceCrossRegionProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CallAwsServiceCrossRegion.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskTokenInParameters(this, props.parameters);
    }
    requireIamActionForDynamicCall(this, props);
    validateStringPattern(this, 'service', props.service, JS_CLIENT,
      'an AWS SDK for JavaScript v3 client name (the package name without @aws-sdk/client-, e.g. s3 or cloudwatch-logs)');
    validateAction(this, props.action);
    if (props.region === undefined || props.region === '') {
      throw validationError(this, "`region` must be an AWS region such as 'us-east-1', got none");
    }
    validateStringPattern(this, 'region', props.region, REGION, "an AWS region such as 'us-east-1'");
    validateStringPattern(this, 'endpoint', props.endpoint, ENDPOINT, "an http(s) URL such as 'https://s3.us-east-1.amazonaws.com'");
    validateIamResources(this, props.iamResources);
    validateIamAction(this, props.iamAction);
    if (fromStateData(props.endpoint)) {
      Annotations.of(this).addWarningV2('@cdk-stepfunctions/tasks-aws-sdk:crossRegionEndpointFromStateData',
        '`endpoint` comes from the state\'s data: whoever starts an execution chooses where the signed API call goes. ' +
        'Use a static endpoint unless every principal that can start executions is trusted.');
    }

    this.lambdaFunction = new lambda.SingletonFunction(this, 'Handler', {
      ...SINGLETON,
      code: handlerCode(path.join(__dirname, 'handler')),
      handler: 'index.handler',
      runtime: lambda.determineLatestNodeRuntime(this),
      timeout: Duration.seconds(30),
    });
    const callStatements = [
      new iam.PolicyStatement({
        resources: props.iamResources,
        actions: [props.iamAction ?? `${iamPrefixOfJsSdkClient(props.service)}:${props.action}`],
      }),
      ...(props.additionalIamStatements ?? []),
    ];
    for (const statement of callStatements) this.lambdaFunction.addToRolePolicy(statement);
    this.taskPolicies = [
      new iam.PolicyStatement({
        resources: this.lambdaFunction.resourceArnsForGrantInvoke,
        actions: ['lambda:InvokeFunction'],
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
    const call = crossRegionCall(this.props);
    if (this.integrationPattern === sfn.IntegrationPattern.REQUEST_RESPONSE) {
      return { Resource: this.lambdaFunction.functionArn, ...this.renderInput(call, queryLanguage) };
    }
    return {
      Resource: integrationResourceArn('lambda', 'invoke', this.integrationPattern),
      ...this.renderInput({ FunctionName: this.lambdaFunction.functionArn, Payload: call }, queryLanguage),
    };
  }
}

/** The event the handler receives (`src/handler`). */
interface CrossRegionCallInput {
  readonly region: string;
  readonly endpoint?: string;
  readonly action: string;
  readonly service: string;
  readonly parameters?: { [key: string]: any };
}

function crossRegionCall(props: CallAwsServiceCrossRegionProps): CrossRegionCallInput {
  return {
    region: props.region,
    endpoint: props.endpoint,
    action: props.action,
    service: props.service,
    parameters: props.parameters,
  };
}
