import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataParallel, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { GlueDataBrewStartJobRun, type GlueDataBrewStartJobRunProps } from '../src';

const resource = (suffix = '') => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::databrew:startJobRun${suffix}`]] });
const jobArn = (name: string) => normalize({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':databrew:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:job/${name}`]],
});

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function run(props: Partial<GlueDataBrewStartJobRunProps> = {}): GlueDataBrewStartJobRun {
  return new GlueDataBrewStartJobRun(stack, 'JobRun', { name: 'jobName', ...props });
}

describe('GlueDataBrewStartJobRun', () => {
  it('renders the job name, request-response by default', () => {
    expect(render(run())).toEqual({ Type: 'Task', End: true, Resource: resource(), Parameters: { Name: 'jobName' } });
  });

  it('renders the .sync resource for RUN_JOB', () => {
    expect(render(run({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      Type: 'Task', End: true, Resource: resource('.sync'), Parameters: { Name: 'jobName' },
    });
  });

  it('takes the job name from the state input', () => {
    expect(render(run({ name: sfn.JsonPath.stringAt('$.Name') })).Parameters).toEqual({ 'Name.$': '$.Name' });
  });

  it('renders Arguments with the jsonata() factory', () => {
    const task = GlueDataBrewStartJobRun.jsonata(stack, 'JobRun', { name: '{% $states.input.name %}', integrationPattern: sfn.IntegrationPattern.RUN_JOB });
    expect(render(task)).toEqual({
      Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: resource('.sync'), Arguments: { Name: '{% $states.input.name %}' },
    });
  });

  it('renders Parameters with the jsonPath() factory', () => {
    const task = GlueDataBrewStartJobRun.jsonPath(stack, 'JobRun', { name: 'jobName', outputPath: '$.RunId' });
    expect(render(task)).toEqual({ Type: 'Task', End: true, Resource: resource(), OutputPath: '$.RunId', Parameters: { Name: 'jobName' } });
  });

  it('renders Arguments inside a JSONata Parallel', () => {
    const definition = definitionOf(inJsonataParallel(stack, run()));
    expect(definition.States.Parallel.Branches[0].States.JobRun.Arguments).toEqual({ Name: 'jobName' });
  });

  describe('IAM', () => {
    it('grants databrew:startJobRun on the job for REQUEST_RESPONSE', () => {
      expect(normalize(statements(run()))).toEqual([{ Action: 'databrew:startJobRun', Effect: 'Allow', Resource: jobArn('jobName') }]);
    });

    it('grants starting, stopping and listing runs for RUN_JOB', () => {
      expect(normalize(statements(run({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([{
        Action: ['databrew:startJobRun', 'databrew:stopJobRun', 'databrew:listJobRuns'], Effect: 'Allow', Resource: jobArn('jobName'),
      }]);
    });

    it.each([
      ['a JSON path', () => run({ name: sfn.JsonPath.stringAt('$.name') })],
      ['a JSONata expression', () => GlueDataBrewStartJobRun.jsonata(stack, 'JobRun', { name: '{% $states.input.name %}' })],
    ])('grants on every job when the name is %s', (_kind, build) => {
      expect(normalize(statements(build()))).toEqual([{ Action: 'databrew:startJobRun', Effect: 'Allow', Resource: jobArn('*') }]);
    });
  });
});
