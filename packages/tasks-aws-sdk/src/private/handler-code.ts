import * as lambda from 'aws-cdk-lib/aws-lambda';

/** What a compiled handler directory holds besides its JavaScript: left out of the asset. */
const NOT_CODE = ['*.d.ts', '*.map', '*.tsbuildinfo'];

/**
 * The code of a Lambda function from a handler directory (`lib/handler` once compiled): its JavaScript only.
 */
export function handlerCode(directory: string): lambda.Code {
  return lambda.Code.fromAsset(directory, { exclude: NOT_CODE });
}
