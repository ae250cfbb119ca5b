import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EmrCancelStep, EmrModifyInstanceFleetByName, EmrModifyInstanceGroupByName, EmrSetClusterTerminationProtection } from '../src';

/*
 * Step Functions runs setClusterTerminationProtection, cancelStep, modifyInstanceFleetByName and
 * modifyInstanceGroupByName only as request-response: aws-cdk-lib accepts any integration pattern and silently
 * renders the request-response resource; we reject the others.
 */

interface Subject {
  readonly name: string;
  readonly ours: (scope: Construct, pattern: sfn.IntegrationPattern) => sfn.State;
  readonly reference: (scope: Construct, pattern: sfn.IntegrationPattern) => sfn.State;
  readonly action: string;
}

const subjects: Subject[] = [
  {
    name: 'EmrSetClusterTerminationProtection',
    action: 'setClusterTerminationProtection',
    ours: (s, integrationPattern) => new EmrSetClusterTerminationProtection(s, 'Task', { clusterId: 'c', terminationProtected: true, integrationPattern }),
    reference: (s, integrationPattern) => new reference.EmrSetClusterTerminationProtection(s, 'Ref', { clusterId: 'c', terminationProtected: true, integrationPattern }),
  },
  {
    name: 'EmrCancelStep',
    action: 'cancelStep',
    ours: (s, integrationPattern) => new EmrCancelStep(s, 'Task', { clusterId: 'c', stepId: 's', integrationPattern }),
    reference: (s, integrationPattern) => new reference.EmrCancelStep(s, 'Ref', { clusterId: 'c', stepId: 's', integrationPattern }),
  },
  {
    name: 'EmrModifyInstanceFleetByName',
    action: 'modifyInstanceFleetByName',
    ours: (s, integrationPattern) => new EmrModifyInstanceFleetByName(s, 'Task', {
      clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 0, integrationPattern,
    }),
    reference: (s, integrationPattern) => new reference.EmrModifyInstanceFleetByName(s, 'Ref', {
      clusterId: 'c', instanceFleetName: 'f', targetOnDemandCapacity: 1, targetSpotCapacity: 0, integrationPattern,
    }),
  },
  {
    name: 'EmrModifyInstanceGroupByName',
    action: 'modifyInstanceGroupByName',
    ours: (s, integrationPattern) => new EmrModifyInstanceGroupByName(s, 'Task', { clusterId: 'c', instanceGroupName: 'g', instanceGroup: {}, integrationPattern }),
    reference: (s, integrationPattern) => new reference.EmrModifyInstanceGroupByName(s, 'Ref', { clusterId: 'c', instanceGroupName: 'g', instanceGroup: {}, integrationPattern }),
  },
];

const cases = subjects.flatMap((subject) => [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]
  .map((pattern) => [subject.name, pattern, subject] as const));

describe('tasks that Step Functions runs only as request-response', () => {
  it.each(cases)('%s rejects %s, which aws-cdk-lib renders as request-response', (name, pattern, subject) => {
    const stack = new Stack(new App(), 'Stack');
    const ref = stack.resolve(subject.reference(stack, pattern).toStateJson()) as { Resource: unknown };
    expect(JSON.stringify(ref.Resource)).toContain(`:states:::elasticmapreduce:${subject.action}"`);
    expect(() => subject.ours(stack, pattern)).toThrow(
      new RegExp(`^${name} at 'Stack/Task': \`integrationPattern\` must be one of REQUEST_RESPONSE, got ${pattern}`));
  });

  it.each(subjects.map((s) => [s.name, s] as const))('%s accepts REQUEST_RESPONSE', (_name, subject) => {
    const stack = new Stack(new App(), 'Stack');
    expect(() => subject.ours(stack, sfn.IntegrationPattern.REQUEST_RESPONSE)).not.toThrow();
  });
});
