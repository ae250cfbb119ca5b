import type { Duration } from 'aws-cdk-lib/core';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';

/**
 * The engine an EMR Serverless application runs: Spark or Hive.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_CreateApplication.html
 */
export class EmrServerlessApplicationType {
  /** An Apache Spark application. */
  public static readonly SPARK = new EmrServerlessApplicationType('SPARK');

  /** An Apache Hive application. */
  public static readonly HIVE = new EmrServerlessApplicationType('HIVE');

  /**
   * An application type by name, for a type without a constant: 1 to 64 characters, or a JSON path or JSONata
   * expression.
   */
  public static of(type: string): EmrServerlessApplicationType {
    return new EmrServerlessApplicationType(type);
  }

  /**
   * @param type the type, as the API's `Type` field takes it.
   */
  private constructor(public readonly type: string) {}
}

/**
 * The CPU architecture of an EMR Serverless application.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/architecture.html
 */
export enum EmrServerlessArchitecture {
  /** 64-bit ARM (AWS Graviton). */
  ARM64 = 'ARM64',

  /** 64-bit x86. */
  X86_64 = 'X86_64',
}

/**
 * The disk type of a worker.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerResourceConfig.html
 */
export enum EmrServerlessDiskType {
  /** Standard disks. */
  STANDARD = 'STANDARD',

  /** Disks with higher performance, for shuffle-heavy workloads. */
  SHUFFLE_OPTIMIZED = 'SHUFFLE_OPTIMIZED',
}

/**
 * The resources of each worker of a worker type.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerResourceConfig.html
 */
export interface EmrServerlessWorkerResourceConfig {
  /**
   * The vCPUs of each worker, such as `4 vCPU` or `4`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html#worker-configs
   */
  readonly cpu: string;

  /**
   * The memory of each worker, such as `16 GB` or `16`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html#worker-configs
   */
  readonly memory: string;

  /**
   * The disk of each worker, such as `200 GB`.
   *
   * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html#worker-configs
   * @default - 20 GB
   */
  readonly disk?: string;

  /**
   * The disk type of each worker.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerResourceConfig.html
   * @default EmrServerlessDiskType.STANDARD
   */
  readonly diskType?: EmrServerlessDiskType;
}

/**
 * The workers of a worker type an application keeps initialized (pre-initialized capacity).
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InitialCapacityConfig.html
 */
export interface EmrServerlessInitialCapacityConfig {
  /**
   * The number of workers: 1 to 1,000,000.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InitialCapacityConfig.html
   */
  readonly workerCount: number;

  /**
   * The resources of each worker.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerResourceConfig.html
   * @default - the service's default worker size
   */
  readonly workerConfiguration?: EmrServerlessWorkerResourceConfig;
}

/**
 * The most resources an application uses, over all its workers at any time.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MaximumAllowedResources.html
 */
export interface EmrServerlessMaximumCapacity {
  /**
   * The most vCPUs, such as `400 vCPU`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MaximumAllowedResources.html
   */
  readonly cpu: string;

  /**
   * The most memory, such as `1024 GB`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MaximumAllowedResources.html
   */
  readonly memory: string;

  /**
   * The most disk, such as `1000 GB`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_MaximumAllowedResources.html
   * @default - no disk limit
   */
  readonly disk?: string;
}

/**
 * Whether an application starts by itself when a job is submitted to it.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStartConfig.html
 */
export interface EmrServerlessAutoStartConfig {
  /**
   * Whether the application starts on job submission.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStartConfig.html
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * Whether an application stops by itself after being idle.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStopConfig.html
 */
export interface EmrServerlessAutoStopConfig {
  /**
   * Whether the application stops when idle.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStopConfig.html
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * How long the application is idle before it stops: whole minutes, 1 to 10,080 (7 days).
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_AutoStopConfig.html
   * @default Duration.minutes(15)
   */
  readonly idleTimeout?: Duration;
}

/**
 * The VPC subnets and security groups of an application, for its jobs to reach resources in the VPC.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/vpc-access.html
 */
export interface EmrServerlessNetworkConfiguration {
  /**
   * The subnets of the application's workers: at most 16.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_NetworkConfiguration.html
   * @default - no subnets
   */
  readonly subnets?: ec2.ISubnet[];

  /**
   * The security groups of the application's workers: at most 5.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_NetworkConfiguration.html
   * @default - no security groups
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/**
 * A custom image for the workers of an application.
 *
 * @see https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/application-custom-image.html
 */
export interface EmrServerlessImageConfiguration {
  /**
   * The URI of the image in Amazon ECR: `<registry>/<repository>:<tag>` or `…@sha256:<digest>`.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_ImageConfigurationInput.html
   */
  readonly imageUri: string;
}

/**
 * The specification of a worker type.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerTypeSpecificationInput.html
 */
export interface EmrServerlessWorkerTypeSpecification {
  /**
   * The custom image of the worker type.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_WorkerTypeSpecificationInput.html
   * @default - the application's image
   */
  readonly imageConfiguration?: EmrServerlessImageConfiguration;
}

/**
 * The interactive uses of an application.
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InteractiveConfiguration.html
 */
export interface EmrServerlessInteractiveConfiguration {
  /**
   * Whether EMR Studio notebooks may run workloads on the application.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InteractiveConfiguration.html
   * @default false
   */
  readonly studioEnabled?: boolean;

  /**
   * Whether the application has an Apache Livy endpoint for interactive jobs.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_InteractiveConfiguration.html
   * @default false
   */
  readonly livyEndpointEnabled?: boolean;
}

/**
 * How an application queues batch and streaming job runs (Amazon EMR 7.0.0 and later).
 *
 * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SchedulerConfiguration.html
 */
export interface EmrServerlessSchedulerConfiguration {
  /**
   * How long a job run may wait in the queue: whole minutes, 15 to 720.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SchedulerConfiguration.html
   * @default Duration.minutes(360)
   */
  readonly queueTimeout?: Duration;

  /**
   * The most job runs that run at once: 1 to 1,000.
   *
   * @see https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_SchedulerConfiguration.html
   * @default 15
   */
  readonly maxConcurrentRuns?: number;
}
