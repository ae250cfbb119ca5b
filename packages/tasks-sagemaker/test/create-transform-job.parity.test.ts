import { Duration, Fn, Size } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import type { SageMakerCreateTransformJobProps } from '../src';
import { IMPORTED_KEY_ARN, makeKey, makeRole, roleKindOf, type Kit, type RoleKind } from './fixtures';
import { actionsOf, expectSnapshot, mapStatements, renderCase, withActions, type ParityCase, type Statement } from './parity-helpers';

type Props = SageMakerCreateTransformJobProps;
type Case = ParityCase<Partial<Props>>;

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };

const base = {
  transformJobName: 'MyTransformJob',
  modelName: 'MyModelName',
  transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/prefix' } } },
  transformOutput: { s3OutputPath: 's3://outputbucket/prefix' },
};
const minimal = (): Props => ({ ...base });
const withProps = (more: (scope: Construct, k: Kit) => Partial<Props>) => (scope: Construct, k: Kit): Props => ({ ...base, ...more(scope, k) });

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'transform it',
  stateName: 'Batch inference',
  resultSelector: { arn: sfn.JsonPath.stringAt('$.TransformJobArn') },
  assign: { job: sfn.JsonPath.stringAt('$.TransformJobArn') },
});
const commonJsonata = () => commonJsonataProps({
  comment: 'transform it',
  outputs: '{% $states.result.TransformJobArn %}',
  assign: { job: '{% $states.result.TransformJobArn %}' },
});

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `minimal, ${factory}`, factory, props: minimal },
    { name: `minimal, ${factory}, RUN_JOB`, factory, props: withProps(() => RUN_JOB) },
    { name: `tags, ${factory}`, factory, props: withProps(() => ({ tags: { Project: 'ML' } })) },
    { name: `tags, ${factory}, RUN_JOB`, factory, props: withProps(() => ({ ...RUN_JOB, tags: { Project: 'ML' } })) },
  );
}
for (const role of ['owned', 'imported', 'immutable'] as RoleKind[]) {
  cases.push(
    { name: `${role} role`, props: withProps((s) => ({ role: makeRole(s, role) })) },
    { name: `${role} role, RUN_JOB with keys`, props: withProps((s) => {
      const key = makeKey(s, 'owned');
      return {
        ...RUN_JOB,
        role: makeRole(s, role),
        transformOutput: { s3OutputPath: 's3://outputbucket/prefix', encryptionKey: key },
        transformResources: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2), volumeEncryptionKey: key },
      };
    }) },
  );
}
for (const key of ['owned', 'imported'] as const) {
  cases.push(
    { name: `${key} output key, created role`, props: withProps((s) => ({ transformOutput: { s3OutputPath: 's3://outputbucket/prefix', encryptionKey: makeKey(s, key) } })) },
    { name: `${key} volume key, created role`, props: withProps((s) => ({
      transformResources: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE), volumeEncryptionKey: makeKey(s, key) },
    })) },
  );
}
cases.push(
  { name: 'every optional prop', props: withProps((_s, k) => ({
    batchStrategy: k.BatchStrategy.MULTI_RECORD,
    environment: { SOMEVAR: 'myvalue' },
    maxConcurrentTransforms: 3,
    maxPayload: Size.mebibytes(100),
    modelClientOptions: { invocationsMaxRetries: 1, invocationsTimeout: Duration.minutes(20) },
    transformInput: {
      compressionType: k.CompressionType.GZIP,
      contentType: 'text/csv',
      splitType: k.SplitType.LINE,
      transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/manifest', s3DataType: k.S3DataType.MANIFEST_FILE } },
    },
    transformOutput: { s3OutputPath: 's3://outputbucket/prefix', accept: 'text/csv', assembleWith: k.AssembleWith.LINE },
    transformResources: { instanceCount: 3, instanceType: ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.XLARGE4) },
  })) },
  { name: 'other enum values', props: withProps((_s, k) => ({
    batchStrategy: k.BatchStrategy.SINGLE_RECORD,
    transformInput: {
      compressionType: k.CompressionType.NONE,
      splitType: k.SplitType.TF_RECORD,
      transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/x', s3DataType: k.S3DataType.AUGMENTED_MANIFEST_FILE } },
    },
    transformOutput: { s3OutputPath: 's3://outputbucket/prefix', assembleWith: k.AssembleWith.NONE },
  })) },
  { name: 'split types RecordIO and None', props: withProps((_s, k) => ({
    transformInput: { splitType: k.SplitType.RECORD_IO, transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/x' } } },
  })) },
  { name: 'split type None', props: withProps((_s, k) => ({
    transformInput: { splitType: k.SplitType.NONE, transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/x', s3DataType: k.S3DataType.S3_PREFIX } } },
  })) },
  { name: 'model client options with defaults', props: withProps(() => ({ modelClientOptions: {} })) },
  { name: 'model client options, retries only', props: withProps(() => ({ modelClientOptions: { invocationsMaxRetries: 3 } })) },
  { name: 'payload of 0 MB (chunked)', props: withProps(() => ({ maxPayload: Size.mebibytes(0) })) },
  { name: 'JSON path names and URIs', props: withProps(() => ({
    transformJobName: sfn.JsonPath.stringAt('$.TransformJobName'),
    modelName: sfn.JsonPath.stringAt('$.ModelName'),
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: sfn.JsonPath.stringAt('$.input') } } },
    transformOutput: { s3OutputPath: sfn.JsonPath.stringAt('$.output') },
  })) },
  { name: 'JSONata names and URIs', factory: 'jsonata', props: withProps(() => ({
    transformJobName: '{% $states.input.name %}',
    modelName: '{% $states.input.model %}',
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: '{% $states.input.input %}' } } },
    transformOutput: { s3OutputPath: '{% $states.input.output %}' },
  })) },
  { name: 'CDK token names and URIs', props: withProps(() => ({
    transformJobName: Fn.importValue('JobName'),
    modelName: Fn.importValue('ModelName'),
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: Fn.importValue('InputUri') } } },
  })) },
  { name: 'https input URI', props: withProps(() => ({ transformInput: { transformDataSource: { s3DataSource: { s3Uri: 'https://inputbucket.s3.amazonaws.com/prefix' } } } })) },
  { name: 'bucket root URIs', props: withProps(() => ({
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket' } } },
    transformOutput: { s3OutputPath: 's3://outputbucket/' },
  })) },
  { name: 'instance type from a JSON path', props: withProps(() => ({ transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')) } })) },
  { name: 'instance type from JSONata', factory: 'jsonata', props: withProps(() => ({ transformResources: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $states.input.type %}') } })) },
  { name: 'every common JSONPath prop', props: withProps((s) => commonJsonPath(s)) },
  { name: 'every common JSONPath prop, RUN_JOB', factory: 'jsonPath', props: withProps((s) => ({ ...commonJsonPath(s), ...RUN_JOB })) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: withProps(() => commonJsonata()) },
  { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: withProps(() => ({ ...commonJsonata(), ...RUN_JOB })) },
  { name: 'queryLanguage JSONata prop', props: withProps(() => ({ queryLanguage: sfn.QueryLanguage.JSONATA })) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: minimal },
  { name: 'inside a JSONPath Map', wrap: inMap, props: withProps(() => RUN_JOB) },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: minimal },
  { name: 'inside a JSONata Map', wrap: inJsonataMap, factory: 'jsonata', props: minimal },
  { name: 'README example', props: (_s, k) => ({
    transformJobName: 'MyTransformJob',
    modelName: 'MyModelName',
    modelClientOptions: { invocationsMaxRetries: 3, invocationsTimeout: Duration.minutes(5) },
    transformInput: { transformDataSource: { s3DataSource: { s3Uri: 's3://inputbucket/train', s3DataType: k.S3DataType.S3_PREFIX } } },
    transformOutput: { s3OutputPath: 's3://outputbucket/TransformJobOutputPath' },
    transformResources: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.XLARGE) },
  }) },
);

/** The ARN (as the template renders it) of the objects under a literal `s3://` URI, else `*`. */
function s3Arn(uri: string, objects: boolean): unknown {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match) return '*';
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:s3:::${match[1]}${objects ? `/${match[2]}*` : ''}`]] };
}

/** The inline policy of the role we create: metrics and logs, and the job's input and output in S3. */
function expectedRolePolicy(props: Partial<Props>): unknown {
  const input = props.transformInput!.transformDataSource.s3DataSource.s3Uri;
  const output = props.transformOutput!.s3OutputPath;
  const literal = (uri: string) => (uri.startsWith('s3://') ? uri : '');
  return {
    PolicyName: 'CreateTransformJob',
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Resource: '*',
          Action: ['cloudwatch:PutMetricData', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup', 'logs:DescribeLogStreams', 'ecr:GetAuthorizationToken'],
        },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: s3Arn(literal(input), true) },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: s3Arn(literal(input), false) },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: s3Arn(literal(output), true) },
      ],
    },
  };
}

/** The KMS statements we add to the job's role (aws/aws-cdk#12810). */
function keyStatements(props: Partial<Props>): Statement[] {
  const arn = (key: unknown) => (JSON.stringify(key).includes('1234abcd') ? IMPORTED_KEY_ARN : { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] });
  return [
    ...(props.transformOutput?.encryptionKey ? [{
      Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: arn(props.transformOutput.encryptionKey.keyRef.keyArn),
    }] : []),
    ...(props.transformResources?.volumeEncryptionKey ? [{
      Action: 'kms:CreateGrant', Effect: 'Allow', Resource: arn(props.transformResources.volumeEncryptionKey.keyRef.keyArn),
    }] : []),
  ];
}

/**
 * The reference snapshot with our deliberate differences (README, "Differences from aws-cdk-lib"): Describe/Stop
 * only for RUN_JOB, AddTags also for tagged REQUEST_RESPONSE jobs, a created role scoped to the job instead of
 * AmazonSageMakerFullAccess, and KMS permissions on the job's keys for its role.
 */
function expected(ref: ParitySnapshot, ours: ParitySnapshot, props: Partial<Props>): ParitySnapshot {
  const sync = props.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
  let addTags: Statement | undefined;
  let snapshot = mapStatements(ref, (statement) => {
    if (actionsOf(statement)[0] !== 'sagemaker:CreateTransformJob') return statement;
    addTags = { Action: 'sagemaker:AddTags', Effect: 'Allow', Resource: statement.Resource };
    return sync ? statement : withActions(statement, ['sagemaker:CreateTransformJob']);
  });
  const extraAddTags = !sync && props.tags !== undefined && addTags ? [addTags] : [];
  // an immutable imported role takes no statements
  const keys = roleKindOf(props.role) === 'immutable' ? [] : keyStatements(props);
  snapshot = { ...snapshot, statements: [...keys, ...snapshot.statements, ...extraAddTags] };

  const resources = { ...(ref.template.Resources as Record<string, any>) };
  const roleId = Object.keys(resources).find((id) => id.startsWith('TaskSagemakerTransformRole'));
  if (roleId) {
    expect(resources[roleId].Properties.ManagedPolicyArns).toEqual([{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonSageMakerFullAccess']] }]);
    const { ManagedPolicyArns: _managed, ...properties } = resources[roleId].Properties;
    resources[roleId] = { ...resources[roleId], Properties: { ...properties, Policies: [expectedRolePolicy(props)] } };
  }
  // the role's own policy, which holds the key statements: `<role>DefaultPolicy…` (owned) or `RolePolicy…` (imported)
  const policyId = Object.keys(ours.template.Resources as object).find((id) => /^(TaskSagemakerTransformRoleDefaultPolicy|RoleDefaultPolicy|RolePolicy)/.test(id));
  if (keys.length > 0 && policyId) {
    const roleRef = roleId ? { Ref: roleId } : roleKindOf(props.role) === 'owned' ? { Ref: 'Role1ABCC5F0' } : 'SageMakerExecution';
    resources[policyId] = {
      Type: 'AWS::IAM::Policy',
      Properties: { PolicyDocument: { Statement: ['<statements>'], Version: '2012-10-17' }, PolicyName: policyId, Roles: [roleRef] },
    };
  }
  return { ...snapshot, template: { ...ref.template, Resources: resources } };
}

describe('SageMakerCreateTransformJob parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference, props } = renderCase('SageMakerCreateTransformJob', c);
    expectSnapshot(ours, expected(reference, ours, props));
  });
});
