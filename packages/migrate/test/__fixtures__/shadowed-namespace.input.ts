// A parameter with the namespace's name is another binding: its uses stay.
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';

export function names(tasks: Record<string, sfn.State>): string[] {
  return Object.keys(tasks);
}

export const invokeClass = tasks.LambdaInvoke;
