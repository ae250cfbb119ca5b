// The aws-cdk-lib barrel, mixed with other modules in one import.
import { App, Stack, aws_lambda as lambda, aws_stepfunctions as sfn } from 'aws-cdk-lib';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';

export function build(): Stack {
  const stack = new Stack(new App(), 'Barrel');
  const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:work');
  const invoke = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: fn, payloadResponseOnly: true });
  new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(invoke) });
  return stack;
}
