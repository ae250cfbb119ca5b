// CDK v1 classes (aws-cdk-lib v2 no longer has them) stay, reported; the rest moves.
const { RunLambdaTask } = require('aws-cdk-lib/aws-stepfunctions-tasks');
const { LambdaInvoke } = require('@cdk-stepfunctions/tasks-lambda');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');
const { SqsSendMessage } = require('@cdk-stepfunctions/tasks-sqs');

function old(fn) {
  return [new RunLambdaTask(fn), new tasks.SendToQueue({}), new SqsSendMessage({}), LambdaInvoke, tasks.InvocationType.EVENT];
}

module.exports = { old };
