// JavaScript modules: the same rewrite, with no `type` markers.
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import { StepFunctionsStartExecution } from '@cdk-stepfunctions/tasks-stepfunctions';
import { aws_stepfunctions as sfn } from 'aws-cdk-lib';

export const chain = (scope, fn, machine) => new LambdaInvoke(scope, 'Invoke', { lambdaFunction: fn })
  .next(new StepFunctionsStartExecution(scope, 'Start', { stateMachine: machine, input: sfn.TaskInput.fromJsonPathAt('$') }));
