import { App, Duration, Size, Stack } from 'aws-cdk-lib/core';
import * as batch from 'aws-cdk-lib/aws-batch';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { BatchSubmitJob } from '../src';

describe('README example', () => {
  it('synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');
    const jobDefinition = new batch.EcsJobDefinition(stack, 'JobDefinition', {
      container: new batch.EcsEc2ContainerDefinition(stack, 'Container', {
        image: ecs.ContainerImage.fromRegistry('public.ecr.aws/amazonlinux/amazonlinux:latest'),
        cpu: 1,
        memory: Size.gibibytes(2),
      }),
    });
    const jobQueue = new batch.JobQueue(stack, 'JobQueue', {
      computeEnvironments: [{ order: 1, computeEnvironment: new batch.UnmanagedComputeEnvironment(stack, 'ComputeEnv') }],
    });

    const render = new BatchSubmitJob(stack, 'Render frames', {
      jobDefinitionArn: jobDefinition.jobDefinitionArn,
      jobQueueArn: jobQueue.jobQueueArn,
      jobName: 'render-frames',
      arraySize: 10,
      attempts: 3,
      taskTimeout: sfn.Timeout.duration(Duration.minutes(30)),
      containerOverrides: { vcpus: 4, memory: Size.gibibytes(8), environment: { QUALITY: 'high' } },
      payload: sfn.TaskInput.fromObject({ scene: sfn.JsonPath.stringAt('$.scene') }),
      tags: { project: 'film' },
    });
    const encode = BatchSubmitJob.jsonata(stack, 'Encode', {
      jobDefinitionArn: jobDefinition.jobDefinitionArn,
      jobQueueArn: jobQueue.jobQueueArn,
      jobName: '{% "encode-" & $states.input.scene %}',
      integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
      dependsOn: [{ jobId: '{% $states.input.renderJobId %}', type: 'SEQUENTIAL' }],
    });

    const definition = definitionOf(render.next(encode));
    expect(definition.States['Render frames'].Parameters).toMatchObject({
      ArrayProperties: { Size: 10 },
      Timeout: { AttemptDurationSeconds: 1800 },
      ContainerOverrides: { ResourceRequirements: [{ Type: 'MEMORY', Value: '8192' }, { Type: 'VCPU', Value: '4' }] },
    });
    expect(definition.States.Encode.Arguments.DependsOn).toEqual([{ JobId: '{% $states.input.renderJobId %}', Type: 'SEQUENTIAL' }]);
  });
});
