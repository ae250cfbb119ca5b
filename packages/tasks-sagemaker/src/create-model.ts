import type { Construct } from 'constructs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskStateBase, integrationResourceArn, passRoleStatement, resolveIntegrationPattern, validateItemCount } from '@cdk-stepfunctions/tasks-core';
import type { IContainerDefinition } from './base-types/hosting';
import type { ISageMakerTask } from './base-types/task';
import { SAGEMAKER_SERVICE, VPC_ACTIONS, listTagsStatement, sagemakerArn } from './private/iam';
import { renderVpcConfig, type VpcConfigParameters } from './private/render';
import { validateResourceName } from './private/validate';

interface SageMakerCreateModelOptions {
  /**
   * The role SageMaker assumes to host the model (`ExecutionRoleArn`); the task grants it what the containers'
   * images and model data need.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createmodel-perms
   * @default - a role for SageMaker with metrics, logs and ECR login permissions (and VPC permissions with `vpc`)
   */
  readonly role?: iam.IRole;

  /**
   * The name of the model: 1 to 63 letters, digits and hyphens, unique in the account and Region.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html
   */
  readonly modelName: string;

  /**
   * The container that holds the inference code and model artifacts.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html
   */
  readonly primaryContainer: IContainerDefinition;

  /**
   * The containers of an inference pipeline: at most 15.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html
   * @default - none
   */
  readonly containers?: IContainerDefinition[];

  /**
   * Whether to cut the model containers off the network: no inbound or outbound calls.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html
   * @default false
   */
  readonly enableNetworkIsolation?: boolean;

  /**
   * The VPC the model containers connect to; the task creates a security group in it.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
   * @default - no VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * The subnets of `vpc` to use (only with `vpc`).
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html
   * @default - the VPC's private subnets
   */
  readonly subnetSelection?: ec2.SubnetSelection;

  /**
   * Tags of the model: a list of `{ Key, Value }` objects (`TaskInput.fromObject([...])`) or a JSON path to one.
   *
   * @see https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html
   * @default - none
   */
  readonly tags?: sfn.TaskInput;
}

/**
 * Properties of a SageMakerCreateModel task that uses JSONPath.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateModelJsonPathProps extends sfn.TaskStateJsonPathBaseProps, SageMakerCreateModelOptions {}

/**
 * Properties of a SageMakerCreateModel task that uses JSONata.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateModelJsonataProps extends sfn.TaskStateJsonataBaseProps, SageMakerCreateModelOptions {}

/**
 * Properties of a SageMakerCreateModel task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export interface SageMakerCreateModelProps extends sfn.TaskStateBaseProps, SageMakerCreateModelOptions {}

/** The CreateModel parameters the task renders. */
interface CreateModelParameters {
  readonly EnableNetworkIsolation?: boolean;
  readonly ExecutionRoleArn: string;
  readonly ModelName: string;
  readonly Tags?: unknown;
  readonly PrimaryContainer?: { [key: string]: any };
  readonly Containers?: Array<{ [key: string]: any } | undefined>;
  readonly VpcConfig?: VpcConfigParameters;
}

/** What the role the task creates may do: metrics, logs and an ECR login. */
const MODEL_ROLE_ACTIONS = [
  'cloudwatch:PutMetricData',
  'logs:CreateLogStream',
  'logs:CreateLogGroup',
  'logs:PutLogEvents',
  'logs:DescribeLogStreams',
  'ecr:GetAuthorizationToken',
];

/**
 * Creates an Amazon SageMaker model (containers, model data and the role that hosts them) as a Task.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
export class SageMakerCreateModel extends TaskStateBase implements iam.IGrantable, ec2.IConnectable, ISageMakerTask {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = '@cdk-stepfunctions.tasks-sagemaker.SageMakerCreateModel';

  /**
   * A SageMakerCreateModel task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonPath(scope: Construct, id: string, props: SageMakerCreateModelJsonPathProps): SageMakerCreateModel {
    return new SageMakerCreateModel(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * A SageMakerCreateModel task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   */
  public static jsonata(scope: Construct, id: string, props: SageMakerCreateModelJsonataProps): SageMakerCreateModel {
    return new SageMakerCreateModel(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [sfn.IntegrationPattern.REQUEST_RESPONSE];

  /**
   * The security groups of the model containers, when the model runs in a VPC.
   */
  public readonly connections: ec2.Connections = new ec2.Connections();

  /**
   * The role SageMaker assumes to host the model: `role`, or the one the task created.
   */
  public readonly role: iam.IRole;

  /**
   * The principal the containers' images and model data grant access to: the model's role.
   */
  public readonly grantPrincipal: iam.IPrincipal;

  /**
   * The service result this task's state receives: SageMaker's CreateModel response. Declared for typed test mocks
   * (`mock(task)` of `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
   * @internal
   */
  declare readonly _serviceResult?: { ModelArn: string };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: SageMakerCreateModelProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly securityGroups: ec2.ISecurityGroup[] = [];
  private readonly subnets?: string[];
  private securityGroup?: ec2.ISecurityGroup;

  constructor(scope: Construct, id: string, props: SageMakerCreateModelProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SageMakerCreateModel.SUPPORTED_INTEGRATION_PATTERNS);
    validateResourceName(this, 'modelName', props.modelName, 63);
    validateItemCount(this, 'containers', props.containers, 0, 15);

    if (props.vpc) this.subnets = props.vpc.selectSubnets(props.subnetSelection).subnetIds;
    this.role = props.role ?? this.createRole();
    this.grantPrincipal = this.role;

    this.taskPolicies = [
      new iam.PolicyStatement({
        actions: ['sagemaker:CreateModel'],
        resources: [sagemakerArn(this, 'model', props.modelName, { suffix: '*', lowercase: true })],
      }),
      listTagsStatement(),
      passRoleStatement([this.role], SAGEMAKER_SERVICE),
    ];
  }

  /**
   * Adds a security group to the model containers (the model must have a `vpc`).
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
      Resource: integrationResourceArn('sagemaker', 'createModel', this.integrationPattern),
      ...this.renderInput(this.requestParameters(), queryLanguage),
    };
  }

  private requestParameters(): CreateModelParameters {
    return {
      EnableNetworkIsolation: this.props.enableNetworkIsolation,
      ExecutionRoleArn: this.role.roleArn,
      ModelName: this.props.modelName,
      Tags: this.props.tags?.value,
      PrimaryContainer: this.props.primaryContainer.bind(this).parameters,
      Containers: this.props.containers?.map((container) => container.bind(this).parameters),
      ...(this.props.vpc ? { VpcConfig: this.vpcConfig(this.props.vpc) } : {}),
    };
  }

  /** The VPC settings; the model's own security group is created when the state is first rendered. */
  private vpcConfig(vpc: ec2.IVpc): VpcConfigParameters {
    if (this.securityGroup === undefined) {
      this.securityGroup = new ec2.SecurityGroup(this, 'ModelSecurityGroup', { vpc });
      this.connections.addSecurityGroup(this.securityGroup);
      this.securityGroups.push(this.securityGroup);
    }
    return renderVpcConfig(this.securityGroups, this.subnets);
  }

  /** A role assumed by SageMaker with metrics, logs and ECR login permissions, plus VPC permissions with `vpc`. */
  private createRole(): iam.Role {
    const role = new iam.Role(this, 'SagemakerRole', {
      assumedBy: new iam.ServicePrincipal(SAGEMAKER_SERVICE),
      inlinePolicies: {
        CreateModel: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: MODEL_ROLE_ACTIONS, resources: ['*'] })],
        }),
      },
    });
    if (this.props.vpc) role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: VPC_ACTIONS, resources: ['*'] }));
    return role;
  }
}
