// TypeScript's `import x = require(...)`, of the module and of an alias of the barrel member.
import tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');
import cdk = require('aws-cdk-lib');
import sfnTasks = cdk.aws_stepfunctions_tasks;

export function queueTask(scope: cdk.Stack, queue: cdk.aws_sqs.IQueue): tasks.SqsSendMessage {
  return new tasks.SqsSendMessage(scope, 'Send', { queue, messageBody: cdk.aws_stepfunctions.TaskInput.fromText('x') });
}

export type PublishProps = sfnTasks.SnsPublishProps;
