import { Fn } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, it } from 'vitest';
import { ActionOnFailure, EmrAddStep, EmrCreateCluster, type EmrAddStepProps } from '../src';
import { commonCases, describeParity, type ParityCase } from './parity-helpers';

const RUN_JOB = sfn.IntegrationPattern.RUN_JOB;
const REQUEST_RESPONSE = sfn.IntegrationPattern.REQUEST_RESPONSE;

const cases: ParityCase<EmrAddStepProps>[] = [
  ...commonCases<EmrAddStepProps>([REQUEST_RESPONSE, RUN_JOB]),
  ...Object.values(ActionOnFailure).map((actionOnFailure): ParityCase<EmrAddStepProps> => ({
    name: `actionOnFailure ${actionOnFailure}`, props: () => ({ actionOnFailure }),
  })),
  { name: 'mainClass', props: () => ({ mainClass: 'com.example.Main' }) },
  { name: 'args', props: () => ({ args: ['spark-submit', '--deploy-mode', 'cluster', 's3://b/app.py'] }) },
  { name: 'empty args', props: () => ({ args: [] }) },
  { name: 'properties', props: () => ({ properties: { 'mapred.tasktracker.map.tasks.maximum': '2', key: 'value' } }) },
  { name: 'empty properties', props: () => ({ properties: {} }) },
  { name: 'executionRoleArn, literal', props: () => ({ executionRoleArn: 'arn:aws:iam::123456789012:role/step-runtime' }) },
  { name: 'executionRoleArn of a role of the stack', props: (s) => ({
    executionRoleArn: new iam.Role(s, 'Runtime', { assumedBy: new iam.AccountRootPrincipal() }).roleArn,
  }) },
  { name: 'executionRoleArn from JSON path', props: () => ({ executionRoleArn: sfn.JsonPath.stringAt('$.roleArn') }) },
  { name: 'every prop', props: () => ({
    actionOnFailure: ActionOnFailure.CANCEL_AND_WAIT, mainClass: 'Main', args: ['a'], properties: { k: 'v' },
    executionRoleArn: 'arn:aws:iam::123456789012:role/r', integrationPattern: REQUEST_RESPONSE,
  }) },
  { name: 'JSON path values', props: () => ({
    clusterId: sfn.JsonPath.stringAt('$.ClusterId'),
    name: sfn.JsonPath.stringAt('$.StepName'),
    jar: sfn.JsonPath.stringAt('$.jar'),
    mainClass: sfn.JsonPath.stringAt('$.main'),
    args: sfn.JsonPath.listAt('$.args'),
    properties: { run: sfn.JsonPath.stringAt('$.run') },
  }) },
  { name: 'a cluster ID from the task context', props: () => ({ clusterId: sfn.JsonPath.stringAt('$$.Execution.Input.ClusterId') }) },
  { name: 'JSONata values', factory: 'jsonata', props: () => ({
    clusterId: '{% $states.input.ClusterId %}', name: '{% $states.input.name %}', jar: 'command-runner.jar',
    args: ['{% $states.input.script %}'], executionRoleArn: '{% $states.input.roleArn %}',
  }) },
  { name: 'CDK tokens', props: () => ({
    clusterId: Fn.importValue('ClusterId'), name: Fn.importValue('StepName'), jar: Fn.join('', ['s3://', Fn.importValue('Bucket'), '/app.jar']),
    executionRoleArn: Fn.importValue('RoleArn'), args: Fn.split(',', Fn.importValue('Args')),
  }) },
  { name: 'README: add step', props: () => ({ clusterId: 'ClusterId', name: 'StepName', jar: 'Jar', actionOnFailure: ActionOnFailure.CONTINUE }) },
];

describeParity<EmrAddStepProps>('EmrAddStep', EmrAddStep as any, reference.EmrAddStep as any,
  () => ({ clusterId: 'j-1ABCDEFGHIJKL', name: 'Step', jar: 'command-runner.jar' }), cases);

describe('EmrAddStep parity: the reference README\'s runtime role example', () => {
  it('renders the same step with an execution role trusted by a created cluster\'s instance role', async () => {
    const { renderBoth } = await import('@cdk-stepfunctions/tools/parity');
    const { ours, reference: ref } = renderBoth((scope, implementation) => {
      const Create = implementation === 'ours' ? EmrCreateCluster : reference.EmrCreateCluster;
      const Add = implementation === 'ours' ? EmrAddStep : reference.EmrAddStep;
      const cluster = new Create(scope, 'Create Cluster', {
        instances: {}, name: sfn.TaskInput.fromJsonPathAt('$.ClusterName').value, securityConfiguration: 'AddStepRuntimeRoleSecConfig',
      });
      const executionRole = new iam.Role(scope, 'Role', { assumedBy: new iam.ArnPrincipal(cluster.clusterRole.roleArn) });
      executionRole.assumeRolePolicy?.addStatements(new iam.PolicyStatement({ principals: [cluster.clusterRole], actions: ['sts:SetSourceIdentity'] }));
      const step = new Add(scope, 'Task', { clusterId: 'ClusterId', executionRoleArn: executionRole.roleArn, name: 'StepName', jar: 'Jar' });
      cluster.next(step);
      return cluster;
    });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(ours.statements).toEqual(ref.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(35);
  });
});
