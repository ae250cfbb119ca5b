// The barrel member alone in a statement, and in a multi-line list.
import { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';
import {
  Stack,
  aws_sqs as sqs,
} from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

export function send(stack: Stack, queue: sqs.IQueue): sfn.IChainable {
  const body = sfn.TaskInput.fromJsonPathAt('$.order');
  const first = new SqsSendMessage(stack, 'First', { queue, messageBody: body });
  return first.next(new SqsSendMessage(stack, 'Second', { queue, messageBody: body }));
}
