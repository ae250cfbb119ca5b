import type { IConstruct } from 'constructs';
import { validateStringLength, validateStringPattern } from '@cdk-stepfunctions/tasks-core';

/**
 * Throws unless a static query execution ID is 1 to 128 characters without white space.
 *
 * @see https://docs.aws.amazon.com/athena/latest/APIReference/API_GetQueryExecution.html#athena-GetQueryExecution-request-QueryExecutionId
 */
export function validateQueryExecutionId(scope: IConstruct, id: string): void {
  validateStringLength(scope, 'queryExecutionId', id, 1, 128);
  validateStringPattern(scope, 'queryExecutionId', id, /^\S+$/, 'a query execution ID without white space');
}
