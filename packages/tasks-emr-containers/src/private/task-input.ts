import type { IConstruct } from 'constructs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { validationError } from '@cdk-stepfunctions/tasks-core';

/**
 * The text of a `TaskInput` that stands for one string: a literal, a JSON path or a JSONata expression. An object
 * input is rejected, as the API field it fills is a string.
 *
 * @param source the task that got the input, or the class and method, named in the error.
 */
export function textOf(source: IConstruct | string, prop: string, input: sfn.TaskInput): string {
  if (input.type === sfn.InputType.OBJECT) {
    throw validationError(source, `\`${prop}\` must be TaskInput.fromText() or TaskInput.fromJsonPathAt(), ` +
      'got TaskInput.fromObject()');
  }
  return input.value as string;
}
