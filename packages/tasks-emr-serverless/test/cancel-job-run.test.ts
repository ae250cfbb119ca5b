import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { EmrServerlessCancelJobRun, type EmrServerlessCancelJobRunProps } from '../src';
import { APPLICATION_ID, JOB_RUN_ID, emrServerlessArn, eventsRuleStatement, integrationResource, newStack } from './fixtures';

const cancel = (props: Partial<EmrServerlessCancelJobRunProps> = {}) =>
  new EmrServerlessCancelJobRun(newStack(), 'Cancel', { applicationId: APPLICATION_ID, jobRunId: JOB_RUN_ID, ...props });

describe('EmrServerlessCancelJobRun', () => {
  it('renders the request-response state by default', () => {
    expect(render(cancel())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('cancelJobRun'),
      Parameters: { ApplicationId: APPLICATION_ID, JobRunId: JOB_RUN_ID },
    });
  });

  it('renders RUN_JOB as cancelJobRun.sync', () => {
    expect(render(cancel({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).Resource).toEqual(integrationResource('cancelJobRun.sync'));
  });

  it('renders the JSONata state of the developer guide', () => {
    const task = EmrServerlessCancelJobRun.jsonata(newStack(), 'Cancel_Job', {
      applicationId: '{% $states.input.ApplicationId %}',
      jobRunId: '{% $states.input.JobRunId %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource('cancelJobRun.sync'),
      Arguments: { ApplicationId: '{% $states.input.ApplicationId %}', JobRunId: '{% $states.input.JobRunId %}' },
    });
  });

  it('renders JSON paths', () => {
    const task = cancel({ applicationId: sfn.JsonPath.stringAt('$.app'), jobRunId: sfn.JsonPath.stringAt('$.run') });
    expect(render(task).Parameters).toEqual({ 'ApplicationId.$': '$.app', 'JobRunId.$': '$.run' });
  });

  it('grants CancelJobRun on the job run for request-response', () => {
    expect(normalize(statements(cancel()))).toEqual([
      { Action: 'emr-serverless:CancelJobRun', Effect: 'Allow', Resource: emrServerlessArn(`applications/${APPLICATION_ID}/jobruns/${JOB_RUN_ID}`) },
    ]);
  });

  it('grants reading the job run and the job events rule for RUN_JOB', () => {
    expect(normalize(statements(cancel({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([
      {
        Action: ['emr-serverless:CancelJobRun', 'emr-serverless:GetJobRun'],
        Effect: 'Allow',
        Resource: emrServerlessArn(`applications/${APPLICATION_ID}/jobruns/${JOB_RUN_ID}`),
      },
      eventsRuleStatement('Job'),
    ]);
  });

  it('writes every ARN in the stack partition', () => {
    const task = new EmrServerlessCancelJobRun(newStack({ env: { account: '123456789012', region: 'us-gov-west-1' } }), 'Cancel', {
      applicationId: APPLICATION_ID, jobRunId: JOB_RUN_ID, integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(JSON.stringify([render(task), statements(task)])).not.toMatch(/arn:aws/);
  });

  it('grants on every job run of the application when the job run ID is known only at run time', () => {
    expect(normalize(statements(cancel({ jobRunId: sfn.JsonPath.stringAt('$.run') })))).toEqual([
      { Action: 'emr-serverless:CancelJobRun', Effect: 'Allow', Resource: emrServerlessArn(`applications/${APPLICATION_ID}/jobruns/*`) },
    ]);
  });

  it('grants on every application when the application ID is known only at run time', () => {
    expect(normalize(statements(cancel({ applicationId: sfn.JsonPath.stringAt('$.app'), integrationPattern: sfn.IntegrationPattern.RUN_JOB }))))
      .toEqual([
        { Action: ['emr-serverless:CancelJobRun', 'emr-serverless:GetJobRun'], Effect: 'Allow', Resource: emrServerlessArn('applications/*') },
        eventsRuleStatement('Job'),
      ]);
  });
});
