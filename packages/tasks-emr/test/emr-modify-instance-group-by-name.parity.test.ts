import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { EmrModifyInstanceGroupByName, type EmrModifyInstanceGroupByNameProps } from '../src';
import { nestedConfigurations } from './fixtures';
import { commonCases, describeParity, type ParityCase } from './parity-helpers';

type Props = EmrModifyInstanceGroupByNameProps;

const cases: ParityCase<Props>[] = [
  ...commonCases<Props>([sfn.IntegrationPattern.REQUEST_RESPONSE]),
  { name: 'every field of the instance group', props: () => ({
    instanceGroup: {
      configurations: [{ classification: 'Classification', properties: { Key: 'Value' } }],
      eC2InstanceIdsToTerminate: ['i-1', 'i-2'],
      instanceCount: 1,
      shrinkPolicy: {
        decommissionTimeout: Duration.seconds(1),
        instanceResizePolicy: { instanceTerminationTimeout: Duration.minutes(2), instancesToProtect: ['i-3'], instancesToTerminate: ['i-4'] },
      },
    },
  }) },
  { name: 'nested configurations only', props: () => ({ instanceGroup: { configurations: nestedConfigurations() } }) },
  { name: 'a shrink policy without resize policy', props: () => ({ instanceGroup: { instanceCount: 2, shrinkPolicy: { decommissionTimeout: Duration.hours(1) } } }) },
  { name: 'an empty shrink and resize policy', props: () => ({ instanceGroup: { shrinkPolicy: { instanceResizePolicy: {} } } }) },
  { name: 'an empty instance group', props: () => ({ instanceGroup: {} }) },
  { name: 'instance count 0', props: () => ({ instanceGroup: { instanceCount: 0 } }) },
  { name: 'JSON path cluster ID', props: () => ({ clusterId: sfn.JsonPath.stringAt('$.ClusterId') }) },
  { name: 'JSON path group name (README)', props: () => ({ instanceGroupName: sfn.JsonPath.stringAt('$.InstanceGroupName') }) },
  { name: 'JSON path instance count', props: () => ({ instanceGroup: { instanceCount: sfn.JsonPath.numberAt('$.InstanceCount') } }) },
  { name: 'JSON path lists and timeouts', props: () => ({
    instanceGroup: {
      eC2InstanceIdsToTerminate: sfn.JsonPath.listAt('$.terminate'),
      shrinkPolicy: { decommissionTimeout: Duration.seconds(sfn.JsonPath.numberAt('$.timeout')), instanceResizePolicy: { instancesToProtect: sfn.JsonPath.listAt('$.protect') } },
    },
  }) },
  { name: 'JSONata values', factory: 'jsonata', props: () => ({
    clusterId: '{% $states.input.ClusterId %}', instanceGroupName: '{% $states.input.group %}',
    instanceGroup: { instanceCount: 3, eC2InstanceIdsToTerminate: ['{% $states.input.instance %}'] },
  }) },
  { name: 'CDK token values', props: () => ({ clusterId: Fn.importValue('ClusterId'), instanceGroupName: Fn.importValue('Group') }) },
  { name: 'README: modify instance group', props: () => ({
    clusterId: 'ClusterId', instanceGroupName: sfn.JsonPath.stringAt('$.InstanceGroupName'), instanceGroup: { instanceCount: 1 },
  }) },
];

describeParity<Props>('EmrModifyInstanceGroupByName', EmrModifyInstanceGroupByName as any, reference.EmrModifyInstanceGroupByName as any,
  () => ({ clusterId: 'j-1ABCDEFGHIJKL', instanceGroupName: 'Core', instanceGroup: { instanceCount: 4 } }), cases);
