import type { Construct } from 'constructs';
import { FeatureFlags } from 'aws-cdk-lib/core';
import { STEPFUNCTIONS_TASKS_FIX_RUN_ECS_TASK_POLICY } from 'aws-cdk-lib/cx-api';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import {
  TaskStateBase,
  describeValue,
  eventsManagedRuleStatement,
  integrationResourceArn,
  passRoleStatement,
  requireTaskToken,
  resolveIntegrationPattern,
  validationError,
} from '@cdk-stepfunctions/tasks-core';
import type { ContainerOverride } from './ecs-types';
import type { IEcsLaunchTarget } from './launch-targets';
import { checkLaunchTargetCompatibility } from './private/compatibility';
import { familyArn, tagTasksStatement } from './private/iam';
import type { EcsTaskDescription } from './private/results';
import { validateContainerOverride, validateRevisionNumber } from './private/validation';

interface EcsRunTaskOptions {
  /**
   * The ECS cluster to run the task in.
   */
  readonly cluster: ecs.ICluster;

  /**
   * The task definition to run.
   *
   * A `TaskDefinition` (not `ITaskDefinition`): the task reads its containers, network mode, compatibility and
   * roles. To run an imported task definition, use `CallAwsService` or a `CustomState`.
   */
  readonly taskDefinition: ecs.TaskDefinition;

  /**
   * The revision of the task definition's family to run, from 1.
   *
   * The state runs `<family>:<revisionNumber>`; with the feature flag
   * `STEPFUNCTIONS_TASKS_FIX_RUN_ECS_TASK_POLICY` of `aws-cdk-lib/cx-api` on, `ecs:RunTask` is granted on that revision.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-taskDefinition
   * @default - the family's latest ACTIVE revision
   */
  readonly revisionNumber?: number;

  /**
   * The overrides of the task's containers: command, environment, CPU and memory.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
   * @default - no overrides
   */
  readonly containerOverrides?: ContainerOverride[];

  /**
   * The subnets of the task's network interfaces (`awsvpc` network mode only).
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
   * @default - the public subnets of the cluster's VPC when `assignPublicIp` is true, its private subnets otherwise
   */
  readonly subnets?: ec2.SubnetSelection;

  /**
   * The security groups of the task's network interfaces (`awsvpc` network mode only).
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
   * @default - a new security group in the cluster's VPC
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * Whether the task's network interface gets a public IP address (`awsvpc` network mode only).
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
   * @default false
   */
  readonly assignPublicIp?: boolean;

  /**
   * Where the task runs: `EcsFargateLaunchTarget` or `EcsEc2LaunchTarget`.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html
   */
  readonly launchTarget: IEcsLaunchTarget;

  /**
   * Copy the tags of the task definition to the task.
   *
   * Only `TASK_DEFINITION` and `NONE` apply to RunTask (ECS rejects `SERVICE` for a task it runs).
   * `TASK_DEFINITION` grants `ecs:TagResource` on the cluster's tasks as they are created.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-propagateTags
   * @default - no tags are propagated
   */
  readonly propagatedTagSource?: ecs.PropagatedTagSource;

  /**
   * Turn on ECS Exec, to run commands in the task's containers.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-enableExecuteCommand
   * @default false
   */
  readonly enableExecuteCommand?: boolean;

  /**
   * The task's CPU, overriding the task definition's.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html
   * @default - no override
   */
  readonly cpu?: string;

  /**
   * The task's memory in MiB, overriding the task definition's.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html
   * @default - no override
   */
  readonly memoryMiB?: string;
}

/**
 * Properties of an EcsRunTask task that uses JSONPath.
 */
export interface EcsRunTaskJsonPathProps extends sfn.TaskStateJsonPathBaseProps, EcsRunTaskOptions {}

/**
 * Properties of an EcsRunTask task that uses JSONata.
 */
export interface EcsRunTaskJsonataProps extends sfn.TaskStateJsonataBaseProps, EcsRunTaskOptions {}

/**
 * Properties of an EcsRunTask task.
 */
export interface EcsRunTaskProps extends sfn.TaskStateBaseProps, EcsRunTaskOptions {}

/** The EventBridge managed rule a `.sync` RunTask needs. */
const SYNC_EVENTS_RULE = 'StepFunctionsGetEventsForECSTaskRule';

/** The `NetworkConfiguration` of RunTask. */
interface NetworkConfiguration {
  readonly AwsvpcConfiguration: {
    readonly AssignPublicIp?: string;
    readonly Subnets: string[];
    readonly SecurityGroups: string[];
  };
}

/** A container override as RunTask takes it. */
interface ContainerOverrideParameters {
  readonly Name: string;
  readonly Command?: string[];
  readonly Cpu?: number;
  readonly Memory?: number;
  readonly MemoryReservation?: number;
  readonly Environment?: Array<{ readonly Name: string; readonly Value: string }>;
}

/** The RunTask parameters. */
interface RunTaskParameters {
  readonly Cluster: string;
  readonly TaskDefinition: string;
  readonly NetworkConfiguration?: NetworkConfiguration;
  readonly Overrides?: {
    readonly Cpu?: string;
    readonly Memory?: string;
    readonly ContainerOverrides?: ContainerOverrideParameters[];
  };
  readonly PropagateTags?: string;
  readonly [launchTargetField: string]: unknown;
}

/**
 * Runs a task on Amazon ECS, on Fargate or EC2, as a Task: start it (REQUEST_RESPONSE), wait for it to stop
 * (RUN_JOB) or wait for a task token (WAIT_FOR_TASK_TOKEN).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
 */
export class EcsRunTask extends TaskStateBase implements ec2.IConnectable {
  /**
   * The id that identifies this class to property injectors.
   */
  public static readonly PROPERTY_INJECTION_ID: string = '@cdk-stepfunctions.tasks-ecs.EcsRunTask';

  /**
   * An EcsRunTask task that uses JSONPath.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
   */
  public static jsonPath(scope: Construct, id: string, props: EcsRunTaskJsonPathProps): EcsRunTask {
    return new EcsRunTask(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSON_PATH });
  }

  /**
   * An EcsRunTask task that uses JSONata.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
   */
  public static jsonata(scope: Construct, id: string, props: EcsRunTaskJsonataProps): EcsRunTask {
    return new EcsRunTask(scope, id, { ...props, queryLanguage: sfn.QueryLanguage.JSONATA });
  }

  private static readonly SUPPORTED_INTEGRATION_PATTERNS = [
    sfn.IntegrationPattern.REQUEST_RESPONSE,
    sfn.IntegrationPattern.RUN_JOB,
    sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
  ];

  /**
   * The network traffic the task's security groups allow.
   */
  public readonly connections: ec2.Connections;

  /**
   * The service result this task's state receives: ECS's RunTask response; with `.sync`, the stopped task as
   * DescribeTasks describes it. With `.waitForTaskToken` the state receives what SendTaskSuccess sends instead (a test
   * mocks it with `sendsTaskSuccess()`). Declared for typed test mocks (`mock(task)` of `@cdk-stepfunctions/testing`);
   * nothing is emitted at run time.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
   * @internal
   */
  declare readonly _serviceResult?:
    | { Tasks: EcsTaskDescription[]; Failures: Array<{ Arn?: string; Reason?: string; Detail?: string }> }
    | EcsTaskDescription;

  protected readonly taskMetrics?: sfn.TaskMetricsConfig;
  protected readonly taskPolicies?: iam.PolicyStatement[];

  private readonly props: EcsRunTaskProps;
  private readonly integrationPattern: sfn.IntegrationPattern;
  private readonly networkConfiguration?: NetworkConfiguration;

  constructor(scope: Construct, id: string, props: EcsRunTaskProps) {
    super(scope, id, props);
    this.props = props;
    this.connections = new ec2.Connections();
    this.integrationPattern = resolveIntegrationPattern(this, props.integrationPattern, EcsRunTask.SUPPORTED_INTEGRATION_PATTERNS);
    if (this.integrationPattern === sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      requireTaskToken(this, 'containerOverrides[].environment', props.containerOverrides?.map((o) => o.environment));
    }
    validateRevisionNumber(this, props.revisionNumber);
    if (props.propagatedTagSource === ('SERVICE' as ecs.PropagatedTagSource)) {
      throw validationError(this, '`propagatedTagSource` must be TASK_DEFINITION or NONE for a task that RunTask starts, got SERVICE');
    }
    if (!props.taskDefinition.defaultContainer) {
      throw validationError(this, '`taskDefinition` must have at least one essential container, got none');
    }
    checkLaunchTargetCompatibility(this, props.launchTarget, props.taskDefinition);
    this.networkConfiguration = this.configureNetworking();
    for (const [i, override] of (props.containerOverrides ?? []).entries()) {
      validateContainerOverride(this, i, override, props.taskDefinition);
    }

    this.taskPolicies = this.makePolicyStatements();
  }

  /**
   * @internal
   */
  protected _renderTask(topLevelQueryLanguage?: sfn.QueryLanguage): { [key: string]: any } {
    const queryLanguage = this.queryLanguageFor(topLevelQueryLanguage);
    const launchTarget = this.props.launchTarget.bind(this, {
      taskDefinition: this.props.taskDefinition,
      cluster: this.props.cluster,
    });
    return {
      Resource: integrationResourceArn('ecs', 'runTask', this.integrationPattern),
      ...this.renderInput(runTaskParameters(this.props, this.networkConfiguration, launchTarget.parameters), queryLanguage),
    };
  }

  /**
   * The `awsvpc` network configuration, creating a security group when none is given; for other network modes,
   * checks that no networking prop is set and adopts the cluster's security groups.
   */
  private configureNetworking(): NetworkConfiguration | undefined {
    const { cluster, taskDefinition } = this.props;
    if (taskDefinition.networkMode !== ('awsvpc' as ecs.NetworkMode)) {
      const networking = {
        subnets: this.props.subnets,
        securityGroups: this.props.securityGroups,
        assignPublicIp: this.props.assignPublicIp || undefined,
      };
      const given = Object.entries(networking).filter(([, value]) => value !== undefined).map(([prop]) => prop);
      if (given.length > 0) {
        throw validationError(this, `${given.map((p) => `\`${p}\``).join(', ')} require a task definition with the ` +
          `AWS_VPC network mode, got ${describeValue(taskDefinition.networkMode)}`);
      }
      this.connections.addSecurityGroup(...cluster.connections.securityGroups);
      return undefined;
    }
    const subnets = this.props.subnets ?? {
      subnetType: this.props.assignPublicIp ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_WITH_EGRESS,
    };
    const securityGroups = this.props.securityGroups ?? [new ec2.SecurityGroup(this, 'SecurityGroup', { vpc: cluster.vpc })];
    this.connections.addSecurityGroup(...securityGroups);
    return {
      AwsvpcConfiguration: {
        AssignPublicIp: this.props.assignPublicIp ? 'ENABLED' : undefined,
        Subnets: cluster.vpc.selectSubnets(subnets).subnetIds,
        SecurityGroups: securityGroups.map((sg) => sg.securityGroupId),
      },
    };
  }

  /**
   * `ecs:RunTask` on the task definition, `iam:PassRole` on its roles, and for RUN_JOB reading and stopping the
   * task plus the EventBridge managed rule; `ecs:TagResource` when tags are propagated to the task.
   *
   * @see https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html
   */
  private makePolicyStatements(): iam.PolicyStatement[] {
    const { taskDefinition } = this.props;
    const sync = this.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
    const statements = [new iam.PolicyStatement({ actions: ['ecs:RunTask'], resources: [this.runTaskResource()] })];
    if (sync) {
      statements.push(new iam.PolicyStatement({ actions: ['ecs:StopTask', 'ecs:DescribeTasks'], resources: ['*'] }));
    }
    const roles = taskDefinition.executionRole ? [taskDefinition.taskRole, taskDefinition.executionRole] : [taskDefinition.taskRole];
    statements.push(passRoleStatement(roles));
    if (sync) statements.push(eventsManagedRuleStatement(this, SYNC_EVENTS_RULE));
    if (this.props.propagatedTagSource === ('TASK_DEFINITION' as ecs.PropagatedTagSource)) {
      statements.push(tagTasksStatement(this, this.props.cluster));
    }
    return statements;
  }

  /**
   * What `ecs:RunTask` is granted on: with the revision feature flag, the revision the state runs (the given
   * `revisionNumber`, else the task definition's own); without it, every revision of the family.
   */
  private runTaskResource(): string {
    const { taskDefinition, revisionNumber } = this.props;
    if (!FeatureFlags.of(this).isEnabled(STEPFUNCTIONS_TASKS_FIX_RUN_ECS_TASK_POLICY)) {
      return `${familyArn(this, taskDefinition.taskDefinitionArn)}:*`;
    }
    return revisionNumber === undefined
      ? taskDefinition.taskDefinitionArn
      : `${familyArn(this, taskDefinition.taskDefinitionArn)}:${revisionNumber}`;
  }
}

/** Maps the props to the RunTask parameters; the launch target's fields come after the task's own. */
function runTaskParameters(
  props: EcsRunTaskProps,
  networkConfiguration: NetworkConfiguration | undefined,
  launchTargetParameters: { [key: string]: any } | undefined,
): RunTaskParameters {
  const { taskDefinition, revisionNumber } = props;
  return {
    Cluster: props.cluster.clusterArn,
    TaskDefinition: revisionNumber === undefined ? taskDefinition.family : `${taskDefinition.family}:${revisionNumber}`,
    NetworkConfiguration: networkConfiguration,
    Overrides: renderOverrides(props),
    PropagateTags: props.propagatedTagSource,
    ...launchTargetParameters,
    EnableExecuteCommand: props.enableExecuteCommand,
  };
}

/** The `Overrides` of RunTask: task CPU and memory and the container overrides; none when nothing is overridden. */
function renderOverrides(props: EcsRunTaskProps): RunTaskParameters['Overrides'] {
  const overrides = props.containerOverrides ?? [];
  if (overrides.length === 0 && !props.cpu && !props.memoryMiB) return undefined;
  return {
    Cpu: props.cpu,
    Memory: props.memoryMiB,
    ContainerOverrides: overrides.length === 0 ? undefined : overrides.map((override) => ({
      Name: override.containerDefinition.containerName,
      Command: override.command,
      Cpu: override.cpu,
      Memory: override.memoryLimit,
      MemoryReservation: override.memoryReservation,
      Environment: override.environment?.map((variable) => ({ Name: variable.name, Value: variable.value })),
    })),
  };
}
