import type { IConstruct } from 'constructs';
import { ArnFormat, Stack, Token } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { isDynamic, isRuntimeValue } from '@cdk-stepfunctions/tasks-core';
import type { Guardrail } from '../guardrail';

/** What a BedrockInvokeModel task touches, for its IAM statements. */
export interface InvokeModelAccess {
  readonly modelArn: string;
  readonly inputLocation?: s3.Location;
  /** The S3 URI the request body is read from: static, or known only at run time. */
  readonly inputUri?: string;
  readonly outputLocation?: s3.Location;
  /** The S3 URI the response body is written to: static, or known only at run time. */
  readonly outputUri?: string;
  readonly guardrail?: Guardrail;
}

/** An inference profile ARN: system-defined (`inference-profile/<geo>.<model-id>`) or an application's. */
const INFERENCE_PROFILE_ARN = /^arn:([a-z0-9-]+):bedrock:[a-z0-9-]+:\d{12}:(inference-profile|application-inference-profile)\/(.+)$/;

/** A static S3 object URI, `s3://<bucket>/<key>`. */
const S3_OBJECT_URI = /^s3:\/\/([^/\s]+)\/(.+)$/;

/**
 * The statements InvokeModel needs: `bedrock:InvokeModel` on the model (and, for an inference profile, on the
 * foundation models it routes to, only through that profile), `s3:GetObject`/`s3:PutObject` on the input and
 * output objects, and `bedrock:ApplyGuardrail` on the guardrail.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html
 */
export function invokeModelStatements(scope: IConstruct, access: InvokeModelAccess): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [access.modelArn] })];
  const routed = inferenceProfileModels(access.modelArn);
  if (routed) statements.push(routed);

  const input = access.inputUri !== undefined ? objectArnOfUri(scope, access.inputUri) : access.inputLocation && objectArn(scope, access.inputLocation);
  if (input) statements.push(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [input] }));
  const output = access.outputUri !== undefined ? objectArnOfUri(scope, access.outputUri) : access.outputLocation && objectArn(scope, access.outputLocation);
  if (output) statements.push(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [output] }));

  if (access.guardrail) {
    statements.push(new iam.PolicyStatement({ actions: ['bedrock:ApplyGuardrail'], resources: [guardrailArn(scope, access.guardrail)] }));
  }
  return statements;
}

/**
 * For a static inference profile ARN, `bedrock:InvokeModel` on the foundation models it routes to in any Region,
 * allowed only through that profile (`bedrock:InferenceProfileArn`): the model of a system-defined profile
 * (`<geo>.<model-id>`), or any foundation model for an application inference profile, whose model is not in its ARN.
 */
function inferenceProfileModels(modelArn: string): iam.PolicyStatement | undefined {
  if (Token.isUnresolved(modelArn)) return undefined;
  const match = INFERENCE_PROFILE_ARN.exec(modelArn);
  if (!match) return undefined;
  const [, partition, kind, id] = match;
  const dot = id.indexOf('.');
  const modelId = kind === 'inference-profile' && dot > 0 ? id.slice(dot + 1) : '*';
  return new iam.PolicyStatement({
    actions: ['bedrock:InvokeModel'],
    resources: [`arn:${partition}:bedrock:*::foundation-model/${modelId}`],
    conditions: { StringEquals: { 'bedrock:InferenceProfileArn': modelArn } },
  });
}

/**
 * The ARN of an S3 object, `arn:<partition>:s3:::<bucket>/<key>`: every object of the bucket (`<bucket>/*`) for a key
 * known only at run time, every object (`*`) for such a bucket.
 */
function objectArn(scope: IConstruct, location: s3.Location): string {
  if (isRuntimeValue(location.bucketName)) return Stack.of(scope).formatArn({ region: '', account: '', service: 's3', resource: '*' });
  return Stack.of(scope).formatArn({
    region: '',
    account: '',
    service: 's3',
    resource: location.bucketName,
    resourceName: isRuntimeValue(location.objectKey) ? '*' : location.objectKey,
  });
}

/** The ARN of the object a static `s3://` URI names; every object (`*`) for a URI known only at run time. */
function objectArnOfUri(scope: IConstruct, uri: string): string {
  const match = isDynamic(uri) ? null : S3_OBJECT_URI.exec(uri);
  if (match) return objectArn(scope, { bucketName: match[1], objectKey: match[2] });
  return Stack.of(scope).formatArn({ region: '', account: '', service: 's3', resource: '*' });
}

/**
 * The guardrail's ARN: its identifier when that is an ARN, else a guardrail of that ID in the stack's account and
 * Region; every guardrail there (`guardrail/*`) when the identifier is only known at run time.
 */
function guardrailArn(scope: IConstruct, guardrail: Guardrail): string {
  const identifier = guardrail.guardrailIdentifier;
  if (identifier.startsWith('arn:')) return identifier;
  return Stack.of(scope).formatArn({
    service: 'bedrock',
    resource: 'guardrail',
    resourceName: isRuntimeValue(identifier) ? '*' : identifier,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}
