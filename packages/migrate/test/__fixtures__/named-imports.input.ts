/**
 * Named imports: an alias, a `type` specifier, one statement split by package, a multi-line list and a comment
 * kept in place.
 */
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
// The tasks of the order workflow.
import {
  SqsSendMessage as Send,
  SnsPublish,
  type SnsPublishProps,
  SqsSendMessageProps,
} from 'aws-cdk-lib/aws-stepfunctions-tasks'; // moved to @cdk-stepfunctions
import type { Construct } from 'constructs';

export function announce(scope: Construct, topic: sns.ITopic, queue: sqs.IQueue): sfn.IChainable {
  const publish: SnsPublishProps = { topic, message: sfn.TaskInput.fromText('ready') };
  const send: SqsSendMessageProps = { queue, messageBody: sfn.TaskInput.fromText('ready') };
  return new SnsPublish(scope, 'Publish', publish).next(new Send(scope, 'Send', send));
}
