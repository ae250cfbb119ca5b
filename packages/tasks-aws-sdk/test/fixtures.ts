import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';

export type Factory = 'new' | 'jsonPath' | 'jsonata';

/** Every common state prop of a JSONPath task. */
export function commonJsonPath(scope: Construct): Partial<sfn.TaskStateBaseProps> {
  return commonJsonPathProps(scope, {
    comment: 'call it',
    stateName: 'Call the API',
    resultSelector: { etag: sfn.JsonPath.stringAt('$.ETag'), body: sfn.JsonPath.objectAt('$.Body') },
    assign: { last: sfn.JsonPath.stringAt('$.ETag') },
  });
}

/** Every common state prop of a JSONata task. */
export function commonJsonata(): Partial<sfn.TaskStateBaseProps> {
  return commonJsonataProps({
    comment: 'call it',
    outputs: '{% $states.result.ETag %}',
    assign: { last: '{% $states.result.ETag %}' },
  });
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
