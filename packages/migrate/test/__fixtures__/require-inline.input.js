// require() inside a function, and a symbol taken straight off require().
function invoke(scope, fn) {
  const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');
  return new tasks.LambdaInvoke(scope, 'Invoke', { lambdaFunction: fn });
}

const SqsSendMessage = require('aws-cdk-lib/aws-stepfunctions-tasks').SqsSendMessage;
const publishClass = require('aws-cdk-lib').aws_stepfunctions_tasks.SnsPublish;

module.exports = { invoke, SqsSendMessage, publishClass };
