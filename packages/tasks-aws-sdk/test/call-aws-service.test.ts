import { App, Stack } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CallAwsService, type CallAwsServiceProps } from '../src';

const resource = (arn: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::aws-sdk:${arn}`]] });

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function call(props: Partial<CallAwsServiceProps> = {}): CallAwsService {
  return new CallAwsService(stack, 'Call', { service: 's3', action: 'getObject', iamResources: ['*'], ...props });
}

describe('CallAwsService', () => {
  it('renders the JSONPath state with empty Parameters by default', () => {
    expect(stack.resolve(call().toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('s3:getObject'),
      Parameters: {},
    });
  });

  it('renders the JSONata state with empty Arguments by default', () => {
    const task = CallAwsService.jsonata(stack, 'Call', { service: 's3', action: 'getObject', iamResources: ['*'] });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('s3:getObject'),
      Arguments: {},
    });
  });

  it('renders JSONPath parameters with .$ keys for paths', () => {
    const task = call({ parameters: { Bucket: 'my-bucket', Key: sfn.JsonPath.stringAt('$.key') } });
    expect(stack.resolve(task.toStateJson())).toMatchObject({ Parameters: { Bucket: 'my-bucket', 'Key.$': '$.key' } });
  });

  it('renders the callback resource with the task token in the parameters', () => {
    const task = call({
      service: 'sqs',
      action: 'sendMessage',
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: sfn.JsonPath.taskToken },
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('sqs:sendMessage.waitForTaskToken'),
      Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', 'MessageBody.$': '$$.Task.Token' },
    });
  });

  it('renders the JSONata callback with the token expression', () => {
    const task = CallAwsService.jsonata(stack, 'Call', {
      service: 'sqs',
      action: 'sendMessage',
      iamResources: ['*'],
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'q', MessageBody: '{% $states.context.Task.Token %}' },
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('sqs:sendMessage.waitForTaskToken'),
      Arguments: { QueueUrl: 'q', MessageBody: '{% $states.context.Task.Token %}' },
    });
  });

  it('renders the service in lower case and the action as given', () => {
    expect(stack.resolve(call({ service: 'DynamoDB', action: 'getItem' }).toStateJson())).toMatchObject({ Resource: resource('dynamodb:getItem') });
  });

  it('grants <service>:<action> on iamResources', () => {
    expect(statements(call({ iamResources: ['arn:aws:s3:::b/*'] }))).toEqual([
      { Action: 's3:getObject', Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' },
    ]);
  });

  it.each([
    ['sfn', 'startExecution', 'states:startExecution'],
    ['cloudwatchlogs', 'createLogGroup', 'logs:createLogGroup'],
    ['mwaa', 'createCliToken', 'airflow:createCliToken'],
    ['cognitoidentityprovider', 'adminGetUser', 'cognito-idp:adminGetUser'],
    ['elasticloadbalancingv2', 'describeTargetHealth', 'elasticloadbalancing:describeTargetHealth'],
    ['emrcontainers', 'startJobRun', 'emr-containers:startJobRun'],
    ['SFN', 'startExecution', 'states:startExecution'],
  ])('grants the IAM prefix of %s', (service, action, iamAction) => {
    expect(statements(call({ service, action }))).toEqual([{ Action: iamAction, Effect: 'Allow', Resource: '*' }]);
  });

  it('grants iamAction instead when given, and the additional statements', () => {
    const extra = new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['arn:aws:kms:us-east-1:123456789012:key/k'] });
    expect(statements(call({ action: 'listBuckets', iamAction: 's3:ListAllMyBuckets', additionalIamStatements: [extra] }))).toEqual([
      { Action: 's3:ListAllMyBuckets', Effect: 'Allow', Resource: '*' },
      { Action: 'kms:Decrypt', Effect: 'Allow', Resource: 'arn:aws:kms:us-east-1:123456789012:key/k' },
    ]);
  });

  it('adds no retries and no metrics', () => {
    const task = call();
    expect(stack.resolve(task.toStateJson())).not.toHaveProperty('Retry');
    expect(() => task.metricFailed()).toThrow();
  });
});
