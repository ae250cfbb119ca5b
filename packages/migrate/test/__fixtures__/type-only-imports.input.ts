// Type-only imports stay type-only.
import type { LambdaInvokeProps } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';

export interface Workflow {
  readonly invoke: LambdaInvokeProps;
  readonly publish?: tasks.SnsPublishProps;
  readonly send?: tasks.SqsSendMessage;
}
