import { App, CfnParameter, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { synthThrows } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CallAwsServiceCrossRegion, type CallAwsServiceCrossRegionProps } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const base = { service: 's3', action: 'getObject', region: 'eu-west-1', iamResources: ['*'] };

function call(props: Partial<CallAwsServiceCrossRegionProps>): CallAwsServiceCrossRegion {
  return new CallAwsServiceCrossRegion(stack, 'Call', { ...base, ...props });
}

/** Builds the reference task, puts it in a state machine and synthesizes: whether that throws. */
function referenceThrows(props: Partial<CallAwsServiceCrossRegionProps>): boolean {
  return synthThrows((s) => new reference.CallAwsServiceCrossRegion(s, 'Call', { ...base, ...props } as reference.CallAwsServiceCrossRegionProps));
}

describe('CallAwsServiceCrossRegion validation: where the reference throws, we throw', () => {
  it.each([
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
      /CallAwsServiceCrossRegion at 'Stack\/Call': `integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/],
    ['a PascalCase action', { action: 'GetObject' }, /`action` must be a camelCase API action name .*, got 'GetObject'/],
    ['an empty action', { action: '' }, /`action` must be a camelCase API action name/],
    ['an action with a hyphen', { action: 'get-object' }, /`action` must be a camelCase API action name/],
    ['empty iamResources', { iamResources: [] }, /`iamResources` must contain at least one ARN or '\*'/],
    ['an iamAction without prefix', { iamAction: 'GetObject' }, /`iamAction` must be an IAM action/],
    ['a Step Functions style service name with a dot', { service: 'cloudwatch.logs' }, /`service` must be an AWS SDK for JavaScript v3 client name/],
    ['a package name as service', { service: '@aws-sdk/client-s3' }, /`service` must be an AWS SDK for JavaScript v3 client name/],
    ['an empty service', { service: '' }, /`service` must be an AWS SDK for JavaScript v3 client name/],
    ['service and action from JSONata without iamAction', { service: '{% $states.input.s %}', action: '{% $states.input.a %}' },
      /`iamAction` must be set when `service` and `action` come from the state's data/],
  ] as const)('fails on %s', (_name, props, message) => {
    expect(referenceThrows(props as Partial<CallAwsServiceCrossRegionProps>)).toBe(true);
    expect(() => call(props as Partial<CallAwsServiceCrossRegionProps>)).toThrow(message);
  });
});

describe('CallAwsServiceCrossRegion validation: what we check beyond the reference', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN without parameters', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
      /`parameters` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
    ['WAIT_FOR_TASK_TOKEN without the token in parameters',
      { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN, parameters: { QueueUrl: 'q' } }, /`parameters` must contain the task token/],
    ['an upper-case service', { service: 'S3' }, /`service` must be an AWS SDK for JavaScript v3 client name .*, got 'S3'/],
    ['a malformed region', { region: 'Europe' }, /`region` must be an AWS region such as 'us-east-1', got 'Europe'/],
    ['an empty region', { region: '' }, /`region` must be an AWS region such as 'us-east-1', got none/],
    ['a missing region', { region: undefined }, /`region` must be an AWS region/],
    ['an endpoint that is not a URL', { endpoint: 's3.eu-west-1.amazonaws.com' }, /`endpoint` must be an http\(s\) URL/],
    ['an action from the state without iamAction', { action: sfn.JsonPath.stringAt('$.action') },
      /`iamAction` must be set when `action` comes from the state's data, got no `iamAction`/],
  ] as const)('fails on %s (the reference accepts it)', (_name, props, message) => {
    expect(referenceThrows(props as Partial<CallAwsServiceCrossRegionProps>)).toBe(false);
    expect(() => call(props as Partial<CallAwsServiceCrossRegionProps>)).toThrow(message);
  });

  it('accepts the task token passed in a raw JSONPath field of the parameters', () => {
    expect(() => call({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      parameters: { QueueUrl: 'q', MessageAttributes: { cb: { DataType: 'String', 'StringValue.$': '$$.Task.Token' } } },
    })).not.toThrow();
  });

  it('accepts regions of every partition and tokens', () => {
    for (const [i, region] of ['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'eu-isoe-west-1', 'us-isob-east-1', 'ap-southeast-5'].entries()) {
      expect(() => new CallAwsServiceCrossRegion(stack, `Call${i}`, { ...base, region })).not.toThrow();
    }
    expect(() => new CallAwsServiceCrossRegion(stack, 'Token', { ...base, region: new CfnParameter(stack, 'R').valueAsString })).not.toThrow();
    expect(() => new CallAwsServiceCrossRegion(stack, 'Path', { ...base, region: sfn.JsonPath.stringAt('$.r') })).not.toThrow();
  });

  it('accepts hyphenated client names and http endpoints', () => {
    expect(() => call({ service: 'cloudwatch-logs', action: 'describeLogGroups', endpoint: 'http://localhost:4566' })).not.toThrow();
  });

  it('accepts camelCase parameter names (some v3 clients use them)', () => {
    expect(() => call({ service: 'ecs', action: 'listTasks', parameters: { cluster: 'c' } })).not.toThrow();
  });
});
