import type { Construct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  integrationResourceArn,
  resolveIntegrationPattern,
  validateStringPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import { iamPrefixOfSdkService } from './private/iam-prefixes';
import { requireTaskTokenInParameters } from './private/task-token';
import { fromStateData, validateAction, validateIamAction, validateIamResources } from './private/validation';

interface CallAwsServiceOptions {
  /**
   * The AWS service to call, as Step Functions names it in `arn:aws:states:::aws-sdk:<service>:<action>`
   * (e.g. `s3`, `sfn`, `cloudwatchlogs`, `cognitoidentityprovider`).
   *
   * It is rendered in lower case.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  readonly service: string;

  /**
   * The API action to call, in camelCase (e.g. `getObject`).
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  readonly action: string;

  /**
   * The API action's parameters, with PascalCase names (e.g. `Bucket`), even where the service's API uses camelCase.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   * @default - no parameters
   */
  readonly parameters?: { [key: string]: any };

  /**
   * The resources of the IAM statement added to the state machine role's policy to allow the call.
   */
  readonly iamResources: string[];

  /**
   * The action of the IAM statement added to the state machine role's policy to allow the call, when the IAM
   * action is not the API action (e.g. `s3:listBuckets` needs `s3:ListAllMyBuckets`).
   *
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
   * @default - `<IAM prefix of service>:<action>`, e.g. `states:startExecution` for `sfn`
   */
  readonly iamAction?: string;

  /**
   * More IAM statements added to the state machine role's policy, for calls that need more than one permission
   * (e.g. `rekognition:detectLabels` also reads the image from S3).
   *
   * @default - no additional statements
   */
  readonly additionalIamStatements?: iam.PolicyStatement[];
}

/**
 * Properties of a CallAwsService task that uses JSONPath.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface CallAwsServiceJsonPathProps extends sfn.TaskStateJsonPathBaseProps, CallAwsServiceOptions {}

/**
 * Properties of a CallAwsService task that uses JSONata.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface CallAwsServiceJsonataProps extends sfn.TaskStateJsonataBaseProps, CallAwsServiceOptions {}

/**
 * Properties of a CallAwsService task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface CallAwsServiceProps extends sfn.TaskStateBaseProps, CallAwsServiceOptions {}

/** A Step Functions service name: letters and digits (Step Functions renders it in lower case). */
const SERVICE = /^[A-Za-z0-9]+$/;

/**
 * Calls an AWS service's API action through Step Functions' AWS SDK integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export class CallAwsService extends TaskStateBase {
  /**
   * A CallAwsService task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  public static jsonPath(scope: Construct, id: string, props: CallAwsServiceJsonPathProps): CallAwsService {
    return new CallAwsService(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A CallAwsService task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   */
  public static jsonata(scope: Construct, id: string, props: CallAwsServiceJsonataProps): CallAwsService {
    return new CallAwsService(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /** AWS SDK integrations have no `.sync` variant. */
  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The service result this task's state receives: the API action's response, with the service's field names. With
   * `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test mocks it with
   * `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is
   * emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
   * @internal
   */
  declare readonly _serviceResult?: { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: CallAwsServiceProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: CallAwsServiceProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, CallAwsService.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskTokenInParameters(this, props.parameters);
    }
    for (const prop of ['service', 'action'] as const) {
      if (fromStateData(props[prop])) {
        throw validationError(this, `\`${prop}\` must be static: it is part of the state's Resource, which cannot ` +
          `come from the state's data, got ${describeValue(props[prop])}`);
      }
    }
    validateStringPattern(this, 'service', props.service, SERVICE,
      'an AWS SDK service name as Step Functions spells it (letters and digits, e.g. s3 or cloudwatchlogs)');
    validateAction(this, props.action);
    validateParameterNames(this, props.parameters);
    validateIamResources(this, props.iamResources);
    validateIamAction(this, props.iamAction);

    this.taskPolicies = [
      new iam.PolicyStatement({
        resources: props.iamResources,
        actions: [props.iamAction ?? `${iamPrefixOfSdkService(props.service)}:${props.action}`],
      }),
      ...(props.additionalIamStatements ?? []),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const { service, action, parameters } = this.props;
    return {
      Resource: integrationResourceArn('aws-sdk', `${renderedService(service)}:${action}`, this.integrationPattern),
      ...this.renderInput(parameters ?? {}, queryLanguage),
    };
  }
}

/** The service as the Resource names it: lower case (tokens as given). */
function renderedService(service: string): string {
  return Token.isUnresolved(service) ? service : service.toLowerCase();
}

/** Throws unless every top-level parameter name is PascalCase, as Step Functions' AWS SDK integration expects. */
function validateParameterNames(scope: Construct, parameters: { [key: string]: any } | undefined): void {
  if (parameters === undefined || Token.isUnresolved(parameters)) return;
  const invalid = Object.keys(parameters).filter((key) => key.length === 0 || key[0] !== key[0].toUpperCase());
  if (invalid.length > 0) {
    throw validationError(scope, '`parameters` names must be PascalCase (e.g. Bucket, not bucket), got ' +
      invalid.map((key) => describeValue(key)).join(', '));
  }
}
