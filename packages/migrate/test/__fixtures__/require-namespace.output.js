'use strict';
// CommonJS: the module bound whole with require().
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const { MessageAttributeDataType, SnsPublish } = require('@cdk-stepfunctions/tasks-sns');

/** @param {import('constructs').Construct} scope */
function publish(scope, topic) {
  return new SnsPublish(scope, 'Publish', {
    topic,
    message: sfn.TaskInput.fromJsonPathAt('$.message'),
    messageAttributes: { kind: { value: 'order', dataType: MessageAttributeDataType.STRING } },
  });
}

module.exports = { publish };
