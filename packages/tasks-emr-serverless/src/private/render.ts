import type {
  EmrServerlessImageConfiguration,
  EmrServerlessInitialCapacityConfig,
  EmrServerlessMaximumCapacity,
  EmrServerlessNetworkConfiguration,
  EmrServerlessWorkerResourceConfig,
  EmrServerlessWorkerTypeSpecification,
} from '../application-types';
import type { EmrServerlessConfiguration, EmrServerlessMonitoringConfiguration } from '../configuration-types';
import type { EmrServerlessJobDriver, EmrServerlessRetryPolicy } from '../job-run-types';

/*
 * The nested API structures, as Step Functions takes them: the API's fields in PascalCase; map keys (worker types,
 * tags, properties) as given. Each function is pure, and undefined for an undefined input.
 */

/** A configuration (`Configuration`). */
export interface ConfigurationParameters {
  readonly Classification: string;
  readonly Properties?: { [key: string]: string };
  readonly Configurations?: ConfigurationParameters[];
}

/** The configurations as the API takes them. */
export function configurationsParameters(configs: EmrServerlessConfiguration[] | undefined): ConfigurationParameters[] | undefined {
  return configs?.map((config) => ({
    Classification: config.classification,
    Properties: config.properties,
    Configurations: configurationsParameters(config.configurations),
  }));
}

/** A monitoring configuration (`MonitoringConfiguration`). */
export interface MonitoringParameters {
  readonly S3MonitoringConfiguration?: { readonly LogUri?: string; readonly EncryptionKeyArn?: string };
  readonly ManagedPersistenceMonitoringConfiguration?: { readonly Enabled?: boolean; readonly EncryptionKeyArn?: string };
  readonly CloudWatchLoggingConfiguration?: {
    readonly Enabled: boolean;
    readonly LogGroupName?: string;
    readonly LogStreamNamePrefix?: string;
    readonly EncryptionKeyArn?: string;
    readonly LogTypes?: { [workerType: string]: string[] };
  };
  readonly PrometheusMonitoringConfiguration?: { readonly RemoteWriteUrl?: string };
}

/** The monitoring configuration as the API takes it. */
export function monitoringParameters(monitoring: EmrServerlessMonitoringConfiguration | undefined): MonitoringParameters | undefined {
  if (monitoring === undefined) return undefined;
  const s3 = monitoring.s3MonitoringConfiguration;
  const managed = monitoring.managedPersistenceMonitoringConfiguration;
  const cloudWatch = monitoring.cloudWatchLoggingConfiguration;
  const prometheus = monitoring.prometheusMonitoringConfiguration;
  return {
    S3MonitoringConfiguration: s3 && { LogUri: s3.logUri, EncryptionKeyArn: s3.encryptionKeyArn },
    ManagedPersistenceMonitoringConfiguration: managed && { Enabled: managed.enabled, EncryptionKeyArn: managed.encryptionKeyArn },
    CloudWatchLoggingConfiguration: cloudWatch && {
      Enabled: cloudWatch.enabled,
      LogGroupName: cloudWatch.logGroupName,
      LogStreamNamePrefix: cloudWatch.logStreamNamePrefix,
      EncryptionKeyArn: cloudWatch.encryptionKeyArn,
      LogTypes: cloudWatch.logTypes,
    },
    PrometheusMonitoringConfiguration: prometheus && { RemoteWriteUrl: prometheus.remoteWriteUrl },
  };
}

/** The resources of a worker (`WorkerResourceConfig`). */
export interface WorkerResourceParameters {
  readonly Cpu: string;
  readonly Memory: string;
  readonly Disk?: string;
  readonly DiskType?: string;
}

function workerResourceParameters(config: EmrServerlessWorkerResourceConfig | undefined): WorkerResourceParameters | undefined {
  return config && { Cpu: config.cpu, Memory: config.memory, Disk: config.disk, DiskType: config.diskType };
}

/** The initial capacity (`InitialCapacityConfigMap`), keyed by worker type. */
export function initialCapacityParameters(
  capacity: { [workerType: string]: EmrServerlessInitialCapacityConfig } | undefined,
): { [workerType: string]: { WorkerCount: number; WorkerConfiguration?: WorkerResourceParameters } } | undefined {
  if (capacity === undefined) return undefined;
  return Object.fromEntries(Object.entries(capacity).map(([workerType, config]) => [workerType, {
    WorkerCount: config.workerCount,
    WorkerConfiguration: workerResourceParameters(config.workerConfiguration),
  }]));
}

/** The maximum capacity (`MaximumAllowedResources`). */
export function maximumCapacityParameters(capacity: EmrServerlessMaximumCapacity | undefined): { Cpu: string; Memory: string; Disk?: string } | undefined {
  return capacity && { Cpu: capacity.cpu, Memory: capacity.memory, Disk: capacity.disk };
}

/** The network configuration (`NetworkConfiguration`): the subnets' and security groups' IDs. */
export function networkParameters(network: EmrServerlessNetworkConfiguration | undefined): { SubnetIds?: string[]; SecurityGroupIds?: string[] } | undefined {
  return network && {
    SubnetIds: network.subnets?.map((subnet) => subnet.subnetId),
    SecurityGroupIds: network.securityGroups?.map((group) => group.securityGroupId),
  };
}

/** An image configuration (`ImageConfigurationInput`). */
export function imageParameters(image: EmrServerlessImageConfiguration | undefined): { ImageUri: string } | undefined {
  return image && { ImageUri: image.imageUri };
}

/** The worker type specifications (`WorkerTypeSpecificationInputMap`), keyed by worker type. */
export function workerTypeSpecificationsParameters(
  specifications: { [workerType: string]: EmrServerlessWorkerTypeSpecification } | undefined,
): { [workerType: string]: { ImageConfiguration?: { ImageUri: string } } } | undefined {
  if (specifications === undefined) return undefined;
  return Object.fromEntries(Object.entries(specifications).map(([workerType, specification]) => [workerType, {
    ImageConfiguration: imageParameters(specification.imageConfiguration),
  }]));
}

/** A job driver (`JobDriver`): `SparkSubmit` or `Hive`. */
export interface JobDriverParameters {
  readonly SparkSubmit?: { readonly EntryPoint: string; readonly EntryPointArguments?: unknown; readonly SparkSubmitParameters?: string };
  readonly Hive?: { readonly Query: string; readonly InitQueryFile?: string; readonly Parameters?: string };
}

/** The job driver as the API takes it. */
export function jobDriverParameters(driver: EmrServerlessJobDriver): JobDriverParameters {
  const spark = driver.sparkSubmitOptions;
  const hive = driver.hiveOptions;
  return {
    SparkSubmit: spark && {
      EntryPoint: spark.entryPoint,
      EntryPointArguments: spark.entryPointArguments?.value,
      SparkSubmitParameters: spark.sparkSubmitParameters,
    },
    Hive: hive && { Query: hive.query, InitQueryFile: hive.initQueryFile, Parameters: hive.parameters },
  };
}

/** The retry policy (`RetryPolicy`). */
export function retryPolicyParameters(policy: EmrServerlessRetryPolicy | undefined): { MaxAttempts?: number; MaxFailedAttemptsPerHour?: number } | undefined {
  return policy && { MaxAttempts: policy.maxAttempts, MaxFailedAttemptsPerHour: policy.maxFailedAttemptsPerHour };
}
