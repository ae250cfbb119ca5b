import { Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { EmrCancelStep, type EmrCancelStepProps } from '../src';
import { commonCases, describeParity, type ParityCase } from './parity-helpers';

const cases: ParityCase<EmrCancelStepProps>[] = [
  ...commonCases<EmrCancelStepProps>([sfn.IntegrationPattern.REQUEST_RESPONSE]),
  { name: 'JSON path step ID', props: () => ({ stepId: sfn.TaskInput.fromJsonPathAt('$.StepId').value }) },
  { name: 'JSON path cluster ID', props: () => ({ clusterId: sfn.TaskInput.fromJsonPathAt('$.ClusterId').value }) },
  { name: 'JSON path IDs from a previous result', props: () => ({ clusterId: sfn.JsonPath.stringAt('$.ClusterId'), stepId: sfn.JsonPath.stringAt('$.AddStepsResult.StepId') }) },
  { name: 'JSONata IDs', factory: 'jsonata', props: () => ({ clusterId: '{% $states.input.ClusterId %}', stepId: '{% $states.input.StepId %}' }) },
  { name: 'CDK token IDs', props: () => ({ clusterId: Fn.importValue('ClusterId'), stepId: Fn.importValue('StepId') }) },
  { name: 'README: cancel step', props: () => ({ clusterId: 'ClusterId', stepId: 'StepId' }) },
];

describeParity<EmrCancelStepProps>('EmrCancelStep', EmrCancelStep as any, reference.EmrCancelStep as any, () => ({ clusterId: 'j-1ABCDEFGHIJKL', stepId: 's-1ABCDEFGHIJKL' }), cases);
