import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { CapacityProviderOptions, EcsEc2LaunchTarget, EcsFargateLaunchTarget, EcsRunTask } from '../src';

describe('README examples', () => {
  it('EcsRunTask synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');

    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
    const cluster = new ecs.Cluster(stack, 'Cluster', { vpc });
    cluster.addCapacity('Capacity', { instanceType: new ec2.InstanceType('t3.medium') });

    const fargateTask = new ecs.FargateTaskDefinition(stack, 'FargateTask', { cpu: 256, memoryLimitMiB: 512 });
    const app = fargateTask.addContainer('App', { image: ecs.ContainerImage.fromRegistry('foo/bar') });

    const runOnSpot = EcsRunTask.jsonata(stack, 'Run on Spot', {
      cluster,
      taskDefinition: fargateTask,
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      launchTarget: new EcsFargateLaunchTarget({
        platformVersion: ecs.FargatePlatformVersion.VERSION1_4,
        capacityProviderOptions: CapacityProviderOptions.custom([
          { capacityProvider: 'FARGATE_SPOT', weight: 2, base: 1 },
          { capacityProvider: 'FARGATE', weight: 1 },
        ]),
      }),
      containerOverrides: [{
        containerDefinition: app,
        environment: [{ name: 'ORDER_ID', value: '{% $states.input.orderId %}' }],
      }],
      propagatedTagSource: ecs.PropagatedTagSource.TASK_DEFINITION,
    });

    const ec2Task = new ecs.Ec2TaskDefinition(stack, 'Ec2Task');
    ec2Task.addContainer('Worker', { image: ecs.ContainerImage.fromRegistry('foo/worker'), memoryLimitMiB: 256 });
    const runOnEc2 = EcsRunTask.jsonPath(stack, 'Run on EC2', {
      cluster,
      taskDefinition: ec2Task,
      revisionNumber: 3,
      launchTarget: new EcsEc2LaunchTarget({
        placementStrategies: [ecs.PlacementStrategy.spreadAcrossInstances(), ecs.PlacementStrategy.packedByCpu()],
        placementConstraints: [ecs.PlacementConstraint.memberOf('attribute:ecs.instance-type =~ t3.*')],
      }),
      enableExecuteCommand: true,
    });

    new sfn.StateMachine(stack, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(runOnSpot.next(runOnEc2)),
    });

    const text = JSON.stringify(Template.fromStack(stack).toJSON());
    expect(text).toContain(':states:::ecs:runTask.sync');
    expect(text).toContain('FARGATE_SPOT');
    expect(text).toContain('ecs:TagResource');
  });
});
