import { describe, expect, it } from 'vitest';
import * as api from '../src';

const tasks = [
  'EmrCreateCluster',
  'EmrSetClusterTerminationProtection',
  'EmrTerminateCluster',
  'EmrAddStep',
  'EmrCancelStep',
  'EmrModifyInstanceFleetByName',
  'EmrModifyInstanceGroupByName',
] as const;

describe('@cdk-stepfunctions/tasks-emr', () => {
  it.each(tasks)('exports %s and its factories', (name) => {
    expect(typeof api[name]).toBe('function');
    expect(typeof api[name].jsonPath).toBe('function');
    expect(typeof api[name].jsonata).toBe('function');
  });

  it('exports the enums, EmrCreateCluster\'s nested in its namespace', () => {
    expect(api.ActionOnFailure.CANCEL_AND_WAIT).toBe('CANCEL_AND_WAIT');
    expect(Object.keys(api.EmrCreateCluster).filter((k) => { const v = (api.EmrCreateCluster as any)[k]; return typeof v === 'object' && !Array.isArray(v); }).sort()).toEqual([
      'CloudWatchAlarmComparisonOperator', 'CloudWatchAlarmStatistic', 'CloudWatchAlarmUnit', 'ComputeLimitsUnitType', 'EbsBlockDeviceVolumeType',
      'EmrClusterScaleDownBehavior', 'InstanceMarket', 'InstanceRoleType', 'OnDemandAllocationStrategy', 'ScalingAdjustmentType',
      'SpotAllocationStrategy', 'SpotTimeoutAction',
    ]);
  });

  it('exports nothing else at run time', () => {
    expect(Object.keys(api).sort()).toEqual([...tasks, 'ActionOnFailure'].sort());
  });
});
