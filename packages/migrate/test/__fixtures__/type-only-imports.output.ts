// Type-only imports stay type-only.
import type { LambdaInvokeProps } from '@cdk-stepfunctions/tasks-lambda';
import type { SnsPublishProps } from '@cdk-stepfunctions/tasks-sns';
import type { SqsSendMessage } from '@cdk-stepfunctions/tasks-sqs';

export interface Workflow {
  readonly invoke: LambdaInvokeProps;
  readonly publish?: SnsPublishProps;
  readonly send?: SqsSendMessage;
}
