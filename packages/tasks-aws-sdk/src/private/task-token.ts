import type { IConstruct } from 'constructs';
import { requireTaskToken } from '@cdk-stepfunctions/tasks-core';

/** A JSONPath or intrinsic function that reads the task token from the context object. */
const READS_TASK_TOKEN = /\$\$\.Task\.Token(?![A-Za-z0-9_])/;

/**
 * Whether `value` passes the task token in a field written in raw JSONPath: a key ending in `.$` whose path
 * or intrinsic function reads `$$.Task.Token`, or the whole `$$.Task` or `$$` context object, at any depth
 * (`{ 'MessageBody.$': '$$.Task.Token' }`, `{ 'S.$': "States.Format('{}', $$.Task.Token)" }`).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token
 */
function hasRawTaskTokenField(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasRawTaskTokenField);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, field]) => {
    if (key.endsWith('.$') && typeof field === 'string') {
      const path = field.trim();
      return path === '$$' || path === '$$.Task' || READS_TASK_TOKEN.test(path);
    }
    return hasRawTaskTokenField(field);
  });
}

/**
 * Throws unless `parameters` pass the task token on: `JsonPath.taskToken`, `{% $states.context.Task.Token %}`
 * or a raw JSONPath field (`'Name.$': '$$.Task.Token'`), which the AWS SDK integrations' parameters, written as
 * the API spells them, often use.
 */
export function requireTaskTokenInParameters(scope: IConstruct, parameters: { [key: string]: any } | undefined): void {
  if (hasRawTaskTokenField(parameters)) return;
  requireTaskToken(scope, 'parameters', parameters);
}
