// The namespace import: classes, a props interface in a type, an enum, a static factory, `typeof`.
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

export type InvokeClass = typeof tasks.LambdaInvoke;

export function notify(scope: Construct, fn: lambda.IFunction, table: dynamodb.ITable): sfn.IChainable {
  const props: tasks.LambdaInvokeProps = {
    lambdaFunction: fn,
    invocationType: tasks.LambdaInvocationType.EVENT,
  };
  const invoke = new tasks.LambdaInvoke(scope, 'Notify', props);
  const save = new tasks.DynamoPutItem(scope, 'Save', {
    table,
    item: { id: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
  });
  return invoke.next(save);
}
