import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern } from '@cdk-stepfunctions/tasks-core';
import { sagemakerArn } from './private/iam';
import { validateResourceName } from './private/validate';

interface SageMakerUpdateEndpointOptions {
  /**
   * The name of the endpoint configuration to deploy to the endpoint.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateEndpoint.html
   */
  readonly endpointConfigName: string;

  /**
   * The name of the endpoint to update.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateEndpoint.html
   */
  readonly endpointName: string;
}

/**
 * Properties of a SageMakerUpdateEndpoint task that uses JSONPath.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerUpdateEndpointJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerUpdateEndpointOptions {}

/**
 * Properties of a SageMakerUpdateEndpoint task that uses JSONata.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerUpdateEndpointJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerUpdateEndpointOptions {}

/**
 * Properties of a SageMakerUpdateEndpoint task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerUpdateEndpointProps extends sfn.TaskStateBaseProps, SageMakerUpdateEndpointOptions {}

/** The UpdateEndpoint parameters the task renders. */
interface UpdateEndpointParameters {
  readonly EndpointConfigName: string;
  readonly EndpointName: string;
}

/**
 * Deploys another endpoint configuration to an Amazon SageMaker endpoint as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerUpdateEndpoint extends TaskStateBase {
  /**
   * A SageMakerUpdateEndpoint task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerUpdateEndpointJsonPathProps): SageMakerUpdateEndpoint {
    return new SageMakerUpdateEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerUpdateEndpoint task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerUpdateEndpointJsonataProps): SageMakerUpdateEndpoint {
    return new SageMakerUpdateEndpoint(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: SageMaker's UpdateEndpoint response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?: { EndpointArn: string };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: SageMakerUpdateEndpointProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: SageMakerUpdateEndpointProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerUpdateEndpoint.SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceName(this, 'endpointName', props.endpointName, 63);
    validateResourceName(this, 'endpointConfigName', props.endpointConfigName, 63);

    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['sagemaker:updateEndpoint'],
        resources: [
          sagemakerArn(this, 'endpoint', props.endpointName, { suffix: '', lowercase: true }),
          sagemakerArn(this, 'endpoint-config', props.endpointConfigName, { suffix: '', lowercase: true }),
        ],
      }),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const parameters: UpdateEndpointParameters = {
      EndpointConfigName: this.props.endpointConfigName,
      EndpointName: this.props.endpointName,
    };
    return {
      Resource: integrationResourceArn('sagemaker', 'updateEndpoint', this.integrationPattern),
      ...this.renderInput(parameters, queryLanguage),
    };
  }
}
