import type { Construct } from 'constructs';
import { Size } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import {
  S3UploadMode,
  type AppSpecification,
  type ExperimentConfig,
  type ProcessingInput,
  type ProcessingOutputConfig,
} from './base-types/processing';
import type { ISageMakerTask } from './base-types/task';
import { InputMode, S3DataType, type ResourceConfig, type StoppingCondition, type VpcConfig } from './base-types/training';
import { createJobRole, grantOutputKey, grantVolumeKey, jobStatements } from './private/iam';
import { renderEnvironment, renderTags, renderVpcConfig, type TagParameter, type VpcConfigParameters } from './private/render';
import {
  renderResourceConfig,
  renderStoppingCondition,
  type ResourceConfigParameters,
  type StoppingConditionParameters,
} from './private/render-training';
import { validateProcessingJob } from './private/validate-processing';
import { validateResourceConfig } from './private/validate-training';
import { validateDurationSeconds, validateResourceName } from './private/validate';

interface SageMakerCreateProcessingJobOptions {
  /**
   * The name of the processing job: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html
   */
  readonly processingJobName: string;

  /**
   * The role SageMaker assumes to run the job; the task grants it what its S3 locations, image and keys need.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createprocessingjob-perms
   * @default - a role for SageMaker with metrics, logs and ECR login permissions (and VPC permissions with
   *   `vpcConfig`)
   */
  readonly role?: iam.IRole;

  /**
   * The container to run.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html
   */
  readonly appSpecification: AppSpecification;

  /**
   * Environment variables of the container: at most 100.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html
   * @default - none
   */
  readonly environment?: { [key: string]: string };

  /**
   * The experiment, trial and run the job is recorded in.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ExperimentConfig.html
   * @default - none
   */
  readonly experimentConfig?: ExperimentConfig;

  /**
   * The inputs of the job: at most 10, with unique names.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingInput.html
   * @default - none
   */
  readonly processingInputs?: ProcessingInput[];

  /**
   * The outputs of the job.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutputConfig.html
   * @default - none
   */
  readonly processingOutputConfig?: ProcessingOutputConfig;

  /**
   * The instances and storage of the job (`ProcessingResources.ClusterConfig`): 1 to 100 instances, volumes of 1 to
   * 16,384 GiB.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingClusterConfig.html
   * @default - 1 `ml.m4.xlarge` instance with a 10 GiB volume
   */
  readonly clusterConfig?: ResourceConfig;

  /**
   * How long the job may run: 1 to 777,600 seconds.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingStoppingCondition.html
   * @default - SageMaker's default
   */
  readonly stoppingCondition?: StoppingCondition;

  /**
   * The VPC the container connects to (`NetworkConfig.VpcConfig`); the task creates a security group in it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html
   * @default - no VPC
   */
  readonly vpcConfig?: VpcConfig;

  /**
   * Whether to cut the container off the network (`NetworkConfig.EnableNetworkIsolation`).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * Whether to encrypt the traffic between the job's instances (`NetworkConfig.EnableInterContainerTrafficEncryption`).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html
   * @default false
   */
  readonly enableInterContainerTrafficEncryption?: boolean;

  /**
   * Tags of the processing job: at most 50.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a SageMakerCreateProcessingJob task that uses JSONPath.
 */
export interface SageMakerCreateProcessingJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateProcessingJobOptions {}

/**
 * Properties of a SageMakerCreateProcessingJob task that uses JSONata.
 */
export interface SageMakerCreateProcessingJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateProcessingJobOptions {}

/**
 * Properties of a SageMakerCreateProcessingJob task.
 */
export interface SageMakerCreateProcessingJobProps extends sfn.TaskStateBaseProps, SageMakerCreateProcessingJobOptions {}

/** A SageMaker `ProcessingInput`. */
interface ProcessingInputParameters {
  readonly InputName: string;
  readonly AppManaged?: boolean;
  readonly S3Input: {
    readonly LocalPath?: string;
    readonly S3CompressionType?: string;
    readonly S3DataDistributionType?: string;
    readonly S3DataType: string;
    readonly S3InputMode: string;
    readonly S3Uri: string;
  };
}

/** A SageMaker `ProcessingOutput`. */
interface ProcessingOutputParameters {
  readonly OutputName: string;
  readonly AppManaged?: boolean;
  readonly S3Output?: { readonly LocalPath?: string; readonly S3UploadMode: string; readonly S3Uri: string };
  readonly FeatureStoreOutput?: { readonly FeatureGroupName: string };
}

/** The CreateProcessingJob parameters the task renders. */
interface CreateProcessingJobParameters {
  readonly AppSpecification: { readonly ContainerArguments?: string[]; readonly ContainerEntrypoint?: string[]; readonly ImageUri: string };
  readonly Environment?: { [key: string]: string };
  readonly ExperimentConfig?: {
    readonly ExperimentName?: string;
    readonly RunName?: string;
    readonly TrialComponentDisplayName?: string;
    readonly TrialName?: string;
  };
  readonly NetworkConfig?: {
    readonly EnableInterContainerTrafficEncryption?: boolean;
    readonly EnableNetworkIsolation?: boolean;
    readonly VpcConfig?: VpcConfigParameters;
  };
  readonly ProcessingInputs?: ProcessingInputParameters[];
  readonly ProcessingJobName: string;
  readonly ProcessingOutputConfig?: { readonly KmsKeyId?: string; readonly Outputs: ProcessingOutputParameters[] };
  readonly ProcessingResources: { readonly ClusterConfig: ResourceConfigParameters };
  readonly RoleArn: string;
  readonly StoppingCondition?: StoppingConditionParameters;
  readonly Tags?: TagParameter[];
}

/** The EventBridge managed rule of `createProcessingJob.sync`. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerProcessingJobsRule';

/**
 * Starts an Amazon SageMaker processing job (data preparation, feature engineering, model evaluation) as a Task:
 * request it (REQUEST_RESPONSE) or wait for it to finish (RUN_JOB, `createProcessingJob.sync`).
 *
 * New in cdk-stepfunctions: aws-cdk-lib has no task for this integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateProcessingJob extends TaskStateBase implements iam.IGrantable, ec2.IConnectable, ISageMakerTask {
  /**
   * A SageMakerCreateProcessingJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateProcessingJobJsonPathProps): SageMakerCreateProcessingJob {
    return new SageMakerCreateProcessingJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateProcessingJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateProcessingJobJsonataProps): SageMakerCreateProcessingJob {
    return new SageMakerCreateProcessingJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB];

  /**
   * The security groups of the processing container, when the job runs in a VPC.
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  /**
   * The service result this task's state receives: SageMaker's CreateProcessingJob response; with `.sync`, the finished
   * job as DescribeProcessingJob describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { ProcessingJobArn: string }
    | {
      ProcessingJobName: string; ProcessingJobArn: string; ProcessingJobStatus: string; FailureReason?: string;
      CreationTime?: number; LastModifiedTime?: number; [field: string]: unknown;
    };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: SageMakerCreateProcessingJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly clusterConfig: ResourceConfig;
  private readonly securityGroups: ec2.ISecurityGroup[] = [];
  private readonly subnets?: string[];
  private readonly _role: iam.IRole;

  constructor(scope: Construct, id: string, props: SageMakerCreateProcessingJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateProcessingJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.clusterConfig = props.clusterConfig ?? {
      instanceCount: 1,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
      volumeSize: Size.gibibytes(10),
    };

    validateResourceName(this, 'processingJobName', props.processingJobName, 63);
    validateProcessingJob(this, props.appSpecification, props.processingInputs, props.processingOutputConfig, props.experimentConfig);
    validateResourceConfig(this, 'clusterConfig', props.clusterConfig, 100, 16384);
    validateDurationSeconds(this, 'stoppingCondition.maxRuntime', props.stoppingCondition?.maxRuntime, 1, 777600);
    validateItemCount(this, 'environment', props.environment, 0, 100);
    validateItemCount(this, 'tags', props.tags, 0, 50);

    if (props.vpcConfig) this.subnets = props.vpcConfig.vpc.selectSubnets(props.vpcConfig.subnets).subnetIds;
    this._role = props.role ?? createJobRole(this, 'SagemakerRole', 'CreateProcessingJob', props.vpcConfig !== undefined);
    if (props.processingOutputConfig?.encryptionKey) grantOutputKey(this._role, props.processingOutputConfig.encryptionKey);
    if (props.clusterConfig?.volumeEncryptionKey) grantVolumeKey(this._role, props.clusterConfig.volumeEncryptionKey);
    if (props.vpcConfig) {
      const securityGroup = new ec2.SecurityGroup(this, 'ProcessingJobSecurityGroup', { vpc: props.vpcConfig.vpc });
      this.connections.addSecurityGroup(securityGroup);
      this.securityGroups.push(securityGroup);
    }

    this.taskPolicies = jobStatements(this, {
      resourceType: 'processing-job',
      apiName: 'ProcessingJob',
      jobName: props.processingJobName,
      integrationPattern: this.integrationPattern,
      role: this._role,
      eventsRule: SYNC_EVENTS_RULE,
      tagged: props.tags !== undefined,
    });
  }

  /**
   * The role SageMaker assumes to run the job: `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    return this._role;
  }

  /**
   * The principal the job's S3 locations, image and keys grant access to: the job's role.
   */
  public get grantPrincipal(): iam.IPrincipal {
    return this._role;
  }

  /**
   * Adds a security group to the processing container (the job must have a `vpcConfig`).
   *
   * @param securityGroup the security group to add.
   */
  public addSecurityGroup(securityGroup: ec2.ISecurityGroup): void {
    this.securityGroups.push(securityGroup);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('sagemaker', 'createProcessingJob', this.integrationPattern),
      ...this.renderInput(this.requestParameters(), queryLanguage),
    };
  }

  /** Maps the props to the CreateProcessingJob parameters; binds the image, then the inputs, then the outputs. */
  private requestParameters(): CreateProcessingJobParameters {
    const props = this.props;
    const app = props.appSpecification;
    const experiment = props.experimentConfig;
    const network = props.vpcConfig !== undefined || props.enableNetworkIsolation !== undefined
      || props.enableInterContainerTrafficEncryption !== undefined;
    return {
      AppSpecification: {
        ...(app.containerArguments ? { ContainerArguments: app.containerArguments } : {}),
        ...(app.containerEntrypoint ? { ContainerEntrypoint: app.containerEntrypoint } : {}),
        ImageUri: app.image.bind(this).imageUri,
      },
      ...renderEnvironment(props.environment),
      ...(experiment ? {
        ExperimentConfig: {
          ExperimentName: experiment.experimentName,
          RunName: experiment.runName,
          TrialComponentDisplayName: experiment.trialComponentDisplayName,
          TrialName: experiment.trialName,
        },
      } : {}),
      ...(network ? {
        NetworkConfig: {
          EnableInterContainerTrafficEncryption: props.enableInterContainerTrafficEncryption,
          EnableNetworkIsolation: props.enableNetworkIsolation,
          ...(props.vpcConfig ? { VpcConfig: renderVpcConfig(this.securityGroups, this.subnets) } : {}),
        },
      } : {}),
      ...(props.processingInputs ? { ProcessingInputs: props.processingInputs.map((input) => this.processingInput(input)) } : {}),
      ProcessingJobName: props.processingJobName,
      ...(props.processingOutputConfig ? {
        ProcessingOutputConfig: {
          ...(props.processingOutputConfig.encryptionKey ? { KmsKeyId: props.processingOutputConfig.encryptionKey.keyArn } : {}),
          Outputs: props.processingOutputConfig.outputs.map((output) => ({
            OutputName: output.outputName,
            AppManaged: output.appManaged,
            ...(output.s3Output ? {
              S3Output: {
                LocalPath: output.s3Output.localPath,
                S3UploadMode: output.s3Output.s3UploadMode ?? S3UploadMode.END_OF_JOB,
                S3Uri: output.s3Output.s3Location.bind(this, { forWriting: true }).uri,
              },
            } : {}),
            ...(output.featureStoreOutput ? { FeatureStoreOutput: { FeatureGroupName: output.featureStoreOutput.featureGroupName } } : {}),
          })),
        },
      } : {}),
      ProcessingResources: { ClusterConfig: renderResourceConfig(this.clusterConfig) },
      RoleArn: this._role.roleArn,
      ...(props.stoppingCondition ? { StoppingCondition: renderStoppingCondition(props.stoppingCondition) } : {}),
      ...renderTags(props.tags),
    };
  }

  /** One input, with `S3Prefix` data in `File` mode by default; binds its location for reading. */
  private processingInput(input: ProcessingInput): ProcessingInputParameters {
    const s3 = input.s3Input;
    return {
      InputName: input.inputName,
      AppManaged: input.appManaged,
      S3Input: {
        LocalPath: s3.localPath,
        S3CompressionType: s3.s3CompressionType,
        S3DataDistributionType: s3.s3DataDistributionType,
        S3DataType: s3.s3DataType ?? S3DataType.S3_PREFIX,
        S3InputMode: s3.s3InputMode ?? InputMode.FILE,
        S3Uri: s3.s3Location.bind(this, { forReading: true }).uri,
      },
    };
  }
}
