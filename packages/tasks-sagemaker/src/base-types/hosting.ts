import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, isDynamic, validationError } from '@cdk-stepfunctions/tasks-core';
import type { DockerImage } from './docker-image';
import type { S3Location } from './s3-location';
import type { ISageMakerTask } from './task';

/**
 * The props of a `ContainerDefinition`: the image, model data and settings of one container of a model.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export interface ContainerDefinitionOptions {
  /**
   * The image that holds the inference code.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - none (for example with `modelPackageName`)
   */
  readonly image?: DockerImage;

  /**
   * The environment variables of the container, as an object.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - none
   */
  readonly environmentVariables?: sfn.TaskInput;

  /**
   * The name or ARN of the model package to create the model from.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - none
   */
  readonly modelPackageName?: string;

  /**
   * Whether the container hosts one model or many.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - SageMaker's default, `Mode.SINGLE_MODEL`
   */
  readonly mode?: Mode;

  /**
   * The name of the container in an inference pipeline, used in logs and metrics (ignored for a primary container
   * alone): 1 to 63 letters, digits and hyphens.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - none
   */
  readonly containerHostName?: string;

  /**
   * The S3 location of the model artifacts (a `.tar.gz` file), which SageMaker built-in algorithms need; the
   * model's role may read it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - none
   */
  readonly modelS3Location?: S3Location;
}

/**
 * What a container definition renders, once bound to a task.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export interface ContainerDefinitionConfig {
  /**
   * The `ContainerDefinition` fields.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   * @default - none
   */
  readonly parameters?: { [key: string]: any };
}

/**
 * A container of a model, which a SageMakerCreateModel task renders.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export interface IContainerDefinition {
  /**
   * Called when a task uses the container: grants what its image and model data need and returns its fields.
   */
  bind(task: ISageMakerTask): ContainerDefinitionConfig;
}

/**
 * A container of a model: image, model artifacts, environment and mode.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export class ContainerDefinition implements IContainerDefinition {
  constructor(private readonly options: ContainerDefinitionOptions) {
    const hostName = options.containerHostName;
    if (hostName !== undefined && !isDynamic(hostName) && !/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(hostName)) {
      throw validationError('ContainerDefinition', '`containerHostName` must be 1 to 63 letters, digits and hyphens, ' +
        `starting and ending with a letter or digit, got ${describeValue(hostName)}`);
    }
  }

  /**
   * Called when a task uses the container: grants pull access to the image and read access to the model data, and
   * returns the container's fields.
   */
  public bind(task: ISageMakerTask): ContainerDefinitionConfig {
    return {
      parameters: {
        ContainerHostname: this.options.containerHostName,
        Image: this.options.image?.bind(task).imageUri,
        Mode: this.options.mode,
        ModelDataUrl: this.options.modelS3Location?.bind(task, { forReading: true }).uri,
        ModelPackageName: this.options.modelPackageName,
        Environment: this.options.environmentVariables?.value,
      },
    };
  }
}

/**
 * How many models a container hosts.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
 */
export enum Mode {
  /** One model. */
  SINGLE_MODEL = 'SingleModel',
  /**
   * Many models, loaded on demand (a multi-model endpoint).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/multi-model-endpoints.html
   */
  MULTI_MODEL = 'MultiModel',
}

/**
 * A model an endpoint configuration hosts and the instances that host it.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html
 */
export interface ProductionVariant {
  /**
   * The Elastic Inference accelerator attached to each instance.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html
   * @default - none
   */
  readonly acceleratorType?: AcceleratorType;

  /**
   * The number of instances to start with: at least 1.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html
   * @default 1
   */
  readonly initialInstanceCount?: number;

  /**
   * The variant's share of the endpoint's traffic, relative to the other variants' weights: 0 or more.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html
   * @default - SageMaker's default, 1.0
   */
  readonly initialVariantWeight?: number;

  /**
   * The instance type, without the `ml.` prefix, which the task adds; a JSON path or JSONata expression is
   * rendered as given.
   */
  readonly instanceType: ec2.InstanceType;

  /**
   * The name of the variant: 1 to 63 letters, digits and hyphens, unique in the endpoint configuration.
   */
  readonly variantName: string;

  /**
   * The name of the model to host, as given to CreateModel.
   */
  readonly modelName: string;
}

/**
 * A generation of Elastic Inference accelerators.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html
 */
export class AcceleratorClass {
  /**
   * The first generation, `eia1`.
   */
  public static readonly EIA1 = AcceleratorClass.of('eia1');

  /**
   * The second generation, `eia2`.
   */
  public static readonly EIA2 = AcceleratorClass.of('eia2');

  /**
   * A generation by its name, such as `eia2`.
   *
   * @param version the generation's name.
   */
  public static of(version: string): AcceleratorClass {
    const acceleratorClass = new AcceleratorClass();
    Object.defineProperty(acceleratorClass, 'version', { value: version, enumerable: true });
    return acceleratorClass;
  }

  /**
   * The generation's name, such as `eia2`.
   */
  public readonly version!: string;

  private constructor() {}
}

/**
 * An Elastic Inference accelerator type, such as `ml.eia2.medium`.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html
 */
export class AcceleratorType {
  /**
   * The accelerator of `acceleratorClass` in `instanceSize`: `ml.<class>.<size>`.
   */
  public static of(acceleratorClass: AcceleratorClass, instanceSize: ec2.InstanceSize): AcceleratorType {
    return new AcceleratorType(`ml.${acceleratorClass.version}.${instanceSize}`);
  }

  /**
   * @param instanceTypeIdentifier the full type, such as `ml.eia2.medium`.
   */
  constructor(private readonly instanceTypeIdentifier: string) {}

  /**
   * The accelerator type as SageMaker names it, such as `ml.eia2.medium`.
   */
  public toString(): string {
    return this.instanceTypeIdentifier;
  }
}
