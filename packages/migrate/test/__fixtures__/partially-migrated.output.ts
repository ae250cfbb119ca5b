// Some names already come from the packages: a use of the namespace takes the existing import.
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import type { Construct } from 'constructs';

export function both(scope: Construct, fn: lambda.IFunction): sfn.IChainable[] {
  return [new LambdaInvoke(scope, 'A', { lambdaFunction: fn }), new LambdaInvoke(scope, 'B', { lambdaFunction: fn })];
}
