import { CfnParameter, Duration, type StackProps } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { describe, expect, it } from 'vitest';
import { CallAwsServiceCrossRegion, type CallAwsServiceCrossRegionProps } from '../src';
import { type Factory, commonJsonata, commonJsonPath, withIamAction, withoutHandlerAsset } from './fixtures';
import type { Construct } from 'constructs';

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<CallAwsServiceCrossRegionProps>;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  readonly stackProps?: StackProps;
  /** Our IAM action where the reference's prefix is wrong (the reference does not map the service). */
  readonly iamAction?: string;
  /** A second task of the same kind in the same stack, after the first. */
  readonly second?: boolean;
}

const base = { service: 's3', action: 'getObject', region: 'eu-west-1', iamResources: ['*'] };
const callback = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  const token = factory === 'jsonata' ? '{% $states.context.Task.Token %}' : sfn.JsonPath.taskToken;
  cases.push(
    { name: `${factory}, minimal`, factory },
    { name: `${factory}, callback`, factory, props: () => ({
      integrationPattern: callback, service: 'sqs', action: 'sendMessage',
      parameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q', MessageBody: token },
    }) },
    { name: `${factory}, explicit REQUEST_RESPONSE`, factory, props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
    { name: `${factory}, endpoint`, factory, props: () => ({ endpoint: 'https://s3.eu-west-1.amazonaws.com' }) },
    { name: `${factory}, no retries`, factory, props: () => ({ retryOnServiceExceptions: false }) },
    { name: `${factory}, explicit retries`, factory, props: () => ({ retryOnServiceExceptions: true }) },
    { name: `${factory}, two tasks share one function`, factory, second: true },
  );
}

// Services whose IAM prefix the reference maps, or whose client name is the IAM prefix: same action as the reference.
for (const [service, action] of [
  ['sfn', 'startExecution'], ['cloudwatch-logs', 'describeLogGroups'], ['mwaa', 'createCliToken'],
  ['s3', 'listBuckets'], ['dynamodb', 'getItem'], ['ec2', 'describeInstances'], ['lambda', 'invoke'], ['sqs', 'sendMessage'],
  ['sns', 'publish'], ['ssm', 'getParameter'], ['secretsmanager', 'getSecretValue'], ['kms', 'decrypt'], ['cloudformation', 'describeStacks'],
]) {
  cases.push({ name: `service ${service}`, props: () => ({ service, action }) });
  cases.push({ name: `service ${service}, JSONata`, factory: 'jsonata', props: () => ({ service, action }) });
}

// Services whose IAM prefix differs from the client name and the reference does not map: we differ on purpose.
for (const [service, action, prefix] of [
  ['cognito-identity-provider', 'adminGetUser', 'cognito-idp'], ['efs', 'describeFileSystems', 'elasticfilesystem'],
  ['elastic-load-balancing-v2', 'describeTargetHealth', 'elasticloadbalancing'], ['emr-containers', 'startJobRun', 'emr-containers'],
  ['application-auto-scaling', 'describeScalableTargets', 'application-autoscaling'], ['sesv2', 'sendEmail', 'ses'],
  ['kinesis-analytics-v2', 'startApplication', 'kinesisanalytics'], ['acm-pca', 'issueCertificate', 'acm-pca'],
  ['cost-explorer', 'getCostAndUsage', 'ce'], ['docdb', 'describeDBClusters', 'rds'], ['elasticsearch-service', 'describeElasticsearchDomain', 'es'],
  ['dynamodb-streams', 'describeStream', 'dynamodb'], ['sagemaker-runtime', 'invokeEndpoint', 'sagemaker'],
  ['iot-data-plane', 'publish', 'iot'], ['route-53', 'listHostedZones', 'route53'], ['eventbridge', 'putEvents', 'events'],
  ['bedrock-agent', 'listAgents', 'bedrock'], ['mediapackage-vod', 'listAssets', 'mediapackage-vod'],
  ['database-migration-service', 'describeReplicationTasks', 'dms'], ['emr', 'listClusters', 'elasticmapreduce'],
]) {
  cases.push({ name: `service ${service} (IAM prefix ${prefix})`, iamAction: `${prefix}:${action}`, props: () => ({ service, action }) });
}

cases.push(
  { name: 'region us-gov-west-1', props: () => ({ region: 'us-gov-west-1' }) },
  { name: 'stack in China (runtime and partition from the stack region)', stackProps: { env: { account: '123456789012', region: 'cn-north-1' } }, props: () => ({ region: 'cn-northwest-1' }) },
  { name: 'stack in GovCloud', stackProps: { env: { account: '123456789012', region: 'us-gov-east-1' } }, props: () => ({ region: 'us-gov-west-1' }) },
  { name: 'environment-agnostic stack', stackProps: { env: undefined } },
  { name: 'region from the state', props: () => ({ region: sfn.JsonPath.stringAt('$.region') }) },
  { name: 'region from JSONata', factory: 'jsonata', props: () => ({ region: '{% $states.input.region %}' }) },
  { name: 'region from a CloudFormation parameter', props: (scope) => ({ region: new CfnParameter(scope, 'Region').valueAsString }) },
  { name: 'endpoint from the state', props: () => ({ endpoint: sfn.JsonPath.stringAt('$.endpoint') }) },
  { name: 'endpoint from JSONata', factory: 'jsonata', props: () => ({ endpoint: '{% $states.input.endpoint %}' }) },
  { name: 'service and action from the state with iamAction', props: () => ({
    service: sfn.JsonPath.stringAt('$.service'), action: sfn.JsonPath.stringAt('$.action'), iamAction: 's3:GetObject',
  }) },
  { name: 'action from JSONata with iamAction', factory: 'jsonata', props: () => ({ action: '{% $states.input.action %}', iamAction: 's3:*' }) },
  { name: 'iamAction', props: () => ({ action: 'listBuckets', iamAction: 's3:ListAllMyBuckets' }) },
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
      new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] }),
    ],
  }) },
  { name: 'empty additionalIamStatements', props: () => ({ additionalIamStatements: [] }) },
  { name: 'JSONPath parameters', props: () => ({ parameters: {
    Bucket: sfn.JsonPath.stringAt('$.bucket'),
    Key: sfn.JsonPath.format('{}/{}', sfn.JsonPath.stringAt('$.prefix'), sfn.JsonPath.stringAt('$.name')),
    PartNumber: sfn.JsonPath.numberAt('$.part'),
    Nested: { List: sfn.JsonPath.listAt('$.list'), Fixed: [1, 'a'] },
  } }) },
  { name: 'camelCase parameters (v3 format of some services)', props: () => ({ service: 'ecs', action: 'describeServices', parameters: { cluster: 'c', services: ['s'] } }) },
  { name: 'JSONata parameters', factory: 'jsonata', props: () => ({ parameters: { Bucket: '{% $states.input.bucket %}', Key: 'k' } }) },
  { name: 'JSONata parameters, constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, parameters: { Bucket: '{% $states.input.bucket %}' } }) },
  { name: 'empty parameters', props: () => ({ parameters: {} }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONPath prop, callback', props: (scope) => ({
    ...commonJsonPath(scope), integrationPattern: callback, parameters: { MessageBody: sfn.JsonPath.taskToken, QueueUrl: 'q' },
  }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({ parameters: { Bucket: '{% $states.input.b %}' } }) },
  { name: 'README: getObject in ap-northeast-1', props: (scope) => {
    const myBucket = new s3.Bucket(scope, 'Bucket');
    return {
      region: 'ap-northeast-1', service: 's3', action: 'getObject',
      parameters: { Bucket: myBucket.bucketName, Key: sfn.JsonPath.stringAt('$.key') }, iamResources: [myBucket.arnForObjects('*')],
    };
  } },
  { name: 'everything at once', props: (scope) => ({
    ...commonJsonPath(scope),
    service: 'sfn', action: 'startExecution', region: 'us-west-2', endpoint: 'https://states.us-west-2.amazonaws.com',
    iamResources: ['arn:aws:states:us-west-2:123456789012:stateMachine:x'], iamAction: 'states:StartExecution',
    parameters: { stateMachineArn: 'arn:aws:states:us-west-2:123456789012:stateMachine:x', input: sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$')) },
    additionalIamStatements: [new iam.PolicyStatement({ actions: ['states:DescribeExecution'], resources: ['*'] })],
    retryOnServiceExceptions: false,
  }) },
  { name: 'everything at once, JSONata callback', factory: 'jsonata', props: () => ({
    ...commonJsonata(),
    integrationPattern: callback, service: 'sqs', action: 'sendMessage', region: 'eu-central-1', endpoint: 'https://sqs.eu-central-1.amazonaws.com',
    parameters: { QueueUrl: '{% $states.input.queue %}', MessageBody: '{% $states.context.Task.Token %}' },
    additionalIamStatements: [new iam.PolicyStatement({ actions: ['kms:GenerateDataKey'], resources: ['*'] })],
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const Impl = implementation === 'ours' ? CallAwsServiceCrossRegion : reference.CallAwsServiceCrossRegion;
    const make = (id: string) => {
      const props = { ...base, ...c.props?.(scope) } as CallAwsServiceCrossRegionProps;
      switch (c.factory ?? 'new') {
        case 'jsonPath': return Impl.jsonPath(scope, id, props);
        case 'jsonata': return Impl.jsonata(scope, id, props);
        default: return new Impl(scope, id, props);
      }
    };
    const first = make('Call');
    if (c.second) first.next(make('CallAgain'));
    return first;
  };
}

function expected(c: Case, ref: ParitySnapshot): ParitySnapshot {
  if (c.iamAction === undefined) return ref;
  const props = { ...base, ...c.props?.(undefined as unknown as Construct) };
  return withIamAction(ref, `${props.service}:${props.action}`, c.iamAction);
}

describe('CallAwsServiceCrossRegion parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, stackProps: c.stackProps });
    const want = expected(c, ref);
    expect(ours.state).toEqual(want.state);
    expect(withoutHandlerAsset(ours.template)).toEqual(withoutHandlerAsset(want.template));
    expect(ours.statements).toEqual(want.statements);
  });

  it('differs from the reference template only in the handler asset', () => {
    const { ours, reference: ref } = renderBoth(build({ name: 'minimal' }));
    const key = (t: Record<string, unknown>) => Object.entries(t.Resources as Record<string, { Type: string; Properties: { Code: { S3Key: string } } }>)
      .find(([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith('CrossRegionAwsSdk'))![1].Properties.Code.S3Key;
    expect(key(ours.template)).not.toEqual(key(ref.template));
    expect(key(ours.template)).toMatch(/^[0-9a-f]{64}\.zip$/);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(80);
  });
});
