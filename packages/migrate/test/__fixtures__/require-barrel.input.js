// CommonJS and the aws-cdk-lib barrel: the member of require(), a destructured member, and uses through the root.
const tasks = require('aws-cdk-lib').aws_stepfunctions_tasks;
const { Stack, aws_stepfunctions_tasks: sfnTasks } = require('aws-cdk-lib');
const cdk = require('aws-cdk-lib');
const { SnsPublish } = require('aws-cdk-lib').aws_stepfunctions_tasks;

class Workflow extends Stack {
  constructor(scope, id, props) {
    super(scope, id);
    const message = cdk.aws_stepfunctions.TaskInput.fromText('hi');
    this.publish = new SnsPublish(this, 'Publish', { topic: props.topic, message });
    this.send = new tasks.SqsSendMessage(this, 'Send', { queue: props.queue, messageBody: message });
    this.start = new sfnTasks.StepFunctionsStartExecution(this, 'Start', { stateMachine: props.child });
    this.invoke = new cdk.aws_stepfunctions_tasks.LambdaInvoke(this, 'Invoke', { lambdaFunction: props.fn });
  }
}

module.exports = { Workflow };
