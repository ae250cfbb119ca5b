// CommonJS and the aws-cdk-lib barrel: the member of require(), a destructured member, and uses through the root.
const { SqsSendMessage } = require('@cdk-stepfunctions/tasks-sqs');
const { Stack } = require('aws-cdk-lib');
const { StepFunctionsStartExecution } = require('@cdk-stepfunctions/tasks-stepfunctions');
const cdk = require('aws-cdk-lib');
const { LambdaInvoke } = require('@cdk-stepfunctions/tasks-lambda');
const { SnsPublish } = require('@cdk-stepfunctions/tasks-sns');

class Workflow extends Stack {
  constructor(scope, id, props) {
    super(scope, id);
    const message = cdk.aws_stepfunctions.TaskInput.fromText('hi');
    this.publish = new SnsPublish(this, 'Publish', { topic: props.topic, message });
    this.send = new SqsSendMessage(this, 'Send', { queue: props.queue, messageBody: message });
    this.start = new StepFunctionsStartExecution(this, 'Start', { stateMachine: props.child });
    this.invoke = new LambdaInvoke(this, 'Invoke', { lambdaFunction: props.fn });
  }
}

module.exports = { Workflow };
