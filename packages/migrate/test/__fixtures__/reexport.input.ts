// Re-exports move to the packages too.
export { LambdaInvoke, type LambdaInvokeProps as InvokeProps } from 'aws-cdk-lib/aws-stepfunctions-tasks';
export type { SqsSendMessageProps } from 'aws-cdk-lib/aws-stepfunctions-tasks';
