import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { EmrCreateCluster } from '../emr-create-cluster';
import type { EmrCreateClusterProps } from '../emr-create-cluster-props';

/*
 * The `createCluster` parameters (RunJobFlow's request, as the Step Functions integration takes it) made from the
 * props: pure functions, one per nested type, in the order of the API's fields.
 */

/** A list of `Key`/`Value` pairs, as tags and step properties are sent. */
export type KeyValueList = Array<{ readonly Key: string; readonly Value: string }>;

/** The `createCluster` parameters. */
export interface CreateClusterParameters {
  readonly Instances: InstancesParameters;
  readonly JobFlowRole: string;
  readonly Name: string;
  readonly ServiceRole: string;
  readonly AdditionalInfo?: string;
  readonly Applications?: ApplicationParameters[];
  readonly AutoScalingRole?: string;
  readonly BootstrapActions?: BootstrapActionParameters[];
  readonly Configurations?: ConfigurationParameters[];
  readonly CustomAmiId?: string;
  readonly EbsRootVolumeSize?: number;
  readonly EbsRootVolumeIops?: number;
  readonly EbsRootVolumeThroughput?: number;
  readonly KerberosAttributes?: KerberosParameters;
  readonly LogUri?: string;
  readonly ManagedScalingPolicy?: { readonly ComputeLimits?: ComputeLimitsParameters };
  readonly ReleaseLabel?: string;
  readonly ScaleDownBehavior?: string;
  readonly SecurityConfiguration?: string;
  readonly StepConcurrencyLevel?: number;
  readonly Tags?: KeyValueList;
  readonly VisibleToAllUsers: boolean;
  readonly AutoTerminationPolicy?: { readonly IdleTimeout: number };
}

interface InstancesParameters {
  readonly AdditionalMasterSecurityGroups?: string[];
  readonly AdditionalSlaveSecurityGroups?: string[];
  readonly Ec2KeyName?: string;
  readonly Ec2SubnetId?: string;
  readonly Ec2SubnetIds?: string[];
  readonly EmrManagedMasterSecurityGroup?: string;
  readonly EmrManagedSlaveSecurityGroup?: string;
  readonly HadoopVersion?: string;
  readonly InstanceCount?: number;
  readonly InstanceFleets?: InstanceFleetParameters[];
  readonly InstanceGroups?: InstanceGroupParameters[];
  readonly KeepJobFlowAliveWhenNoSteps: true;
  readonly MasterInstanceType?: string;
  readonly Placement?: { readonly AvailabilityZone?: string; readonly AvailabilityZones?: string[] };
  readonly ServiceAccessSecurityGroup?: string;
  readonly SlaveInstanceType?: string;
  readonly TerminationProtected?: boolean;
}

interface InstanceFleetParameters {
  readonly InstanceFleetType: string;
  readonly InstanceTypeConfigs?: InstanceTypeParameters[];
  readonly LaunchSpecifications?: {
    readonly OnDemandSpecification?: { readonly AllocationStrategy: string };
    readonly SpotSpecification?: SpotSpecificationParameters;
  };
  readonly Name?: string;
  readonly TargetOnDemandCapacity?: number;
  readonly TargetSpotCapacity?: number;
}

interface SpotSpecificationParameters {
  readonly AllocationStrategy?: string;
  readonly BlockDurationMinutes?: number;
  readonly TimeoutAction: string;
  readonly TimeoutDurationMinutes?: number;
}

interface InstanceTypeParameters {
  readonly BidPrice?: string;
  readonly BidPriceAsPercentageOfOnDemandPrice?: number;
  readonly Configurations?: ConfigurationParameters[];
  readonly EbsConfiguration?: EbsParameters;
  readonly InstanceType: string;
  readonly Priority?: number;
  readonly WeightedCapacity?: number;
}

interface InstanceGroupParameters {
  readonly AutoScalingPolicy?: AutoScalingPolicyParameters;
  readonly BidPrice?: string;
  readonly Configurations?: ConfigurationParameters[];
  readonly EbsConfiguration?: EbsParameters;
  readonly InstanceCount: number;
  readonly InstanceRole: string;
  readonly InstanceType: string;
  readonly Market?: string;
  readonly Name?: string;
}

interface EbsParameters {
  readonly EbsBlockDeviceConfigs?: Array<{
    readonly VolumeSpecification: { readonly Iops?: number; readonly SizeInGB: number; readonly VolumeType: string };
    readonly VolumesPerInstance?: number;
  }>;
  readonly EbsOptimized?: boolean;
}

interface AutoScalingPolicyParameters {
  readonly Constraints: { readonly MaxCapacity: number; readonly MinCapacity: number };
  readonly Rules: ScalingRuleParameters[];
}

interface ScalingRuleParameters {
  readonly Action: {
    readonly Market?: string;
    readonly SimpleScalingPolicyConfiguration: { readonly AdjustmentType?: string; readonly CoolDown?: number; readonly ScalingAdjustment: number };
  };
  readonly Description?: string;
  readonly Name: string;
  readonly Trigger: { readonly CloudWatchAlarmDefinition: AlarmParameters };
}

interface AlarmParameters {
  readonly ComparisonOperator: string;
  readonly Dimensions?: KeyValueList;
  readonly EvaluationPeriods?: number;
  readonly MetricName: string;
  readonly Namespace?: string;
  readonly Period: number;
  readonly Statistic?: string;
  readonly Threshold?: number;
  readonly Unit?: string;
}

interface ApplicationParameters {
  readonly Name: string;
  readonly Args?: string[];
  readonly Version?: string;
  readonly AdditionalInfo?: { [key: string]: string };
}

interface BootstrapActionParameters {
  readonly Name: string;
  readonly ScriptBootstrapAction: { readonly Path: string; readonly Args?: string[] };
}

/** A configuration classification, as `createCluster` and `modifyInstanceGroupByName` take it. */
export interface ConfigurationParameters {
  readonly Classification?: string;
  readonly Properties?: { [key: string]: string };
  readonly Configurations?: ConfigurationParameters[];
}

interface KerberosParameters {
  readonly ADDomainJoinPassword?: string;
  readonly ADDomainJoinUser?: string;
  readonly CrossRealmTrustPrincipalPassword?: string;
  readonly KdcAdminPassword?: string;
  readonly Realm: string;
}

interface ComputeLimitsParameters {
  readonly UnitType: string;
  readonly MinimumCapacityUnits: number;
  readonly MaximumCapacityUnits: number;
  readonly MaximumOnDemandCapacityUnits?: number;
  readonly MaximumCoreCapacityUnits?: number;
}

/** The roles and tags the task adds to the props. */
export interface ClusterRoles {
  readonly serviceRole: IRole;
  readonly clusterRole: IRole;
  readonly autoScalingRole?: IRole;
  /** Tags added to the user's (those Amazon EMR's v2 managed policies require). */
  readonly managedPolicyTags?: { [key: string]: string };
}

/** The `createCluster` parameters for the props and roles. */
export function createClusterParameters(props: EmrCreateClusterProps, roles: ClusterRoles): CreateClusterParameters {
  const tags = props.tags !== undefined || roles.managedPolicyTags !== undefined
    ? keyValueList({ ...props.tags, ...roles.managedPolicyTags })
    : undefined;
  return {
    Instances: instancesParameters(props.instances),
    JobFlowRole: roles.clusterRole.roleName,
    Name: props.name,
    ServiceRole: roles.serviceRole.roleName,
    AdditionalInfo: props.additionalInfo,
    Applications: props.applications?.map(applicationParameters),
    AutoScalingRole: roles.autoScalingRole?.roleName,
    BootstrapActions: props.bootstrapActions?.map(bootstrapActionParameters),
    Configurations: configurationsParameters(props.configurations),
    CustomAmiId: props.customAmiId,
    EbsRootVolumeSize: props.ebsRootVolumeSize?.toGibibytes(),
    EbsRootVolumeIops: props.ebsRootVolumeIops,
    EbsRootVolumeThroughput: props.ebsRootVolumeThroughput,
    KerberosAttributes: props.kerberosAttributes && kerberosParameters(props.kerberosAttributes),
    LogUri: props.logUri,
    ManagedScalingPolicy: props.managedScalingPolicy && {
      ComputeLimits: props.managedScalingPolicy.computeLimits && computeLimitsParameters(props.managedScalingPolicy.computeLimits),
    },
    ReleaseLabel: props.releaseLabel,
    ScaleDownBehavior: props.scaleDownBehavior,
    SecurityConfiguration: props.securityConfiguration,
    StepConcurrencyLevel: props.stepConcurrencyLevel,
    Tags: tags,
    VisibleToAllUsers: props.visibleToAllUsers ?? true,
    AutoTerminationPolicy: props.autoTerminationPolicyIdleTimeout && { IdleTimeout: props.autoTerminationPolicyIdleTimeout.toSeconds() },
  };
}

/** `{ a: 'b' }` as `[{ Key: 'a', Value: 'b' }]`. */
export function keyValueList(map: { [key: string]: string }): KeyValueList {
  return Object.entries(map).map(([Key, Value]) => ({ Key, Value }));
}

function instancesParameters(instances: EmrCreateCluster.InstancesConfigProperty): InstancesParameters {
  return {
    AdditionalMasterSecurityGroups: instances.additionalMasterSecurityGroups,
    AdditionalSlaveSecurityGroups: instances.additionalSlaveSecurityGroups,
    Ec2KeyName: instances.ec2KeyName,
    Ec2SubnetId: instances.ec2SubnetId,
    Ec2SubnetIds: instances.ec2SubnetIds,
    EmrManagedMasterSecurityGroup: instances.emrManagedMasterSecurityGroup,
    EmrManagedSlaveSecurityGroup: instances.emrManagedSlaveSecurityGroup,
    HadoopVersion: instances.hadoopVersion,
    InstanceCount: instances.instanceCount,
    InstanceFleets: instances.instanceFleets?.map(instanceFleetParameters),
    InstanceGroups: instances.instanceGroups?.map(instanceGroupParameters),
    // Step Functions' createCluster requires it to be true: the cluster waits for the steps the state machine adds.
    KeepJobFlowAliveWhenNoSteps: true,
    MasterInstanceType: instances.masterInstanceType,
    Placement: instances.placement && {
      AvailabilityZone: instances.placement.availabilityZone,
      AvailabilityZones: instances.placement.availabilityZones,
    },
    ServiceAccessSecurityGroup: instances.serviceAccessSecurityGroup,
    SlaveInstanceType: instances.slaveInstanceType,
    TerminationProtected: instances.terminationProtected,
  };
}

function instanceFleetParameters(fleet: EmrCreateCluster.InstanceFleetConfigProperty): InstanceFleetParameters {
  const launch = fleet.launchSpecifications;
  return {
    InstanceFleetType: fleet.instanceFleetType,
    InstanceTypeConfigs: fleet.instanceTypeConfigs?.map(instanceTypeParameters),
    LaunchSpecifications: launch && {
      OnDemandSpecification: launch.onDemandSpecification && { AllocationStrategy: launch.onDemandSpecification.allocationStrategy },
      SpotSpecification: launch.spotSpecification && spotSpecificationParameters(launch.spotSpecification),
    },
    Name: fleet.name,
    TargetOnDemandCapacity: fleet.targetOnDemandCapacity,
    TargetSpotCapacity: fleet.targetSpotCapacity,
  };
}

function spotSpecificationParameters(spot: EmrCreateCluster.SpotProvisioningSpecificationProperty): SpotSpecificationParameters {
  return {
    AllocationStrategy: spot.allocationStrategy,
    // Deprecated props, still sent when given, as aws-cdk-lib does.
    BlockDurationMinutes: spot.blockDurationMinutes,
    TimeoutAction: spot.timeoutAction,
    TimeoutDurationMinutes: spot.timeout?.toMinutes() ?? spot.timeoutDurationMinutes,
  };
}

function instanceTypeParameters(type: EmrCreateCluster.InstanceTypeConfigProperty): InstanceTypeParameters {
  return {
    BidPrice: type.bidPrice,
    BidPriceAsPercentageOfOnDemandPrice: type.bidPriceAsPercentageOfOnDemandPrice,
    Configurations: configurationsParameters(type.configurations),
    EbsConfiguration: type.ebsConfiguration && ebsParameters(type.ebsConfiguration),
    InstanceType: type.instanceType,
    Priority: type.priority,
    WeightedCapacity: type.weightedCapacity,
  };
}

function instanceGroupParameters(group: EmrCreateCluster.InstanceGroupConfigProperty): InstanceGroupParameters {
  return {
    AutoScalingPolicy: group.autoScalingPolicy && autoScalingPolicyParameters(group.autoScalingPolicy),
    BidPrice: group.bidPrice,
    Configurations: configurationsParameters(group.configurations),
    EbsConfiguration: group.ebsConfiguration && ebsParameters(group.ebsConfiguration),
    InstanceCount: group.instanceCount,
    InstanceRole: group.instanceRole,
    InstanceType: group.instanceType,
    Market: group.market,
    Name: group.name,
  };
}

function ebsParameters(ebs: EmrCreateCluster.EbsConfigurationProperty): EbsParameters {
  return {
    EbsBlockDeviceConfigs: ebs.ebsBlockDeviceConfigs?.map((device) => ({
      VolumeSpecification: {
        Iops: device.volumeSpecification.iops,
        SizeInGB: device.volumeSpecification.volumeSize.toGibibytes(),
        VolumeType: device.volumeSpecification.volumeType,
      },
      VolumesPerInstance: device.volumesPerInstance,
    })),
    EbsOptimized: ebs.ebsOptimized,
  };
}

function autoScalingPolicyParameters(policy: EmrCreateCluster.AutoScalingPolicyProperty): AutoScalingPolicyParameters {
  return {
    Constraints: { MaxCapacity: policy.constraints.maxCapacity, MinCapacity: policy.constraints.minCapacity },
    Rules: policy.rules.map(scalingRuleParameters),
  };
}

function scalingRuleParameters(rule: EmrCreateCluster.ScalingRuleProperty): ScalingRuleParameters {
  const simple = rule.action.simpleScalingPolicyConfiguration;
  return {
    Action: {
      Market: rule.action.market,
      SimpleScalingPolicyConfiguration: {
        AdjustmentType: simple.adjustmentType,
        CoolDown: simple.coolDown,
        ScalingAdjustment: simple.scalingAdjustment,
      },
    },
    Description: rule.description,
    Name: rule.name,
    Trigger: { CloudWatchAlarmDefinition: alarmParameters(rule.trigger.cloudWatchAlarmDefinition) },
  };
}

function alarmParameters(alarm: EmrCreateCluster.CloudWatchAlarmDefinitionProperty): AlarmParameters {
  return {
    ComparisonOperator: alarm.comparisonOperator,
    Dimensions: alarm.dimensions?.map((d) => ({ Key: d.key, Value: d.value })),
    EvaluationPeriods: alarm.evaluationPeriods,
    MetricName: alarm.metricName,
    Namespace: alarm.namespace,
    Period: alarm.period.toSeconds(),
    Statistic: alarm.statistic,
    Threshold: alarm.threshold,
    Unit: alarm.unit,
  };
}

function applicationParameters(application: EmrCreateCluster.ApplicationConfigProperty): ApplicationParameters {
  return {
    Name: application.name,
    Args: application.args,
    Version: application.version,
    AdditionalInfo: application.additionalInfo,
  };
}

function bootstrapActionParameters(action: EmrCreateCluster.BootstrapActionConfigProperty): BootstrapActionParameters {
  return {
    Name: action.name,
    ScriptBootstrapAction: { Path: action.scriptBootstrapAction.path, Args: action.scriptBootstrapAction.args },
  };
}

/** Configuration classifications, nested ones included. */
export function configurationsParameters(configurations?: EmrCreateCluster.ConfigurationProperty[]): ConfigurationParameters[] | undefined {
  return configurations?.map((c) => ({
    Classification: c.classification,
    Properties: c.properties,
    Configurations: configurationsParameters(c.configurations),
  }));
}

function kerberosParameters(kerberos: EmrCreateCluster.KerberosAttributesProperty): KerberosParameters {
  return {
    ADDomainJoinPassword: kerberos.adDomainJoinPassword,
    ADDomainJoinUser: kerberos.adDomainJoinUser,
    CrossRealmTrustPrincipalPassword: kerberos.crossRealmTrustPrincipalPassword,
    KdcAdminPassword: kerberos.kdcAdminPassword,
    Realm: kerberos.realm,
  };
}

function computeLimitsParameters(limits: EmrCreateCluster.ManagedScalingComputeLimitsProperty): ComputeLimitsParameters {
  return {
    UnitType: limits.unitType,
    MinimumCapacityUnits: limits.minimumCapacityUnits,
    MaximumCapacityUnits: limits.maximumCapacityUnits,
    MaximumOnDemandCapacityUnits: limits.maximumOnDemandCapacityUnits,
    MaximumCoreCapacityUnits: limits.maximumCoreCapacityUnits,
  };
}
