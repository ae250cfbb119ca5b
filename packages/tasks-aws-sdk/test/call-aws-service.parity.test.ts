import { CfnParameter, Duration, type StackProps } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { describe, expect, it } from 'vitest';
import { CallAwsService, type CallAwsServiceProps } from '../src';
import { type Factory, commonJsonata, commonJsonPath, withIamAction } from './fixtures';
import type { Construct } from 'constructs';

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<CallAwsServiceProps>;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  readonly stackProps?: StackProps;
  /** Our IAM action where the reference's prefix is wrong (the reference does not map the service). */
  readonly iamAction?: string;
}

const base = { service: 's3', action: 'getObject', iamResources: ['*'] };

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push({ name: `${factory}, minimal`, factory });
  cases.push({ name: `${factory}, callback`, factory, props: () => ({
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    parameters: factory === 'jsonata'
      ? { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '{% $states.context.Task.Token %}' }
      : { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: sfn.JsonPath.taskToken },
    service: 'sqs',
    action: 'sendMessage',
  }) });
  cases.push({ name: `${factory}, explicit REQUEST_RESPONSE`, factory, props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) });
}

// Services whose IAM prefix the reference maps: same action as the reference.
for (const [service, action] of [
  ['sfn', 'startExecution'], ['cloudwatchlogs', 'createLogGroup'], ['mwaa', 'createCliToken'], ['efs', 'describeFileSystems'],
  ['elasticloadbalancingv2', 'describeTargetHealth'], ['mediapackagevod', 'listAssets'], ['bedrockagent', 'listAgents'],
  ['s3', 'listBuckets'], ['dynamodb', 'getItem'], ['ec2', 'describeInstances'], ['lambda', 'invoke'], ['sqs', 'sendMessage'],
  ['eks', 'describeCluster'], ['rekognition', 'detectLabels'], ['secretsmanager', 'getSecretValue'], ['acm', 'listCertificates'],
]) {
  cases.push({ name: `service ${service}`, props: () => ({ service, action }) });
  cases.push({ name: `service ${service}, JSONata`, factory: 'jsonata', props: () => ({ service, action }) });
}

// Services whose IAM prefix differs from the SDK name and the reference does not map: we differ on purpose.
for (const [service, action, prefix] of [
  ['cognitoidentityprovider', 'adminGetUser', 'cognito-idp'], ['cognitoidentity', 'getId', 'cognito-identity'],
  ['emrcontainers', 'startJobRun', 'emr-containers'], ['emrserverless', 'startApplication', 'emr-serverless'],
  ['applicationautoscaling', 'registerScalableTarget', 'application-autoscaling'], ['sesv2', 'sendEmail', 'ses'],
  ['kinesisanalyticsv2', 'startApplication', 'kinesisanalytics'], ['acmpca', 'issueCertificate', 'acm-pca'],
  ['costexplorer', 'getCostAndUsage', 'ce'], ['docdb', 'describeDbClusters', 'rds'], ['elasticsearch', 'describeDomain', 'es'],
  ['opensearch', 'describeDomain', 'es'], ['dynamodbstreams', 'describeStream', 'dynamodb'],
  ['sagemakerruntime', 'invokeEndpoint', 'sagemaker'], ['emr', 'addJobFlowSteps', 'elasticmapreduce'],
  ['eventbridge', 'putEvents', 'events'], ['bedrockruntime', 'invokeModel', 'bedrock'], ['s3control', 'listJobs', 's3'],
  ['apigatewayv2', 'getApis', 'apigateway'], ['databasemigration', 'startReplicationTask', 'dms'],
]) {
  cases.push({ name: `service ${service} (IAM prefix ${prefix})`, iamAction: `${prefix}:${action}`, props: () => ({ service, action }) });
}

cases.push(
  { name: 'stack in China', stackProps: { env: { account: '123456789012', region: 'cn-north-1' } } },
  { name: 'environment-agnostic stack', stackProps: { env: undefined } },
  { name: 'upper-case service is rendered in lower case', props: () => ({ service: 'DynamoDB', action: 'getItem' }) },
  { name: 'upper-case mapped service', iamAction: 'states:startExecution', props: () => ({ service: 'SFN', action: 'startExecution' }) },
  { name: 'service from a CloudFormation parameter', props: (scope) => ({ service: new CfnParameter(scope, 'Service').valueAsString }) },
  { name: 'action with digits', props: () => ({ action: 'listObjectsV2' }) },
  { name: 'iamAction', props: () => ({ action: 'listBuckets', iamAction: 's3:ListAllMyBuckets' }) },
  { name: 'iamAction for an unmapped service', props: () => ({ service: 'cognitoidentityprovider', action: 'adminGetUser', iamAction: 'cognito-idp:AdminGetUser' }) },
  { name: 'iamAction wildcard', props: () => ({ iamAction: 's3:Get*' }) },
  { name: 'several iamResources', props: () => ({ iamResources: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] }) },
  { name: 'iamResources from a bucket', props: (scope) => {
    const bucket = new s3.Bucket(scope, 'Bucket');
    return { iamResources: [bucket.arnForObjects('*')], parameters: { Bucket: bucket.bucketName, Key: sfn.JsonPath.stringAt('$.key') } };
  } },
  { name: 'iamResources from an imported bucket', props: (scope) => {
    const bucket = s3.Bucket.fromBucketName(scope, 'Bucket', 'imported-bucket');
    return { iamResources: [bucket.arnForObjects('*')], parameters: { Bucket: bucket.bucketName } };
  } },
  { name: 'additionalIamStatements', props: () => ({
    service: 'rekognition', action: 'detectLabels',
    additionalIamStatements: [
      new iam.PolicyStatement({ actions: ['s3:getObject'], resources: ['arn:aws:s3:::amzn-s3-demo-bucket/*'] }),
      new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], effect: iam.Effect.ALLOW }),
    ],
  }) },
  { name: 'empty additionalIamStatements', props: () => ({ additionalIamStatements: [] }) },
  { name: 'JSONPath parameters', props: () => ({ parameters: {
    Bucket: sfn.JsonPath.stringAt('$.bucket'),
    Key: sfn.JsonPath.format('{}/{}', sfn.JsonPath.stringAt('$.prefix'), sfn.JsonPath.stringAt('$.name')),
    Range: 'bytes=0-9',
    ExpectedBucketOwner: sfn.JsonPath.stringAt('$$.Execution.Input.owner'),
    PartNumber: sfn.JsonPath.numberAt('$.part'),
  } }) },
  { name: 'nested JSONPath parameters', props: () => ({ service: 'dynamodb', action: 'putItem', parameters: {
    TableName: 'table',
    Item: { id: { S: sfn.JsonPath.stringAt('$.id') }, tags: { L: sfn.JsonPath.listAt('$.tags') }, n: { N: '1' } },
    ReturnValues: 'ALL_OLD',
  } }) },
  { name: 'JSONata parameters', factory: 'jsonata', props: () => ({ parameters: { Bucket: '{% $states.input.bucket %}', Key: 'fixed' } }) },
  { name: 'JSONata parameters, constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, parameters: { Bucket: '{% $states.input.bucket %}' } }) },
  { name: 'empty parameters', props: () => ({ parameters: {} }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'credentials from a role ARN in the state', props: () => ({ credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') } }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({ parameters: { Bucket: '{% $states.input.b %}' } }) },
  { name: 'README: getObject', props: (scope) => {
    const myBucket = new s3.Bucket(scope, 'Bucket');
    return { service: 's3', action: 'getObject', parameters: { Bucket: myBucket.bucketName, Key: sfn.JsonPath.stringAt('$.key') }, iamResources: [myBucket.arnForObjects('*')] };
  } },
  { name: 'README: listBuckets', props: () => ({ service: 's3', action: 'listBuckets', iamResources: ['*'], iamAction: 's3:ListAllMyBuckets' }) },
  { name: 'README: detectLabels', props: () => ({
    service: 'rekognition', action: 'detectLabels', iamResources: ['*'],
    additionalIamStatements: [new iam.PolicyStatement({ actions: ['s3:getObject'], resources: ['arn:aws:s3:::amzn-s3-demo-bucket/*'] })],
  }) },
  { name: 'everything at once', props: (scope) => ({
    ...commonJsonPath(scope),
    service: 'sfn', action: 'startExecution', iamResources: ['arn:aws:states:us-east-1:123456789012:stateMachine:x'],
    iamAction: 'states:StartExecution',
    parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:x', Input: sfn.JsonPath.objectAt('$.input'), Name: sfn.JsonPath.uuid() },
    additionalIamStatements: [new iam.PolicyStatement({ actions: ['states:DescribeExecution'], resources: ['*'] })],
  }) },
  { name: 'everything at once, callback', props: () => ({
    service: 'sns', action: 'publish', iamResources: ['arn:aws:sns:us-east-1:123456789012:topic'],
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:topic', Message: sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$')), MessageAttributes: { token: { DataType: 'String', StringValue: sfn.JsonPath.taskToken } } },
    heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(1)),
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { ...base, ...c.props?.(scope) } as CallAwsServiceProps;
    const Impl = implementation === 'ours' ? CallAwsService : reference.CallAwsService;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Call', props);
      case 'jsonata': return Impl.jsonata(scope, 'Call', props);
      default: return new Impl(scope, 'Call', props);
    }
  };
}

function expected(c: Case, ref: ParitySnapshot): ParitySnapshot {
  if (c.iamAction === undefined) return ref;
  const props = { ...base, ...c.props?.(undefined as unknown as Construct) };
  return withIamAction(ref, `${props.service}:${props.action}`, c.iamAction);
}

describe('CallAwsService parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, stackProps: c.stackProps });
    const want = expected(c, ref);
    expect(ours.state).toEqual(want.state);
    expect(ours.template).toEqual(want.template);
    expect(ours.statements).toEqual(want.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(80);
  });
});
