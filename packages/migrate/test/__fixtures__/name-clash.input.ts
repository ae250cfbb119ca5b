// Names already in scope: the new imports take an alias.
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

/** The app's own wrapper, which has the same name as the task. */
export class SnsPublish {
  constructor(readonly topic: sns.ITopic) {}

  task(scope: Construct): sfn.IChainable {
    const SnsPublishProps = { topic: this.topic, message: sfn.TaskInput.fromText('x') };
    return new tasks.SnsPublish(scope, 'Publish', SnsPublishProps);
  }
}

export function options(): tasks.SnsPublishProps | undefined {
  return undefined;
}
