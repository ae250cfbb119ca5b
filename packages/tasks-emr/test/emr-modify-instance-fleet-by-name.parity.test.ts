import { Fn, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { EmrModifyInstanceFleetByName, type EmrModifyInstanceFleetByNameProps } from '../src';
import { commonCases, describeParity, type ParityCase } from './parity-helpers';

type Props = EmrModifyInstanceFleetByNameProps;

const cases: ParityCase<Props>[] = [
  ...commonCases<Props>([sfn.IntegrationPattern.REQUEST_RESPONSE]),
  { name: 'zero capacities', props: () => ({ targetOnDemandCapacity: 0, targetSpotCapacity: 0 }) },
  { name: 'Spot only', props: () => ({ targetOnDemandCapacity: 0, targetSpotCapacity: 16 }) },
  { name: 'JSON path cluster ID', props: () => ({ clusterId: sfn.JsonPath.stringAt('$.ClusterId') }) },
  { name: 'JSON path fleet name', props: () => ({ instanceFleetName: sfn.JsonPath.stringAt('$.InstanceFleetName') }) },
  { name: 'JSON path capacities', props: () => ({
    targetOnDemandCapacity: sfn.JsonPath.numberAt('$.TargetOnDemandCapacity'), targetSpotCapacity: sfn.JsonPath.numberAt('$.TargetSpotCapacity'),
  }) },
  { name: 'JSONata values', factory: 'jsonata', props: () => ({
    clusterId: '{% $states.input.ClusterId %}', instanceFleetName: '{% $states.input.fleet %}',
    targetOnDemandCapacity: '{% $states.input.od %}' as any, targetSpotCapacity: '{% $states.input.spot %}' as any,
  }) },
  { name: 'CDK token values', props: () => ({
    clusterId: Fn.importValue('ClusterId'), instanceFleetName: Fn.importValue('Fleet'), targetSpotCapacity: Token.asNumber(Fn.importValue('Spot')),
  }) },
  { name: 'README: modify instance fleet', props: () => ({ clusterId: 'ClusterId', instanceFleetName: 'InstanceFleetName', targetOnDemandCapacity: 2, targetSpotCapacity: 0 }) },
];

describeParity<Props>('EmrModifyInstanceFleetByName', EmrModifyInstanceFleetByName as any, reference.EmrModifyInstanceFleetByName as any,
  () => ({ clusterId: 'j-1ABCDEFGHIJKL', instanceFleetName: 'Core', targetOnDemandCapacity: 2, targetSpotCapacity: 4 }), cases);
