// What cannot be migrated is left as it is and reported.
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';

export * from 'aws-cdk-lib/aws-stepfunctions-tasks';

export const everything = tasks;
export const invoke = LambdaInvoke;
export type BatchOverrides = tasks.ContainerOverrides;

export async function load(): Promise<unknown> {
  return import('aws-cdk-lib/aws-stepfunctions-tasks');
}

export const moduleName = require.resolve('aws-cdk-lib/aws-stepfunctions-tasks');
