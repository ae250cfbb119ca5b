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

/** A query execution as GetQueryExecution describes it (the result shape of typed test mocks). */
export interface QueryExecutionDescription {
  QueryExecution: {
    QueryExecutionId?: string; Query?: string; StatementType?: string;
    ResultConfiguration?: { OutputLocation?: string; [field: string]: unknown };
    Status?: {
      State?: string; StateChangeReason?: string; SubmissionDateTime?: number; CompletionDateTime?: number;
      [field: string]: unknown;
    };
    Statistics?: { [field: string]: unknown }; WorkGroup?: string; [field: string]: unknown;
  };
}
