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
import {
  HyperParameterTuningJobStrategyType,
  type HyperbandStrategyConfig,
  type HyperParameterTuningJobObjective,
  type ParameterRanges,
  type TrainingJobEarlyStoppingType,
  type TuningResourceLimits,
  type WarmStartConfig,
} from './base-types/tuning';
import { createJobRole, grantOutputKey, grantVolumeKey, jobStatements } from './private/iam';
import { renderTags, renderVpcConfig } from './private/render';
import {
  renderAlgorithmSpecification,
  renderInputDataConfig,
  renderOutputDataConfig,
  renderResourceConfig,
  renderStoppingCondition,
} from './private/render-training';
import type { CreateHyperParameterTuningJobParameters, NumericRangeParameters } from './private/tuning-parameters';
import { validateTrainingDefinition } from './private/validate-training';
import { validateTuningConfig } from './private/validate-tuning';
import { validateResourceName } from './private/validate';

interface SageMakerCreateHyperParameterTuningJobOptions {
  /**
   * The name of the tuning job: 1 to 32 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHyperParameterTuningJob.html
   */
  readonly hyperParameterTuningJobName: string;

  /**
   * How the hyperparameters of each training job are chosen.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
   * @default HyperParameterTuningJobStrategyType.BAYESIAN
   */
  readonly strategy?: HyperParameterTuningJobStrategyType;

  /**
   * The resources of the Hyperband strategy (only with `strategy` HYPERBAND).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperbandStrategyConfig.html
   * @default - SageMaker's defaults
   */
  readonly hyperbandStrategyConfig?: HyperbandStrategyConfig;

  /**
   * The metric to optimize.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobObjective.html
   * @default - none (the algorithm's default objective, where it has one)
   */
  readonly objective?: HyperParameterTuningJobObjective;

  /**
   * How many training jobs run, and for how long.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html
   */
  readonly resourceLimits: TuningResourceLimits;

  /**
   * The hyperparameters to search and their ranges.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParameterRanges.html
   * @default - none
   */
  readonly parameterRanges?: ParameterRanges;

  /**
   * Whether SageMaker may stop training jobs that are unlikely to beat the best one.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
   * @default - SageMaker's default, `Off`
   */
  readonly trainingJobEarlyStoppingType?: TrainingJobEarlyStoppingType;

  /**
   * The seed of the random choices, for reproducible tuning jobs.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
   * @default - none
   */
  readonly randomSeed?: number;

  /**
   * Earlier tuning jobs to start from.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobWarmStartConfig.html
   * @default - no warm start
   */
  readonly warmStartConfig?: WarmStartConfig;

  /**
   * The role SageMaker assumes to run the training jobs; the task grants it what its S3 locations, image and keys
   * need.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createhyperparametertiningjob-perms
   * @default - a role for SageMaker with metrics, logs and ECR login permissions (and VPC permissions with
   *   `vpcConfig`)
   */
  readonly role?: iam.IRole;

  /**
   * The algorithm of the training jobs.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterAlgorithmSpecification.html
   */
  readonly algorithmSpecification: AlgorithmSpecification;

  /**
   * The datasets (channels) of the training jobs: 1 to 20, with unique names.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
   * @default - none
   */
  readonly inputDataConfig?: Channel[];

  /**
   * Where the training jobs write their model artifacts.
   */
  readonly outputDataConfig: OutputDataConfig;

  /**
   * The instances and storage of each training job.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
   * @default - 1 `ml.m4.xlarge` instance with a 10 GiB volume
   */
  readonly resourceConfig?: ResourceConfig;

  /**
   * How long each training job may run.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
   * @default - 1 hour
   */
  readonly stoppingCondition?: StoppingCondition;

  /**
   * The hyperparameters every training job gets, besides the tuned ones: at most 100.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
   * @default - none
   */
  readonly staticHyperParameters?: { [key: string]: string };

  /**
   * The VPC the training containers connect to; the task creates a security group in it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
   * @default - no VPC
   */
  readonly vpcConfig?: VpcConfig;

  /**
   * Whether to cut the training containers off the network.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * Whether to encrypt the traffic between the instances of a training job.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
   * @default false
   */
  readonly enableInterContainerTrafficEncryption?: boolean;

  /**
   * Environment variables of the training containers: at most 48.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
   * @default - none
   */
  readonly environment?: { [key: string]: string };

  /**
   * Tags of the tuning job: at most 50.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a SageMakerCreateHyperParameterTuningJob task that uses JSONPath.
 */
export interface SageMakerCreateHyperParameterTuningJobJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateHyperParameterTuningJobOptions {}

/**
 * Properties of a SageMakerCreateHyperParameterTuningJob task that uses JSONata.
 */
export interface SageMakerCreateHyperParameterTuningJobJsonataProps
  extends sfn.TaskStateJsonataBaseProps, SageMakerCreateHyperParameterTuningJobOptions {}

/**
 * Properties of a SageMakerCreateHyperParameterTuningJob task.
 */
export interface SageMakerCreateHyperParameterTuningJobProps extends sfn.TaskStateBaseProps, SageMakerCreateHyperParameterTuningJobOptions {}

/** The EventBridge managed rule of `createHyperParameterTuningJob.sync`. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerTuningJobsRule';

/**
 * Starts an Amazon SageMaker hyperparameter tuning job (many training jobs searching for the best hyperparameters)
 * as a Task: request it (REQUEST_RESPONSE) or wait for it to finish (RUN_JOB, `createHyperParameterTuningJob.sync`).
 *
 * New in cdk-stepfunctions: aws-cdk-lib has no task for this integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateHyperParameterTuningJob extends TaskStateBase implements iam.IGrantable, ec2.IConnectable, ISageMakerTask {
  /**
   * A SageMakerCreateHyperParameterTuningJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateHyperParameterTuningJobJsonPathProps): SageMakerCreateHyperParameterTuningJob {
    return new SageMakerCreateHyperParameterTuningJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateHyperParameterTuningJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateHyperParameterTuningJobJsonataProps): SageMakerCreateHyperParameterTuningJob {
    return new SageMakerCreateHyperParameterTuningJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB];

  /**
   * The security groups of the training containers, when the jobs run in a VPC.
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  /**
   * The service result this task's state receives: SageMaker's CreateHyperParameterTuningJob response; with `.sync`,
   * the finished job as DescribeHyperParameterTuningJob describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { HyperParameterTuningJobArn: string }
    | {
      HyperParameterTuningJobName: string; HyperParameterTuningJobArn: string; HyperParameterTuningJobStatus: string;
      FailureReason?: string; CreationTime?: number; LastModifiedTime?: number; [field: string]: unknown;
    };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: SageMakerCreateHyperParameterTuningJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly securityGroups: ec2.ISecurityGroup[] = [];
  private readonly subnets?: string[];
  private readonly _role: iam.IRole;

  constructor(scope: Construct, id: string, props: SageMakerCreateHyperParameterTuningJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      SageMakerCreateHyperParameterTuningJob.SUPPORTED_INTEGRATION_PATTERNS);

    validateResourceName(this, 'hyperParameterTuningJobName', props.hyperParameterTuningJobName, 32);
    validateTuningConfig(this, props);
    validateTrainingDefinition(this, props);
    validateItemCount(this, 'staticHyperParameters', props.staticHyperParameters, 0, 100);
    validateItemCount(this, 'environment', props.environment, 0, 48);
    validateItemCount(this, 'tags', props.tags, 0, 50);

    if (props.vpcConfig) this.subnets = props.vpcConfig.vpc.selectSubnets(props.vpcConfig.subnets).subnetIds;
    this._role = props.role ?? createJobRole(this, 'SagemakerRole', 'CreateHyperParameterTuningJob', props.vpcConfig !== undefined);
    if (props.outputDataConfig.encryptionKey) grantOutputKey(this._role, props.outputDataConfig.encryptionKey);
    if (props.resourceConfig?.volumeEncryptionKey) grantVolumeKey(this._role, props.resourceConfig.volumeEncryptionKey);
    if (props.vpcConfig) {
      const securityGroup = new ec2.SecurityGroup(this, 'TuningJobSecurityGroup', { vpc: props.vpcConfig.vpc });
      this.connections.addSecurityGroup(securityGroup);
      this.securityGroups.push(securityGroup);
    }

    this.taskPolicies = jobStatements(this, {
      resourceType: 'hyper-parameter-tuning-job',
      apiName: 'HyperParameterTuningJob',
      jobName: props.hyperParameterTuningJobName,
      integrationPattern: this.integrationPattern,
      role: this._role,
      eventsRule: SYNC_EVENTS_RULE,
      tagged: props.tags !== undefined,
    });
  }

  /**
   * The role SageMaker assumes to run the training jobs: `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    return this._role;
  }

  /**
   * The principal the jobs' S3 locations, image and keys grant access to: the role.
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
      Resource: integrationResourceArn('sagemaker', 'createHyperParameterTuningJob', this.integrationPattern),
      ...this.renderInput(this.requestParameters(), queryLanguage),
    };
  }

  /** Maps the props to the request; binds the image, then the channels, then the output location. */
  private requestParameters(): CreateHyperParameterTuningJobParameters {
    const props = this.props;
    const ranges = props.parameterRanges;
    const limits = props.resourceLimits;
    const numeric = (r: { name: string; minValue: string; maxValue: string; scalingType?: string }): NumericRangeParameters => ({
      Name: r.name, MinValue: r.minValue, MaxValue: r.maxValue, ...(r.scalingType ? { ScalingType: r.scalingType } : {}),
    });
    return {
      HyperParameterTuningJobName: props.hyperParameterTuningJobName,
      HyperParameterTuningJobConfig: {
        Strategy: props.strategy ?? HyperParameterTuningJobStrategyType.BAYESIAN,
        ...(props.hyperbandStrategyConfig ? {
          StrategyConfig: {
            HyperbandStrategyConfig: {
              MinResource: props.hyperbandStrategyConfig.minResource,
              MaxResource: props.hyperbandStrategyConfig.maxResource,
            },
          },
        } : {}),
        ...(props.objective ? { HyperParameterTuningJobObjective: { Type: props.objective.type, MetricName: props.objective.metricName } } : {}),
        ResourceLimits: {
          MaxNumberOfTrainingJobs: limits.maxNumberOfTrainingJobs,
          MaxParallelTrainingJobs: limits.maxParallelTrainingJobs,
          MaxRuntimeInSeconds: limits.maxRuntime?.toSeconds(),
        },
        ...(ranges ? {
          ParameterRanges: {
            ...(ranges.integerParameterRanges ? { IntegerParameterRanges: ranges.integerParameterRanges.map(numeric) } : {}),
            ...(ranges.continuousParameterRanges ? { ContinuousParameterRanges: ranges.continuousParameterRanges.map(numeric) } : {}),
            ...(ranges.categoricalParameterRanges ? {
              CategoricalParameterRanges: ranges.categoricalParameterRanges.map((r) => ({ Name: r.name, Values: r.values })),
            } : {}),
          },
        } : {}),
        ...(props.trainingJobEarlyStoppingType ? { TrainingJobEarlyStoppingType: props.trainingJobEarlyStoppingType } : {}),
        ...(props.randomSeed !== undefined ? { RandomSeed: props.randomSeed } : {}),
      },
      TrainingJobDefinition: {
        AlgorithmSpecification: renderAlgorithmSpecification(this, props.algorithmSpecification),
        RoleArn: this._role.roleArn,
        ...(props.inputDataConfig ? { InputDataConfig: renderInputDataConfig(this, props.inputDataConfig) } : {}),
        OutputDataConfig: renderOutputDataConfig(this, props.outputDataConfig),
        ResourceConfig: renderResourceConfig(props.resourceConfig ?? DEFAULT_RESOURCE_CONFIG),
        StoppingCondition: renderStoppingCondition(props.stoppingCondition ?? { maxRuntime: Duration.hours(1) }),
        ...(props.staticHyperParameters ? { StaticHyperParameters: props.staticHyperParameters } : {}),
        ...(props.vpcConfig ? { VpcConfig: renderVpcConfig(this.securityGroups, this.subnets) } : {}),
        EnableNetworkIsolation: props.enableNetworkIsolation,
        EnableInterContainerTrafficEncryption: props.enableInterContainerTrafficEncryption,
        ...(props.environment ? { Environment: props.environment } : {}),
      },
      ...(props.warmStartConfig ? {
        WarmStartConfig: {
          ParentHyperParameterTuningJobs: props.warmStartConfig.parentHyperParameterTuningJobs.map((name) => ({ HyperParameterTuningJobName: name })),
          WarmStartType: props.warmStartConfig.warmStartType,
        },
      } : {}),
      ...renderTags(props.tags),
    };
  }
}

/** The resources of each training job without `resourceConfig`: one `ml.m4.xlarge` instance with a 10 GiB volume. */
const DEFAULT_RESOURCE_CONFIG: ResourceConfig = {
  instanceCount: 1,
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
  volumeSize: Size.gibibytes(10),
};
