import { Size } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { describe, expect, it } from 'vitest';
import { makeKey } from './fixtures';
import { actionsOf, renderCase, type Statement } from './parity-helpers';

/*
 * Each deliberate difference from aws-cdk-lib (README, "Differences from aws-cdk-lib"), shown on both outputs. The
 * parity tables apply the same differences to every case they cover.
 */

const statementsWith = (snapshot: ParitySnapshot, action: string): Statement[] =>
  (snapshot.statements as Statement[]).filter((s) => actionsOf(s).includes(action));

const training = (more: Record<string, unknown> = {}) => ({
  name: 'training',
  props: (_s: unknown, k: any) => ({
    trainingJobName: 'MyTrainJob',
    algorithmSpecification: { algorithmName: 'BlazingText' },
    outputDataConfig: { s3OutputLocation: k.S3Location.fromJsonExpression('$.out') },
    ...more,
  }),
});
const transform = (more: Record<string, unknown> = {}) => ({
  name: 'transform',
  props: () => ({
    transformJobName: 'MyTransformJob',
    modelName: 'MyModel',
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://in/data' } } },
    transformOutput: { s3OutputPath: 's3://out/results' },
    ...more,
  }),
});

describe('differences from aws-cdk-lib', () => {
  it('training: Describe/Stop only for RUN_JOB; aws-cdk-lib grants them for REQUEST_RESPONSE too', () => {
    const { ours, reference } = renderCase('SageMakerCreateTrainingJob', training());
    expect(statementsWith(ours, 'sagemaker:CreateTrainingJob').map(actionsOf)).toEqual([['sagemaker:CreateTrainingJob']]);
    expect(statementsWith(reference, 'sagemaker:CreateTrainingJob').map(actionsOf)).toEqual([
      ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob'],
    ]);
  });

  it('transform: Describe/Stop only for RUN_JOB; aws-cdk-lib grants them for REQUEST_RESPONSE too', () => {
    const { ours, reference } = renderCase('SageMakerCreateTransformJob', transform());
    expect(statementsWith(ours, 'sagemaker:CreateTransformJob').map(actionsOf)).toEqual([['sagemaker:CreateTransformJob']]);
    expect(statementsWith(reference, 'sagemaker:CreateTransformJob').map(actionsOf)).toEqual([
      ['sagemaker:CreateTransformJob', 'sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'],
    ]);
  });

  it('transform: AddTags for a tagged REQUEST_RESPONSE job; aws-cdk-lib grants it only for RUN_JOB', () => {
    const { ours, reference } = renderCase('SageMakerCreateTransformJob', transform({ tags: { Project: 'ML' } }));
    expect(statementsWith(ours, 'sagemaker:AddTags')).toHaveLength(1);
    expect(statementsWith(reference, 'sagemaker:AddTags')).toHaveLength(0);
  });

  it('transform: the created role has no AmazonSageMakerFullAccess, only what the job needs', () => {
    const { ours, reference } = renderCase('SageMakerCreateTransformJob', transform());
    const role = (s: ParitySnapshot) => Object.entries(s.template.Resources as Record<string, any>).find(([id]) => id.startsWith('TaskSagemakerTransformRole'))![1];
    expect(JSON.stringify(role(reference).Properties.ManagedPolicyArns)).toContain('AmazonSageMakerFullAccess');
    expect(role(ours).Properties.ManagedPolicyArns).toBeUndefined();
    expect(role(ours).Properties.Policies[0].PolicyName).toBe('CreateTransformJob');
  });

  it('training: AddTags on training-job/* for a JSONata name; aws-cdk-lib puts the expression text in the ARN', () => {
    const { ours, reference } = renderCase('SageMakerCreateTrainingJob', {
      name: 'jsonata name',
      factory: 'jsonata',
      props: (s, k) => ({
        ...training().props(s, k),
        trainingJobName: '{% $states.input.name %}',
        outputDataConfig: { s3OutputLocation: k.S3Location.fromJsonExpression('{% $states.input.out %}') },
      }),
    });
    expect(JSON.stringify(statementsWith(ours, 'sagemaker:AddTags'))).toContain(':training-job/*"');
    expect(JSON.stringify(statementsWith(reference, 'sagemaker:AddTags'))).toContain(':training-job/{% $states.input.name %}*');
  });

  it('training: the job role may decrypt with the output key (multipart uploads); aws-cdk-lib grants encrypt only (aws/aws-cdk#12810)', () => {
    const { ours, reference } = renderCase('SageMakerCreateTrainingJob', {
      name: 'key',
      props: (s, k) => ({ ...training().props(s, k), outputDataConfig: { s3OutputLocation: k.S3Location.fromJsonExpression('$.out'), encryptionKey: makeKey(s, 'owned') } }),
    });
    expect(statementsWith(ours, 'kms:Encrypt').map(actionsOf)).toEqual([['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*']]);
    expect(statementsWith(reference, 'kms:Encrypt').map(actionsOf)).toEqual([['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*']]);
  });

  it('transform: the job role may use the output and volume keys; aws-cdk-lib grants nothing on them (aws/aws-cdk#12810)', () => {
    const { ours, reference } = renderCase('SageMakerCreateTransformJob', {
      name: 'keys',
      props: (s) => {
        const key = makeKey(s, 'owned');
        return {
          ...transform().props(),
          transformOutput: { s3OutputPath: 's3://out/results', encryptionKey: key },
          transformResources: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeEncryptionKey: key },
        };
      },
    });
    expect(statementsWith(ours, 'kms:Decrypt')).toHaveLength(1);
    expect(statementsWith(ours, 'kms:CreateGrant')).toHaveLength(1);
    expect(JSON.stringify(reference.statements)).not.toContain('kms:');
  });

  it('training: renders a channel ShuffleConfig; aws-cdk-lib drops it', () => {
    const { ours, reference } = renderCase('SageMakerCreateTrainingJob', {
      name: 'shuffle',
      props: (s, k) => ({
        ...training().props(s, k),
        inputDataConfig: [{ channelName: 'train', shuffleConfig: { seed: 3 }, dataSource: { s3DataSource: { s3Location: k.S3Location.fromJsonExpression('$.in') } } }],
        resourceConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: Size.gibibytes(1) },
      }),
    });
    expect((ours.state as any).Parameters.InputDataConfig[0].ShuffleConfig).toEqual({ Seed: 3 });
    expect((reference.state as any).Parameters.InputDataConfig[0]).not.toHaveProperty('ShuffleConfig');
  });

  it('RUN_JOB grants the same statements as aws-cdk-lib for training (Describe/Stop and the managed rule)', () => {
    const { ours, reference } = renderCase('SageMakerCreateTrainingJob', training({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }));
    expect(ours.statements.length).toBe(reference.statements.length);
  });
});
