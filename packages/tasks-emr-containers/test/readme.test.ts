import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  Classification,
  EksClusterInput,
  EmrContainersCreateVirtualCluster,
  EmrContainersDeleteVirtualCluster,
  EmrContainersStartJobRun,
  ReleaseLabel,
  VirtualClusterInput,
} from '../src';

describe('README examples', () => {
  it('synthesize', () => {
    const stack = new Stack(new App(), 'Stack');
    const eksCluster = eks.Cluster.fromClusterAttributes(stack, 'Eks', { clusterName: 'analytics' });

    const createVirtualCluster = new EmrContainersCreateVirtualCluster(stack, 'Create a Virtual Cluster', {
      eksCluster: EksClusterInput.fromCluster(eksCluster),
      eksNamespace: 'spark-jobs',
      virtualClusterName: sfn.JsonPath.stringAt('$.name'),
      tags: { team: 'data' },
    });
    const createFromInput = EmrContainersCreateVirtualCluster.jsonata(stack, 'Create from input', {
      eksCluster: EksClusterInput.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.clusterName %}')),
    });

    const deleteVirtualCluster = new EmrContainersDeleteVirtualCluster(stack, 'Delete a Virtual Cluster', {
      virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.virtualCluster'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });

    const startJobRun = new EmrContainersStartJobRun(stack, 'EMR Containers Start Job Run', {
      virtualCluster: VirtualClusterInput.fromVirtualClusterId('de92jdei2910fwedz'),
      releaseLabel: ReleaseLabel.EMR_6_2_0,
      jobName: 'EMR-Containers-Job',
      jobDriver: {
        sparkSubmitJobDriver: {
          entryPoint: sfn.TaskInput.fromText('local:///usr/lib/spark/examples/src/main/python/pi.py'),
          entryPointArguments: sfn.TaskInput.fromObject(['60']),
          sparkSubmitParameters: '--conf spark.executor.instances=2 --conf spark.executor.memory=2G',
        },
      },
      applicationConfig: [{
        classification: Classification.SPARK_DEFAULTS,
        properties: { 'spark.executor.instances': '1', 'spark.executor.memory': '512M' },
      }],
      monitoring: { logging: true, logStreamNamePrefix: 'pi' },
    });
    const startFromInput = EmrContainersStartJobRun.jsonPath(stack, 'Start from input', {
      virtualCluster: VirtualClusterInput.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId')),
      releaseLabel: new ReleaseLabel('emr-6.9.0-latest'),
      executionRole: iam.Role.fromRoleArn(stack, 'Job-Execution-Role', 'arn:aws:iam::123456789012:role/JobExecutionRole'),
      jobDriver: {
        sparkSubmitJobDriver: { entryPoint: sfn.TaskInput.fromJsonPathAt('$.script') },
      },
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
    });

    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(sfn.Chain.start(createVirtualCluster).next(createFromInput)
        .next(startJobRun).next(startFromInput).next(deleteVirtualCluster)),
    });
    const template = JSON.stringify(Template.fromStack(stack).toJSON());
    for (const resource of ['createVirtualCluster', 'startJobRun.sync', 'deleteVirtualCluster.sync']) {
      expect(template).toContain(`:states:::emr-containers:${resource}`);
    }
    expect(template.split(':states:::emr-containers:startJobRun').length - 1).toBe(2);
    expect(template).toContain('update-role-trust-policy');
  });
});
