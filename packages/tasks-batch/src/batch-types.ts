import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Size } from 'aws-cdk-lib/core';

/**
 * What a submitted job changes in the container of its job definition.
 *
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerOverrides.html
 */
export interface BatchContainerOverrides {
  /**
   * The command the container runs, in place of the one of the image or the job definition.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerOverrides.html
   * @default - the command of the job definition
   */
  readonly command?: string[];

  /**
   * Environment variables added to the container or replacing those of the image or job definition. Names
   * starting with `AWS_BATCH` are reserved for AWS Batch.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerOverrides.html
   * @default - the environment of the job definition
   */
  readonly environment?: { [key: string]: string };

  /**
   * The instance type of a multi-node parallel job; single-node container jobs do not take it.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerOverrides.html
   * @default - the instance type of the job definition
   */
  readonly instanceType?: ec2.InstanceType;

  /**
   * The hard memory limit of the container, at least 4 MiB (rendered in MiB).
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html
   * @default - the memory of the job definition
   */
  readonly memory?: Size;

  /**
   * How many physical GPUs the container reserves: a positive integer, no more than the compute resource has.
   * Jobs on Fargate have no GPUs.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html
   * @default - the GPUs of the job definition
   */
  readonly gpuCount?: number;

  /**
   * How many vCPUs the container reserves: more than 0 (at least 1 on EC2; 0.25, 0.5, 1, 2, 4, 8 or 16 on
   * Fargate).
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html
   * @default - the vCPUs of the job definition
   */
  readonly vcpus?: number;
}

/**
 * A job that the submitted job waits for.
 *
 * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_JobDependency.html
 */
export interface BatchJobDependency {
  /**
   * The ID of the job waited for.
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_JobDependency.html
   * @default - no job ID
   */
  readonly jobId?: string;

  /**
   * How the jobs depend on each other: `N_TO_N` (each child of an array job waits for the child of the same
   * index) or `SEQUENTIAL` (each child waits for the previous one).
   *
   * @see https://docs.aws.amazon.com/batch/latest/APIReference/API_JobDependency.html
   * @default - no type
   */
  readonly type?: string;
}
