import { App, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Template } from 'aws-cdk-lib/assertions';
import { normalize } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AcceleratorClass, AcceleratorType, ContainerDefinition, DockerImage, Mode, S3Location, type ISageMakerTask } from '../src';
import { DOCKER_DIR } from './fixtures';

let stack: Stack;
let role: iam.Role;
let task: ISageMakerTask;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
  role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') });
  task = { grantPrincipal: role };
});

/** The statements of the role's default policy. */
function granted(): unknown[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  return normalize(Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as unknown[]));
}

describe('S3Location', () => {
  it('binds a bucket location: the object URL, and read or write access to <prefix>*', () => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    expect(stack.resolve(S3Location.fromBucket(bucket, 'data/').bind(task, { forReading: true }).uri)).toEqual({
      'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: 'Bucket83908E77' }, '/data/']],
    });
    S3Location.fromBucket(bucket, 'out/').bind(task, { forWriting: true });
    const text = JSON.stringify(granted());
    expect(text).toContain('"/data/*"');
    expect(text).toContain('"/out/*"');
    expect(text).toContain('s3:PutObject');
  });

  it('binds an encrypted bucket with the key permissions', () => {
    const bucket = new s3.Bucket(stack, 'Bucket', { encryptionKey: new kms.Key(stack, 'Key') });
    S3Location.fromBucket(bucket, '').bind(task, { forReading: true });
    expect(granted()).toContainEqual({ Action: ['kms:Decrypt', 'kms:DescribeKey'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } });
  });

  it('binds a JSON path or JSONata location: the value, and the S3 actions on every resource', () => {
    expect(stack.resolve(S3Location.fromJsonExpression('$.uri').bind(task, { forReading: true, forWriting: true }).uri)).toBe('$.uri');
    expect(S3Location.fromJsonExpression('{% $states.input.uri %}').bind(task, {}).uri).toBe('{% $states.input.uri %}');
    expect(granted()).toEqual([{ Action: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'], Effect: 'Allow', Resource: '*' }]);
  });

  it('rejects a JSON expression that is neither a path nor JSONata, as aws-cdk-lib does', () => {
    expect(() => S3Location.fromJsonExpression('bucket/key')).toThrow();
    expect(() => reference.S3Location.fromJsonExpression('bucket/key')).toThrow();
  });
});

describe('DockerImage', () => {
  it('binds an ECR repository image with pull access, latest by default', () => {
    const repository = new ecr.Repository(stack, 'Repo');
    const config = DockerImage.fromEcrRepository(repository).bind(task);
    expect(JSON.stringify(stack.resolve(config.imageUri))).toContain(':latest');
    expect(granted()).toEqual(expect.arrayContaining([
      { Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] } },
      { Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' },
    ]));
  });

  it('binds a digest as @sha256', () => {
    const repository = ecr.Repository.fromRepositoryName(stack, 'Repo', 'algorithms');
    expect(JSON.stringify(stack.resolve(DockerImage.fromEcrRepository(repository, 'sha256:abc').bind(task).imageUri))).toContain('/algorithms@sha256:abc');
  });

  it('binds an image from a JSON expression without pull access when told so', () => {
    expect(DockerImage.fromJsonExpression('{% $states.input.image %}', false).bind(task).imageUri).toBe('{% $states.input.image %}');
    expect(granted()).toEqual([]);
  });

  it('binds an image from a JSON expression with pull access to every repository by default', () => {
    DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')).bind(task);
    expect(granted()).toEqual([{ Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'], Effect: 'Allow', Resource: '*' }]);
  });

  it('binds a registry image without granting anything', () => {
    expect(DockerImage.fromRegistry('python:3.12').bind(task).imageUri).toBe('python:3.12');
    expect(granted()).toEqual([]);
  });

  it('binds an asset image with pull access to the asset repository', () => {
    const image = DockerImage.fromAsset(stack, 'Image', { directory: DOCKER_DIR });
    expect(JSON.stringify(stack.resolve(image.bind(task).imageUri))).toContain('cdk-hnb659fds-container-assets');
    expect(JSON.stringify(granted())).toContain('ecr:BatchGetImage');
  });
});

describe('AcceleratorType and AcceleratorClass', () => {
  it('names the type ml.<class>.<size> (aws-cdk-lib renders ml.[object Object].<size>)', () => {
    expect(AcceleratorType.of(AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM).toString()).toBe('ml.eia2.medium');
    expect(AcceleratorType.of(AcceleratorClass.of('eia3'), ec2.InstanceSize.LARGE).toString()).toBe('ml.eia3.large');
    expect(reference.AcceleratorType.of(reference.AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM).toString()).toBe('ml.[object Object].medium');
    expect(new AcceleratorType('ml.eia1.xlarge').toString()).toBe('ml.eia1.xlarge');
    expect(AcceleratorClass.EIA1.version).toBe('eia1');
  });
});

describe('ContainerDefinition', () => {
  it('binds every field, granting the image and model data', () => {
    const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'models');
    const config = new ContainerDefinition({
      image: DockerImage.fromRegistry('model:1'),
      environmentVariables: sfn.TaskInput.fromObject({ A: 'b' }),
      modelPackageName: 'package',
      mode: Mode.MULTI_MODEL,
      containerHostName: 'host',
      modelS3Location: S3Location.fromBucket(bucket, 'model.tar.gz'),
    }).bind(task);
    expect(stack.resolve(config.parameters)).toEqual({
      ContainerHostname: 'host',
      Image: 'model:1',
      Mode: 'MultiModel',
      ModelDataUrl: { 'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/models/model.tar.gz']] },
      ModelPackageName: 'package',
      Environment: { A: 'b' },
    });
    expect(JSON.stringify(granted())).toContain('/model.tar.gz*');
  });
});
