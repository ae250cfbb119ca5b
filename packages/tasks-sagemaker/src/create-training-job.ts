import type { Construct } from 'constructs';
import { Duration, Size } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, resolveIntegrationPattern, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import type { ISageMakerTask } from './base-types/task';
import type {
  AlgorithmSpecification,
  Channel,
  OutputDataConfig,
  ResourceConfig,
  StoppingCondition,
  VpcConfig,
} from './base-types/training';
import { createJobRole, grantOutputKey, grantVolumeKey, jobStatements } from './private/iam';
import { renderEnvironment, renderTags, renderVpcConfig, type TagParameter, type VpcConfigParameters } from './private/render';
import {
  renderAlgorithmSpecification,
  renderInputDataConfig,
  renderOutputDataConfig,
  renderResourceConfig,
  renderStoppingCondition,
  type AlgorithmSpecificationParameters,
  type ChannelParameters,
  type OutputDataConfigParameters,
  type ResourceConfigParameters,
  type StoppingConditionParameters,
} from './private/render-training';
import { validateTrainingDefinition } from './private/validate-training';
import { validateResourceName } from './private/validate';

interface SageMakerCreateTrainingJobOptions {
  /**
   * The name of the training job: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
   */
  readonly trainingJobName: string;

  /**
   * The role SageMaker assumes to run the job; the task grants it what its S3 locations, images and keys need.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createtrainingjob-perms
   * @default - a role for SageMaker with metrics, logs and ECR login permissions (and VPC permissions with
   *   `vpcConfig`)
   */
  readonly role?: iam.IRole;

  /**
   * The algorithm to train with.
   */
  readonly algorithmSpecification: AlgorithmSpecification;

  /**
   * Whether to cut the training containers off the network: no inbound or outbound calls.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * The algorithm's hyperparameters: at most 100.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/algos.html
   * @default - none
   */
  readonly hyperparameters?: { [key: string]: any };

  /**
   * The datasets (channels) of the job: 1 to 20, with unique names.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
   * @default - none
   */
  readonly inputDataConfig?: Channel[];

  /**
   * Tags of the training job: at most 50.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: { [key: string]: string };

  /**
   * Where the model artifacts are written.
   */
  readonly outputDataConfig: OutputDataConfig;

  /**
   * The instances and storage of the job.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
   * @default - 1 `ml.m4.xlarge` instance with a 10 GiB volume
   */
  readonly resourceConfig?: ResourceConfig;

  /**
   * How long the job may run.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
   * @default - 1 hour
   */
  readonly stoppingCondition?: StoppingCondition;

  /**
   * The VPC the training containers connect to.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
   * @default - no VPC
   */
  readonly vpcConfig?: VpcConfig;

  /**
   * Environment variables of the training containers: at most 100.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
   * @default - none
   */
  readonly environment?: { [key: string]: string };
}

/**
 * Properties of a SageMakerCreateTrainingJob task that uses JSONPath.
 */
export interface SageMakerCreateTrainingJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateTrainingJobOptions {}

/**
 * Properties of a SageMakerCreateTrainingJob task that uses JSONata.
 */
export interface SageMakerCreateTrainingJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateTrainingJobOptions {}

/**
 * Properties of a SageMakerCreateTrainingJob task.
 */
export interface SageMakerCreateTrainingJobProps extends sfn.TaskStateBaseProps, SageMakerCreateTrainingJobOptions {}

/** The CreateTrainingJob parameters the task renders. */
interface CreateTrainingJobParameters {
  readonly TrainingJobName: string;
  readonly EnableNetworkIsolation?: boolean;
  readonly RoleArn: string;
  readonly AlgorithmSpecification: AlgorithmSpecificationParameters;
  readonly InputDataConfig?: ChannelParameters[];
  readonly OutputDataConfig: OutputDataConfigParameters;
  readonly ResourceConfig: ResourceConfigParameters;
  readonly StoppingCondition: StoppingConditionParameters;
  readonly HyperParameters?: { [key: string]: any };
  readonly Tags?: TagParameter[];
  readonly VpcConfig?: VpcConfigParameters;
  readonly Environment?: { [key: string]: string };
}

/** The EventBridge managed rule of `createTrainingJob.sync`. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerTrainingJobsRule';

/**
 * Starts an Amazon SageMaker training job as a Task: request it (REQUEST_RESPONSE) or wait for it to finish
 * (RUN_JOB, `createTrainingJob.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateTrainingJob extends TaskStateBase implements iam.IGrantable, ec2.IConnectable, ISageMakerTask {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = '@cdk-stepfunctions.tasks-sagemaker.SageMakerCreateTrainingJob';

  /**
   * A SageMakerCreateTrainingJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateTrainingJobJsonPathProps): SageMakerCreateTrainingJob {
    return new SageMakerCreateTrainingJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateTrainingJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateTrainingJobJsonataProps): SageMakerCreateTrainingJob {
    return new SageMakerCreateTrainingJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB];

  /**
   * The security groups of the training containers, when the job runs in a VPC.
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  /**
   * The service result this task's state receives: SageMaker's CreateTrainingJob response; with `.sync`, the finished
   * job as DescribeTrainingJob describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { TrainingJobArn: string }
    | {
      TrainingJobName: string; TrainingJobArn: string; TrainingJobStatus: string; SecondaryStatus?: string;
      ModelArtifacts?: { S3ModelArtifacts: string }; FailureReason?: string; CreationTime?: number;
      LastModifiedTime?: number; [field: string]: unknown;
    };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: SageMakerCreateTrainingJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly resourceConfig: ResourceConfig;
  private readonly stoppingCondition: StoppingCondition;
  private readonly securityGroups: ec2.ISecurityGroup[] = [];
  private readonly subnets?: string[];
  private readonly _role: iam.IRole;

  constructor(scope: Construct, id: string, props: SageMakerCreateTrainingJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateTrainingJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.resourceConfig = props.resourceConfig ?? DEFAULT_RESOURCE_CONFIG;
    this.stoppingCondition = props.stoppingCondition ?? { maxRuntime: Duration.hours(1) };

    validateResourceName(this, 'trainingJobName', props.trainingJobName, 63);
    validateTrainingDefinition(this, props);
    validateItemCount(this, 'tags', props.tags, 0, 50);
    validateItemCount(this, 'environment', props.environment, 0, 100);

    if (props.vpcConfig) {
      this.subnets = props.vpcConfig.vpc.selectSubnets(props.vpcConfig.subnets).subnetIds;
    }

    this._role = props.role ?? createJobRole(this, 'SagemakerRole', 'CreateTrainingJob', props.vpcConfig !== undefined);
    if (props.outputDataConfig.encryptionKey) grantOutputKey(this._role, props.outputDataConfig.encryptionKey);
    if (props.resourceConfig?.volumeEncryptionKey) grantVolumeKey(this._role, props.resourceConfig.volumeEncryptionKey);
    if (props.vpcConfig) {
      const securityGroup = new ec2.SecurityGroup(this, 'TrainJobSecurityGroup', { vpc: props.vpcConfig.vpc });
      this.connections.addSecurityGroup(securityGroup);
      this.securityGroups.push(securityGroup);
    }

    this.taskPolicies = [
      ...jobStatements(this, {
        resourceType: 'training-job',
        apiName: 'TrainingJob',
        jobName: props.trainingJobName,
        integrationPattern: this.integrationPattern,
        role: this._role,
        eventsRule: SYNC_EVENTS_RULE,
        tagged: true,
      }),
    ];
  }

  /**
   * The role SageMaker assumes to run the job: `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    return this._role;
  }

  /**
   * The principal the job's S3 locations, images and keys grant access to: the job's role.
   */
  public get grantPrincipal(): iam.IPrincipal {
    return this._role;
  }

  /**
   * Adds a security group to the training containers (the job must have a `vpcConfig`).
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
      Resource: integrationResourceArn('sagemaker', 'createTrainingJob', this.integrationPattern),
      ...this.renderInput(this.requestParameters(), queryLanguage),
    };
  }

  private requestParameters(): CreateTrainingJobParameters {
    const props = this.props;
    return {
      TrainingJobName: props.trainingJobName,
      EnableNetworkIsolation: props.enableNetworkIsolation,
      RoleArn: this._role.roleArn,
      AlgorithmSpecification: renderAlgorithmSpecification(this, props.algorithmSpecification),
      ...(props.inputDataConfig ? { InputDataConfig: renderInputDataConfig(this, props.inputDataConfig) } : {}),
      OutputDataConfig: renderOutputDataConfig(this, props.outputDataConfig),
      ResourceConfig: renderResourceConfig(this.resourceConfig),
      StoppingCondition: renderStoppingCondition(this.stoppingCondition),
      ...(props.hyperparameters ? { HyperParameters: props.hyperparameters } : {}),
      ...renderTags(props.tags),
      ...(props.vpcConfig ? { VpcConfig: renderVpcConfig(this.securityGroups, this.subnets) } : {}),
      ...renderEnvironment(props.environment),
    };
  }
}

/** The resources of a job without `resourceConfig`: one `ml.m4.xlarge` instance with a 10 GiB volume. */
const DEFAULT_RESOURCE_CONFIG: ResourceConfig = {
  instanceCount: 1,
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
  volumeSize: Size.gibibytes(10),
};
