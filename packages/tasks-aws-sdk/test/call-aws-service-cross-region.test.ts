import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CallAwsServiceCrossRegion, type CallAwsServiceCrossRegionProps } from '../src';
import { handlerCode } from '../src/private/handler-code';

const FUNCTION = 'CrossRegionAwsSdk8a0c93f3dbef4b71ac137aaf2048ce7eF7430F4F';
const FUNCTION_ARN = { 'Fn::GetAtt': [FUNCTION, 'Arn'] };
const RETRY = {
  ErrorEquals: ['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException'],
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
};

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const base = { service: 's3', action: 'getObject', region: 'eu-west-1', iamResources: ['arn:aws:s3:::b/*'] };

function call(props: Partial<CallAwsServiceCrossRegionProps> = {}, id = 'Call'): CallAwsServiceCrossRegion {
  return new CallAwsServiceCrossRegion(stack, id, { ...base, ...props });
}

describe('CallAwsServiceCrossRegion', () => {
  it('invokes its function directly with the call as input in JSONPath', () => {
    const task = call({ parameters: { Bucket: 'b', Key: sfn.JsonPath.stringAt('$.key') } });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: FUNCTION_ARN,
      Retry: [RETRY],
      Parameters: { region: 'eu-west-1', action: 'getObject', service: 's3', parameters: { Bucket: 'b', 'Key.$': '$.key' } },
    });
  });

  it('invokes its function directly with the call as Arguments in JSONata', () => {
    const task = CallAwsServiceCrossRegion.jsonata(stack, 'Call', { ...base, endpoint: 'https://s3.eu-west-1.amazonaws.com' });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: FUNCTION_ARN,
      Retry: [RETRY],
      Arguments: { region: 'eu-west-1', endpoint: 'https://s3.eu-west-1.amazonaws.com', action: 'getObject', service: 's3' },
    });
  });

  it('uses lambda:invoke.waitForTaskToken with the call as Payload for callbacks', () => {
    const task = call({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      service: 'sqs',
      action: 'sendMessage',
      parameters: { QueueUrl: 'q', MessageBody: sfn.JsonPath.taskToken },
      retryOnServiceExceptions: false,
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::lambda:invoke.waitForTaskToken']] },
      Parameters: {
        FunctionName: FUNCTION_ARN,
        Payload: { region: 'eu-west-1', action: 'sendMessage', service: 'sqs', parameters: { QueueUrl: 'q', 'MessageBody.$': '$$.Task.Token' } },
      },
    });
  });

  it('grants the call to the function and the invocation to the state machine', () => {
    const t = synthInStateMachine(call({ additionalIamStatements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })] }));
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^CrossRegionAwsSdk.*ServiceRole') }],
      PolicyDocument: { Statement: [
        { Action: 's3:getObject', Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' },
        { Action: 'kms:Decrypt', Effect: 'Allow', Resource: '*' },
      ] },
    });
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^SMRole') }],
      PolicyDocument: { Statement: [
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: [FUNCTION_ARN, { 'Fn::Join': ['', [FUNCTION_ARN, ':*']] }] },
      ] },
    });
  });

  it.each([
    ['cloudwatch-logs', 'describeLogGroups', 'logs:describeLogGroups'],
    ['sfn', 'startExecution', 'states:startExecution'],
    ['mwaa', 'createCliToken', 'airflow:createCliToken'],
    ['cognito-identity-provider', 'adminGetUser', 'cognito-idp:adminGetUser'],
    ['route-53', 'listHostedZones', 'route53:listHostedZones'],
    ['elasticsearch-service', 'listDomainNames', 'es:listDomainNames'],
  ])('grants the IAM prefix of client %s', (service, action, iamAction) => {
    synthInStateMachine(call({ service, action, iamResources: ['*'] })).hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^CrossRegionAwsSdk') }],
      PolicyDocument: { Statement: [{ Action: iamAction, Effect: 'Allow', Resource: '*' }] },
    });
  });

  it('adds one function per stack, on the latest Node.js runtime, with a 30 second timeout, running our handler', () => {
    const one = call({}, 'One');
    one.next(call({ service: 'sqs', action: 'sendMessage', iamResources: ['*'] }, 'Two'));
    const t = synthInStateMachine(one);
    t.resourceCountIs('AWS::Lambda::Function', 1);
    t.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', Runtime: 'nodejs24.x', Timeout: 30 });
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^CrossRegionAwsSdk') }],
      PolicyDocument: { Statement: [
        { Action: 's3:getObject', Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' },
        { Action: 'sqs:sendMessage', Effect: 'Allow', Resource: '*' },
      ] },
    });
  });

  it('packages the handler directory without declaration files', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cross-region-'));
    const app = new App({ outdir });
    const s = new Stack(app, 'Stack');
    new CallAwsServiceCrossRegion(s, 'Call', base);
    app.synth();
    const assets = fs.readdirSync(outdir).filter((name) => name.startsWith('asset.'));
    expect(assets).toHaveLength(1);
    const files = fs.readdirSync(path.join(outdir, assets[0]));
    expect(files.every((f) => !f.endsWith('.d.ts') && !f.endsWith('.map'))).toBe(true);
    expect(files.some((f) => /^index\.(js|ts)$/.test(f))).toBe(true);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('warns when the endpoint comes from the state', () => {
    call({ endpoint: sfn.JsonPath.stringAt('$.endpoint') });
    Annotations.fromStack(stack).hasWarning('/Stack/Call', Match.stringLikeRegexp('`endpoint` comes from the state\'s data'));
  });

  it('does not warn for a static endpoint', () => {
    call({ endpoint: 'https://s3.eu-west-1.amazonaws.com' });
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toHaveLength(0);
  });
});

describe('the handler asset', () => {
  it('holds only the JavaScript of a compiled handler directory', () => {
    const handlerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handler-'));
    for (const file of ['index.js', 'index.d.ts', 'index.js.map', 'index.d.ts.map']) fs.writeFileSync(path.join(handlerDir, file), '// x');
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
    const app = new App({ outdir });
    const s = new Stack(app, 'Stack');
    new lambda.Function(s, 'Fn', { code: handlerCode(handlerDir), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_22_X });
    app.synth();
    const [asset] = fs.readdirSync(outdir).filter((name) => name.startsWith('asset.'));
    expect(fs.readdirSync(path.join(outdir, asset))).toEqual(['index.js']);
    fs.rmSync(handlerDir, { recursive: true, force: true });
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
