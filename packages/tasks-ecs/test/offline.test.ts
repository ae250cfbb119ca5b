import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { EcsFargateLaunchTarget, EcsRunTask } from '../src';

describe('EcsRunTask offline (@cdk-stepfunctions/testing)', () => {
  it('runs a task to its end through its typed mock: the stopped task', async () => {
    const stack = new Stack(new App(), 'Stack');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 });
    const cluster = new ecs.Cluster(stack, 'Cluster', { vpc, clusterName: 'jobs' });
    const taskDefinition = new ecs.FargateTaskDefinition(stack, 'Task', { cpu: 256, memoryLimitMiB: 512 });
    const app = taskDefinition.addContainer('App', { image: ecs.ContainerImage.fromRegistry('foo/bar') });
    const run = EcsRunTask.jsonPath(stack, 'Run job', {
      cluster,
      taskDefinition,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      launchTarget: new EcsFargateLaunchTarget(),
      containerOverrides: [{ containerDefinition: app, environment: [{ name: 'ORDER_ID', value: sfn.JsonPath.stringAt('$.orderId') }] }],
      resultSelector: { 'exitCode.$': '$.Containers[0].ExitCode', 'stopCode.$': '$.StopCode' },
    });

    const result = await runStateMachine(run, {
      input: { orderId: 'o1' },
      mocks: [mock(run).returns({ LastStatus: 'STOPPED', StopCode: 'EssentialContainerExited', Containers: [{ Name: 'App', ExitCode: 0 }] })],
    });

    expect(result).toHaveSucceeded({ exitCode: 0, stopCode: 'EssentialContainerExited' });
    expect(result).toHaveCalled(run, {
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [expect.stringMatching(/^subnet-[0-9a-f]{17}$/)], SecurityGroups: [expect.stringMatching(/^sg-/)] } },
      Cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/jobs',
      LaunchType: 'FARGATE',
      Overrides: { ContainerOverrides: [{ Name: 'App', Environment: [{ Name: 'ORDER_ID', Value: 'o1' }] }] },
    });
  });
});
