import { Duration, Fn, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, inMap, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EmrServerlessApplicationType,
  EmrServerlessArchitecture,
  EmrServerlessCreateApplication,
  EmrServerlessDiskType,
  type EmrServerlessCreateApplicationProps,
} from '../src';
import { emrServerlessArn, eventsRuleStatement, integrationResource, newStack, partitionArn } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

function create(props: Partial<EmrServerlessCreateApplicationProps> = {}): EmrServerlessCreateApplication {
  return new EmrServerlessCreateApplication(stack, 'Create', {
    releaseLabel: 'emr-7.5.0',
    type: EmrServerlessApplicationType.SPARK,
    ...props,
  });
}

const serviceLinkedRole = {
  Action: 'iam:CreateServiceLinkedRole',
  Condition: { StringLike: { 'iam:AWSServiceName': 'ops.emr-serverless.amazonaws.com' } },
  Effect: 'Allow',
  Resource: partitionArn(':iam::123456789012:role/aws-service-role/ops.emr-serverless.amazonaws.com/AWSServiceRoleForAmazonEMRServerless*'),
};
const createApplication = { Action: 'emr-serverless:CreateApplication', Effect: 'Allow', Resource: emrServerlessArn('*') };

describe('EmrServerlessCreateApplication', () => {
  it('renders the request-response state by default', () => {
    expect(render(create())).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('createApplication'),
      Parameters: { ReleaseLabel: 'emr-7.5.0', Type: 'SPARK' },
    });
  });

  it('renders RUN_JOB as createApplication.sync', () => {
    expect(render(create({ name: 'MyApplication', integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: integrationResource('createApplication.sync'),
      Parameters: { Name: 'MyApplication', ReleaseLabel: 'emr-7.5.0', Type: 'SPARK' },
    });
  });

  it('renders the JSONata state', () => {
    const task = EmrServerlessCreateApplication.jsonata(stack, 'Create', {
      name: '{% $states.input.name %}',
      releaseLabel: '{% $states.input.release %}',
      type: EmrServerlessApplicationType.HIVE,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: integrationResource('createApplication.sync'),
      Arguments: { Name: '{% $states.input.name %}', ReleaseLabel: '{% $states.input.release %}', Type: 'HIVE' },
    });
  });

  it('renders every field of the API', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Jobs', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
    const task = create({
      name: 'analytics',
      type: EmrServerlessApplicationType.of('SPARK'),
      clientToken: 'create-1',
      initialCapacity: {
        Driver: { workerCount: 1, workerConfiguration: { cpu: '2 vCPU', memory: '4 GB' } },
        Executor: { workerCount: 4, workerConfiguration: { cpu: '4 vCPU', memory: '16 GB', disk: '200 GB', diskType: EmrServerlessDiskType.SHUFFLE_OPTIMIZED } },
      },
      maximumCapacity: { cpu: '400 vCPU', memory: '1024 GB', disk: '1000 GB' },
      tags: { team: 'data' },
      autoStartConfiguration: { enabled: true },
      autoStopConfiguration: { enabled: true, idleTimeout: Duration.minutes(30) },
      networkConfiguration: { subnets: vpc.isolatedSubnets, securityGroups: [securityGroup] },
      architecture: EmrServerlessArchitecture.ARM64,
      imageConfiguration: { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/spark:7.5' },
      workerTypeSpecifications: { Driver: { imageConfiguration: { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/driver:1' } } },
      runtimeConfiguration: [
        { classification: 'spark-defaults', properties: { 'spark.dynamicAllocation.enabled': 'false' } },
        { classification: 'spark-env', configurations: [{ classification: 'export', properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }] },
      ],
      monitoringConfiguration: {
        s3MonitoringConfiguration: { logUri: 's3://logs/emr/', encryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abcd-1234' },
        managedPersistenceMonitoringConfiguration: { enabled: false },
        cloudWatchLoggingConfiguration: {
          enabled: true, logGroupName: '/aws/emr-serverless', logStreamNamePrefix: 'app', logTypes: { SPARK_DRIVER: ['STDOUT', 'STDERR'] },
        },
        prometheusMonitoringConfiguration: { remoteWriteUrl: 'https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1234/api/v1/remote_write' },
      },
      interactiveConfiguration: { studioEnabled: true, livyEndpointEnabled: false },
      schedulerConfiguration: { queueTimeout: Duration.hours(2), maxConcurrentRuns: 20 },
    });
    expect(render(task).Parameters).toEqual({
      Name: 'analytics',
      ReleaseLabel: 'emr-7.5.0',
      Type: 'SPARK',
      ClientToken: 'create-1',
      InitialCapacity: {
        Driver: { WorkerCount: 1, WorkerConfiguration: { Cpu: '2 vCPU', Memory: '4 GB' } },
        Executor: { WorkerCount: 4, WorkerConfiguration: { Cpu: '4 vCPU', Memory: '16 GB', Disk: '200 GB', DiskType: 'SHUFFLE_OPTIMIZED' } },
      },
      MaximumCapacity: { Cpu: '400 vCPU', Memory: '1024 GB', Disk: '1000 GB' },
      Tags: { team: 'data' },
      AutoStartConfiguration: { Enabled: true },
      AutoStopConfiguration: { Enabled: true, IdleTimeoutMinutes: 30 },
      NetworkConfiguration: { SubnetIds: [{ Ref: 'VpcJobsSubnet1SubnetED5AAF93' }], SecurityGroupIds: ['sg-0123456789abcdef0'] },
      Architecture: 'ARM64',
      ImageConfiguration: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/spark:7.5' },
      WorkerTypeSpecifications: { Driver: { ImageConfiguration: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/driver:1' } } },
      RuntimeConfiguration: [
        { Classification: 'spark-defaults', Properties: { 'spark.dynamicAllocation.enabled': 'false' } },
        { Classification: 'spark-env', Configurations: [{ Classification: 'export', Properties: { PYSPARK_PYTHON: '/usr/bin/python3' } }] },
      ],
      MonitoringConfiguration: {
        S3MonitoringConfiguration: { LogUri: 's3://logs/emr/', EncryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abcd-1234' },
        ManagedPersistenceMonitoringConfiguration: { Enabled: false },
        CloudWatchLoggingConfiguration: {
          Enabled: true, LogGroupName: '/aws/emr-serverless', LogStreamNamePrefix: 'app', LogTypes: { SPARK_DRIVER: ['STDOUT', 'STDERR'] },
        },
        PrometheusMonitoringConfiguration: { RemoteWriteUrl: 'https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1234/api/v1/remote_write' },
      },
      InteractiveConfiguration: { StudioEnabled: true, LivyEndpointEnabled: false },
      SchedulerConfiguration: { QueueTimeoutMinutes: 120, MaxConcurrentRuns: 20 },
    });
  });

  it('renders JSON path and token values', () => {
    const task = create({
      name: sfn.JsonPath.stringAt('$.name'),
      releaseLabel: sfn.JsonPath.stringAt('$.release'),
      type: EmrServerlessApplicationType.of(sfn.JsonPath.stringAt('$.type')),
      initialCapacity: { Driver: { workerCount: sfn.JsonPath.numberAt('$.drivers') } },
      tags: { owner: Fn.importValue('Owner') },
    });
    expect(render(task).Parameters).toEqual({
      'Name.$': '$.name',
      'ReleaseLabel.$': '$.release',
      'Type.$': '$.type',
      'InitialCapacity': { Driver: { 'WorkerCount.$': '$.drivers' } },
      'Tags': { owner: { 'Fn::ImportValue': 'Owner' } },
    });
  });

  it('renders JSONata inside a JSONata Map', () => {
    const task = create({ name: '{% $states.input.name %}' });
    const definition = definitionOf(inJsonataMap(stack, task));
    expect(definition.States.Map.ItemProcessor.States.Create.Arguments).toEqual({
      Name: '{% $states.input.name %}', ReleaseLabel: 'emr-7.5.0', Type: 'SPARK',
    });
  });

  it('renders JSONPath inside a JSONPath Map', () => {
    const definition = definitionOf(inMap(stack, create({ name: sfn.JsonPath.stringAt('$.name') })));
    expect(definition.States.Map.ItemProcessor.States.Create.Parameters).toEqual({ 'Name.$': '$.name', 'ReleaseLabel': 'emr-7.5.0', 'Type': 'SPARK' });
  });

  describe('IAM', () => {
    it('grants CreateApplication and creating the service-linked role for request-response', () => {
      expect(normalize(statements(create()))).toEqual([createApplication, serviceLinkedRole]);
    });

    it('grants reading and deleting applications and the application events rule for RUN_JOB', () => {
      expect(normalize(statements(create({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })))).toEqual([
        createApplication,
        { Action: ['emr-serverless:GetApplication', 'emr-serverless:DeleteApplication'], Effect: 'Allow', Resource: emrServerlessArn('applications/*') },
        eventsRuleStatement('Application'),
        serviceLinkedRole,
      ]);
    });

    it('grants tagging the application when it has tags', () => {
      expect(normalize(statements(create({ tags: { team: 'data' } })))).toEqual([
        createApplication,
        serviceLinkedRole,
        { Action: 'emr-serverless:TagResource', Effect: 'Allow', Resource: emrServerlessArn('applications/*') },
      ]);
    });

    it('writes every ARN in the stack partition', () => {
      stack = newStack({ env: { account: '123456789012', region: 'cn-north-1' } });
      const text = JSON.stringify(statements(create({ integrationPattern: sfn.IntegrationPattern.RUN_JOB, tags: { a: 'b' } })));
      expect(text).not.toMatch(/arn:aws/);
    });
  });
});
