// aws-cdk-lib's root module as a namespace: only its aws_stepfunctions_tasks member moves.
import * as cdk from 'aws-cdk-lib';

export class Notifier extends cdk.Stack {
  readonly task: cdk.aws_stepfunctions_tasks.SnsPublish;

  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const topic = new cdk.aws_sns.Topic(this, 'Topic');
    const props: cdk.aws_stepfunctions_tasks.SnsPublishProps = {
      topic,
      message: cdk.aws_stepfunctions.TaskInput.fromText('hello'),
    };
    this.task = new cdk.aws_stepfunctions_tasks.SnsPublish(this, 'Publish', props);
  }
}
