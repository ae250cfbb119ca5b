import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { commonJsonataProps, definitionOf, inMap, normalize, render, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { BedrockCreateModelCustomizationJob, CustomizationType, type BedrockCreateModelCustomizationJobProps } from '../src';
import { makeModel, partitionArn, resource, smStatements as statements } from './fixtures';

type Props = BedrockCreateModelCustomizationJobProps;

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function required(scope: Construct = stack): Omit<Props, 'baseModel'> {
  return {
    customModelName: 'custom-model',
    jobName: 'job-name',
    outputData: { bucket: new s3.Bucket(scope, 'OutputBucket'), path: 'output-data' },
    trainingData: { bucket: new s3.Bucket(scope, 'TrainingDataBucket'), path: 'training-data' },
    validationData: [{ bucket: new s3.Bucket(scope, 'ValidationDataBucket'), path: 'validation-data1' }],
  };
}

type Construct = Stack;

function customize(props: Partial<Props> = {}): BedrockCreateModelCustomizationJob {
  return new BedrockCreateModelCustomizationJob(stack, 'Customize', { baseModel: makeModel(stack, 'foundation'), ...required(), ...props });
}

const FOUNDATION_MODEL = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, '::foundation-model/anthropic.claude-instant-v1']] };
const s3Uri = (bucket: string, path: string) => ({ 'Fn::Join': ['', ['s3://', { Ref: bucket }, `/${path}`]] });
const inAccount = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, rest]] });
const ROLE_ARN = { 'Fn::GetAtt': ['CustomizeBedrockRole57DABD2F', 'Arn'] };

describe('BedrockCreateModelCustomizationJob', () => {
  it('renders the request-response state with the required fields and its own role', () => {
    expect(render(customize())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('createModelCustomizationJob'),
      Parameters: {
        BaseModelIdentifier: FOUNDATION_MODEL,
        CustomModelName: 'custom-model',
        JobName: 'job-name',
        OutputDataConfig: { S3Uri: s3Uri('OutputBucket7114EB27', 'output-data') },
        RoleArn: ROLE_ARN,
        TrainingDataConfig: { S3Uri: s3Uri('TrainingDataBucketC87619AE', 'training-data') },
        ValidationDataConfig: { Validators: [{ S3Uri: s3Uri('ValidationDataBucket54C7C688', 'validation-data1') }] },
      },
    });
  });

  it('renders RUN_JOB as createModelCustomizationJob.sync', () => {
    expect(render(customize({ integrationPattern: sfn.IntegrationPattern.RUN_JOB })).Resource).toEqual(resource('createModelCustomizationJob.sync'));
  });

  it('renders every optional field', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc');
    const task = customize({
      clientRequestToken: 'token',
      customizationType: CustomizationType.FINE_TUNING,
      customModelKmsKey: new kms.Key(stack, 'KmsKey'),
      customModelTags: [{ key: 'key1', value: 'value1' }],
      hyperParameters: { key: 'value' },
      jobTags: [{ key: 'key2', value: 'value2' }],
      role: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') }),
      vpcConfig: { securityGroups: [new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc })], subnets: vpc.privateSubnets },
    });
    expect(render(task).Parameters).toEqual({
      BaseModelIdentifier: FOUNDATION_MODEL,
      ClientRequestToken: 'token',
      CustomizationType: 'FINE_TUNING',
      CustomModelKmsKeyId: { 'Fn::GetAtt': ['KmsKey46693ADD', 'Arn'] },
      CustomModelName: 'custom-model',
      CustomModelTags: [{ Key: 'key1', Value: 'value1' }],
      HyperParameters: { key: 'value' },
      JobName: 'job-name',
      JobTags: [{ Key: 'key2', Value: 'value2' }],
      OutputDataConfig: { S3Uri: s3Uri('OutputBucket7114EB27', 'output-data') },
      RoleArn: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] },
      TrainingDataConfig: { S3Uri: s3Uri('TrainingDataBucketC87619AE', 'training-data') },
      ValidationDataConfig: { Validators: [{ S3Uri: s3Uri('ValidationDataBucket54C7C688', 'validation-data1') }] },
      VpcConfig: {
        SecurityGroupIds: [{ 'Fn::GetAtt': ['SecurityGroupDD263621', 'GroupId'] }],
        SubnetIds: [{ Ref: 'VpcPrivateSubnet1Subnet536B997A' }, { Ref: 'VpcPrivateSubnet2Subnet3788AAA1' }],
      },
    });
  });

  it('takes the Evaluation percentage hyperparameter instead of validation data', () => {
    const task = customize({ validationData: undefined, hyperParameters: { 'Evaluation percentage': '10' } });
    expect(render(task).Parameters).not.toHaveProperty('ValidationDataConfig');
    expect(render(task).Parameters.HyperParameters).toEqual({ 'Evaluation percentage': '10' });
  });

  it('renders the JSONata state with the jsonata() factory', () => {
    const task = BedrockCreateModelCustomizationJob.jsonata(stack, 'Customize', {
      baseModel: makeModel(stack, 'provisioned'),
      ...required(),
      customModelName: '{% $states.input.modelName %}',
      jobName: '{% "job-" & $states.context.Execution.Name %}',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      ...commonJsonataProps({ comment: 'customize', outputs: '{% $states.result.JobArn %}', assign: {}, credentials: false }),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      Comment: 'customize',
      End: true,
      Resource: resource('createModelCustomizationJob.sync'),
      Output: '{% $states.result.JobArn %}',
      Assign: {},
      TimeoutSeconds: '{% $states.input.timeout %}',
      HeartbeatSeconds: '{% $states.input.heartbeat %}',
      Arguments: {
        BaseModelIdentifier: 'arn:aws:bedrock:us-turbo-2:123456789012:provisioned-model/abc123',
        CustomModelName: '{% $states.input.modelName %}',
        JobName: '{% "job-" & $states.context.Execution.Name %}',
        OutputDataConfig: { S3Uri: s3Uri('OutputBucket7114EB27', 'output-data') },
        RoleArn: ROLE_ARN,
        TrainingDataConfig: { S3Uri: s3Uri('TrainingDataBucketC87619AE', 'training-data') },
        ValidationDataConfig: { Validators: [{ S3Uri: s3Uri('ValidationDataBucket54C7C688', 'validation-data1') }] },
      },
    });
  });

  it.each([
    ['jobName', /jobName must match the pattern/],
    ['customModelName', /customModelName must match the pattern/],
    ['clientRequestToken', /clientRequestToken must match the pattern/],
  ] as const)('takes a JSONata %s, which aws-cdk-lib checks against the name pattern and rejects', (prop, refError) => {
    const expression = '{% $states.input.name %}';
    const task = BedrockCreateModelCustomizationJob.jsonata(stack, 'Customize', { baseModel: makeModel(stack, 'foundation'), ...required(), [prop]: expression });
    const field = { jobName: 'JobName', customModelName: 'CustomModelName', clientRequestToken: 'ClientRequestToken' }[prop];
    expect(render(task).Arguments[field]).toBe(expression);

    const other = new Stack(new App(), 'Reference');
    expect(() => new reference.BedrockCreateModelCustomizationJob(other, 'Customize', {
      baseModel: makeModel(other, 'foundation'), ...required(other), queryLanguage: sfn.QueryLanguage.JSONATA, [prop]: expression,
    })).toThrow(refError);
  });

  it('renders Arguments in a JSONata state machine, where aws-cdk-lib renders Parameters', () => {
    const task = customize({ jobName: '{% $states.input.job %}' });
    const definition = definitionOf(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition.States.Map.ItemProcessor.States.Customize.Arguments).toMatchObject({ JobName: '{% $states.input.job %}' });
    expect(definition.States.Map.ItemProcessor.States.Customize).not.toHaveProperty('Parameters');

    const other = new Stack(new App(), 'Reference');
    const ref = new reference.BedrockCreateModelCustomizationJob(other, 'Customize', { baseModel: makeModel(other, 'foundation'), ...required(other) });
    expect(stack.resolve(ref.toStateJson(sfn.QueryLanguage.JSONATA))).toHaveProperty('Parameters');
    expect(() => definitionOf(ref, { queryLanguage: sfn.QueryLanguage.JSONATA })).toThrow(/`Parameters` is a JSONPath field, but state "Customize" is JSONata/);
  });

  describe('role', () => {
    it('is the role it creates, trusted by Bedrock for this account\'s customization jobs', () => {
      const task = customize();
      expect(task.role.node.path).toBe('Stack/Customize/BedrockRole');
      const template = synthInStateMachine(task);
      template.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [{
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'bedrock.amazonaws.com' },
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnEquals: { 'aws:SourceArn': inAccount(':model-customization-job/*') },
            },
          }],
        },
        Policies: [{
          PolicyName: 'BedrockCreateModelCustomizationJob',
          PolicyDocument: {
            Statement: [
              {
                Action: ['s3:GetObject', 's3:ListBucket'],
                Effect: 'Allow',
                Resource: [
                  { 'Fn::GetAtt': ['TrainingDataBucketC87619AE', 'Arn'] },
                  { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['TrainingDataBucketC87619AE', 'Arn'] }, '/*']] },
                  { 'Fn::GetAtt': ['ValidationDataBucket54C7C688', 'Arn'] },
                  { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['ValidationDataBucket54C7C688', 'Arn'] }, '/*']] },
                ],
              },
              {
                Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
                Effect: 'Allow',
                Resource: [
                  { 'Fn::GetAtt': ['OutputBucket7114EB27', 'Arn'] },
                  { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['OutputBucket7114EB27', 'Arn'] }, '/*']] },
                ],
              },
            ],
          },
        }],
      });
    });

    it('is the given role', () => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') });
      expect(customize({ role }).role).toBe(role);
    });

    it('is a bare role reference imported by its ARN, where aws-cdk-lib throws', () => {
      const cfnRole = new iam.CfnRole(stack, 'CfnRole', { assumeRolePolicyDocument: { Statement: [] } });
      const task = customize({ role: cfnRole });
      expect(stack.resolve(task.role.roleArn)).toEqual({ 'Fn::GetAtt': ['CfnRole', 'Arn'] });
      expect(typeof task.role.grant).toBe('function');
      expect(render(task).Parameters.RoleArn).toEqual({ 'Fn::GetAtt': ['CfnRole', 'Arn'] });

      const other = new Stack(new App(), 'Reference');
      const ref = new reference.BedrockCreateModelCustomizationJob(other, 'Customize', {
        baseModel: makeModel(other, 'foundation'), ...required(other), role: new iam.CfnRole(other, 'CfnRole', { assumeRolePolicyDocument: { Statement: [] } }),
      });
      expect(() => ref.role).toThrow(/Role is not an instance of IRole/);
    });
  });

  it('allows the job role to use the custom model key through Bedrock, in the key policy', () => {
    const key = new kms.Key(stack, 'KmsKey');
    customize({ customModelKmsKey: key });
    const policy = Template.fromStack(stack).findResources('AWS::KMS::Key').KmsKey46693ADD.Properties.KeyPolicy;
    expect(normalize(policy.Statement[1])).toEqual({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'],
      Condition: { StringEquals: { 'kms:ViaService': [{ 'Fn::Join': ['', ['bedrock.', { Ref: 'AWS::Region' }, '.amazonaws.com']] }] } },
      Effect: 'Allow',
      Principal: { AWS: ROLE_ARN },
      Resource: '*',
    });
  });

  describe('permissions', () => {
    const create = {
      Action: ['bedrock:CreateModelCustomizationJob', 'bedrock:TagResource'],
      Effect: 'Allow',
      Resource: [FOUNDATION_MODEL, inAccount(':custom-model/*'), inAccount(':model-customization-job/*')],
    };
    const passRole = { Action: 'iam:PassRole', Effect: 'Allow', Resource: ROLE_ARN };

    it('grants creating the job and passing its role for REQUEST_RESPONSE', () => {
      expect(statements(customize())).toEqual(normalize([create, passRole]));
    });

    it('grants reading and stopping the job for RUN_JOB, as the Step Functions guide lists', () => {
      expect(statements(customize({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual(normalize([
        create,
        { Action: ['bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'], Effect: 'Allow', Resource: inAccount(':model-customization-job/*') },
        passRole,
      ]));
    });

    it('passes an imported role by its ARN', () => {
      const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/bedrock-jobs');
      expect(statements(customize({ role }))).toContainEqual({ Action: 'iam:PassRole', Effect: 'Allow', Resource: 'arn:aws:iam::123456789012:role/bedrock-jobs' });
    });

    it('gives the job role the network statements for a VPC', () => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      customize({ vpcConfig: { securityGroups: [new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc })], subnets: vpc.privateSubnets } });
      const role = Template.fromStack(stack).findResources('AWS::IAM::Role', { Properties: { Policies: [{ PolicyName: 'BedrockCreateModelCustomizationJob' }] } });
      const actions = Object.values(role)[0].Properties.Policies[0].PolicyDocument.Statement.map((s: { Action: unknown }) => s.Action);
      expect(actions).toEqual([
        ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeDhcpOptions', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'],
        'ec2:CreateNetworkInterface',
        'ec2:CreateNetworkInterface',
        ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission'],
        'ec2:CreateTags',
        ['s3:GetObject', 's3:ListBucket'],
        ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
      ]);
    });
  });

  it('exposes no metrics', () => {
    expect(() => customize().metricFailed()).toThrow();
    expect(partitionArn('x')).toBeDefined();
  });
});
