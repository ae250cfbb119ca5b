import { App, CfnParameter, Stack } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { LambdaInvoke, LambdaInvocationType } from '../src';
import { IMPORTED_ARN, makeFunction } from './fixtures';

const RETRY = {
  ErrorEquals: [
    'Lambda.ClientExecutionTimeoutException',
    'Lambda.ServiceException',
    'Lambda.AWSLambdaException',
    'Lambda.SdkClientException',
  ],
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
};
const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::lambda:invoke']] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

describe('LambdaInvoke', () => {
  it('renders the JSONPath state with the state input as payload by default', () => {
    const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Retry: [RETRY],
      Parameters: { FunctionName: IMPORTED_ARN, 'Payload.$': '$' },
    });
  });

  it('renders the JSONata state with $states.input as payload by default', () => {
    const task = LambdaInvoke.jsonata(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: RESOURCE,
      Retry: [RETRY],
      Arguments: { FunctionName: IMPORTED_ARN, Payload: '{% $states.input %}' },
    });
  });

  it('renders every optional field and the callback resource', () => {
    const task = new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: makeFunction(stack, 'imported'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, id: sfn.JsonPath.stringAt('$.id') }),
      invocationType: LambdaInvocationType.EVENT,
      clientContext: 'eyJhIjoxfQ==',
      qualifier: 'live',
      retryOnServiceExceptions: false,
    });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::lambda:invoke.waitForTaskToken']] },
      Parameters: {
        FunctionName: IMPORTED_ARN,
        Payload: { 'token.$': '$$.Task.Token', 'id.$': '$.id' },
        InvocationType: 'Event',
        ClientContext: 'eyJhIjoxfQ==',
        Qualifier: 'live',
      },
    });
  });

  it('calls the function ARN directly with payloadResponseOnly', () => {
    const task = new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: makeFunction(stack, 'imported'),
      payloadResponseOnly: true,
      payload: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }),
    });
    expect(stack.resolve(task.toStateJson())).toMatchObject({ Resource: IMPORTED_ARN, Parameters: { 'a.$': '$.a' } });
  });

  it('renders a JSON-path payload with payloadResponseOnly as InputPath (aws/aws-cdk#34260)', () => {
    const task = new LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: makeFunction(stack, 'imported'),
      payloadResponseOnly: true,
      payload: sfn.TaskInput.fromJsonPathAt('$.detail'),
    });
    const state = stack.resolve(task.toStateJson());
    expect(state).toMatchObject({ Resource: IMPORTED_ARN, InputPath: '$.detail' });
    expect(state).not.toHaveProperty('Parameters');
  });

  it('exposes Lambda metrics with the function ARN as dimension', () => {
    const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported'), qualifier: 'live' });
    const metric = task.metricFailed();
    expect(metric.metricName).toBe('LambdaFunctionsFailed');
    expect(metric.dimensions).toEqual({ LambdaFunctionArn: IMPORTED_ARN, Qualifier: 'live' });
  });

  describe('invoke permission (aws/aws-cdk#19273, #20177)', () => {
    function grantedFor(props: Partial<ConstructorParameters<typeof LambdaInvoke>[2]>, kind: 'owned' | 'imported' = 'imported') {
      const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, kind), ...props });
      return statements(task);
    }

    it('grants only the unqualified ARN when no qualifier is given', () => {
      expect(grantedFor({})).toEqual([{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: IMPORTED_ARN }]);
    });

    it('grants only the qualified ARN for a static qualifier', () => {
      expect(grantedFor({ qualifier: 'live' })).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: `${IMPORTED_ARN}:live` },
      ]);
    });

    it('grants every qualifier when the qualifier is a JSON path', () => {
      expect(grantedFor({ qualifier: sfn.JsonPath.stringAt('$.version') })).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: `${IMPORTED_ARN}:*` },
      ]);
    });

    it('grants every qualifier when the qualifier is a JSONata expression', () => {
      expect(grantedFor({ qualifier: '{% $states.input.version %}', queryLanguage: sfn.QueryLanguage.JSONATA })).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: `${IMPORTED_ARN}:*` },
      ]);
    });

    it('grants the qualified ARN for a qualifier known at deploy time (a CloudFormation parameter)', () => {
      const version = new CfnParameter(stack, 'Version').valueAsString;
      expect(grantedFor({ qualifier: version })).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::Join': ['', [`${IMPORTED_ARN}:`, { Ref: 'Version' }]] } },
      ]);
    });

    it('grants an alias by its own ARN, whatever the qualifier (Lambda invokes that alias)', () => {
      const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'alias'), qualifier: sfn.JsonPath.stringAt('$.version') });
      expect(statements(task)).toEqual([{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { Ref: 'Alias325C5727' } }]);
    });

    it('grants a function imported by a qualified ARN by that ARN, whatever the qualifier', () => {
      const qualifiedArn = `${IMPORTED_ARN}:prod`;
      const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: lambda.Function.fromFunctionArn(stack, 'Fn', qualifiedArn), qualifier: 'prod' });
      expect(statements(task)).toEqual([{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: qualifiedArn }]);
    });

    it('grants the owned function by its GetAtt ARN', () => {
      expect(grantedFor({}, 'owned')).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] } },
      ]);
    });
  });
});
