import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import type * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  integrationResourceArn,
  passRoleStatement,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type {
  CustomizationType,
  CustomModelTag,
  IBedrockCreateModelCustomizationJobVpcConfig,
  OutputBucketConfiguration,
  TrainingBucketConfiguration,
  ValidationBucketConfiguration,
} from './model-customization-types';
import { createCustomizationRole, customizationJobsArn } from './private/customization-role';
import { validateCustomizationJob } from './private/customization-validation';

interface BedrockCreateModelCustomizationJobOptions {
  /**
   * The model to customize: a foundation model or a custom model.
   */
  readonly baseModel: bedrock.IModel;

  /**
   * A unique, case-sensitive token that makes the request idempotent: Bedrock ignores a request whose token it has
   * seen, without an error.
   *
   * 1 to 256 letters, digits and hyphens, starting and ending with a letter or digit. May be a JSONPath or JSONata
   * expression.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html
   * @default - no client request token
   */
  readonly clientRequestToken?: string;

  /**
   * How to customize the base model.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models.html
   * @default FINE_TUNING
   */
  readonly customizationType?: CustomizationType;

  /**
   * The KMS key the custom model is encrypted with at rest.
   *
   * The key's policy gets a statement allowing the job's role to use it through Bedrock, so the key must be
   * defined in this app (an imported key's policy cannot be changed).
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-custom-job.html
   * @default - an AWS owned key
   */
  readonly customModelKmsKey?: kms.IKey;

  /**
   * The name of the custom model: 1 to 63 letters and digits, each optionally followed by one `-` or `_`.
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html
   */
  readonly customModelName: string;

  /**
   * Tags of the custom model, up to 200.
   *
   * @default - no tags
   */
  readonly customModelTags?: CustomModelTag[];

  /**
   * The hyperparameters of the training, by name; their names and values depend on the base model.
   *
   * Without `validationData`, give the `Evaluation percentage` hyperparameter.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/custom-models-hp.html
   * @default - the base model's defaults
   */
  readonly hyperParameters?: { [key: string]: string };

  /**
   * The name of the job: 1 to 63 characters, a letter or digit followed by letters, digits, `+`, `-` and `.`.
   *
   * May be a JSONPath or JSONata expression.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateModelCustomizationJob.html
   */
  readonly jobName: string;

  /**
   * Tags of the job, up to 200.
   *
   * @default - no tags
   */
  readonly jobTags?: CustomModelTag[];

  /**
   * Where the job writes its output.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_OutputDataConfig.html
   */
  readonly outputData: OutputBucketConfiguration;

  /**
   * The role Bedrock assumes to run the job, to read the data and write the output; the state machine gets
   * `iam:PassRole` on it.
   *
   * A role reference that is not an `IRole` is accepted too: `role` then returns it imported by its ARN.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-iam-role.html
   * @default - a role allowed to read `trainingData` and `validationData`, to read and write `outputData`, and to
   *   use `vpcConfig`
   */
  readonly role?: iam.IRoleRef;

  /**
   * Where the job reads its training data.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_TrainingDataConfig.html
   */
  readonly trainingData: TrainingBucketConfiguration;

  /**
   * Where the job reads validation data sets, 1 to 10.
   *
   * Without them, give the `Evaluation percentage` hyperparameter to validate on a part of the training data.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Validator.html
   * @default - a part of the training data, as the `Evaluation percentage` hyperparameter says
   */
  readonly validationData?: ValidationBucketConfiguration[];

  /**
   * The VPC the job reaches its data through.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-model-customization.html
   * @default - no VPC
   */
  readonly vpcConfig?: IBedrockCreateModelCustomizationJobVpcConfig;
}

/**
 * Properties of a BedrockCreateModelCustomizationJob task that uses JSONPath.
 */
export interface BedrockCreateModelCustomizationJobJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, BedrockCreateModelCustomizationJobOptions {}

/**
 * Properties of a BedrockCreateModelCustomizationJob task that uses JSONata.
 */
export interface BedrockCreateModelCustomizationJobJsonataProps
  extends sfn.TaskStateJsonataBaseProps, BedrockCreateModelCustomizationJobOptions {}

/**
 * Properties of a BedrockCreateModelCustomizationJob task.
 */
export interface BedrockCreateModelCustomizationJobProps extends sfn.TaskStateBaseProps, BedrockCreateModelCustomizationJobOptions {}

/** A tag as the API takes it. */
interface TagParameter {
  readonly Key: string;
  readonly Value: string;
}

/** The CreateModelCustomizationJob request. */
interface CreateModelCustomizationJobParameters {
  readonly BaseModelIdentifier: string;
  readonly ClientRequestToken?: string;
  readonly CustomizationType?: CustomizationType;
  readonly CustomModelKmsKeyId?: string;
  readonly CustomModelName: string;
  readonly CustomModelTags?: TagParameter[];
  readonly HyperParameters?: { [key: string]: string };
  readonly JobName: string;
  readonly JobTags?: TagParameter[];
  readonly OutputDataConfig: { readonly S3Uri: string };
  readonly RoleArn: string;
  readonly TrainingDataConfig: { readonly S3Uri: string };
  readonly ValidationDataConfig?: { readonly Validators: Array<{ readonly S3Uri: string }> };
  readonly VpcConfig?: { readonly SecurityGroupIds: string[]; readonly SubnetIds: string[] };
}

/**
 * Creates a Bedrock model customization job (fine-tuning, continued pre-training or distillation) as a Task: start
 * it and go on (REQUEST_RESPONSE) or wait for it to finish (RUN_JOB).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 */
export class BedrockCreateModelCustomizationJob extends TaskStateBase {
  /**
   * A BedrockCreateModelCustomizationJob task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  public static jsonPath(
    scope: Construct,
    id: string,
    props: BedrockCreateModelCustomizationJobJsonPathProps,
  ): BedrockCreateModelCustomizationJob {
    return new BedrockCreateModelCustomizationJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A BedrockCreateModelCustomizationJob task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  public static jsonata(
    scope: Construct,
    id: string,
    props: BedrockCreateModelCustomizationJobJsonataProps,
  ): BedrockCreateModelCustomizationJob {
    return new BedrockCreateModelCustomizationJob(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
  ];

  /**
   * The service result this task's state receives: Bedrock's CreateModelCustomizationJob response; with `.sync`, the
   * finished job as GetModelCustomizationJob describes it. Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { JobArn: string }
    | {
      JobArn: string; JobName?: string; Status: string; OutputModelName?: string; OutputModelArn?: string;
      FailureMessage?: string; CreationTime?: number; EndTime?: number; [field: string]: unknown;
    };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: BedrockCreateModelCustomizationJobProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly jobRole: iam.IRole;

  constructor(scope: Construct, id: string, props: BedrockCreateModelCustomizationJobProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern,
      BedrockCreateModelCustomizationJob.SUPPORTED_INTEGRATION_PATTERNS);
    validateCustomizationJob(this, props);

    this.jobRole = props.role ? asRole(this, props.role) : createCustomizationRole(this, props);
    this.taskPolicies = this.policyStatements();
    if (props.customModelKmsKey) this.allowRoleToUseKey(props.customModelKmsKey);
  }

  /**
   * The role Bedrock assumes to run the job: `role`, or the one this task created.
   */
  public get role(): iam.IRole {
    return this.jobRole;
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('bedrock', 'createModelCustomizationJob', this.integrationPattern),
      ...this.renderInput(this.request(), queryLanguage),
    };
  }

  /** Maps the props to the request. */
  private request(): CreateModelCustomizationJobParameters {
    const props = this.props;
    const tags = (list?: CustomModelTag[]) => list?.map((tag) => ({ Key: tag.key, Value: tag.value }));
    return {
      BaseModelIdentifier: props.baseModel.modelArn,
      ClientRequestToken: props.clientRequestToken,
      CustomizationType: props.customizationType,
      CustomModelKmsKeyId: props.customModelKmsKey?.keyArn,
      CustomModelName: props.customModelName,
      CustomModelTags: tags(props.customModelTags),
      HyperParameters: props.hyperParameters,
      JobName: props.jobName,
      JobTags: tags(props.jobTags),
      OutputDataConfig: { S3Uri: props.outputData.bucket.s3UrlForObject(props.outputData.path) },
      RoleArn: this.jobRole.roleArn,
      TrainingDataConfig: { S3Uri: props.trainingData.bucket.s3UrlForObject(props.trainingData.path) },
      ValidationDataConfig: props.validationData && {
        Validators: props.validationData.map((data) => ({ S3Uri: data.bucket.s3UrlForObject(data.path) })),
      },
      VpcConfig: props.vpcConfig && {
        SecurityGroupIds: props.vpcConfig.securityGroups.map((group) => group.securityGroupId),
        SubnetIds: props.vpcConfig.subnets.map((subnet) => subnet.subnetId),
      },
    };
  }

  /**
   * The statements the state machine needs: create (and tag) the job and its custom model from the base model,
   * pass the job's role to Bedrock and, for RUN_JOB, read and stop the job.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
   */
  private policyStatements(): iam.PolicyStatement[] {
    const jobs = customizationJobsArn(this);
    const customModels = Stack.of(this).formatArn({ service: 'bedrock', resource: 'custom-model', resourceName: '*' });
    const statements = [
      new iam.PolicyStatement({
        actions: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
        resources: [this.props.baseModel.modelArn, customModels, jobs],
      }),
    ];
    if (this.integrationPattern === sfn.IntegrationPattern.RUN_JOB) {
      statements.push(new iam.PolicyStatement({
        actions: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'],
        resources: [jobs],
      }));
    }
    statements.push(passRoleStatement([this.jobRole]));
    return statements;
  }

  /**
   * Lets the job's role use the custom model's key through Bedrock, in the key's policy; an imported key's policy
   * cannot be changed, so it is rejected.
   *
   * @see https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-custom-job.html
   */
  private allowRoleToUseKey(key: kms.IKey): void {
    const added = key.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'],
      resources: ['*'],
      principals: [new iam.ArnPrincipal(this.jobRole.roleArn)],
      conditions: { StringEquals: { 'kms:ViaService': [`bedrock.${Stack.of(this).region}.amazonaws.com`] } },
    }), true);
    if (!added.statementAdded) {
      throw validationError(this, '`customModelKmsKey` must be a key defined in this app, whose key policy can ' +
        'allow the job\'s role to use it: an imported key\'s policy cannot be changed, got an imported key');
    }
  }
}

/** The role a reference names, as an `IRole`: itself when it is one, else imported by its ARN. */
function asRole(scope: Construct, ref: iam.IRoleRef): iam.IRole {
  if ('grant' in ref && 'roleArn' in ref) return ref as iam.IRole;
  const legacy = ref as unknown as { readonly roleArn?: string };
  const arn = ref.roleRef?.roleArn ?? (legacy.roleArn as string);
  return iam.Role.fromRoleArn(scope, 'ImportedRole', arn, { mutable: false });
}
