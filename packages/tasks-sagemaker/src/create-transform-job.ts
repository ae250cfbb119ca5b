import type { Construct } from 'constructs';
import { Arn, Aws, Token, type Size } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  isDynamic,
  passRoleStatement,
  resolveIntegrationPattern,
  validateIntegerInRange,
  validateItemCount,
} from '@cdk-stepfunctions/tasks-core';
import { S3DataType } from './base-types/training';
import type {
  BatchStrategy,
  ModelClientOptions,
  TransformInput,
  TransformOutput,
  TransformResources,
} from './base-types/transform';
import {
  JOB_ROLE_ACTIONS,
  SAGEMAKER_SERVICE,
  grantOutputKey,
  grantVolumeKey,
  listTagsStatement,
  sagemakerArn,
} from './private/iam';
import { mlInstanceType, renderEnvironment, renderTags, type TagParameter } from './private/render';
import {
  validateDurationSeconds,
  validateIntegerAtLeast,
  validateResourceName,
  validateSizeMiB,
} from './private/validate';

interface SageMakerCreateTransformJobOptions {
  /**
   * The name of the transform job: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
   */
  readonly transformJobName: string;

  /**
   * A role for the job's resources.
   *
   * CreateTransformJob takes no role: SageMaker runs the job with the execution role of the model (`modelName`).
   * This role is kept for compatibility with aws-cdk-lib: the task may pass it (`iam:PassRole`) and grants it the
   * job's S3 locations and keys, so you can use `task.role` in your own policies.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html
   * @default - a role for SageMaker with metrics and logs permissions, read access to `transformInput`, write access
   *   to `transformOutput` and the keys' permissions
   */
  readonly role?: iam.IRole;

  /**
   * How many records go in each request to the model.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
   * @default - SageMaker's default
   */
  readonly batchStrategy?: BatchStrategy;

  /**
   * Environment variables of the model container: at most 16.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
   * @default - none
   */
  readonly environment?: { [key: string]: string };

  /**
   * The most requests sent to each instance at the same time.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
   * @default - SageMaker reads it from the container's execution-parameters, else 1
   */
  readonly maxConcurrentTransforms?: number;

  /**
   * The largest request payload, in whole MiB: 0 to 100 (0 for payloads of any size sent with HTTP chunked
   * encoding, where the algorithm supports it).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
   * @default - SageMaker's default, 6 MB
   */
  readonly maxPayload?: Size;

  /**
   * The name of the model to run, as given to CreateModel.
   */
  readonly modelName: string;

  /**
   * The timeout and retries of each request to the model.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelClientConfig.html
   * @default - 0 retries and a 60-second timeout
   */
  readonly modelClientOptions?: ModelClientOptions;

  /**
   * Tags of the transform job: at most 50.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: { [key: string]: string };

  /**
   * The data to transform.
   */
  readonly transformInput: TransformInput;

  /**
   * Where the results are written.
   */
  readonly transformOutput: TransformOutput;

  /**
   * The instances of the job.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html
   * @default - 1 `ml.m4.xlarge` instance
   */
  readonly transformResources?: TransformResources;
}

/**
 * Properties of a SageMakerCreateTransformJob task that uses JSONPath.
 */
export interface SageMakerCreateTransformJobJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateTransformJobOptions {}

/**
 * Properties of a SageMakerCreateTransformJob task that uses JSONata.
 */
export interface SageMakerCreateTransformJobJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateTransformJobOptions {}

/**
 * Properties of a SageMakerCreateTransformJob task.
 */
export interface SageMakerCreateTransformJobProps extends sfn.TaskStateBaseProps, SageMakerCreateTransformJobOptions {}

/** The CreateTransformJob parameters the task renders. */
interface CreateTransformJobParameters {
  readonly BatchStrategy?: string;
  readonly Environment?: { [key: string]: string };
  readonly MaxConcurrentTransforms?: number;
  readonly MaxPayloadInMB?: number;
  readonly ModelClientConfig?: { readonly InvocationsMaxRetries: number; readonly InvocationsTimeoutInSeconds: number };
  readonly ModelName: string;
  readonly Tags?: TagParameter[];
  readonly TransformInput: {
    readonly CompressionType?: string;
    readonly ContentType?: string;
    readonly DataSource: { readonly S3DataSource: { readonly S3Uri: string; readonly S3DataType: string } };
    readonly SplitType?: string;
  };
  readonly TransformJobName: string;
  readonly TransformOutput: { readonly S3OutputPath: string; readonly KmsKeyId?: string; readonly Accept?: string; readonly AssembleWith?: string };
  readonly TransformResources: { readonly InstanceCount: number; readonly InstanceType: string; readonly VolumeKmsKeyId?: string };
}

/** The EventBridge managed rule of `createTransformJob.sync`. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForSageMakerTransformJobsRule';

/**
 * Starts an Amazon SageMaker batch transform job as a Task: request it (REQUEST_RESPONSE) or wait for it to finish
 * (RUN_JOB, `createTransformJob.sync`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateTransformJob extends TaskStateBase {
  /**
   * A SageMakerCreateTransformJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateTransformJobJsonPathProps): SageMakerCreateTransformJob {
    return new SageMakerCreateTransformJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateTransformJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateTransformJobJsonataProps): SageMakerCreateTransformJob {
    return new SageMakerCreateTransformJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB];

  /**
   * The service result this task's state receives: SageMaker's CreateTransformJob response; with `.sync`, the finished
   * job as DescribeTransformJob describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { TransformJobArn: string }
    | {
      TransformJobName: string; TransformJobArn: string; TransformJobStatus: string; FailureReason?: string;
      CreationTime?: number; LastModifiedTime?: number; [field: string]: unknown;
    };

  protected readonly taskPolicies?: iam.PolicyStatement[];
  protected readonly taskMetrics?: sfn.TaskMetricsConfig;

  private readonly props: SageMakerCreateTransformJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly transformResources: TransformResources;
  private readonly _role: iam.IRole;

  constructor(scope: Construct, id: string, props: SageMakerCreateTransformJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateTransformJob.SUPPORTED_INTEGRATION_PATTERNS);
    this.transformResources = props.transformResources ?? {
      instanceCount: 1,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE),
    };

    validateResourceName(this, 'transformJobName', props.transformJobName, 63);
    validateResourceName(this, 'modelName', props.modelName, 63);
    validateIntegerInRange(this, 'modelClientOptions.invocationsMaxRetries', props.modelClientOptions?.invocationsMaxRetries, 0, 3);
    validateDurationSeconds(this, 'modelClientOptions.invocationsTimeout', props.modelClientOptions?.invocationsTimeout, 1, 3600);
    validateSizeMiB(this, 'maxPayload', props.maxPayload, 0, 100);
    validateIntegerAtLeast(this, 'maxConcurrentTransforms', props.maxConcurrentTransforms, 0);
    validateIntegerAtLeast(this, 'transformResources.instanceCount', props.transformResources?.instanceCount, 1);
    validateItemCount(this, 'environment', props.environment, 0, 16);
    validateItemCount(this, 'tags', props.tags, 0, 50);

    this._role = props.role ?? this.createRole();
    if (props.transformOutput.encryptionKey) grantOutputKey(this._role, props.transformOutput.encryptionKey);
    if (props.transformResources?.volumeEncryptionKey) grantVolumeKey(this._role, props.transformResources.volumeEncryptionKey);

    this.taskPolicies = this.policyStatements();
  }

  /**
   * The role of the task: `role`, or the one the task created.
   */
  public get role(): iam.IRole {
    return this._role;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('sagemaker', 'createTransformJob', this.integrationPattern),
      ...this.renderInput(createTransformJobParameters(this.props, this.transformResources), queryLanguage),
    };
  }

  /**
   * A role assumed by SageMaker with metrics and logs permissions and access to the job's S3 input and output.
   */
  private createRole(): iam.Role {
    const input = this.props.transformInput.transformDataSource.s3DataSource.s3Uri;
    const output = this.props.transformOutput.s3OutputPath;
    return new iam.Role(this, 'SagemakerTransformRole', {
      assumedBy: new iam.ServicePrincipal(SAGEMAKER_SERVICE),
      inlinePolicies: {
        CreateTransformJob: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({ actions: JOB_ROLE_ACTIONS, resources: ['*'] }),
            new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [s3ObjectsArn(input)] }),
            new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [s3BucketArn(input)] }),
            new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [s3ObjectsArn(output)] }),
          ],
        }),
      },
    });
  }

  /**
   * The Step Functions templates' statements for CreateTransformJob, on every transform job (as aws-cdk-lib grants):
   * Describe/Stop and the managed rule only for `.sync`; `sagemaker:AddTags` for `.sync` (Step Functions tags the
   * job) and for tagged jobs.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html#sagemaker-iam
   */
  private policyStatements(): iam.PolicyStatement[] {
    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    const jobs = sagemakerArn(this, 'transform-job', '*', { suffix: '' });
    const actions = ['sagemaker:CreateTransformJob', ...(sync ? ['sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'] : [])];
    return [
      new iam.PolicyStatement({ actions, resources: [jobs] }),
      listTagsStatement(),
      passRoleStatement([this._role], SAGEMAKER_SERVICE),
      ...(sync ? [eventsManagedRuleStatement(this, SYNC_EVENTS_RULE)] : []),
      ...(sync || this.props.tags !== undefined ? [new iam.PolicyStatement({ actions: ['sagemaker:AddTags'], resources: [jobs] })] : []),
    ];
  }
}

/** Maps the props to the CreateTransformJob parameters. */
function createTransformJobParameters(props: SageMakerCreateTransformJobProps, resources: TransformResources): CreateTransformJobParameters {
  const input = props.transformInput;
  const output = props.transformOutput;
  const client = props.modelClientOptions;
  return {
    ...(props.batchStrategy ? { BatchStrategy: props.batchStrategy } : {}),
    ...renderEnvironment(props.environment),
    ...(props.maxConcurrentTransforms ? { MaxConcurrentTransforms: props.maxConcurrentTransforms } : {}),
    ...(props.maxPayload !== undefined ? { MaxPayloadInMB: props.maxPayload.toMebibytes() } : {}),
    ...(client ? {
      ModelClientConfig: {
        InvocationsMaxRetries: client.invocationsMaxRetries ?? 0,
        InvocationsTimeoutInSeconds: client.invocationsTimeout?.toSeconds() ?? 60,
      },
    } : {}),
    ModelName: props.modelName,
    ...renderTags(props.tags),
    TransformInput: {
      ...(input.compressionType ? { CompressionType: input.compressionType } : {}),
      ...(input.contentType ? { ContentType: input.contentType } : {}),
      DataSource: {
        S3DataSource: {
          S3Uri: input.transformDataSource.s3DataSource.s3Uri,
          S3DataType: input.transformDataSource.s3DataSource.s3DataType ?? S3DataType.S3_PREFIX,
        },
      },
      ...(input.splitType ? { SplitType: input.splitType } : {}),
    },
    TransformJobName: props.transformJobName,
    TransformOutput: {
      S3OutputPath: output.s3OutputPath,
      ...(output.encryptionKey ? { KmsKeyId: output.encryptionKey.keyRef.keyArn } : {}),
      ...(output.accept ? { Accept: output.accept } : {}),
      ...(output.assembleWith ? { AssembleWith: output.assembleWith } : {}),
    },
    TransformResources: {
      InstanceCount: resources.instanceCount,
      InstanceType: mlInstanceType(resources.instanceType),
      ...(resources.volumeEncryptionKey ? { VolumeKmsKeyId: resources.volumeEncryptionKey.keyRef.keyArn } : {}),
    },
  };
}

/** The bucket and key of a literal `s3://bucket/key` URI; undefined for other URIs and dynamic values. */
function parseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  if (isDynamic(uri) || Token.isUnresolved(uri)) return undefined;
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return match ? { bucket: match[1], key: match[2] } : undefined;
}

/** The ARN of the objects under a literal S3 URI (`arn:<partition>:s3:::bucket/key*`), else `*`. */
function s3ObjectsArn(uri: string): string {
  const parsed = parseS3Uri(uri);
  return parsed ? Arn.format({ partition: Aws.PARTITION, service: 's3', region: '', account: '', resource: parsed.bucket, resourceName: `${parsed.key}*` }) : '*';
}

/** The ARN of the bucket of a literal S3 URI (`arn:<partition>:s3:::bucket`), else `*`. */
function s3BucketArn(uri: string): string {
  const parsed = parseS3Uri(uri);
  return parsed ? Arn.format({ partition: Aws.PARTITION, service: 's3', region: '', account: '', resource: parsed.bucket }) : '*';
}
