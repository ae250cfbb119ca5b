import { Fn, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { EmrSetClusterTerminationProtection, type EmrSetClusterTerminationProtectionProps } from '../src';
import { commonCases, describeParity, type ParityCase } from './parity-helpers';

type Props = EmrSetClusterTerminationProtectionProps;

const cases: ParityCase<Props>[] = [
  ...commonCases<Props>([sfn.IntegrationPattern.REQUEST_RESPONSE]),
  { name: 'terminationProtected true', props: () => ({ terminationProtected: true }) },
  { name: 'JSON path cluster ID', props: () => ({ clusterId: sfn.TaskInput.fromJsonPathAt('$.ClusterId').value }) },
  { name: 'JSON path terminationProtected', props: () => ({ terminationProtected: sfn.TaskInput.fromJsonPathAt('$.TerminationProtected').value as any }) },
  { name: 'JSONata values', factory: 'jsonata', props: () => ({ clusterId: '{% $states.input.ClusterId %}', terminationProtected: '{% $states.input.protect %}' as any }) },
  { name: 'CDK token values', props: () => ({ clusterId: Fn.importValue('ClusterId'), terminationProtected: Token.asAny(Fn.importValue('Protect')) as any }) },
  { name: 'README: termination protection', props: () => ({ clusterId: 'ClusterId', terminationProtected: false }) },
];

describeParity<Props>('EmrSetClusterTerminationProtection', EmrSetClusterTerminationProtection as any, reference.EmrSetClusterTerminationProtection as any,
  () => ({ clusterId: 'j-1ABCDEFGHIJKL', terminationProtected: false }), cases);
