// require() inside a function, and a symbol taken straight off require().
function invoke(scope, fn) {
  const { LambdaInvoke } = require('@cdk-stepfunctions/tasks-lambda');
  return new LambdaInvoke(scope, 'Invoke', { lambdaFunction: fn });
}

const SqsSendMessage = require('@cdk-stepfunctions/tasks-sqs').SqsSendMessage;
const publishClass = require('@cdk-stepfunctions/tasks-sns').SnsPublish;

module.exports = { invoke, SqsSendMessage, publishClass };
