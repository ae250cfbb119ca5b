import { App, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, render, statements, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContainerDefinition, DockerImage, Mode, S3Location, SageMakerCreateModel, type SageMakerCreateModelProps } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const primary = () => new ContainerDefinition({
  image: DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
  mode: Mode.SINGLE_MODEL,
  modelS3Location: S3Location.fromJsonExpression('$.TrainingJob.ModelArtifacts.S3ModelArtifacts'),
});

function model(props: Partial<SageMakerCreateModelProps> = {}): SageMakerCreateModel {
  return new SageMakerCreateModel(stack, 'Model', { modelName: 'MyModel', primaryContainer: primary(), ...props });
}

describe('SageMakerCreateModel', () => {
  it('renders the primary container and the created role', () => {
    expect(render(model())).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sagemaker:createModel']] },
      Parameters: {
        ExecutionRoleArn: { 'Fn::GetAtt': ['ModelSagemakerRole321FBBBD', 'Arn'] },
        ModelName: 'MyModel',
        PrimaryContainer: { 'Image.$': '$.Model.imageName', 'ModelDataUrl.$': '$.TrainingJob.ModelArtifacts.S3ModelArtifacts', 'Mode': 'SingleModel' },
      },
    });
  });

  it('renders a complex model: role, isolation, tags, VPC with the given group first, pipeline containers', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
    const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com') });
    const task = model({
      modelName: sfn.JsonPath.stringAt('$.ModelName'),
      enableNetworkIsolation: true,
      role,
      tags: sfn.TaskInput.fromObject([{ Key: 'Project', Value: 'ML' }]),
      vpc,
      containers: [new ContainerDefinition({ image: DockerImage.fromRegistry('post:1'), containerHostName: 'post', environmentVariables: sfn.TaskInput.fromObject({ A: 'b' }) })],
    });
    task.addSecurityGroup(securityGroup);
    expect(render(task).Parameters).toEqual({
      'ExecutionRoleArn': { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] },
      'ModelName.$': '$.ModelName',
      'PrimaryContainer': { 'Image.$': '$.Model.imageName', 'ModelDataUrl.$': '$.TrainingJob.ModelArtifacts.S3ModelArtifacts', 'Mode': 'SingleModel' },
      'Containers': [{ ContainerHostname: 'post', Image: 'post:1', Environment: { A: 'b' } }],
      'EnableNetworkIsolation': true,
      'Tags': [{ Key: 'Project', Value: 'ML' }],
      'VpcConfig': {
        SecurityGroupIds: [{ 'Fn::GetAtt': ['SecurityGroupDD263621', 'GroupId'] }, { 'Fn::GetAtt': [expect.stringMatching(/^ModelModelSecurityGroup/), 'GroupId'] }],
        Subnets: [{ Ref: 'VpcIsolatedSubnet1SubnetE48C5737' }, { Ref: 'VpcIsolatedSubnet2Subnet16364B91' }],
      },
    });
  });

  it('grants CreateModel on the lowercased name, ListTags and PassRole', () => {
    const task = model({
      modelName: 'My-Model',
      primaryContainer: new ContainerDefinition({ image: DockerImage.fromRegistry('model:1') }),
    });
    expect(normalize(statements(task))).toEqual([
      {
        Action: 'sagemaker:CreateModel',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sagemaker:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':model/my-model*']] },
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
      { Action: 'iam:PassRole', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['ModelSagemakerRole321FBBBD', 'Arn'] }, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } },
    ]);
  });

  it('creates a role with metrics, logs and ECR login, and VPC permissions with a VPC', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
    const template = synthInStateMachine(model({ vpc }));
    template.hasResourceProperties('AWS::IAM::Role', {
      Policies: [{ PolicyName: 'CreateModel', PolicyDocument: { Statement: [{ Effect: 'Allow', Resource: '*', Action: [
        'cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken',
      ] }] } }],
    });
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).toContain('ec2:CreateNetworkInterface');
  });

  it('exposes its role and grant principal', () => {
    const task = model();
    expect(task.grantPrincipal).toBe(task.role);
  });
});

describe('SageMakerCreateModel validation', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB }, /SageMakerCreateModel at 'Stack\/Model': `integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ['a name with an underscore', { modelName: 'my_model' }, /`modelName` must be letters, digits and hyphens, starting and ending with a letter or digit, got 'my_model'/],
    ['a name of 64 characters', { modelName: 'm'.repeat(64) }, /`modelName` must be from 1 to 63 characters long, got 64/],
    ['16 containers', { containers: Array.from({ length: 16 }, () => primary()) }, /`containers` must have from 0 to 15 items, got 16/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => model(props as Partial<SageMakerCreateModelProps>)).toThrow(error);
  });

  it('rejects a container host name that is not letters, digits and hyphens', () => {
    expect(() => new ContainerDefinition({ containerHostName: 'my_host' }))
      .toThrow(/ContainerDefinition: `containerHostName` must be 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit, got 'my_host'/);
  });
});
