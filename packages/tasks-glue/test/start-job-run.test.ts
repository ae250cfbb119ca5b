import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inJsonataParallel, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExecutionClass, GlueStartJobRun, WorkerType, WorkerTypeV2, type GlueStartJobRunProps } from '../src';

const resource = (suffix = '') => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::glue:startJobRun${suffix}`]] });
const jobArn = (name: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:job/${name}`]],
});
const RUN_JOB_ACTIONS = ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun'];

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function start(props: Partial<GlueStartJobRunProps> = {}): GlueStartJobRun {
  return new GlueStartJobRun(stack, 'Task', { glueJobName: 'GlueJob', ...props });
}

describe('GlueStartJobRun', () => {
  describe('rendering', () => {
    it('renders the job name alone by default, request-response', () => {
      expect(render(start())).toEqual({ Type: 'Task', End: true, Resource: resource(), Parameters: { JobName: 'GlueJob' } });
    });

    it('renders the .sync resource for RUN_JOB', () => {
      expect(render(start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
        Type: 'Task', End: true, Resource: resource('.sync'), Parameters: { JobName: 'GlueJob' },
      });
    });

    it('renders every field; taskTimeout becomes the job run Timeout in minutes, not TimeoutSeconds', () => {
      const task = start({
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        arguments: sfn.TaskInput.fromObject({ '--key': 'value', '--id': sfn.JsonPath.stringAt('$.id') }),
        taskTimeout: sfn.Timeout.duration(Duration.hours(24)),
        heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(2)),
        securityConfiguration: 'securityConfiguration',
        notifyDelayAfter: Duration.minutes(10),
        workerConfiguration: { workerTypeV2: WorkerTypeV2.G_2X, numberOfWorkers: 4 },
        executionClass: ExecutionClass.FLEX,
      });
      expect(render(task)).toEqual({
        Type: 'Task',
        End: true,
        HeartbeatSeconds: 120,
        Resource: resource('.sync'),
        Parameters: {
          JobName: 'GlueJob',
          Arguments: { '--key': 'value', '--id.$': '$.id' },
          Timeout: 1440,
          SecurityConfiguration: 'securityConfiguration',
          NotificationProperty: { NotifyDelayAfter: 10 },
          WorkerType: 'G.2X',
          NumberOfWorkers: 4,
          ExecutionClass: 'FLEX',
        },
      });
    });

    it('renders the deprecated timeout in minutes', () => {
      expect(render(start({ timeout: Duration.minutes(30) })).Parameters).toEqual({ JobName: 'GlueJob', Timeout: 30 });
    });

    it('hands a Timeout.at() path to the job run Timeout', () => {
      expect(render(start({ taskTimeout: sfn.Timeout.at('$.timeout') }))).toEqual({
        Type: 'Task', End: true, Resource: resource(), Parameters: { 'JobName': 'GlueJob', 'Timeout.$': '$.timeout' },
      });
    });

    it('takes the job arguments from the state input', () => {
      const task = start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB, arguments: sfn.TaskInput.fromJsonPathAt('$.input') });
      expect(render(task).Parameters).toEqual({ 'JobName': 'GlueJob', 'Arguments.$': '$.input' });
    });

    it('renders the deprecated WorkerType enum and the number of workers', () => {
      const task = start({ workerConfiguration: { workerType: WorkerType.G_1X, numberOfWorkers: 2 } });
      expect(render(task).Parameters).toEqual({ JobName: 'GlueJob', WorkerType: 'G.1X', NumberOfWorkers: 2 });
    });

    it('renders a worker type and number of workers chosen at run time', () => {
      const task = start({
        workerConfiguration: {
          workerTypeV2: WorkerTypeV2.of(sfn.JsonPath.stringAt('$.workerType')),
          numberOfWorkers: sfn.JsonPath.numberAt('$.workers'),
        },
      });
      expect(render(task).Parameters).toEqual({ 'JobName': 'GlueJob', 'WorkerType.$': '$.workerType', 'NumberOfWorkers.$': '$.workers' });
    });

    it('renders the execution class', () => {
      expect(render(start({ executionClass: ExecutionClass.STANDARD })).Parameters).toEqual({ JobName: 'GlueJob', ExecutionClass: 'STANDARD' });
    });

    it('renders a job name from the state input', () => {
      expect(render(start({ glueJobName: sfn.JsonPath.stringAt('$.job') })).Parameters).toEqual({ 'JobName.$': '$.job' });
    });
  });

  describe('JSONata', () => {
    it('renders Arguments without a NotificationProperty when notifyDelayAfter is not set', () => {
      const task = GlueStartJobRun.jsonata(stack, 'Task', { glueJobName: '{% $states.input.job %}' });
      expect(render(task)).toEqual({
        Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: resource(), Arguments: { JobName: '{% $states.input.job %}' },
      });
    });

    it('hands a JSONata taskTimeout to the job run Timeout', () => {
      const task = GlueStartJobRun.jsonata(stack, 'Task', {
        glueJobName: 'GlueJob',
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
        taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeoutMinutes %}'),
        arguments: sfn.TaskInput.fromObject({ '--day': '{% $states.input.day %}' }),
        notifyDelayAfter: Duration.minutes(5),
        workerConfiguration: { workerTypeV2: WorkerTypeV2.of('{% $states.input.worker %}'), numberOfWorkers: 10 },
      });
      expect(render(task)).toEqual({
        Type: 'Task',
        QueryLanguage: 'JSONata',
        End: true,
        Resource: resource('.sync'),
        Arguments: {
          JobName: 'GlueJob',
          Arguments: { '--day': '{% $states.input.day %}' },
          Timeout: '{% $states.input.timeoutMinutes %}',
          NotificationProperty: { NotifyDelayAfter: 5 },
          WorkerType: '{% $states.input.worker %}',
          NumberOfWorkers: 10,
        },
      });
    });

    it('renders a static taskTimeout in minutes in JSONata too', () => {
      const task = GlueStartJobRun.jsonata(stack, 'Task', { glueJobName: 'GlueJob', taskTimeout: sfn.Timeout.duration(Duration.minutes(15)) });
      expect(render(task).Arguments).toEqual({ JobName: 'GlueJob', Timeout: 15 });
      expect(render(task).TimeoutSeconds).toBeUndefined();
    });

    it('takes the whole job arguments object from a JSONata expression', () => {
      const task = GlueStartJobRun.jsonata(stack, 'Task', { glueJobName: 'GlueJob', arguments: sfn.TaskInput.fromText('{% $states.input.args %}') });
      expect(render(task).Arguments).toEqual({ JobName: 'GlueJob', Arguments: '{% $states.input.args %}' });
    });

    it.each([
      ['Map', inJsonataMap, ['States', 'Map', 'ItemProcessor', 'States', 'Task']],
      ['Parallel', inJsonataParallel, ['States', 'Parallel', 'Branches', 0, 'States', 'Task']],
    ] as const)('renders Arguments inside a JSONata %s', (_name, place, path) => {
      const task = start({ glueJobName: '{% $states.input.job %}' });
      let state = definitionOf(place(stack, task));
      for (const key of path) state = state[key];
      expect(state.Arguments).toEqual({ JobName: '{% $states.input.job %}' });
      expect(state.Parameters).toBeUndefined();
    });
  });

  describe('IAM', () => {
    it('grants glue:StartJobRun on the job for REQUEST_RESPONSE', () => {
      expect(statements(start())).toEqual([{ Action: 'glue:StartJobRun', Effect: 'Allow', Resource: jobArn('GlueJob') }]);
    });

    it('grants starting, reading and stopping runs of the job for RUN_JOB, and no EventBridge rule', () => {
      expect(statements(start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual([
        { Action: RUN_JOB_ACTIONS, Effect: 'Allow', Resource: jobArn('GlueJob') },
      ]);
    });

    it.each([
      ['a JSON path', () => start({ glueJobName: sfn.JsonPath.stringAt('$.job'), integrationPattern: sfn.IntegrationPattern.RUN_JOB })],
      ['a JSONata expression', () => GlueStartJobRun.jsonata(stack, 'Task', {
        glueJobName: '{% $states.input.job %}', integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      })],
    ])('grants on every job when the name is %s', (_kind, build) => {
      expect(statements(build())).toEqual([{ Action: RUN_JOB_ACTIONS, Effect: 'Allow', Resource: jobArn('*') }]);
    });
  });

  it('reports metrics with the job name as dimension', () => {
    const metric = start().metricRunTime();
    expect(metric.metricName).toBe('GlueJobRunTime');
    expect(metric.dimensions).toEqual({ GlueJobName: 'GlueJob' });
  });

  it('renders the JSONPath state from the jsonPath() factory', () => {
    const task = GlueStartJobRun.jsonPath(stack, 'Task', { glueJobName: 'GlueJob', resultPath: '$.run' });
    expect(render(task)).toEqual({ Type: 'Task', End: true, Resource: resource(), ResultPath: '$.run', Parameters: { JobName: 'GlueJob' } });
  });
});
