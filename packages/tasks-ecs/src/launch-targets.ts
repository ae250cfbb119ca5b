import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import { describeValue, validationError } from '@cdk-stepfunctions/tasks-core';
import type { EcsRunTask } from './run-task';
import { incompatibleTaskDefinition } from './private/errors';

/**
 * Where an EcsRunTask runs its task: the launch type or capacity providers, and the fields of RunTask that go with
 * them.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html
 */
export interface IEcsLaunchTarget {
  /**
   * Called when the EcsRunTask renders its state: returns the RunTask fields this launch target adds.
   */
  bind(task: EcsRunTask, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig;
}

/**
 * What an EcsRunTask tells its launch target when binding it.
 */
export interface LaunchTargetBindOptions {
  /**
   * The task definition the task runs.
   */
  readonly taskDefinition: ecs.ITaskDefinition;

  /**
   * The cluster the task runs in.
   *
   * @default - no cluster
   */
  readonly cluster?: ecs.ICluster;
}

/**
 * What a launch target adds to the RunTask call.
 */
export interface EcsLaunchTargetConfig {
  /**
   * RunTask fields, in the API's PascalCase, added to the task's parameters.
   *
   * @default - no fields
   */
  readonly parameters?: { [key: string]: any };
}

/**
 * Options of the Fargate launch target.
 */
export interface EcsFargateLaunchTargetOptions {
  /**
   * The Fargate platform version (kernel and container runtime) the task runs on.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html
   */
  readonly platformVersion: ecs.FargatePlatformVersion;

  /**
   * The capacity providers to run the task with instead of the FARGATE launch type.
   *
   * `CapacityProviderOptions.custom()` sets a strategy (needed for FARGATE_SPOT); `CapacityProviderOptions.default()`
   * uses the cluster's default strategy.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-capacityProviderStrategy
   * @default - the FARGATE launch type (Fargate on-demand), no capacity provider strategy
   */
  readonly capacityProviderOptions?: CapacityProviderOptions;
}

/**
 * Options of the EC2 launch target.
 */
export interface EcsEc2LaunchTargetOptions {
  /**
   * Rules the container instance the task is placed on must satisfy: at most 10 in all.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html
   * @default - none
   */
  readonly placementConstraints?: ecs.PlacementConstraint[];

  /**
   * How ECS picks a container instance for the task: at most 5 rules in all.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html
   * @default - none
   */
  readonly placementStrategies?: ecs.PlacementStrategy[];

  /**
   * The capacity providers to run the task with instead of the EC2 launch type.
   *
   * `CapacityProviderOptions.custom()` sets a strategy; `CapacityProviderOptions.default()` uses the cluster's default
   * strategy.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-capacityProviderStrategy
   * @default - the EC2 launch type (the cluster's registered container instances), no capacity provider strategy
   */
  readonly capacityProviderOptions?: CapacityProviderOptions;
}

/** The documented bounds of a capacity provider strategy. */
const MAX_STRATEGY_ITEMS = 20;
const MAX_WEIGHT = 1000;
const MAX_BASE = 100000;
const MAX_PLACEMENT_CONSTRAINTS = 10;
const MAX_PLACEMENT_STRATEGIES = 5;

/**
 * The capacity providers a task runs with.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
 */
export class CapacityProviderOptions {
  /**
   * Run the task with this capacity provider strategy: 1 to 20 capacity providers, each `weight` from 0 to 1000,
   * each `base` from 0 to 100000, at most one of them with a `base` above 0, and when there are several, at least one with
   * a weight above 0.
   *
   * @param capacityProviderStrategy the capacity providers and their weights and bases.
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
   */
  public static custom(capacityProviderStrategy: ecs.CapacityProviderStrategy[]): CapacityProviderOptions {
    validateCapacityProviderStrategy(capacityProviderStrategy);
    const options = new CapacityProviderOptions();
    options.capacityProviderStrategy = [...capacityProviderStrategy];
    return options;
  }

  /**
   * Run the task with the cluster's default capacity provider strategy.
   */
  public static default(): CapacityProviderOptions {
    return new CapacityProviderOptions();
  }

  private capacityProviderStrategy: ecs.CapacityProviderStrategy[] = [];

  private constructor() {}

  /**
   * The strategy; empty for the cluster's default.
   *
   * @internal
   */
  public _bind(): ecs.CapacityProviderStrategy[] {
    return this.capacityProviderStrategy;
  }
}

/**
 * Runs the task on AWS Fargate.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/userguide/launch_types.html#launch-type-fargate
 */
export class EcsFargateLaunchTarget implements IEcsLaunchTarget {
  private readonly options?: EcsFargateLaunchTargetOptions;

  constructor(options?: EcsFargateLaunchTargetOptions) {
    this.options = options;
  }

  /**
   * Returns the Fargate fields of RunTask; throws unless the task definition is Fargate compatible.
   */
  public bind(task: EcsRunTask, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig {
    requireCompatibility(task, launchTargetOptions.taskDefinition, 'FARGATE');
    return {
      parameters: {
        ...launchTypeOrStrategy('FARGATE', this.options?.capacityProviderOptions),
        PlatformVersion: this.options?.platformVersion,
      },
    };
  }
}

/**
 * Runs the task on the EC2 container instances of the cluster.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/userguide/launch_types.html#launch-type-ec2
 */
export class EcsEc2LaunchTarget implements IEcsLaunchTarget {
  private readonly options?: EcsEc2LaunchTargetOptions;

  constructor(options?: EcsEc2LaunchTargetOptions) {
    this.options = options;
    const constraints = renderPlacement(options?.placementConstraints);
    const strategies = renderPlacement(options?.placementStrategies);
    if ((constraints?.length ?? 0) > MAX_PLACEMENT_CONSTRAINTS) {
      throw validationError('EcsEc2LaunchTarget', `\`placementConstraints\` must hold at most ${MAX_PLACEMENT_CONSTRAINTS} ` +
        `constraints, got ${constraints?.length}`);
    }
    if ((strategies?.length ?? 0) > MAX_PLACEMENT_STRATEGIES) {
      throw validationError('EcsEc2LaunchTarget', `\`placementStrategies\` must hold at most ${MAX_PLACEMENT_STRATEGIES} ` +
        `rules, got ${strategies?.length}`);
    }
  }

  /**
   * Returns the EC2 fields of RunTask; throws unless the task definition is EC2 compatible and the cluster has EC2
   * capacity.
   */
  public bind(task: EcsRunTask, launchTargetOptions: LaunchTargetBindOptions): EcsLaunchTargetConfig {
    requireCompatibility(task, launchTargetOptions.taskDefinition, 'EC2');
    if (!launchTargetOptions.cluster?.hasEc2Capacity) {
      throw validationError(task, '`cluster` must have EC2 capacity to run on an EcsEc2LaunchTarget: call ' +
        'addCapacity() or addAsgCapacityProvider() on the cluster');
    }
    return {
      parameters: {
        ...launchTypeOrStrategy('EC2', this.options?.capacityProviderOptions),
        PlacementConstraints: renderPlacement(this.options?.placementConstraints),
        PlacementStrategy: renderPlacement(this.options?.placementStrategies),
      },
    };
  }
}

/** A capacity provider strategy item as RunTask takes it. */
interface CapacityProviderStrategyItem {
  readonly CapacityProvider: string;
  readonly Weight?: number;
  readonly Base?: number;
}

/**
 * `LaunchType` when no capacity provider options are given; else `CapacityProviderStrategy`, or neither for the
 * cluster's default strategy.
 */
function launchTypeOrStrategy(
  launchType: string,
  options: CapacityProviderOptions | undefined,
): { LaunchType?: string; CapacityProviderStrategy?: CapacityProviderStrategyItem[] } {
  if (options === undefined) return { LaunchType: launchType, CapacityProviderStrategy: undefined };
  const strategy = options._bind();
  return {
    LaunchType: undefined,
    CapacityProviderStrategy: strategy.length === 0 ? undefined : strategy.map((item) => ({
      CapacityProvider: item.capacityProvider,
      Weight: item.weight,
      Base: item.base,
    })),
  };
}

/** A placement constraint or strategy as aws-cdk-lib's ECS module describes it. */
interface PlacementRule {
  toJson(): object[];
}

/** The RunTask form of placement rules: their JSON with the first letter of each key capitalized; none when empty. */
function renderPlacement(rules: PlacementRule[] | undefined): Array<{ [key: string]: unknown }> | undefined {
  const rendered = (rules ?? []).flatMap((rule) => rule.toJson().map((json) => Object.fromEntries(
    Object.entries(json).map(([key, value]) => [key.charAt(0).toUpperCase() + key.slice(1), value]),
  )));
  return rendered.length === 0 ? undefined : rendered;
}

/** Throws unless the task definition can run with the launch type. */
function requireCompatibility(task: IConstruct, taskDefinition: ecs.ITaskDefinition, launchType: 'FARGATE' | 'EC2'): void {
  const compatible = launchType === 'FARGATE' ? taskDefinition.isFargateCompatible : taskDefinition.isEc2Compatible;
  if (!compatible) throw incompatibleTaskDefinition(task, launchType);
}

/**
 * Throws unless the strategy has the documented shape: 1 to 20 items, names of 1 to 255 characters, weights from 0
 * to 1000, bases from 0 to 100000, at most one base, and a weight above 0 among several items. Tokens are skipped.
 */
function validateCapacityProviderStrategy(strategy: ecs.CapacityProviderStrategy[]): void {
  const source = 'CapacityProviderOptions.custom()';
  if (strategy.length < 1 || strategy.length > MAX_STRATEGY_ITEMS) {
    throw validationError(source, `\`capacityProviderStrategy\` must hold 1 to ${MAX_STRATEGY_ITEMS} capacity providers, ` +
      `got ${strategy.length}`);
  }
  strategy.forEach((item, i) => {
    const name = item.capacityProvider;
    if (!Token.isUnresolved(name) && (name.length < 1 || name.length > 255)) {
      throw validationError(source, `\`capacityProviderStrategy[${i}].capacityProvider\` must be 1 to 255 characters long, ` +
        `got ${describeValue(name)}`);
    }
    checkInteger(source, `capacityProviderStrategy[${i}].weight`, item.weight, MAX_WEIGHT);
    checkInteger(source, `capacityProviderStrategy[${i}].base`, item.base, MAX_BASE);
  });
  const withBase = strategy.filter((item) => item.base !== undefined && (Token.isUnresolved(item.base) || item.base > 0));
  if (withBase.length > 1) {
    throw validationError(source, '`capacityProviderStrategy` must give a `base` to at most one capacity provider, ' +
      `got ${withBase.length} (${withBase.map((item) => describeValue(item.capacityProvider)).join(', ')})`);
  }
  const staticWeights = strategy.every((item) => item.weight === undefined || !Token.isUnresolved(item.weight));
  if (strategy.length > 1 && staticWeights && strategy.every((item) => !item.weight)) {
    throw validationError(source, '`capacityProviderStrategy` must give a `weight` above 0 to at least one of its ' +
      `${strategy.length} capacity providers, got none`);
  }
}

function checkInteger(source: string, prop: string, value: number | undefined, max: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw validationError(source, `\`${prop}\` must be an integer from 0 to ${max}, got ${describeValue(value)}`);
  }
}
