import { App, Duration, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import {
  EmrServerlessApplicationType,
  EmrServerlessCancelJobRun,
  EmrServerlessCreateApplication,
  EmrServerlessDeleteApplication,
  EmrServerlessJobDriver,
  EmrServerlessJobRunMode,
  EmrServerlessStartApplication,
  EmrServerlessStartJobRun,
  EmrServerlessStopApplication,
  type EmrServerlessCreateApplicationProps,
  type EmrServerlessMonitoringConfiguration,
  type EmrServerlessStartJobRunProps,
} from '../src';

const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;
const newStack = () => new Stack(new App(), 'Stack');

function create(props: Partial<EmrServerlessCreateApplicationProps> | ((stack: Stack) => Partial<EmrServerlessCreateApplicationProps>)) {
  const stack = newStack();
  return new EmrServerlessCreateApplication(stack, 'Create', {
    releaseLabel: 'emr-7.5.0',
    type: EmrServerlessApplicationType.SPARK,
    ...(typeof props === 'function' ? props(stack) : props),
  });
}

function start(props: Partial<EmrServerlessStartJobRunProps>) {
  const stack = newStack();
  return new EmrServerlessStartJobRun(stack, 'Start', {
    applicationId: '00fkf6ppdq4vr0p9',
    executionRole: iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/job'),
    jobDriver: EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://bucket/job.py' }),
    ...props,
  });
}

const spark = (options: Partial<Parameters<typeof EmrServerlessJobDriver.sparkSubmit>[0]>) => ({
  jobDriver: EmrServerlessJobDriver.sparkSubmit({ entryPoint: 's3://bucket/job.py', ...options }),
});
const monitoring = (m: EmrServerlessMonitoringConfiguration) => ({ monitoringConfiguration: m });
const tooMany = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));

describe('integration patterns', () => {
  it.each([
    ['EmrServerlessCreateApplication', () => create({ integrationPattern: CALLBACK })],
    ['EmrServerlessStartApplication', () => new EmrServerlessStartApplication(newStack(), 'T', { applicationId: 'a1', integrationPattern: CALLBACK })],
    ['EmrServerlessStopApplication', () => new EmrServerlessStopApplication(newStack(), 'T', { applicationId: 'a1', integrationPattern: CALLBACK })],
    ['EmrServerlessDeleteApplication', () => new EmrServerlessDeleteApplication(newStack(), 'T', { applicationId: 'a1', integrationPattern: CALLBACK })],
    ['EmrServerlessStartJobRun', () => start({ integrationPattern: CALLBACK })],
    ['EmrServerlessCancelJobRun', () => new EmrServerlessCancelJobRun(newStack(), 'T', { applicationId: 'a1', jobRunId: 'j1', integrationPattern: CALLBACK })],
  ])('%s rejects WAIT_FOR_TASK_TOKEN, which EMR Serverless does not support', (name, build) => {
    expect(build).toThrow(new RegExp(`${name} at 'Stack/\\w+': \`integrationPattern\` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN`));
  });
});

describe('application and job run IDs', () => {
  it.each([
    ['an upper-case ID', 'App1', /`applicationId` must be an ID of lowercase letters and digits, got 'App1'/],
    ['an ID with a hyphen', 'app-1', /`applicationId` must be an ID of lowercase letters and digits/],
    ['an empty ID', '', /`applicationId` must be from 1 to 64 characters long, got 0/],
    ['an ID over 64 characters', 'a'.repeat(65), /`applicationId` must be from 1 to 64 characters long, got 65/],
  ])('fail on %s', (_name, applicationId, message) => {
    for (const Task of [EmrServerlessStartApplication, EmrServerlessStopApplication, EmrServerlessDeleteApplication]) {
      expect(() => new Task(newStack(), 'T', { applicationId })).toThrow(message);
    }
    expect(() => start({ applicationId })).toThrow(message);
    expect(() => new EmrServerlessCancelJobRun(newStack(), 'T', { applicationId, jobRunId: 'j1' })).toThrow(message);
  });

  it('fails on a bad job run ID', () => {
    expect(() => new EmrServerlessCancelJobRun(newStack(), 'T', { applicationId: 'a1', jobRunId: 'Run_1' }))
      .toThrow(/`jobRunId` must be an ID of lowercase letters and digits, got 'Run_1'/);
  });

  it('accepts dynamic IDs', () => {
    expect(() => new EmrServerlessCancelJobRun(newStack(), 'T', { applicationId: sfn.JsonPath.stringAt('$.a'), jobRunId: Fn.importValue('J') })).not.toThrow();
    expect(() => new EmrServerlessStartApplication(newStack(), 'T', { applicationId: '{% $a %}', queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
  });
});

describe('EmrServerlessCreateApplication validation', () => {
  it.each<[string, Partial<EmrServerlessCreateApplicationProps> | ((stack: Stack) => Partial<EmrServerlessCreateApplicationProps>), RegExp]>([
    ['a name with a space', { name: 'my app' }, /`name` must be a name of letters, digits and \. _ \/ # -, got 'my app'/],
    ['a name over 64 characters', { name: 'n'.repeat(65) }, /`name` must be from 1 to 64 characters long, got 65/],
    ['a release label with a space', { releaseLabel: 'emr 7' }, /`releaseLabel` must be a release label of letters, digits and \. _ \/ -, such as emr-7.5.0, got 'emr 7'/],
    ['an empty release label', { releaseLabel: '' }, /`releaseLabel` must be from 1 to 64 characters long, got 0/],
    ['an empty type', { type: EmrServerlessApplicationType.of('') }, /`type` must be from 1 to 64 characters long, got 0/],
    ['a client token with a space', { clientToken: 'a b' }, /`clientToken` must be a token of letters, digits and \. _ -, got 'a b'/],
    ['11 initial capacity worker types', { initialCapacity: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`Worker${String.fromCharCode(65 + i)}x`, { workerCount: 1 }])) },
      /`initialCapacity` must have from 0 to 10 entries, got 11/],
    ['a bad worker type', { initialCapacity: { 'Driver1': { workerCount: 1 } } },
      /`initialCapacity` key `Driver1` must be a worker type of letters with inner - or _, such as Driver, got 'Driver1'/],
    ['no workers', { initialCapacity: { Driver: { workerCount: 0 } } }, /`initialCapacity.Driver.workerCount` must be an integer from 1 to 1000000, got 0/],
    ['a fractional worker count', { initialCapacity: { Driver: { workerCount: 1.5 } } }, /`initialCapacity.Driver.workerCount` must be an integer from 1 to 1000000, got 1.5/],
    ['a bad worker CPU', { initialCapacity: { Driver: { workerCount: 1, workerConfiguration: { cpu: '2 cores', memory: '4 GB' } } } },
      /`initialCapacity.Driver.workerConfiguration.cpu` must be a vCPU count such as 4 vCPU, got '2 cores'/],
    ['a bad worker memory', { initialCapacity: { Driver: { workerCount: 1, workerConfiguration: { cpu: '2', memory: '4 MB' } } } },
      /`initialCapacity.Driver.workerConfiguration.memory` must be a memory size such as 16 GB, got '4 MB'/],
    ['a worker disk without unit', { initialCapacity: { Driver: { workerCount: 1, workerConfiguration: { cpu: '2', memory: '4', disk: '20' } } } },
      /`initialCapacity.Driver.workerConfiguration.disk` must be a disk size such as 200 GB, got '20'/],
    ['a bad maximum CPU', { maximumCapacity: { cpu: '0 vCPU', memory: '4 GB' } }, /`maximumCapacity.cpu` must be a vCPU count such as 4 vCPU, got '0 vCPU'/],
    ['a maximum memory over 15 characters', { maximumCapacity: { cpu: '4', memory: '1234567890123 GB' } }, /`maximumCapacity.memory` must be from 1 to 15 characters long, got 16/],
    ['201 tags', { tags: tooMany(201) }, /`tags` must have from 0 to 200 entries, got 201/],
    ['a tag value with a comma', { tags: { team: 'a,b' } }, /`tags.team` must be letters, digits, spaces and \/ _ \. : = \+ @ -, got 'a,b'/],
    ['a tag key over 128 characters', { tags: { ['k'.repeat(129)]: 'v' } }, /`tags` key `k+` must be from 1 to 128 characters long, got 129/],
    ['an idle timeout of seconds', { autoStopConfiguration: { idleTimeout: Duration.seconds(90) } },
      /`autoStopConfiguration.idleTimeout` must be whole minutes from 1 to 10080, got 1 minute 30 seconds/],
    ['an idle timeout over 7 days', { autoStopConfiguration: { idleTimeout: Duration.days(8) } },
      /`autoStopConfiguration.idleTimeout` must be whole minutes from 1 to 10080, got 8 days/],
    ['17 subnets', (stack) => ({ networkConfiguration: { subnets: Array.from({ length: 17 }, (_, i) => ec2.Subnet.fromSubnetId(stack, `S${i}`, `subnet-${i}`)) } }),
      /`networkConfiguration.subnets` must have from 0 to 16 items, got 17/],
    ['6 security groups', (stack) => ({ networkConfiguration: { securityGroups: Array.from({ length: 6 }, (_, i) => ec2.SecurityGroup.fromSecurityGroupId(stack, `G${i}`, `sg-${i}`)) } }),
      /`networkConfiguration.securityGroups` must have from 0 to 5 items, got 6/],
    ['an image URI without a tag', { imageConfiguration: { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/spark' } },
      /`imageConfiguration.imageUri` must be an Amazon ECR image URI with a tag or digest/],
    ['a bad worker type image', { workerTypeSpecifications: { Driver: { imageConfiguration: { imageUri: 'not an image' } } } },
      /`workerTypeSpecifications.Driver.imageConfiguration.imageUri` must be an Amazon ECR image URI/],
    ['101 runtime configurations', { runtimeConfiguration: Array.from({ length: 101 }, () => ({ classification: 'spark-defaults' })) },
      /`runtimeConfiguration` must have from 0 to 100 items, got 101/],
    ['an empty classification', { runtimeConfiguration: [{ classification: '' }] }, /`runtimeConfiguration\[0\].classification` must be from 1 to 1024 characters long, got 0/],
    ['101 properties', { runtimeConfiguration: [{ classification: 'c', properties: tooMany(101) }] },
      /`runtimeConfiguration\[0\].properties` must have from 0 to 100 entries, got 101/],
    ['a property value over 1,024 characters', { runtimeConfiguration: [{ classification: 'c', configurations: [{ classification: 'n', properties: { p: 'v'.repeat(1025) } }] }] },
      /`runtimeConfiguration\[0\].configurations\[0\].properties.p` must be from 0 to 1024 characters long, got 1025/],
    ['a bad S3 log key ARN', monitoring({ s3MonitoringConfiguration: { logUri: 's3://b/', encryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:alias/logs' } }),
      /`monitoringConfiguration.s3MonitoringConfiguration.encryptionKeyArn` must be the ARN of a KMS key/],
    ['an empty log URI', monitoring({ s3MonitoringConfiguration: { logUri: '' } }), /`monitoringConfiguration.s3MonitoringConfiguration.logUri` must be from 1 to 10280 characters long, got 0/],
    ['a log group name with a space', monitoring({ cloudWatchLoggingConfiguration: { enabled: true, logGroupName: 'my logs' } }),
      /`monitoringConfiguration.cloudWatchLoggingConfiguration.logGroupName` must be a log group name of letters, digits and \. - _ \/ #, got 'my logs'/],
    ['a log stream prefix with a colon', monitoring({ cloudWatchLoggingConfiguration: { enabled: true, logStreamNamePrefix: 'a:b' } }),
      /`monitoringConfiguration.cloudWatchLoggingConfiguration.logStreamNamePrefix` must be a prefix without : or \*, got 'a:b'/],
    ['5 log type worker types', monitoring({ cloudWatchLoggingConfiguration: { enabled: true, logTypes: { A: ['STDOUT'], B: ['STDOUT'], CC: ['STDOUT'], DD: ['STDOUT'], EE: ['STDOUT'] } } }),
      /`monitoringConfiguration.cloudWatchLoggingConfiguration.logTypes` must have from 1 to 4 entries, got 5/],
    ['no log types for a worker type', monitoring({ cloudWatchLoggingConfiguration: { enabled: true, logTypes: { SPARK_DRIVER: [] } } }),
      /`monitoringConfiguration.cloudWatchLoggingConfiguration.logTypes.SPARK_DRIVER` must have from 1 to 5 items, got 0/],
    ['a bad log type', monitoring({ cloudWatchLoggingConfiguration: { enabled: true, logTypes: { SPARK_DRIVER: ['STD OUT'] } } }),
      /`monitoringConfiguration.cloudWatchLoggingConfiguration.logTypes.SPARK_DRIVER` must be log types such as STDOUT/],
    ['a bad Prometheus URL', monitoring({ prometheusMonitoringConfiguration: { remoteWriteUrl: 'https://example.com/write' } }),
      /`monitoringConfiguration.prometheusMonitoringConfiguration.remoteWriteUrl` must be the remote write URL of an Amazon Managed Service for Prometheus workspace/],
    ['a queue timeout under 15 minutes', { schedulerConfiguration: { queueTimeout: Duration.minutes(10) } },
      /`schedulerConfiguration.queueTimeout` must be whole minutes from 15 to 720, got 10 minutes/],
    ['1,001 concurrent runs', { schedulerConfiguration: { maxConcurrentRuns: 1001 } }, /`schedulerConfiguration.maxConcurrentRuns` must be an integer from 1 to 1000, got 1001/],
  ])('fails on %s', (_name, props, message) => {
    expect(() => create(props)).toThrow(message);
  });

  it('accepts limits and dynamic values', () => {
    expect(() => create({
      name: 'a'.repeat(64),
      releaseLabel: sfn.JsonPath.stringAt('$.release'),
      initialCapacity: { 'Tez-Task': { workerCount: 1000000, workerConfiguration: { cpu: '16vCPU', memory: '120', disk: '2000 GB' } } },
      autoStopConfiguration: { idleTimeout: Duration.days(7) },
      schedulerConfiguration: { queueTimeout: Duration.minutes(720), maxConcurrentRuns: 1 },
      imageConfiguration: { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo/spark@sha256:' + 'a'.repeat(64) },
      tags: { 'aws:name': 'x y', empty: '' },
      monitoringConfiguration: { cloudWatchLoggingConfiguration: { enabled: true, logTypes: { SPARK_DRIVER: ['STDOUT', 'STDERR', 'SYSTEM_LOGS'] } } },
    })).not.toThrow();
    expect(() => create({ name: '{% $n %}', queryLanguage: sfn.QueryLanguage.JSONATA, autoStopConfiguration: { idleTimeout: Duration.minutes(Token.asNumber(Fn.importValue('X'))) } }))
      .not.toThrow();
  });
});

describe('EmrServerlessStartJobRun validation', () => {
  it.each<[string, Partial<EmrServerlessStartJobRunProps>, RegExp]>([
    ['an empty entry point', spark({ entryPoint: '' }), /`jobDriver.sparkSubmit.entryPoint` must be from 1 to 4096 characters long, got 0/],
    ['a blank entry point', spark({ entryPoint: '  ' }), /`jobDriver.sparkSubmit.entryPoint` must be text that is not only white space, got '  '/],
    ['empty Spark submit parameters', spark({ sparkSubmitParameters: '' }), /`jobDriver.sparkSubmit.sparkSubmitParameters` must be from 1 to 102400 characters long, got 0/],
    ['arguments as plain text', spark({ entryPointArguments: sfn.TaskInput.fromText('a b') }),
      /`jobDriver.sparkSubmit.entryPointArguments` must be an array of strings \(TaskInput.fromObject\(\[...\]\)\) or a JSON path or JSONata expression that evaluates to one, got the text 'a b'/],
    ['arguments as an object', spark({ entryPointArguments: sfn.TaskInput.fromObject({ a: 'b' }) }), /`jobDriver.sparkSubmit.entryPointArguments` must be an array of strings .*got \{"a":"b"\}/],
    ['1,025 arguments', spark({ entryPointArguments: sfn.TaskInput.fromObject(new Array(1025).fill('x')) }),
      /`jobDriver.sparkSubmit.entryPointArguments` must have from 0 to 1024 items, got 1025/],
    ['an empty Hive query', { jobDriver: EmrServerlessJobDriver.hive({ query: '' }) }, /`jobDriver.hive.query` must be from 1 to 10280 characters long, got 0/],
    ['a Hive init file over 256 characters', { jobDriver: EmrServerlessJobDriver.hive({ query: 's3://q', initQueryFile: 'f'.repeat(257) }) },
      /`jobDriver.hive.initQueryFile` must be from 1 to 256 characters long, got 257/],
    ['empty Hive parameters', { jobDriver: EmrServerlessJobDriver.hive({ query: 's3://q', parameters: '' }) }, /`jobDriver.hive.parameters` must be from 1 to 102400 characters long, got 0/],
    ['a name over 256 characters', { name: 'n'.repeat(257) }, /`name` must be from 1 to 256 characters long, got 257/],
    ['a blank name', { name: ' ' }, /`name` must be text that is not only white space/],
    ['an execution timeout of seconds', { executionTimeout: Duration.seconds(30) }, /`executionTimeout` must be whole minutes from 0 to 1000000, got 30 seconds/],
    ['no attempts', { retryPolicy: { maxAttempts: 0 } }, /`retryPolicy.maxAttempts` must be an integer of at least 1, got 0/],
    ['no failed attempts per hour', { mode: EmrServerlessJobRunMode.STREAMING, retryPolicy: { maxFailedAttemptsPerHour: 0 } },
      /`retryPolicy.maxFailedAttemptsPerHour` must be an integer of at least 1, got 0/],
    ['maxAttempts for a streaming job run', { mode: EmrServerlessJobRunMode.STREAMING, retryPolicy: { maxAttempts: 2 } },
      /`retryPolicy.maxAttempts` applies only to batch job runs, got 'mode STREAMING'/],
    ['maxFailedAttemptsPerHour for a batch job run', { retryPolicy: { maxFailedAttemptsPerHour: 2 } },
      /`retryPolicy.maxFailedAttemptsPerHour` applies only to streaming job runs \(mode STREAMING\), got 'mode BATCH \(the default\)'/],
    ['a bad client token', { clientToken: 'a/b' }, /`clientToken` must be a token of letters, digits and \. _ -, got 'a\/b'/],
    ['201 tags', { tags: tooMany(201) }, /`tags` must have from 0 to 200 entries, got 201/],
    ['an override without classification', { configurationOverrides: { applicationConfiguration: [{ classification: ' ' }] } },
      /`configurationOverrides.applicationConfiguration\[0\].classification` must be text that is not only white space/],
    ['a bad override log group', { configurationOverrides: { monitoringConfiguration: { cloudWatchLoggingConfiguration: { enabled: true, logGroupName: '' } } } },
      /`configurationOverrides.monitoringConfiguration.cloudWatchLoggingConfiguration.logGroupName` must be from 1 to 512 characters long, got 0/],
  ])('fails on %s', (_name, props, message) => {
    expect(() => start(props)).toThrow(message);
  });

  it('accepts limits and dynamic values', () => {
    expect(() => start({
      ...spark({ entryPoint: 'e'.repeat(4096), entryPointArguments: sfn.TaskInput.fromObject(new Array(1024).fill('a')), sparkSubmitParameters: 'p'.repeat(102400) }),
      executionTimeout: Duration.minutes(1000000),
      mode: EmrServerlessJobRunMode.BATCH,
      retryPolicy: { maxAttempts: 10 },
    })).not.toThrow();
    expect(() => start({ ...spark({ entryPointArguments: sfn.TaskInput.fromObject([]) }), executionTimeout: Duration.minutes(0) })).not.toThrow();
    expect(() => start({
      ...spark({ entryPoint: sfn.JsonPath.stringAt('$.e'), entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.args') }),
      name: sfn.JsonPath.stringAt('$.name'),
      retryPolicy: { maxAttempts: sfn.JsonPath.numberAt('$.attempts') },
    })).not.toThrow();
  });

  it('throws errors recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      start(spark({ sparkSubmitParameters: '' }));
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
