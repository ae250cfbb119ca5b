import type { IConstruct } from 'constructs';
import { Arn, ArnFormat, Stack, Token, TokenComparison } from 'aws-cdk-lib/core';
import type * as ddb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { isDynamic, isRuntimeValue, validateStringLength, validateStringPattern } from '@cdk-stepfunctions/tasks-core';

/** How a task addresses its table: the `TableName` it renders and the ARN its IAM statement grants. */
export interface TableTarget {
  /** The table's name, or its ARN for a table in another account or region. */
  readonly tableName: string;
  /** The ARN the task role is granted the action on. */
  readonly resourceArn: string;
}

/** The name and ARN of a table, from its reference or, on aws-cdk-lib releases without references, its attributes. */
function tableReferenceOf(table: ddb.ITableRef): { tableName: string; tableArn: string } {
  const legacy = table as unknown as { readonly tableName?: string; readonly tableArn?: string };
  return table.tableRef ?? { tableName: legacy.tableName as string, tableArn: legacy.tableArn as string };
}

/**
 * Whether the table may live in another account or region than the stack of `scope`. A literal table ARN says
 * where the table is (an imported table's `env` is the stack's, whatever its ARN); otherwise the table's `env`
 * does. An account or region that is known to differ, or known on one side only (a literal ARN imported into an
 * environment-agnostic stack), counts as another environment, as in aws-cdk-lib's grants; two tokens count as
 * the same.
 */
function inOtherEnvironment(scope: IConstruct, table: ddb.ITableRef, tableArn: string): boolean {
  const stack = Stack.of(scope);
  const differs = (a: string | undefined, b: string) => {
    if (a === undefined) return false;
    const comparison = Token.compareStrings(a, b);
    return comparison === TokenComparison.DIFFERENT || comparison === TokenComparison.ONE_UNRESOLVED;
  };
  if (!Token.isUnresolved(tableArn)) {
    const { account, region } = Arn.split(tableArn, ArnFormat.SLASH_RESOURCE_NAME);
    if (differs(account, stack.account) || differs(region, stack.region)) return true;
  }
  const env = (table as { env?: { account: string; region: string } }).env;
  return env !== undefined && (differs(env.account, stack.account) || differs(env.region, stack.region));
}

/**
 * How a task addresses `table`, after checking the name or ARN it renders as `TableName` (`validateTableName`):
 * - in the stack's account and region, by name, granted on the table's ARN in the stack's environment (as
 *   aws-cdk-lib does);
 * - in another account or region, by its own ARN, which DynamoDB takes as `TableName`, granted on that ARN;
 * - named only at run time (a JSON path or JSONata expression), by that name, granted on every table (`*`), as
 *   the Step Functions IAM templates for dynamic resources do.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-TableName
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/dynamo-iam.html
 */
export function tableTarget(scope: IConstruct, table: ddb.ITableRef): TableTarget {
  const target = addressOf(scope, table);
  validateTableName(scope, target.tableName);
  return target;
}

/** The `TableName` and granted ARN of `table`, as `tableTarget` describes them. */
function addressOf(scope: IConstruct, table: ddb.ITableRef): TableTarget {
  const { tableName, tableArn } = tableReferenceOf(table);
  if (isRuntimeValue(tableName)) return { tableName, resourceArn: '*' };
  if (inOtherEnvironment(scope, table, tableArn)) return { tableName: tableArn, resourceArn: tableArn };
  const resourceArn = Stack.of(scope).formatArn({ service: 'dynamodb', resource: 'table', resourceName: tableName });
  return { tableName, resourceArn };
}

/**
 * Throws unless a static table name is 3 to 255 of a-z, A-Z, 0-9, `_`, `-` and `.`, or a table ARN of up to 1024
 * characters.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html#DDB-CreateTable-request-TableName
 */
function validateTableName(scope: IConstruct, tableName: string): void {
  if (isDynamic(tableName)) return;
  if (tableName.startsWith('arn:')) {
    validateStringLength(scope, 'table', tableName, 1, 1024);
    validateStringPattern(scope, 'table', tableName, /^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\/[a-zA-Z0-9_.-]{3,255}$/,
      'a DynamoDB table ARN (arn:<partition>:dynamodb:<region>:<account>:table/<name>)');
    return;
  }
  validateStringPattern(scope, 'table', tableName, /^[a-zA-Z0-9_.-]{3,255}$/,
    'a table named with 3 to 255 of a-z, A-Z, 0-9, _, - and .');
}

/** The IAM statement that lets the task run `action` on its table. */
export function tableStatement(target: TableTarget, action: string): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions: [`dynamodb:${action}`], resources: [target.resourceArn] });
}
