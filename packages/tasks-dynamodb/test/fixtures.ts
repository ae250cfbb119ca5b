import * as ddb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** The kinds of table a DynamoDB task can target. */
export type TableKind =
  | 'owned'
  | 'ownedNamed'
  | 'tableV2'
  | 'cfnTable'
  | 'importedName'
  | 'importedArn'
  | 'otherRegion'
  | 'otherAccount'
  | 'jsonPathName'
  | 'jsonataName';

/** The environment of the parity stacks (`renderBoth`). */
export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export const SAME_ENV_ARN = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/imported-table`;
export const OTHER_REGION_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/far-table`;
export const OTHER_ACCOUNT_ARN = `arn:aws:dynamodb:${REGION}:210987654321:table/shared-table`;

/** A table of the given kind, created under `scope` with the id `Table` so both implementations match. */
export function makeTable(scope: Construct, kind: TableKind): ddb.ITableRef {
  const partitionKey = { name: 'pk', type: ddb.AttributeType.STRING };
  switch (kind) {
    case 'ownedNamed': return new ddb.Table(scope, 'Table', { tableName: 'my-table', partitionKey });
    case 'tableV2': return new ddb.TableV2(scope, 'Table', { partitionKey });
    case 'cfnTable': return new ddb.CfnTable(scope, 'Table', {
      keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
      billingMode: 'PAY_PER_REQUEST',
    });
    case 'importedName': return ddb.Table.fromTableName(scope, 'Table', 'imported-table');
    case 'importedArn': return ddb.Table.fromTableArn(scope, 'Table', SAME_ENV_ARN);
    case 'otherRegion': return ddb.Table.fromTableArn(scope, 'Table', OTHER_REGION_ARN);
    case 'otherAccount': return ddb.Table.fromTableArn(scope, 'Table', OTHER_ACCOUNT_ARN);
    case 'jsonPathName': return ddb.Table.fromTableName(scope, 'Table', sfn.JsonPath.stringAt('$.table'));
    case 'jsonataName': return ddb.Table.fromTableName(scope, 'Table', '{% $states.input.table %}');
    default: return new ddb.Table(scope, 'Table', { partitionKey });
  }
}

/** Whether the reference addresses a table of this kind wrongly (another environment, or a run-time name). */
export function referenceDiffers(kind: TableKind): boolean {
  return kind === 'otherRegion' || kind === 'otherAccount' || kind === 'jsonPathName' || kind === 'jsonataName';
}

/** The `Resource` of a DynamoDB task state. */
export function resource(action: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::dynamodb:${action}`]] };
}

/** The ARN aws-cdk-lib and we grant on for a table named `name` in the stack's environment (of an agnostic stack). */
export function tableArnInStack(name: unknown): unknown {
  return {
    'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':dynamodb:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':table/', name]],
  };
}
