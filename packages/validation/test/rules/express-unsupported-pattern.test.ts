import { describe, expect, it } from 'vitest';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { machine, problemsOf, synthValidated } from '../helpers';

const rule = 'express-unsupported-pattern';
const task = (resource: string) => machine({ T: { Type: 'Task', Resource: resource, End: true } });
const EXPRESS = { stateMachineType: 'EXPRESS' };

describe('express-unsupported-pattern', () => {
  it.each([
    'arn:aws:states:::lambda:invoke',
    'arn:aws:states:::aws-sdk:s3:getObject',
    'arn:aws:lambda:us-east-1:123456789012:function:f',
  ])('passes the request-response resource %s', (resource) => {
    expect(problemsOf(rule, task(resource), EXPRESS)).toEqual([]);
  });

  it.each([
    ['arn:aws:states:::glue:startJobRun.sync', /run a job \(.sync\)/],
    ['arn:aws-us-gov:states:::states:startExecution.sync:2', /run a job \(.sync:2\)/],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', /wait for callback \(.waitForTaskToken\)/],
    ['arn:aws:states:us-east-1:123456789012:activity:work', /is an activity/],
  ])('reports %s', (resource, why) => {
    const problems = problemsOf(rule, task(resource), EXPRESS);
    expect(problems).toEqual([{ path: '/States/T/Resource', state: 'T', rule, message: expect.stringMatching(why) }]);
  });

  it('passes the same resources in a STANDARD state machine (the default)', () => {
    expect(problemsOf(rule, task('arn:aws:states:::glue:startJobRun.sync'))).toEqual([]);
    expect(problemsOf(rule, task('arn:aws:states:::glue:startJobRun.sync'), { stateMachineType: 'STANDARD' })).toEqual([]);
  });

  it('reads the state machine type in the aspect: flags a callback task in EXPRESS, passes it in STANDARD', () => {
    const build = (type: sfn.StateMachineType) => synthValidated((stack) => new tasks.LambdaInvoke(stack, 'Invoke', {
      lambdaFunction: lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
    }), { stateMachineType: type });
    expect(build(sfn.StateMachineType.EXPRESS)).toEqual([{ path: '/Stack/Invoke', message: expect.stringContaining('[express-unsupported-pattern]') }]);
    expect(build(sfn.StateMachineType.STANDARD)).toEqual([]);
  });

  it('flags an activity token (its ARN is a placeholder of an activity) in EXPRESS', () => {
    const errors = synthValidated((stack) => new tasks.StepFunctionsInvokeActivity(stack, 'Act', { activity: new sfn.Activity(stack, 'Activity') }), { stateMachineType: sfn.StateMachineType.EXPRESS });
    expect(errors).toEqual([{ path: '/Stack/Act', message: expect.stringContaining('is an activity') }]);
  });
});
