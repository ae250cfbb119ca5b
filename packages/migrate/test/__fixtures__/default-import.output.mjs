// A default import of the module (esModuleInterop), and aws-cdk-lib's default import next to the barrel member.
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';
import cdk from 'aws-cdk-lib';
import { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';

export class Stack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id);
    this.invoke = new LambdaInvoke(this, 'Invoke', { lambdaFunction: props.fn });
    this.send = new SqsSendMessage(this, 'Send', { queue: props.queue, messageBody: props.body });
  }
}
