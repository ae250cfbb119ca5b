import { App, Duration, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  EmrServerlessApplicationType,
  EmrServerlessArchitecture,
  EmrServerlessCancelJobRun,
  EmrServerlessCreateApplication,
  EmrServerlessDeleteApplication,
  EmrServerlessJobDriver,
  EmrServerlessStartApplication,
  EmrServerlessStartJobRun,
  EmrServerlessStopApplication,
} from '../src';

describe('README examples', () => {
  it('synthesize', () => {
    const stack = new Stack(new App(), 'Stack');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Jobs', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const securityGroup = new ec2.SecurityGroup(stack, 'Sg', { vpc });
    const dataBucket = s3.Bucket.fromBucketName(stack, 'Data', 'my-data');

    const createApplication = new EmrServerlessCreateApplication(stack, 'Create Application', {
      name: 'analytics',
      releaseLabel: 'emr-7.5.0',
      type: EmrServerlessApplicationType.SPARK,
      architecture: EmrServerlessArchitecture.ARM64,
      initialCapacity: {
        Driver: { workerCount: 1, workerConfiguration: { cpu: '2 vCPU', memory: '4 GB' } },
        Executor: { workerCount: 4, workerConfiguration: { cpu: '4 vCPU', memory: '16 GB' } },
      },
      maximumCapacity: { cpu: '200 vCPU', memory: '800 GB' },
      autoStopConfiguration: { idleTimeout: Duration.minutes(30) },
      networkConfiguration: { subnets: vpc.isolatedSubnets, securityGroups: [securityGroup] },
      runtimeConfiguration: [{ classification: 'spark-defaults', properties: { 'spark.dynamicAllocation.enabled': 'true' } }],
      tags: { team: 'data' },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultSelector: { applicationId: sfn.JsonPath.stringAt('$.ApplicationId') },
      resultPath: '$.application',
    });

    const startApplication = EmrServerlessStartApplication.jsonPath(stack, 'Start Application', {
      applicationId: sfn.JsonPath.stringAt('$.application.applicationId'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      resultPath: sfn.JsonPath.DISCARD,
    });
    const stopApplication = EmrServerlessStopApplication.jsonata(stack, 'Stop Application', {
      applicationId: '{% $states.input.application.applicationId %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });
    const deleteApplication = new EmrServerlessDeleteApplication(stack, 'Delete Application', {
      applicationId: '00fkf6ppdq4vr0p9',
    });

    const jobRole = new iam.Role(stack, 'Job Role', { assumedBy: new iam.ServicePrincipal('emr-serverless.amazonaws.com') });
    const runSparkJob = new EmrServerlessStartJobRun(stack, 'Run Spark Job', {
      applicationId: sfn.JsonPath.stringAt('$.application.applicationId'),
      executionRole: jobRole,
      jobDriver: EmrServerlessJobDriver.sparkSubmit({
        entryPoint: 's3://my-bucket/jobs/etl.py',
        entryPointArguments: sfn.TaskInput.fromJsonPathAt('$.arguments'),
        sparkSubmitParameters: '--conf spark.executor.cores=4 --conf spark.executor.memory=16g',
      }),
      configurationOverrides: {
        monitoringConfiguration: { s3MonitoringConfiguration: { logUri: 's3://my-bucket/logs/' } },
      },
      name: 'nightly-etl',
      executionTimeout: Duration.hours(2),
    });
    dataBucket.grantReadWrite(runSparkJob);
    const runHiveQuery = EmrServerlessStartJobRun.jsonata(stack, 'Run Hive Query', {
      applicationId: '{% $states.input.hiveApplicationId %}',
      executionRole: jobRole,
      jobDriver: EmrServerlessJobDriver.hive({ query: 's3://my-bucket/queries/report.sql' }),
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });
    const cancelJobRun = EmrServerlessCancelJobRun.jsonata(stack, 'Cancel Job Run', {
      applicationId: '{% $states.input.ApplicationId %}',
      jobRunId: '{% $states.input.JobRunId %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });

    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(sfn.Chain.start(createApplication).next(startApplication).next(runSparkJob)
        .next(runHiveQuery).next(cancelJobRun).next(stopApplication).next(deleteApplication)),
    });
    const template = Template.fromStack(stack);
    const text = JSON.stringify(template.toJSON());
    for (const action of ['createApplication.sync', 'startApplication.sync', 'startJobRun.sync', 'cancelJobRun.sync', 'stopApplication.sync', 'deleteApplication']) {
      expect(text).toContain(`:states:::emr-serverless:${action}`);
    }
    const jobRolePolicy = JSON.stringify(Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: 'JobRole9027B4DD' }] } })));
    expect(jobRolePolicy).toContain('s3:PutObject');
    expect(jobRolePolicy).toContain(':s3:::my-data/*');
  });
});
