// TypeScript's `import x = require(...)`, of the module and of an alias of the barrel member.
import { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';
import cdk = require('aws-cdk-lib');
import type { SnsPublishProps } from '@cdk-stepfunctions/tasks-sns';

export function queueTask(scope: cdk.Stack, queue: cdk.aws_sqs.IQueue): SqsSendMessage {
  return new SqsSendMessage(scope, 'Send', { queue, messageBody: cdk.aws_stepfunctions.TaskInput.fromText('x') });
}

export type PublishProps = SnsPublishProps;
