import { Duration } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import type { Construct } from 'constructs';

export type Factory = 'new' | 'jsonPath' | 'jsonata';

/** A role for `credentials`. */
export function makeRole(scope: Construct): iam.IRole {
  return iam.Role.fromRoleArn(scope, 'CredentialsRole', 'arn:aws:iam::123456789012:role/cross-account');
}

/** Every common state prop of a JSONPath task. */
export function commonJsonPath(scope: Construct): Partial<sfn.TaskStateBaseProps> {
  return {
    comment: 'call it',
    stateName: 'Call the API',
    inputPath: '$.in',
    outputPath: '$.out',
    resultPath: '$.result',
    resultSelector: { etag: sfn.JsonPath.stringAt('$.ETag'), body: sfn.JsonPath.objectAt('$.Body') },
    taskTimeout: sfn.Timeout.duration(Duration.minutes(5)),
    heartbeatTimeout: sfn.Timeout.duration(Duration.seconds(60)),
    credentials: { role: sfn.TaskRole.fromRole(makeRole(scope)) },
    assign: { last: sfn.JsonPath.stringAt('$.ETag') },
  };
}

/** Every common state prop of a JSONata task. */
export function commonJsonata(): Partial<sfn.TaskStateBaseProps> {
  return {
    comment: 'call it',
    outputs: '{% $states.result.ETag %}',
    taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeout %}'),
    heartbeatTimeout: sfn.Timeout.jsonata('{% $states.input.heartbeat %}'),
    credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.roleArn') },
    assign: { last: '{% $states.result.ETag %}' },
  };
}

/**
 * Where we differ on purpose (README, "Differences from aws-cdk-lib"): the IAM prefix of a service the
 * reference does not map. Replaces the reference's `<its prefix>:<action>` action with `expected`.
 */
export function withIamAction(snapshot: ParitySnapshot, referenceAction: string, expected: string): ParitySnapshot {
  const statements = (snapshot.statements as Array<Record<string, unknown>>).map((s) =>
    (s.Action === referenceAction ? { ...s, Action: expected } : s));
  return { ...snapshot, statements };
}

/**
 * Where we differ on purpose: the cross-region function's code is our handler, so its asset (S3 key) differs.
 */
export function withoutHandlerAsset(template: Record<string, unknown>): Record<string, unknown> {
  const resources = template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  const normalized: Record<string, unknown> = {};
  for (const [id, resource] of Object.entries(resources)) {
    const code = resource.Properties?.Code as Record<string, unknown> | undefined;
    normalized[id] = resource.Type === 'AWS::Lambda::Function' && id.startsWith('CrossRegionAwsSdk') && code
      ? { ...resource, Properties: { ...resource.Properties, Code: { ...code, S3Key: '<handler asset>' } } }
      : resource;
  }
  return { ...template, Resources: normalized };
}
