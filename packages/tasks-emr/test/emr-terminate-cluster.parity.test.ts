import { Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { EmrTerminateCluster, type EmrTerminateClusterProps } from '../src';
import { commonCases, describeParity, type ParityCase } from './parity-helpers';

const cases: ParityCase<EmrTerminateClusterProps>[] = [
  ...commonCases<EmrTerminateClusterProps>([sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB]),
  { name: 'JSON path cluster ID', props: () => ({ clusterId: sfn.TaskInput.fromJsonPathAt('$.ClusterId').value }) },
  { name: 'JSON path cluster ID, REQUEST_RESPONSE', props: () => ({ clusterId: sfn.JsonPath.stringAt('$.ClusterId'), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'JSONata cluster ID', factory: 'jsonata', props: () => ({ clusterId: '{% $states.input.ClusterId %}' }) },
  { name: 'CDK token cluster ID', props: () => ({ clusterId: Fn.importValue('ClusterId') }) },
  { name: 'README: terminate cluster', props: () => ({ clusterId: 'ClusterId' }) },
];

describeParity<EmrTerminateClusterProps>('EmrTerminateCluster', EmrTerminateCluster as any, reference.EmrTerminateCluster as any, () => ({ clusterId: 'j-1ABCDEFGHIJKL' }), cases);
