import { Fn } from 'aws-cdk-lib/core';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { normalize, synthInStateMachine } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';

/** The kinds of model a task can name. */
export type ModelKind = 'foundation' | 'provisioned' | 'custom' | 'tokenArn' | 'profile' | 'globalProfile' | 'applicationProfile';

export const PROVISIONED_MODEL_ARN = 'arn:aws:bedrock:us-turbo-2:123456789012:provisioned-model/abc123';
export const CUSTOM_MODEL_ARN = 'arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/a1b2c3d4e5f6';
export const PROFILE_ARN = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0';
export const GLOBAL_PROFILE_ARN = 'arn:aws:bedrock:eu-west-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0';
export const APPLICATION_PROFILE_ARN = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';

/** A model of the given kind, created under `scope` with stable ids so both implementations match. */
export function makeModel(scope: Construct, kind: ModelKind): bedrock.IModel {
  switch (kind) {
    case 'foundation':
      return bedrock.FoundationModel.fromFoundationModelId(scope, 'Model', bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_INSTANT_V1);
    case 'provisioned':
      return bedrock.ProvisionedModel.fromProvisionedModelArn(scope, 'Model', PROVISIONED_MODEL_ARN);
    case 'custom':
      return { modelArn: CUSTOM_MODEL_ARN };
    case 'tokenArn':
      return { modelArn: Fn.importValue('ModelArn') };
    case 'profile':
      return { modelArn: PROFILE_ARN };
    case 'globalProfile':
      return { modelArn: GLOBAL_PROFILE_ARN };
    case 'applicationProfile':
      return { modelArn: APPLICATION_PROFILE_ARN };
  }
}

/** `arn:<partition><rest>` as the stack renders it, once normalized. */
export const partitionArn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });

/** The `Resource` of an optimized Bedrock integration, e.g. `resource('invokeModel')`. */
export const resource = (action: string) => partitionArn(`:states:::bedrock:${action}`);

/**
 * The statements of the state machine role's policy once `chainable` is in a StateMachine `SM`, with ARNs
 * normalized: roles the task creates (Bedrock's job role) have policies of their own, left out here.
 */
export function smStatements(chainable: sfn.IChainable): unknown[] {
  const template = synthInStateMachine(chainable);
  const policies = Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes('SMRole'));
  return normalize(policies.flatMap((p) => p.Properties.PolicyDocument.Statement as unknown[]));
}

/** The feature flag that makes `s3InputUri`/`s3OutputUri` the request's S3 URIs. */
export const S3_URI_FLAG = '@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask';
