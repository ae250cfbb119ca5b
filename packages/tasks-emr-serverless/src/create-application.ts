import type { Construct } from 'constructs';
import { Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  eventsManagedRuleStatement,
  integrationResourceArn,
  resolveIntegrationPattern,
  validateItemCount,
  validateIntegerInRange,
  validateStringLength,
} from '@cdk-stepfunctions/tasks-core';
import type {
  EmrServerlessApplicationType,
  EmrServerlessArchitecture,
  EmrServerlessAutoStartConfig,
  EmrServerlessAutoStopConfig,
  EmrServerlessImageConfiguration,
  EmrServerlessInitialCapacityConfig,
  EmrServerlessInteractiveConfiguration,
  EmrServerlessMaximumCapacity,
  EmrServerlessNetworkConfiguration,
  EmrServerlessSchedulerConfiguration,
  EmrServerlessWorkerTypeSpecification,
} from './application-types';
import type { EmrServerlessConfiguration, EmrServerlessMonitoringConfiguration } from './configuration-types';
import { validateConfigurations, validateMonitoring } from './private/configuration-validation';
import { APPLICATION_EVENTS_RULE, emrServerlessArn, tagResourceStatement } from './private/iam';
import {
  configurationsParameters,
  imageParameters,
  initialCapacityParameters,
  maximumCapacityParameters,
  monitoringParameters,
  networkParameters,
  workerTypeSpecificationsParameters,
  type ConfigurationParameters,
  type MonitoringParameters,
} from './private/render';
import { SUPPORTED_INTEGRATION_PATTERNS } from './private/task';
import {
  minutesOf,
  validateApplicationName,
  validateClientToken,
  validateImage,
  validateInitialCapacity,
  validateMaximumCapacity,
  validateMinutes,
  validateReleaseLabel,
  validateTags,
  validateWorkerTypeSpecifications,
} from './private/validation';

interface EmrServerlessCreateApplicationOptions {
  /**
   * The name of the application: 1 to 64 of letters, digits and `. _ / # -`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html
   * @default - no name
   */
  readonly name?: string;

  /**
   * The Amazon EMR release of the application, such as `emr-7.5.0`: 1 to 64 of letters, digits and `. _ / -`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/release-versions.html
   */
  readonly releaseLabel: string;

  /**
   * The engine of the application.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html
   */
  readonly type: EmrServerlessApplicationType;

  /**
   * The idempotency token of the request: 1 to 64 of letters, digits and `. _ -`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html
   * @default - Step Functions generates one
   */
  readonly clientToken?: string;

  /**
   * The workers to keep initialized, per worker type (`Driver` and `Executor` for Spark, `HiveDriver` and `TezTask`
   * for Hive): at most 10 worker types.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/pre-init-capacity.html
   * @default - no pre-initialized capacity
   */
  readonly initialCapacity?: { [workerType: string]: EmrServerlessInitialCapacityConfig };

  /**
   * The most resources the application uses at any time.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MaximumAllowedResources.html
   * @default - the account's quotas
   */
  readonly maximumCapacity?: EmrServerlessMaximumCapacity;

  /**
   * The tags of the application: at most 200.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * Whether the application starts by itself on job submission.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStartConfig.html
   * @default - it does
   */
  readonly autoStartConfiguration?: EmrServerlessAutoStartConfig;

  /**
   * Whether the application stops by itself when idle.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStopConfig.html
   * @default - it stops after 15 idle minutes
   */
  readonly autoStopConfiguration?: EmrServerlessAutoStopConfig;

  /**
   * The VPC subnets and security groups of the application.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/vpc-access.html
   * @default - no VPC access
   */
  readonly networkConfiguration?: EmrServerlessNetworkConfiguration;

  /**
   * The CPU architecture of the application.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/architecture.html
   * @default EmrServerlessArchitecture.X86_64
   */
  readonly architecture?: EmrServerlessArchitecture;

  /**
   * A custom image for every worker type.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/application-custom-image.html
   * @default - the release's image
   */
  readonly imageConfiguration?: EmrServerlessImageConfiguration;

  /**
   * Specifications per worker type, such as a custom image for `Driver` only.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerTypeSpecificationInput.html
   * @default - no specifications
   */
  readonly workerTypeSpecifications?: { [workerType: string]: EmrServerlessWorkerTypeSpecification };

  /**
   * Configurations applied to every job run of the application: at most 100.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/default-configs.html
   * @default - no runtime configuration
   */
  readonly runtimeConfiguration?: EmrServerlessConfiguration[];

  /**
   * Where the application's job runs publish logs and metrics.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MonitoringConfiguration.html
   * @default - managed logging only
   */
  readonly monitoringConfiguration?: EmrServerlessMonitoringConfiguration;

  /**
   * The interactive uses of the application (EMR Studio, Apache Livy).
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InteractiveConfiguration.html
   * @default - no interactive use
   */
  readonly interactiveConfiguration?: EmrServerlessInteractiveConfiguration;

  /**
   * How the application queues job runs (Amazon EMR 7.0.0 and later).
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/job-concurrency-queuing.html
   * @default - no job queuing
   */
  readonly schedulerConfiguration?: EmrServerlessSchedulerConfiguration;
}

/**
 * Properties of an EmrServerlessCreateApplication task that uses JSONPath.
 */
export interface EmrServerlessCreateApplicationJsonPathProps
  extends sfn.TaskStateJsonPathBaseProps, EmrServerlessCreateApplicationOptions {}

/**
 * Properties of an EmrServerlessCreateApplication task that uses JSONata.
 */
export interface EmrServerlessCreateApplicationJsonataProps
  extends sfn.TaskStateJsonataBaseProps, EmrServerlessCreateApplicationOptions {}

/**
 * Properties of an EmrServerlessCreateApplication task.
 */
export interface EmrServerlessCreateApplicationProps extends sfn.TaskStateBaseProps, EmrServerlessCreateApplicationOptions {}

/** The CreateApplication parameters. */
interface CreateApplicationParameters {
  readonly Name?: string;
  readonly ReleaseLabel: string;
  readonly Type: string;
  readonly ClientToken?: string;
  readonly InitialCapacity?: ReturnType<typeof initialCapacityParameters>;
  readonly MaximumCapacity?: ReturnType<typeof maximumCapacityParameters>;
  readonly Tags?: { [key: string]: string };
  readonly AutoStartConfiguration?: { readonly Enabled?: boolean };
  readonly AutoStopConfiguration?: { readonly Enabled?: boolean; readonly IdleTimeoutMinutes?: number };
  readonly NetworkConfiguration?: ReturnType<typeof networkParameters>;
  readonly Architecture?: string;
  readonly ImageConfiguration?: { readonly ImageUri: string };
  readonly WorkerTypeSpecifications?: ReturnType<typeof workerTypeSpecificationsParameters>;
  readonly RuntimeConfiguration?: ConfigurationParameters[];
  readonly MonitoringConfiguration?: MonitoringParameters;
  readonly InteractiveConfiguration?: { readonly StudioEnabled?: boolean; readonly LivyEndpointEnabled?: boolean };
  readonly SchedulerConfiguration?: { readonly QueueTimeoutMinutes?: number; readonly MaxConcurrentRuns?: number };
}

/**
 * Creates an EMR Serverless application as a Task; with RUN_JOB, waits until it is `CREATED`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
 */
export class EmrServerlessCreateApplication extends TaskStateBase {
  /**
   * An EmrServerlessCreateApplication task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonPath(scope: Construct, id: string, props: EmrServerlessCreateApplicationJsonPathProps): EmrServerlessCreateApplication {
    return new EmrServerlessCreateApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EmrServerlessCreateApplication task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   */
  public static jsonata(scope: Construct, id: string, props: EmrServerlessCreateApplicationJsonataProps): EmrServerlessCreateApplication {
    return new EmrServerlessCreateApplication(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  /**
   * The service result this task's state receives: EMR Serverless's CreateApplication response. With `.sync`, the state
   * receives the finished job as the service describes it (any fields). Declared for typed test mocks (`mock(task)` of
   * `@cdk-stepfunctions/testing`); nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { ApplicationId: string; Arn: string; Name?: string }
    | { [field: string]: unknown };

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EmrServerlessCreateApplicationProps;
  private readonly integrationPattern: sfn.IntegrationPattern;

  constructor(scope: Construct, id: string, props: EmrServerlessCreateApplicationProps) {
    super(scope, id, props);
    this.props = props;
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, SUPPORTED_INTEGRATION_PATTERNS);
    validateApplicationName(this, 'name', props.name);
    validateReleaseLabel(this, 'releaseLabel', props.releaseLabel);
    validateStringLength(this, 'type', props.type.type, 1, 64);
    validateClientToken(this, 'clientToken', props.clientToken);
    validateInitialCapacity(this, 'initialCapacity', props.initialCapacity);
    validateMaximumCapacity(this, 'maximumCapacity', props.maximumCapacity);
    validateTags(this, 'tags', props.tags);
    validateMinutes(this, 'autoStopConfiguration.idleTimeout', props.autoStopConfiguration?.idleTimeout, 1, 10080);
    validateItemCount(this, 'networkConfiguration.subnets', props.networkConfiguration?.subnets, 0, 16);
    validateItemCount(this, 'networkConfiguration.securityGroups', props.networkConfiguration?.securityGroups, 0, 5);
    validateImage(this, 'imageConfiguration', props.imageConfiguration);
    validateWorkerTypeSpecifications(this, 'workerTypeSpecifications', props.workerTypeSpecifications);
    validateConfigurations(this, 'runtimeConfiguration', props.runtimeConfiguration);
    validateMonitoring(this, 'monitoringConfiguration', props.monitoringConfiguration);
    validateMinutes(this, 'schedulerConfiguration.queueTimeout', props.schedulerConfiguration?.queueTimeout, 15, 720);
    validateIntegerInRange(this, 'schedulerConfiguration.maxConcurrentRuns', props.schedulerConfiguration?.maxConcurrentRuns, 1, 1000);

    this.taskPolicies = createApplicationStatements(this, this.integrationPattern, props.tags !== undefined);
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    return {
      Resource: integrationResourceArn('emr-serverless', 'createApplication', this.integrationPattern),
      ...this.renderInput(createApplicationParameters(this.props), queryLanguage),
    };
  }
}

/** Maps the props to the CreateApplication parameters. */
function createApplicationParameters(props: EmrServerlessCreateApplicationProps): CreateApplicationParameters {
  const autoStart = props.autoStartConfiguration;
  const autoStop = props.autoStopConfiguration;
  const interactive = props.interactiveConfiguration;
  const scheduler = props.schedulerConfiguration;
  return {
    Name: props.name,
    ReleaseLabel: props.releaseLabel,
    Type: props.type.type,
    ClientToken: props.clientToken,
    InitialCapacity: initialCapacityParameters(props.initialCapacity),
    MaximumCapacity: maximumCapacityParameters(props.maximumCapacity),
    Tags: props.tags,
    AutoStartConfiguration: autoStart && { Enabled: autoStart.enabled },
    AutoStopConfiguration: autoStop && { Enabled: autoStop.enabled, IdleTimeoutMinutes: minutesOf(autoStop.idleTimeout) },
    NetworkConfiguration: networkParameters(props.networkConfiguration),
    Architecture: props.architecture,
    ImageConfiguration: imageParameters(props.imageConfiguration),
    WorkerTypeSpecifications: workerTypeSpecificationsParameters(props.workerTypeSpecifications),
    RuntimeConfiguration: configurationsParameters(props.runtimeConfiguration),
    MonitoringConfiguration: monitoringParameters(props.monitoringConfiguration),
    InteractiveConfiguration: interactive && { StudioEnabled: interactive.studioEnabled, LivyEndpointEnabled: interactive.livyEndpointEnabled },
    SchedulerConfiguration: scheduler && {
      QueueTimeoutMinutes: minutesOf(scheduler.queueTimeout),
      MaxConcurrentRuns: scheduler.maxConcurrentRuns,
    },
  };
}

/**
 * CreateApplication; for RUN_JOB, reading (and deleting) the new application and the application events rule;
 * creating the EMR Serverless service-linked role, which the first application of an account needs; and tagging the
 * application when it has tags.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam
 */
function createApplicationStatements(scope: Construct, pattern: sfn.IntegrationPattern, tagged: boolean): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({ actions: ['emr-serverless:CreateApplication'], resources: [emrServerlessArn(scope, '*')] })];
  if (pattern === sfn.IntegrationPattern.RUN_JOB) {
    statements.push(
      new iam.PolicyStatement({
        actions: ['emr-serverless:GetApplication', 'emr-serverless:DeleteApplication'],
        resources: [emrServerlessArn(scope, 'applications/*')],
      }),
      eventsManagedRuleStatement(scope, APPLICATION_EVENTS_RULE),
    );
  }
  statements.push(new iam.PolicyStatement({
    actions: ['iam:CreateServiceLinkedRole'],
    resources: [Stack.of(scope).formatArn({
      service: 'iam',
      region: '',
      resource: 'role/aws-service-role/ops.emr-serverless.amazonaws.com',
      resourceName: 'AWSServiceRoleForAmazonEMRServerless*',
    })],
    conditions: { StringLike: { 'iam:AWSServiceName': 'ops.emr-serverless.amazonaws.com' } },
  }));
  if (tagged) statements.push(tagResourceStatement(emrServerlessArn(scope, 'applications/*')));
  return statements;
}
