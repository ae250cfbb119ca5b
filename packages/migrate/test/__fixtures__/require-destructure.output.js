'use strict';
// CommonJS: destructured names, with an alias, split by package.
const { LambdaInvoke } = require('@cdk-stepfunctions/tasks-lambda');
const { SqsSendMessage: Send } = require('@cdk-stepfunctions/tasks-sqs');
const { TaskInput } = require('aws-cdk-lib/aws-stepfunctions');

function tasksFor(scope, fn, queue) {
  const invoke = new LambdaInvoke(scope, 'Invoke', { lambdaFunction: fn });
  return invoke.next(new Send(scope, 'Send', { queue, messageBody: TaskInput.fromText('done') }));
}

module.exports = { tasksFor };
