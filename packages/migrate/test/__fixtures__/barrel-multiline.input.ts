// The barrel member alone in a statement, and in a multi-line list.
import { aws_stepfunctions_tasks as sfnTasks } from 'aws-cdk-lib';
import {
  Stack,
  aws_stepfunctions_tasks, // the tasks
  aws_sqs as sqs,
} from 'aws-cdk-lib';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

export function send(stack: Stack, queue: sqs.IQueue): sfn.IChainable {
  const body = sfn.TaskInput.fromJsonPathAt('$.order');
  const first = new aws_stepfunctions_tasks.SqsSendMessage(stack, 'First', { queue, messageBody: body });
  return first.next(new sfnTasks.SqsSendMessage(stack, 'Second', { queue, messageBody: body }));
}
