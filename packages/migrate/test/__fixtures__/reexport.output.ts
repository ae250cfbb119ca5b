// Re-exports move to the packages too.
export { LambdaInvoke, type LambdaInvokeProps as InvokeProps } from '@cdk-stepfunctions/tasks-lambda';
export type { SqsSendMessageProps } from '@cdk-stepfunctions/tasks-sqs';
