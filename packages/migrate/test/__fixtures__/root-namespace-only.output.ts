// aws-cdk-lib's root module used only for the tasks: the import goes.
import { StepFunctionsStartExecution } from '@cdk-stepfunctions/tasks-stepfunctions';
import type { Construct } from 'constructs';
import { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';

export function start(scope: Construct, child: StateMachine): StepFunctionsStartExecution {
  return new StepFunctionsStartExecution(scope, 'Start', { stateMachine: child });
}
