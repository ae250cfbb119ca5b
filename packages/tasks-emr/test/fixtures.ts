import { Duration, Fn, Size } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { EmrCreateCluster } from '../src';

/** Which roles an EmrCreateCluster case gets: none (the task creates them), roles of the stack, or imported ones. */
export type RoleKind = 'created' | 'owned' | 'imported' | 'immutable';

export const IMPORTED_SERVICE_ROLE_ARN = 'arn:aws:iam::123456789012:role/emr-service';
export const IMPORTED_CLUSTER_ROLE_ARN = 'arn:aws:iam::123456789012:role/emr-ec2';
export const IMPORTED_AUTOSCALING_ROLE_ARN = 'arn:aws:iam::123456789012:role/emr-autoscaling';

export interface ClusterRoles {
  serviceRole?: iam.IRole;
  clusterRole?: iam.IRole;
  autoScalingRole?: iam.IRole;
}

/** The roles of `kind`, created under `scope` with stable ids so both implementations match. */
export function makeRoles(scope: Construct, kind: RoleKind, withAutoScaling = true): ClusterRoles {
  switch (kind) {
    case 'created':
      return {};
    case 'owned': {
      const autoScalingRole = withAutoScaling
        ? new iam.Role(scope, 'AutoScalingRole', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com') })
        : undefined;
      return {
        clusterRole: new iam.Role(scope, 'ClusterRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }),
        serviceRole: new iam.Role(scope, 'ServiceRole', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com') }),
        autoScalingRole,
      };
    }
    case 'imported':
    case 'immutable': {
      const mutable = kind === 'imported';
      return {
        serviceRole: iam.Role.fromRoleArn(scope, 'ImportedServiceRole', IMPORTED_SERVICE_ROLE_ARN, { mutable }),
        clusterRole: iam.Role.fromRoleArn(scope, 'ImportedClusterRole', IMPORTED_CLUSTER_ROLE_ARN, { mutable }),
        autoScalingRole: withAutoScaling
          ? iam.Role.fromRoleArn(scope, 'ImportedAutoScalingRole', IMPORTED_AUTOSCALING_ROLE_ARN, { mutable })
          : undefined,
      };
    }
  }
}

/** A configuration classification with a nested one. */
export const nestedConfigurations = (): EmrCreateCluster.ConfigurationProperty[] => [{
  classification: 'spark-env',
  configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }],
}, {
  classification: 'spark-defaults',
  properties: { 'spark.executor.memory': '4g' },
}];

/** EBS settings with every field. */
export const fullEbs = (): EmrCreateCluster.EbsConfigurationProperty => ({
  ebsBlockDeviceConfigs: [{
    volumeSpecification: { iops: 3000, volumeSize: Size.gibibytes(64), volumeType: EmrCreateCluster.EbsBlockDeviceVolumeType.GP3 },
    volumesPerInstance: 2,
  }, {
    volumeSpecification: { volumeSize: Size.tebibytes(1), volumeType: EmrCreateCluster.EbsBlockDeviceVolumeType.ST1 },
  }],
  ebsOptimized: true,
});

/** An instance group of every field, with an automatic scaling policy of every field. */
export const fullInstanceGroup = (): EmrCreateCluster.InstanceGroupConfigProperty => ({
  autoScalingPolicy: {
    constraints: { maxCapacity: 10, minCapacity: 2 },
    rules: [{
      action: {
        market: EmrCreateCluster.InstanceMarket.SPOT,
        simpleScalingPolicyConfiguration: {
          adjustmentType: EmrCreateCluster.ScalingAdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
          coolDown: 300,
          scalingAdjustment: 25,
        },
      },
      description: 'Scale out on low YARN memory',
      name: 'ScaleOut',
      trigger: {
        cloudWatchAlarmDefinition: {
          comparisonOperator: EmrCreateCluster.CloudWatchAlarmComparisonOperator.LESS_THAN_OR_EQUAL,
          dimensions: [{ key: 'JobFlowId', value: '${emr.clusterId}' }],
          evaluationPeriods: 2,
          metricName: 'YARNMemoryAvailablePercentage',
          namespace: 'AWS/ElasticMapReduce',
          period: Duration.minutes(5),
          statistic: EmrCreateCluster.CloudWatchAlarmStatistic.MINIMUM,
          threshold: 15,
          unit: EmrCreateCluster.CloudWatchAlarmUnit.PERCENT,
        },
      },
    }, {
      action: { simpleScalingPolicyConfiguration: { scalingAdjustment: -1 } },
      name: 'ScaleIn',
      trigger: {
        cloudWatchAlarmDefinition: {
          comparisonOperator: EmrCreateCluster.CloudWatchAlarmComparisonOperator.GREATER_THAN,
          metricName: 'YARNMemoryAvailablePercentage',
          period: Duration.seconds(300),
        },
      },
    }],
  },
  bidPrice: '0.25',
  configurations: nestedConfigurations(),
  ebsConfiguration: fullEbs(),
  instanceCount: 3,
  instanceRole: EmrCreateCluster.InstanceRoleType.CORE,
  instanceType: 'm5.xlarge',
  market: EmrCreateCluster.InstanceMarket.SPOT,
  name: 'Core',
});

/** An instance fleet of every field (Spot with `timeout`). */
export const fullInstanceFleet = (): EmrCreateCluster.InstanceFleetConfigProperty => ({
  instanceFleetType: EmrCreateCluster.InstanceRoleType.CORE,
  instanceTypeConfigs: [{
    bidPrice: '0.5',
    configurations: nestedConfigurations(),
    ebsConfiguration: fullEbs(),
    instanceType: 'm5.xlarge',
    weightedCapacity: 4,
  }, {
    bidPriceAsPercentageOfOnDemandPrice: 80,
    instanceType: 'r5.xlarge',
    weightedCapacity: 4,
  }],
  launchSpecifications: {
    onDemandSpecification: { allocationStrategy: EmrCreateCluster.OnDemandAllocationStrategy.LOWEST_PRICE },
    spotSpecification: {
      allocationStrategy: EmrCreateCluster.SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED,
      timeoutAction: EmrCreateCluster.SpotTimeoutAction.SWITCH_TO_ON_DEMAND,
      timeout: Duration.minutes(20),
    },
  },
  name: 'CoreFleet',
  targetOnDemandCapacity: 4,
  targetSpotCapacity: 8,
});

/** A MASTER fleet of one On-Demand instance. */
export const masterFleet = (): EmrCreateCluster.InstanceFleetConfigProperty => ({
  instanceFleetType: EmrCreateCluster.InstanceRoleType.MASTER,
  instanceTypeConfigs: [{ instanceType: 'm5.xlarge' }],
  name: 'Primary',
  targetOnDemandCapacity: 1,
});

/** Every field of InstancesConfigProperty except fleets and groups. */
export const fullInstances = (): EmrCreateCluster.InstancesConfigProperty => ({
  additionalMasterSecurityGroups: ['sg-master1', 'sg-master2'],
  additionalSlaveSecurityGroups: ['sg-slave'],
  ec2KeyName: 'my-key',
  ec2SubnetId: 'subnet-1',
  ec2SubnetIds: ['subnet-1', 'subnet-2'],
  emrManagedMasterSecurityGroup: 'sg-emr-master',
  emrManagedSlaveSecurityGroup: 'sg-emr-slave',
  hadoopVersion: '2.8.5',
  instanceCount: 3,
  masterInstanceType: 'm5.xlarge',
  placement: { availabilityZone: 'us-east-1a', availabilityZones: ['us-east-1a', 'us-east-1b'] },
  serviceAccessSecurityGroup: 'sg-service',
  slaveInstanceType: 'm5.large',
  terminationProtected: true,
});

/** A JSON path role as `credentials`. */
export const jsonPathCredentials = (): sfn.Credentials => ({ role: sfn.TaskRole.fromRoleArnJsonPath('$.roleArn') });

/** A deploy-time string (an imported CloudFormation export). */
export const imported = (name: string): string => Fn.importValue(name);
