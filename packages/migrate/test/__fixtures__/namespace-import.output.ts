// The namespace import: classes, a props interface in a type, an enum, a static factory, `typeof`.
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { DynamoAttributeValue, DynamoPutItem } from '@cdk-stepfunctions/tasks-dynamodb';
import { LambdaInvocationType, LambdaInvoke, type LambdaInvokeProps } from '@cdk-stepfunctions/tasks-lambda';
import type { Construct } from 'constructs';

export type InvokeClass = typeof LambdaInvoke;

export function notify(scope: Construct, fn: lambda.IFunction, table: dynamodb.ITable): sfn.IChainable {
  const props: LambdaInvokeProps = {
    lambdaFunction: fn,
    invocationType: LambdaInvocationType.EVENT,
  };
  const invoke = new LambdaInvoke(scope, 'Notify', props);
  const save = new DynamoPutItem(scope, 'Save', {
    table,
    item: { id: DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
  });
  return invoke.next(save);
}
