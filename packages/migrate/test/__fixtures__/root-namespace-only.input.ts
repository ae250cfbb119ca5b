// aws-cdk-lib's root module used only for the tasks: the import goes.
import cdk = require('aws-cdk-lib');
import type { Construct } from 'constructs';
import { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';

export function start(scope: Construct, child: StateMachine): cdk.aws_stepfunctions_tasks.StepFunctionsStartExecution {
  return new cdk.aws_stepfunctions_tasks.StepFunctionsStartExecution(scope, 'Start', { stateMachine: child });
}
