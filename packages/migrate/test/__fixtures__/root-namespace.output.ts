// aws-cdk-lib's root module as a namespace: only its aws_stepfunctions_tasks member moves.
import * as cdk from 'aws-cdk-lib';
import { SnsPublish, type SnsPublishProps } from '@cdk-stepfunctions/tasks-sns';

export class Notifier extends cdk.Stack {
  readonly task: SnsPublish;

  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const topic = new cdk.aws_sns.Topic(this, 'Topic');
    const props: SnsPublishProps = {
      topic,
      message: cdk.aws_stepfunctions.TaskInput.fromText('hello'),
    };
    this.task = new SnsPublish(this, 'Publish', props);
  }
}
