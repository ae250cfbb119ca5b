// Parameters with the namespace's name are other bindings: their uses stay.
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from '@cdk-stepfunctions/tasks-lambda';

export function names(tasks: Record<string, sfn.State>): string[] {
  return Object.keys(tasks);
}

export interface Visitor {
  readonly visit: (tasks: sfn.State[]) => void;
  count(tasks: sfn.State[]): number;
}

export const invokeClass = LambdaInvoke;
