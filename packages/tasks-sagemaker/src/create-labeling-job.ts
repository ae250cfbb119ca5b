import type { Construct } from 'constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, isRuntimeValue, resolveIntegrationPattern, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import type {
  HumanTaskConfig,
  LabelingJobAlgorithmsConfig,
  LabelingJobInputConfig,
  LabelingJobOutputConfig,
  LabelingJobStoppingConditions,
} from './base-types/labeling';
import type { S3Location } from './base-types/s3-location';
import type { ISageMakerTask } from './base-types/task';
import { SAGEMAKER_SERVICE, grantOutputKey, grantVolumeKey, jobStatements } from './private/iam';
import { renderTags, type TagParameter } from './private/render';
import { validateLabelingJob } from './private/validate-labeling';
import { validateResourceName } from './private/validate';

interface SageMakerCreateLabelingJobOptions {
  /**
   * The name of the labeling job: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateLabelingJob.html
   */
  readonly labelingJobName: string;

  /**
   * The attribute under which the labels are written in the output manifest: 1 to 127 letters, digits and
   * hyphens (with a `-ref` suffix for semantic segmentation and some video frame jobs).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateLabelingJob.html
   */
  readonly labelAttributeName: string;

  /**
   * The role SageMaker Ground Truth assumes to run the job; the task grants it what its S3 locations, Lambda
   * functions, output topic and keys need.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-security-permission-execution-role.html
   * @default - a role for SageMaker with metrics and logs permissions
   */
  readonly role?: iam.IRole;

  /**
   * The data objects to label.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobInputConfig.html
   */
  readonly inputConfig: LabelingJobInputConfig;

  /**
   * Where the labels go.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobOutputConfig.html
   */
  readonly outputConfig: LabelingJobOutputConfig;

  /**
   * The work people do.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HumanTaskConfig.html
   */
  readonly humanTaskConfig: HumanTaskConfig;

  /**
   * The label category configuration file (`LabelCategoryConfigS3Uri`); the job's role may read it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-label-cat-config-attributes.html
   * @default - none
   */
  readonly labelCategoryConfig?: S3Location;

  /**
   * When the job stops.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobStoppingConditions.html
   * @default - when every object is labeled
   */
  readonly stoppingConditions?: LabelingJobStoppingConditions;

  /**
   * Automated data labeling.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_LabelingJobAlgorithmsConfig.html
   * @default - people label every object
   */
  readonly labelingJobAlgorithmsConfig?: LabelingJobAlgorithmsConfig;

  /**
   * Tags of the labeling job: at most 50.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a SageMakerCreateLabelingJob task that uses JSONPath.
 */
export interface SageMakerCreateLabelingJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateLabelingJobOptions {}

/**
 * Properties of a SageMakerCreateLabelingJob task that uses JSONata.
 */
export interface SageMakerCreateLabelingJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateLabelingJobOptions {}

/**
 * Properties of a SageMakerCreateLabelingJob task.
 */
export interface SageMakerCreateLabelingJobProps extends sfn.TaskStateBaseProps, SageMakerCreateLabelingJobOptions {}

/** The CreateLabelingJob parameters the task renders. */
interface CreateLabelingJobParameters {
  readonly HumanTaskConfig: {
    readonly AnnotationConsolidationConfig?: { readonly AnnotationConsolidationLambdaArn: string };
    readonly MaxConcurrentTaskCount?: number;
    readonly NumberOfHumanWorkersPerDataObject: number;
    readonly PreHumanTaskLambdaArn?: string;
    readonly PublicWorkforceTaskPrice?: {
      readonly AmountInUsd: { readonly Cents?: number; readonly Dollars?: number; readonly TenthFractionsOfACent?: number };
    };
    readonly TaskAvailabilityLifetimeInSeconds?: number;
    readonly TaskDescription: string;
    readonly TaskKeywords?: string[];
    readonly TaskTimeLimitInSeconds: number;
    readonly TaskTitle: string;
    readonly UiConfig: { readonly UiTemplateS3Uri?: string; readonly HumanTaskUiArn?: string };
    readonly WorkteamArn: string;
  };
  readonly InputConfig: {
    readonly DataAttributes?: { readonly ContentClassifiers: string[] };
    readonly DataSource: {
      readonly S3DataSource?: { readonly ManifestS3Uri: string };
      readonly SnsDataSource?: { readonly SnsTopicArn: string };
    };
  };
  readonly LabelAttributeName: string;
  readonly LabelCategoryConfigS3Uri?: string;
  readonly LabelingJobAlgorithmsConfig?: {
    readonly InitialActiveLearningModelArn?: string;
    readonly LabelingJobAlgorithmSpecificationArn: string;
    readonly LabelingJobResourceConfig?: { readonly VolumeKmsKeyId: string };
  };
  readonly LabelingJobName: string;
  readonly OutputConfig: { readonly KmsKeyId?: string; readonly S3OutputPath: string; readonly SnsTopicArn?: string };
  readonly RoleArn: string;
  readonly StoppingConditions?: { readonly MaxHumanLabeledObjectCount?: number; readonly MaxPercentageOfInputDatasetLabeled?: number };
  readonly Tags?: TagParameter[];
}

/**
 * The EventBridge managed rule of `createLabelingJob.sync`, named like the other SageMaker job rules (the Step
 * Functions IAM templates do not list labeling jobs).
 */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerLabelingJobsRule';

/** What the role the task creates may do: metrics and logs. */
const LABELING_ROLE_ACTIONS = [
  'cloudwatch:PutMetricData',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'logs:CreateLogGroup',
  'logs:DescribeLogStreams',
];

/**
 * Starts an Amazon SageMaker Ground Truth labeling job as a Task: request it (REQUEST_RESPONSE) or wait for it to
 * finish (RUN_JOB, `createLabelingJob.sync`).
 *
 * New in cdk-stepfunctions: aws-cdk-lib has no task for this integration.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateLabelingJob extends TaskStateBase implements iam.IGrantable, ISageMakerTask {
  /**
   * A SageMakerCreateLabelingJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateLabelingJobJsonPathProps): SageMakerCreateLabelingJob {
    return new SageMakerCreateLabelingJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateLabelingJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateLabelingJobJsonataProps): SageMakerCreateLabelingJob {
    return new SageMakerCreateLabelingJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB];

  /**
   * The service result this task's state receives: SageMaker's CreateLabelingJob response; with `.sync`, the finished
   * job as DescribeLabelingJob describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { LabelingJobArn: string }
    | {
      LabelingJobName: string; LabelingJobArn: string; LabelingJobStatus: string; FailureReason?: string;
      CreationTime?: number; LastModifiedTime?: number; [field: string]: unknown;
    };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: SageMakerCreateLabelingJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly _role: iam.IRole;

  constructor(scope: Construct, id: string, props: SageMakerCreateLabelingJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateLabelingJob.SUPPORTED_INTEGRATION_PATTERNS);

    validateResourceName(this, 'labelingJobName', props.labelingJobName, 63);
    validateLabelingJob(this, props.labelAttributeName, props.inputConfig, props.humanTaskConfig, props.stoppingConditions);
    validateItemCount(this, 'tags', props.tags, 0, 50);

    this._role = props.role ?? new iam.Role(this, 'SagemakerRole', {
      assumedBy: new iam.ServicePrincipal(SAGEMAKER_SERVICE),
      inlinePolicies: {
        CreateLabelingJob: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: LABELING_ROLE_ACTIONS, resources: ['*'] })],
        }),
      },
    });
    this.grantToRole(props);

    this.taskPolicies = jobStatements(this, {
      resourceType: 'labeling-job',
      apiName: 'LabelingJob',
      jobName: props.labelingJobName,
      integrationPattern: this.integrationPattern,
      role: this._role,
      eventsRule: SYNC_EVENTS_RULE,
      tagged: props.tags !== undefined,
    });
  }

  /**
   * The role SageMaker Ground Truth assumes to run the job: `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    return this._role;
  }

  /**
   * The principal the job's S3 locations and keys grant access to: the job's role.
   */
  public get grantPrincipal(): iam.IPrincipal {
    return this._role;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('sagemaker', 'createLabelingJob', this.integrationPattern),
      ...this.renderInput(this.requestParameters(), queryLanguage),
    };
  }

  /** The keys, the Lambda functions of the human task and the output topic, for the job's role. */
  private grantToRole(props: SageMakerCreateLabelingJobProps): void {
    if (props.outputConfig.encryptionKey) grantOutputKey(this._role, props.outputConfig.encryptionKey);
    if (props.labelingJobAlgorithmsConfig?.volumeEncryptionKey) grantVolumeKey(this._role, props.labelingJobAlgorithmsConfig.volumeEncryptionKey);
    const task = props.humanTaskConfig;
    const functions = [task.preHumanTaskLambdaArn, task.annotationConsolidationLambdaArn].filter((arn): arn is string => arn !== undefined);
    if (functions.length > 0) {
      const resources = functions.some((arn) => isRuntimeValue(arn)) ? ['*'] : functions;
      this._role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources }));
    }
    const topic = props.outputConfig.snsTopicArn;
    if (topic !== undefined) {
      this._role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [isRuntimeValue(topic) ? '*' : topic] }));
    }
  }

  /** Maps the props to the CreateLabelingJob parameters; binds the UI template, manifest and label categories, then the output. */
  private requestParameters(): CreateLabelingJobParameters {
    const props = this.props;
    const task = props.humanTaskConfig;
    const price = task.publicWorkforceTaskPrice;
    const input = props.inputConfig;
    const algorithms = props.labelingJobAlgorithmsConfig;
    const output = props.outputConfig;
    return {
      HumanTaskConfig: {
        ...(task.annotationConsolidationLambdaArn ? {
          AnnotationConsolidationConfig: { AnnotationConsolidationLambdaArn: task.annotationConsolidationLambdaArn },
        } : {}),
        MaxConcurrentTaskCount: task.maxConcurrentTaskCount,
        NumberOfHumanWorkersPerDataObject: task.numberOfHumanWorkersPerDataObject,
        PreHumanTaskLambdaArn: task.preHumanTaskLambdaArn,
        ...(price ? {
          PublicWorkforceTaskPrice: { AmountInUsd: { Cents: price.cents, Dollars: price.dollars, TenthFractionsOfACent: price.tenthFractionsOfACent } },
        } : {}),
        TaskAvailabilityLifetimeInSeconds: task.taskAvailabilityLifetime?.toSeconds(),
        TaskDescription: task.taskDescription,
        TaskKeywords: task.taskKeywords,
        TaskTimeLimitInSeconds: task.taskTimeLimit.toSeconds(),
        TaskTitle: task.taskTitle,
        UiConfig: task.uiTemplate
          ? { UiTemplateS3Uri: task.uiTemplate.bind(this, { forReading: true }).uri }
          : { HumanTaskUiArn: task.humanTaskUiArn },
        WorkteamArn: task.workteamArn,
      },
      InputConfig: {
        ...(input.contentClassifiers ? { DataAttributes: { ContentClassifiers: input.contentClassifiers } } : {}),
        DataSource: input.manifest
          ? { S3DataSource: { ManifestS3Uri: input.manifest.bind(this, { forReading: true }).uri } }
          : { SnsDataSource: { SnsTopicArn: input.snsTopicArn as string } },
      },
      LabelAttributeName: props.labelAttributeName,
      ...(props.labelCategoryConfig ? { LabelCategoryConfigS3Uri: props.labelCategoryConfig.bind(this, { forReading: true }).uri } : {}),
      ...(algorithms ? {
        LabelingJobAlgorithmsConfig: {
          InitialActiveLearningModelArn: algorithms.initialActiveLearningModelArn,
          LabelingJobAlgorithmSpecificationArn: algorithms.labelingJobAlgorithmSpecificationArn,
          ...(algorithms.volumeEncryptionKey ? { LabelingJobResourceConfig: { VolumeKmsKeyId: algorithms.volumeEncryptionKey.keyArn } } : {}),
        },
      } : {}),
      LabelingJobName: props.labelingJobName,
      OutputConfig: {
        ...(output.encryptionKey ? { KmsKeyId: output.encryptionKey.keyArn } : {}),
        S3OutputPath: output.s3OutputLocation.bind(this, { forWriting: true }).uri,
        ...(output.snsTopicArn ? { SnsTopicArn: output.snsTopicArn } : {}),
      },
      RoleArn: this._role.roleArn,
      ...(props.stoppingConditions ? {
        StoppingConditions: {
          MaxHumanLabeledObjectCount: props.stoppingConditions.maxHumanLabeledObjectCount,
          MaxPercentageOfInputDatasetLabeled: props.stoppingConditions.maxPercentageOfInputDatasetLabeled,
        },
      } : {}),
      ...renderTags(props.tags),
    };
  }
}
