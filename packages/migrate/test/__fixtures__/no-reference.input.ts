// A file that only mentions aws-cdk-lib/aws-stepfunctions-tasks in a comment is left alone.
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

export const pass = (scope: sfn.StateMachine): sfn.Pass => new sfn.Pass(scope, 'aws_stepfunctions_tasks');
