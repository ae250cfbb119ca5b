import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { describe, expect, it } from 'vitest';
import { EmrAddStep, type EmrAddStepProps } from '../src';

function addStep(props: Partial<EmrAddStepProps>): EmrAddStep {
  return new EmrAddStep(new Stack(new App(), 'Stack'), 'Task', { clusterId: 'ClusterId', name: 'StepName', jar: 'Jar', ...props });
}

describe('EmrAddStep validation', () => {
  it('fails on WAIT_FOR_TASK_TOKEN, as the reference does', () => {
    const props = { clusterId: 'c', name: 'n', jar: 'j', integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };
    expect(() => new reference.EmrAddStep(new Stack(), 'Task', props)).toThrow();
    expect(() => addStep(props)).toThrow(
      /^EmrAddStep at 'Stack\/Task': `integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/);
  });

  describe('what we check beyond the reference', () => {
    it.each([
      ['an empty cluster ID', { clusterId: '' }, /`clusterId` must be from 1 to 256 characters long, got 0 characters/],
      ['a cluster ID over 256 characters', { clusterId: 'j'.repeat(257) }, /`clusterId` must be from 1 to 256 characters long, got 257 characters/],
      ['an empty step name', { name: '' }, /`name` must be from 1 to 256 characters long, got 0 characters/],
      ['a step name over 256 characters', { name: 's'.repeat(257) }, /`name` must be from 1 to 256 characters long/],
      ['an empty JAR', { jar: '' }, /`jar` must be from 1 to 10280 characters long/],
      ['an empty execution role ARN', { executionRoleArn: '' }, /`executionRoleArn` must be from 1 to 2048 characters long, got 0 characters/],
      ['an execution role ARN over 2048 characters', { executionRoleArn: `arn:aws:iam::123456789012:role/${'r'.repeat(2048)}` },
        /`executionRoleArn` must be from 1 to 2048 characters long/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => addStep(props)).toThrow(message);
    });
  });

  it.each([
    ['JSON path IDs', { clusterId: sfn.JsonPath.stringAt('$.c'), name: sfn.JsonPath.stringAt('$.n'), executionRoleArn: sfn.JsonPath.stringAt('$.r') }],
    ['JSONata values', { clusterId: '{% $states.input.c %}', executionRoleArn: '{% $states.input.r %}', queryLanguage: sfn.QueryLanguage.JSONATA }],
  ] as const)('does not check %s', (_name, props) => {
    expect(() => addStep(props)).not.toThrow();
  });
});
