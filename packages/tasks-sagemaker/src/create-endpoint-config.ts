import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, isDynamic, resolveIntegrationPattern, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import type { ProductionVariant } from './base-types/hosting';
import { listTagsStatement, sagemakerArn } from './private/iam';
import { mlInstanceType } from './private/render';
import { validateAtLeast, validateIntegerAtLeast, validateResourceName, validateUnique } from './private/validate';

interface SageMakerCreateEndpointConfigOptions {
  /**
   * The name of the endpoint configuration: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html
   */
  readonly endpointConfigName: string;

  /**
   * The KMS key SageMaker encrypts the storage volumes of the hosting instances with.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html
   * @default - the volumes are encrypted with an AWS managed key
   */
  readonly kmsKey?: kms.IKeyRef;

  /**
   * The models the endpoint hosts, one variant each: 1 to 10, with unique names. Traffic is shared by the
   * variants' weights.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html
   */
  readonly productionVariants: ProductionVariant[];

  /**
   * Tags of the endpoint configuration: a list of `{ Key, Value }` objects (`TaskInput.fromObject([...])`) or a JSON
   * path to one.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: sfn.TaskInput;
}

/**
 * Properties of a SageMakerCreateEndpointConfig task that uses JSONPath.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointConfigJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateEndpointConfigOptions {}

/**
 * Properties of a SageMakerCreateEndpointConfig task that uses JSONata.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointConfigJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateEndpointConfigOptions {}

/**
 * Properties of a SageMakerCreateEndpointConfig task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateEndpointConfigProps extends sfn.TaskStateBaseProps, SageMakerCreateEndpointConfigOptions {}

/** A SageMaker `ProductionVariant`. */
interface ProductionVariantParameters {
  readonly InitialInstanceCount: number;
  readonly InstanceType: string;
  readonly ModelName: string;
  readonly VariantName: string;
  readonly AcceleratorType?: string;
  readonly InitialVariantWeight?: number;
}

/** The CreateEndpointConfig parameters the task renders. */
interface CreateEndpointConfigParameters {
  readonly EndpointConfigName: string;
  readonly Tags?: unknown;
  readonly KmsKeyId?: string;
  readonly ProductionVariants: ProductionVariantParameters[];
}

/**
 * Creates an Amazon SageMaker endpoint configuration (the models an endpoint hosts and their instances) as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateEndpointConfig extends TaskStateBase {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = '@cdk-stepfunctions.tasks-sagemaker.SageMakerCreateEndpointConfig';

  /**
   * A SageMakerCreateEndpointConfig task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateEndpointConfigJsonPathProps): SageMakerCreateEndpointConfig {
    return new SageMakerCreateEndpointConfig(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateEndpointConfig task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateEndpointConfigJsonataProps): SageMakerCreateEndpointConfig {
    return new SageMakerCreateEndpointConfig(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The service result this task's state receives: SageMaker's CreateEndpointConfig response. Declared for typed test
   * mocks (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?: { EndpointConfigArn: string };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: SageMakerCreateEndpointConfigProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: SageMakerCreateEndpointConfigProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateEndpointConfig.SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceName(this, 'endpointConfigName', props.endpointConfigName, 63);
    validateItemCount(this, 'productionVariants', props.productionVariants, 1, 10);
    for (const [i, variant] of props.productionVariants.entries()) {
      validateResourceName(this, `productionVariants[${i}].variantName`, variant.variantName, 63);
      validateResourceName(this, `productionVariants[${i}].modelName`, variant.modelName, 63);
      validateIntegerAtLeast(this, `productionVariants[${i}].initialInstanceCount`, variant.initialInstanceCount, 1);
      validateAtLeast(this, `productionVariants[${i}].initialVariantWeight`, variant.initialVariantWeight, 0);
    }
    validateUnique(this, 'productionVariants[].variantName', props.productionVariants.map((v) => v.variantName).filter((n) => !isDynamic(n)));

    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['sagemaker:CreateEndpointConfig'],
        resources: [sagemakerArn(this, 'endpoint-config', props.endpointConfigName, { suffix: '', lowercase: true })],
      }),
      listTagsStatement(),
    ];
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('sagemaker', 'createEndpointConfig', this.integrationPattern),
      ...this.renderInput(createEndpointConfigParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the CreateEndpointConfig parameters; a variant without `initialInstanceCount` starts with 1. */
function createEndpointConfigParameters(props: SageMakerCreateEndpointConfigProps): CreateEndpointConfigParameters {
  return {
    EndpointConfigName: props.endpointConfigName,
    Tags: props.tags?.value,
    KmsKeyId: props.kmsKey?.keyRef.keyId,
    ProductionVariants: props.productionVariants.map((variant) => ({
      InitialInstanceCount: variant.initialInstanceCount ?? 1,
      InstanceType: mlInstanceType(variant.instanceType),
      ModelName: variant.modelName,
      VariantName: variant.variantName,
      AcceleratorType: variant.acceleratorType?.toString(),
      InitialVariantWeight: variant.initialVariantWeight,
    })),
  };
}
