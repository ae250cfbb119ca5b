import { Duration, Fn, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EmrServerlessJobDriver,
  EmrServerlessJobRunMode,
  EmrServerlessStartJobRun,
  type EmrServerlessStartJobRunProps,
} from '../src';
import { APPLICATION_ID, emrServerlessArn, eventsRuleStatement, integrationResource, newStack } from './fixtures';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/myEMRServerless-execution-role';
const SPARK = EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://amzn-s3-demo-bucket/sample.py' });

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

const role = () => iam.Role.fromRoleArn(stack, 'JobRole', ROLE_ARN);

function start(props: Partial<EmrServerlessStartJobRunProps> = {}): EmrServerlessStartJobRun {
  return new EmrServerlessStartJobRun(stack, 'Start', { applicationId: APPLICATION_ID, executionRole: role(), jobDriver: SPARK, ...props });
}

const passRole = {
  Action: 'iam:PassRole',
  Condition: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } },
  Effect: 'Allow',
  Resource: ROLE_ARN,
};

describe('EmrServerlessStartJobRun', () => {
  it('renders RUN_JOB by default', () => {
    expect(render(start())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('startJobRun.sync'),
      Parameters: {
        ApplicationId: APPLICATION_ID,
        ExecutionRoleArn: ROLE_ARN,
        JobDriver: { SparkSubmit: { EntryPoint: 's3://amzn-s3-demo-bucket/sample.py' } },
      },
    });
  });

  it('renders REQUEST_RESPONSE as startJobRun', () => {
    expect(render(start({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).Resource).toEqual(integrationResource('startJobRun'));
  });

  it('renders a Spark driver with arguments and parameters', () => {
    const jobDriver = EmrServerlessJobDriver.sparkSubmit({
      entryPoint: 's3://bucket/sample.py',
      entryPointArguments: sfn.TaskInput.fromObject(['1', '--date', '2024-01-01']),
      sparkSubmitParameters: '--conf spark.executor.cores=4 --conf spark.executor.memory=4g',
    });
    expect(render(start({ jobDriver })).Parameters.JobDriver).toEqual({
      SparkSubmit: {
        EntryPoint: 's3://bucket/sample.py',
        EntryPointArguments: ['1', '--date', '2024-01-01'],
        SparkSubmitParameters: '--conf spark.executor.cores=4 --conf spark.executor.memory=4g',
      },
    });
  });

  it('renders a Hive driver', () => {
    const jobDriver = EmrServerlessJobDriver.hive({
      query: 's3://bucket/query.sql',
      initQueryFile: 's3://bucket/init.sql',
      parameters: '--hiveconf hive.exec.scratchdir=s3://bucket/scratch',
    });
    expect(render(start({ jobDriver })).Parameters.JobDriver).toEqual({
      Hive: { Query: 's3://bucket/query.sql', InitQueryFile: 's3://bucket/init.sql', Parameters: '--hiveconf hive.exec.scratchdir=s3://bucket/scratch' },
    });
    expect(jobDriver.hiveOptions?.query).toBe('s3://bucket/query.sql');
    expect(jobDriver.sparkSubmitOptions).toBeUndefined();
  });

  it('renders every other field of the API', () => {
    const task = start({
      clientToken: 'run-1',
      name: 'nightly',
      tags: { team: 'data' },
      executionTimeout: Duration.hours(2),
      mode: EmrServerlessJobRunMode.BATCH,
      retryPolicy: { maxAttempts: 3 },
      configurationOverrides: {
        applicationConfiguration: [{ classification: 'spark-defaults', properties: { 'spark.executor.memory': '8g' } }],
        monitoringConfiguration: {
          s3MonitoringConfiguration: { logUri: 's3://logs/' },
          cloudWatchLoggingConfiguration: { enabled: true },
        },
      },
    });
    expect(render(task).Parameters).toEqual({
      ApplicationId: APPLICATION_ID,
      ClientToken: 'run-1',
      ExecutionRoleArn: ROLE_ARN,
      JobDriver: { SparkSubmit: { EntryPoint: 's3://amzn-s3-demo-bucket/sample.py' } },
      ConfigurationOverrides: {
        ApplicationConfiguration: [{ Classification: 'spark-defaults', Properties: { 'spark.executor.memory': '8g' } }],
        MonitoringConfiguration: {
          S3MonitoringConfiguration: { LogUri: 's3://logs/' },
          CloudWatchLoggingConfiguration: { Enabled: true },
        },
      },
      Tags: { team: 'data' },
      ExecutionTimeoutMinutes: 120,
      Name: 'nightly',
      Mode: 'BATCH',
      RetryPolicy: { MaxAttempts: 3 },
    });
  });

  it('renders a streaming job run', () => {
    const task = start({ mode: EmrServerlessJobRunMode.STREAMING, retryPolicy: { maxFailedAttemptsPerHour: 10 }, executionTimeout: Duration.minutes(0) });
    expect(render(task).Parameters).toMatchObject({ Mode: 'STREAMING', RetryPolicy: { MaxFailedAttemptsPerHour: 10 }, ExecutionTimeoutMinutes: 0 });
  });

  it('renders the JSONata state with expressions', () => {
    const task = EmrServerlessStartJobRun.jsonata(stack, 'Start', {
      applicationId: '{% $states.input.ApplicationId %}',
      executionRole: role(),
      jobDriver: EmrServerlessJobDriver.sparkSubmit({
        entryPoint: '{% $states.input.script %}',
        entryPointArguments: sfn.TaskInput.fromText('{% $states.input.args %}'),
      }),
      name: '{% $states.input.name %}',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource('startJobRun.sync'),
      Arguments: {
        ApplicationId: '{% $states.input.ApplicationId %}',
        ExecutionRoleArn: ROLE_ARN,
        JobDriver: { SparkSubmit: { EntryPoint: '{% $states.input.script %}', EntryPointArguments: '{% $states.input.args %}' } },
        Name: '{% $states.input.name %}',
      },
    });
  });

  it('renders JSON paths', () => {
    const task = start({
      applicationId: sfn.JsonPath.stringAt('$.ApplicationId'),
      jobDriver: EmrServerlessJobDriver.sparkSubmit({
        entryPoint: sfn.JsonPath.stringAt('$.script'),
        entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.args'),
      }),
      executionTimeout: Duration.minutes(sfn.JsonPath.numberAt('$.timeout')),
      tags: { run: sfn.JsonPath.executionName },
    });
    expect(render(task).Parameters).toEqual({
      'ApplicationId.$': '$.ApplicationId',
      'ExecutionRoleArn': ROLE_ARN,
      'JobDriver': { SparkSubmit: { 'EntryPoint.$': '$.script', 'EntryPointArguments.$': '$.args' } },
      'Tags': { 'run.$': '$$.Execution.Name' },
      'ExecutionTimeoutMinutes.$': '$.timeout',
    });
  });

  it('exposes the execution role as its grant principal', () => {
    const jobRole = new iam.Role(stack, 'Owned', { assumedBy: new iam.ServicePrincipal('emr-serverless.amazonaws.com') });
    expect(start({ executionRole: jobRole }).grantPrincipal).toBe(jobRole);
  });

  describe('IAM', () => {
    const application = emrServerlessArn(`applications/${APPLICATION_ID}`);

    it('grants StartJobRun, passing the role, reading and cancelling job runs and the job events rule for RUN_JOB', () => {
      expect(normalize(statements(start()))).toEqual([
        { Action: 'emr-serverless:StartJobRun', Effect: 'Allow', Resource: application },
        passRole,
        { Action: ['emr-serverless:GetJobRun', 'emr-serverless:CancelJobRun'], Effect: 'Allow', Resource: emrServerlessArn(`applications/${APPLICATION_ID}/jobruns/*`) },
        eventsRuleStatement('Job'),
      ]);
    });

    it('grants StartJobRun and passing the role for request-response', () => {
      expect(normalize(statements(start({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })))).toEqual([
        { Action: 'emr-serverless:StartJobRun', Effect: 'Allow', Resource: application },
        passRole,
      ]);
    });

    it('grants on every application when the ID is known only at run time', () => {
      expect(normalize(statements(start({ applicationId: sfn.JsonPath.stringAt('$.id') })))).toEqual([
        { Action: ['emr-serverless:StartJobRun', 'emr-serverless:GetJobRun', 'emr-serverless:CancelJobRun'], Effect: 'Allow', Resource: emrServerlessArn('applications/*') },
        passRole,
        eventsRuleStatement('Job'),
      ]);
      stack = newStack();
      expect(normalize(statements(start({ applicationId: sfn.JsonPath.stringAt('$.id'), integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }))))
        .toEqual([{ Action: 'emr-serverless:StartJobRun', Effect: 'Allow', Resource: emrServerlessArn('applications/*') }, passRole]);
    });

    it('grants tagging the job run when it has tags', () => {
      expect(normalize(statements(start({ tags: { a: 'b' }, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })))).toEqual([
        { Action: 'emr-serverless:StartJobRun', Effect: 'Allow', Resource: application },
        passRole,
        { Action: 'emr-serverless:TagResource', Effect: 'Allow', Resource: emrServerlessArn(`applications/${APPLICATION_ID}/jobruns/*`) },
      ]);
    });

    it('writes every ARN in the stack partition', () => {
      stack = newStack({ env: { account: '123456789012', region: 'cn-north-1' } });
      const jobRole = new iam.Role(stack, 'Owned', { assumedBy: new iam.ServicePrincipal('emr-serverless.amazonaws.com') });
      const task = start({ executionRole: jobRole, tags: { a: 'b' } });
      expect(JSON.stringify([render(task), statements(task)])).not.toMatch(/arn:aws/);
    });

    it('grants on the application of a token ID', () => {
      const granted = JSON.stringify(normalize(statements(start({ applicationId: Fn.importValue('AppId') }))));
      expect(granted).toContain(':/applications/",{"Fn::ImportValue":"AppId"},"/jobruns/*"');
    });
  });
});
