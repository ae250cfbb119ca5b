'use strict';
// CommonJS: the module bound whole with require().
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');

/** @param {import('constructs').Construct} scope */
function publish(scope, topic) {
  return new tasks.SnsPublish(scope, 'Publish', {
    topic,
    message: sfn.TaskInput.fromJsonPathAt('$.message'),
    messageAttributes: { kind: { value: 'order', dataType: tasks.MessageAttributeDataType.STRING } },
  });
}

module.exports = { publish };
