import type { ContainerDefinition } from 'aws-cdk-lib/aws-ecs';

/**
 * The overrides one container of the task receives: which container, and what to change in it for this run.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
 */
export interface ContainerOverride {
  /**
   * The container to override, a container of the task definition; its name is what ECS receives.
   */
  readonly containerDefinition: ContainerDefinition;

  /**
   * The command the container runs instead of its own.
   *
   * Each element may be a JSONata expression; in JSONPath, pass the whole list from the state with
   * `JsonPath.listAt()`.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
   * @default - the command of the task definition or, without one, of the Docker image
   */
  readonly command?: string[];

  /**
   * Environment variables to add to the container, or to set to another value than the task definition or the
   * image gives them.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
   * @default - the environment of the task definition and the Docker image
   */
  readonly environment?: TaskEnvironmentVariable[];

  /**
   * The CPU units reserved for the container (1024 units are one vCPU).
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
   * @default - the value of the task definition
   */
  readonly cpu?: number;

  /**
   * The hard memory limit of the container, in MiB: the container is stopped when it uses more.
   *
   * Rendered as the override's `Memory` field.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
   * @default - the value of the task definition
   */
  readonly memoryLimit?: number;

  /**
   * The memory reserved for the container, in MiB (a soft limit).
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
   * @default - the value of the task definition
   */
  readonly memoryReservation?: number;
}

/**
 * An environment variable to set in a container of the task.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KeyValuePair.html
 */
export interface TaskEnvironmentVariable {
  /**
   * The variable's name: text, a JSON path (`JsonPath.stringAt()`) or a JSONata expression.
   */
  readonly name: string;

  /**
   * The variable's value: text, a JSON path (`JsonPath.stringAt()`, `JsonPath.taskToken`) or a JSONata expression.
   */
  readonly value: string;
}
