// CDK v1 classes (aws-cdk-lib v2 no longer has them) stay, reported; the rest moves.
const { RunLambdaTask, LambdaInvoke } = require('aws-cdk-lib/aws-stepfunctions-tasks');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');

function old(fn) {
  return [new RunLambdaTask(fn), new tasks.SendToQueue({}), new tasks.SqsSendMessage({}), LambdaInvoke, tasks.InvocationType.EVENT];
}

module.exports = { old };
