// JavaScript modules: the same rewrite, with no `type` markers.
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { aws_stepfunctions as sfn } from 'aws-cdk-lib';

export const chain = (scope, fn, machine) => new tasks.LambdaInvoke(scope, 'Invoke', { lambdaFunction: fn })
  .next(new tasks.StepFunctionsStartExecution(scope, 'Start', { stateMachine: machine, input: sfn.TaskInput.fromJsonPathAt('$') }));
