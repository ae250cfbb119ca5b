import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** The kinds of function a LambdaInvoke can target. */
export type FunctionKind = 'owned' | 'imported' | 'version' | 'alias';

export const IMPORTED_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:imported';

/** A function of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeFunction(scope: Construct, kind: FunctionKind): lambda.IFunction {
  if (kind === 'imported') return lambda.Function.fromFunctionArn(scope, 'Fn', IMPORTED_ARN);
  const fn = new lambda.Function(scope, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
  });
  if (kind === 'owned') return fn;
  const version = new lambda.Version(scope, 'Version', { lambda: fn });
  if (kind === 'version') return version;
  return new lambda.Alias(scope, 'Alias', { aliasName: 'live', version });
}
