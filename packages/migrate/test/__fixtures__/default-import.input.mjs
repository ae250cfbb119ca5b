// A default import of the module (esModuleInterop), and aws-cdk-lib's default import next to the barrel member.
import tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import cdk, { aws_stepfunctions_tasks as sfnTasks } from 'aws-cdk-lib';

export class Stack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id);
    this.invoke = new tasks.LambdaInvoke(this, 'Invoke', { lambdaFunction: props.fn });
    this.send = new sfnTasks.SqsSendMessage(this, 'Send', { queue: props.queue, messageBody: props.body });
  }
}
