/** The `Resource` of an Athena task state. */
export function resource(action: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::athena:${action}`]] };
}

/** An ARN in the stack's environment (an environment-agnostic stack), `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export function stackArn(service: string, resource: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:`, { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:${resource}`]] };
}

/** An S3 ARN, `arn:<partition>:s3:::<path>`. */
export function s3Arn(path: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:s3:::${path}`]] };
}

/** A client request token of the shortest length Athena takes (32 characters). */
export const CLIENT_REQUEST_TOKEN = 'unique-client-request-token-0001';
