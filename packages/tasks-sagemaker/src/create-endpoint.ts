import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { listTagsStatement, sagemakerArn } from './private/iam';
import { validateResourceName } from './private/validate';

interface SageMakerCreateEndpointOptions {
  /**
   * The name of the endpoint configuration to deploy.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpoint.html
   */
  readonly endpointConfigName: string;

  /**
   * The name of the endpoint: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpoint.html
   */
  readonly endpointName: string;

  /**
   * Tags of the endpoint: a list of `{ Key, Value }` objects (`TaskInput.fromObject([...])`) or a JSON path to one.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: sfn.TaskInput;
}

/**
 * Properties of a SageMakerCreateEndpoint task that uses JSONPath.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateEndpointOptions {}

/**
 * Properties of a SageMakerCreateEndpoint task that uses JSONata.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateEndpointOptions {}

/**
 * Properties of a SageMakerCreateEndpoint task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointProps extends sfn.TaskStateBaseProps, SageMakerCreateEndpointOptions {}

/** The CreateEndpoint parameters the task renders. */
interface CreateEndpointParameters {
  readonly EndpointConfigName: string;
  readonly EndpointName: string;
  readonly Tags?: unknown;
}

/**
 * Creates an Amazon SageMaker endpoint from an endpoint configuration as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateEndpoint extends TaskStateBase {
  /**
   * A SageMakerCreateEndpoint task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateEndpointJsonPathProps): SageMakerCreateEndpoint {
    return new SageMakerCreateEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateEndpoint task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateEndpointJsonataProps): SageMakerCreateEndpoint {
    return new SageMakerCreateEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: SageMaker's CreateEndpoint response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?: { EndpointArn: string };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: SageMakerCreateEndpointProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: SageMakerCreateEndpointProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateEndpoint.SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceName(this, 'endpointName', props.endpointName, 63);
    validateResourceName(this, 'endpointConfigName', props.endpointConfigName, 63);

    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['sagemaker:createEndpoint'],
        resources: [
          sagemakerArn(this, 'endpoint', props.endpointName, { suffix: '', lowercase: true }),
          sagemakerArn(this, 'endpoint-config', props.endpointConfigName, { suffix: '', lowercase: true }),
        ],
      }),
      listTagsStatement(),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: CreateEndpointParameters = {
      EndpointConfigName: this.props.endpointConfigName,
      EndpointName: this.props.endpointName,
      Tags: this.props.tags?.value,
    };
    return {
      Resource: integrationResourceArn('sagemaker', 'createEndpoint', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
