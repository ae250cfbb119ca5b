import { Duration, Fn, Size } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inJsonataParallel, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, it } from 'vitest';
import type { SageMakerCreateTrainingJobProps } from '../src';
import { DOCKER_DIR, IMPORTED_KEY_ARN, makeBucket, makeKey, makeRepository, makeRole, makeVpc, type Kit, type RoleKind } from './fixtures';
import {
  actionsOf,
  expectSnapshot,
  isJsonata,
  mapStatements,
  mapStrings,
  renderCase,
  withActions,
  type ParityCase,
} from './parity-helpers';

type Props = SageMakerCreateTrainingJobProps;
type Case = ParityCase<Partial<Props>> & { readonly adjust?: (snapshot: ParitySnapshot) => ParitySnapshot };

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };

/** The smallest valid props: a built-in algorithm, output to an imported bucket. */
const minimal = Object.assign((scope: Construct, k: Kit): Props => ({
  ...minimal.base,
  outputDataConfig: { s3OutputLocation: k.S3Location.fromBucket(makeBucket(scope, 'imported', 'Out'), 'output/') },
}), { base: { trainingJobName: 'MyTrainJob', algorithmSpecification: { algorithmName: 'BlazingText' } } });

/** The minimal props with `more` on top (the default output bucket is only created when `more` has no output). */
const withProps = (more: (scope: Construct, k: Kit) => Partial<Props>) => (scope: Construct, k: Kit): Props => {
  const extra = more(scope, k);
  return { ...(extra.outputDataConfig ? { ...minimal.base, outputDataConfig: extra.outputDataConfig } : minimal(scope, k)), ...extra };
};

const channel = (name: string, location: ReturnType<Kit['S3Location']['fromJsonExpression']>) => ({
  channelName: name, dataSource: { s3DataSource: { s3Location: location } },
});

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'train it',
  stateName: 'Train the model',
  resultSelector: { arn: sfn.JsonPath.stringAt('$.TrainingJobArn') },
  assign: { job: sfn.JsonPath.stringAt('$.TrainingJobArn') },
});
const commonJsonata = () => commonJsonataProps({
  comment: 'train it',
  outputs: '{% $states.result.TrainingJobArn %}',
  assign: { job: '{% $states.result.TrainingJobArn %}' },
});

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `minimal, ${factory}`, factory, props: minimal },
    { name: `minimal, ${factory}, RUN_JOB`, factory, props: withProps(() => RUN_JOB) },
    { name: `explicit REQUEST_RESPONSE, ${factory}`, factory, props: withProps(() => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })) },
  );
}
for (const role of ['owned', 'imported', 'immutable'] as RoleKind[]) {
  cases.push(
    { name: `${role} role`, props: withProps((s) => ({ role: makeRole(s, role) })) },
    { name: `${role} role, RUN_JOB, every location kind`, props: withProps((s, k) => {
      const key = makeKey(s, 'owned');
      return {
        ...RUN_JOB,
        role: makeRole(s, role),
        inputDataConfig: [channel('train', k.S3Location.fromBucket(makeBucket(s, 'encrypted', 'In'), 'train/'))],
        outputDataConfig: { s3OutputLocation: k.S3Location.fromBucket(makeBucket(s, 'owned', 'Out'), 'out/'), encryptionKey: key },
        resourceConfig: { instanceCount: 1, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE), volumeSize: Size.gibibytes(5), volumeEncryptionKey: key },
      };
    }) },
  );
}
for (const bucket of ['owned', 'encrypted', 'imported', 'tokenName'] as const) {
  cases.push({ name: `output to a ${bucket} bucket`, props: withProps((s, k) => ({
    outputDataConfig: { s3OutputLocation: k.S3Location.fromBucket(makeBucket(s, bucket, 'Out'), 'models/') },
  })) });
  cases.push({ name: `input from a ${bucket} bucket`, props: withProps((s, k) => ({
    inputDataConfig: [channel('train', k.S3Location.fromBucket(makeBucket(s, bucket, 'In'), 'data/'))],
  })) });
}
for (const key of ['owned', 'imported'] as const) {
  cases.push(
    { name: `${key} output key`, props: withProps((s, k) => ({
      outputDataConfig: { s3OutputLocation: k.S3Location.fromJsonExpression('$.output'), encryptionKey: makeKey(s, key) },
    })) },
    { name: `${key} volume key`, props: withProps((s) => ({
      resourceConfig: { instanceCount: 2, instanceType: ec2.InstanceType.of(ec2.InstanceClass.P3, ec2.InstanceSize.XLARGE2), volumeSize: Size.gibibytes(50), volumeEncryptionKey: makeKey(s, key) },
    })) },
  );
}
cases.push(
  { name: 'every channel field', props: withProps((s, k) => ({
    inputDataConfig: [{
      channelName: 'train',
      compressionType: k.CompressionType.GZIP,
      contentType: 'image/jpeg',
      inputMode: k.InputMode.PIPE,
      recordWrapperType: k.RecordWrapperType.RECORD_IO,
      dataSource: { s3DataSource: {
        attributeNames: ['source-ref', 'class'],
        s3DataDistributionType: k.S3DataDistributionType.SHARDED_BY_S3_KEY,
        s3DataType: k.S3DataType.AUGMENTED_MANIFEST_FILE,
        s3Location: k.S3Location.fromBucket(makeBucket(s, 'imported', 'In'), 'manifest.json'),
      } },
    }, {
      channelName: 'validation',
      compressionType: k.CompressionType.NONE,
      inputMode: k.InputMode.FAST_FILE,
      recordWrapperType: k.RecordWrapperType.NONE,
      dataSource: { s3DataSource: {
        s3DataDistributionType: k.S3DataDistributionType.FULLY_REPLICATED,
        s3DataType: k.S3DataType.MANIFEST_FILE,
        s3Location: k.S3Location.fromJsonExpression('$.validation'),
      } },
    }, channel('test', k.S3Location.fromJsonExpression('$.test'))],
  })) },
  {
    name: 'shuffleConfig (rendered; aws-cdk-lib drops it)',
    props: withProps((_s, k) => ({ inputDataConfig: [{ ...channel('train', k.S3Location.fromJsonExpression('$.train')), contentType: 'text/csv', shuffleConfig: { seed: 7 } }] })),
    adjust: (snapshot) => {
      const state = snapshot.state as { Parameters: { InputDataConfig: Array<Record<string, unknown>> } };
      const [first] = state.Parameters.InputDataConfig;
      return {
        ...snapshot,
        state: { ...state, Parameters: { ...state.Parameters, InputDataConfig: [{ ...first, ShuffleConfig: { Seed: 7 } }] } },
        template: mapStrings(snapshot.template, (str) => str.replace('"ContentType":"text/csv"}', '"ContentType":"text/csv","ShuffleConfig":{"Seed":7}}')),
      };
    },
  },
  { name: 'JSONata input locations', factory: 'jsonata', props: withProps((_s, k) => ({
    inputDataConfig: [channel('train', k.S3Location.fromJsonExpression('{% $states.input.train %}'))],
    outputDataConfig: { s3OutputLocation: k.S3Location.fromJsonExpression('{% $states.input.output %}') },
  })) },
  { name: 'owned repository image', props: withProps((s, k) => ({ algorithmSpecification: {
    trainingImage: k.DockerImage.fromEcrRepository(makeRepository(s, 'owned')),
    metricDefinitions: [{ name: 'loss', regex: 'loss=(.*)' }, { name: 'acc', regex: 'acc=(.*)' }],
    trainingInputMode: k.InputMode.PIPE,
  } })) },
  { name: 'imported repository image with a tag', props: withProps((s, k) => ({ algorithmSpecification: {
    trainingImage: k.DockerImage.fromEcrRepository(makeRepository(s, 'imported'), 'v2'),
  } })) },
  { name: 'imported repository image with a digest', props: withProps((s, k) => ({ algorithmSpecification: {
    trainingImage: k.DockerImage.fromEcrRepository(makeRepository(s, 'imported'), 'sha256:0123456789abcdef'),
  } })) },
  { name: 'registry image', props: withProps((_s, k) => ({ algorithmSpecification: { trainingImage: k.DockerImage.fromRegistry('docker.io/library/python:3.12') } })) },
  { name: 'image from a JSON path', props: withProps((_s, k) => ({ algorithmSpecification: { trainingImage: k.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image')) } })) },
  { name: 'image from a JSON path, no ECR pull', props: withProps((_s, k) => ({ algorithmSpecification: { trainingImage: k.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image'), false) } })) },
  { name: 'image from JSONata', factory: 'jsonata', props: withProps((_s, k) => ({ algorithmSpecification: { trainingImage: k.DockerImage.fromJsonExpression('{% $states.input.image %}') } })) },
  { name: 'asset image', props: withProps((s, k) => ({ algorithmSpecification: { trainingImage: k.DockerImage.fromAsset(s, 'Image', { directory: DOCKER_DIR }) } })) },
  { name: 'algorithm ARN', props: withProps(() => ({ algorithmSpecification: { algorithmName: 'arn:aws:sagemaker:us-east-1:123456789012:algorithm/scikit-decision-trees' } })) },
  { name: 'algorithm name from a JSON path', props: withProps(() => ({ algorithmSpecification: { algorithmName: sfn.JsonPath.stringAt('$.algorithm') } })) },
  { name: 'every optional top-level prop', props: withProps(() => ({
    enableNetworkIsolation: true,
    hyperparameters: { lr: '0.1', epochs: 10, nested: { a: sfn.JsonPath.stringAt('$.a') } },
    tags: { Project: 'ML', Team: 'data' },
    environment: { MODE: 'train', SEED: '1' },
    stoppingCondition: { maxRuntime: Duration.hours(2) },
  })) },
  { name: 'network isolation off', props: withProps(() => ({ enableNetworkIsolation: false })) },
  { name: 'stopping condition without maxRuntime', props: withProps(() => ({ stoppingCondition: {} })) },
  { name: 'instance type from a JSON path', props: withProps(() => ({
    resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.instanceType')), volumeSize: Size.gibibytes(50) },
  })) },
  { name: 'instance type from JSONata', factory: 'jsonata', props: withProps(() => ({
    resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType('{% $states.input.instanceType %}'), volumeSize: Size.gibibytes(50) },
  })) },
  { name: 'CDK token instance count and runtime', props: withProps(() => ({
    resourceConfig: { instanceCount: Fn.importValue('Count') as unknown as number, instanceType: ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE), volumeSize: Size.gibibytes(20) },
  })) },
  { name: 'VPC with default subnets', props: withProps((s) => ({ vpcConfig: { vpc: makeVpc(s) } })) },
  { name: 'VPC with public subnets and an extra security group, RUN_JOB', props: withProps((s) => {
    const vpc = makeVpc(s);
    return { ...RUN_JOB, vpcConfig: { vpc, subnets: { subnetType: ec2.SubnetType.PUBLIC } } };
  }), after: (task, scope) => task.addSecurityGroup(new ec2.SecurityGroup(scope, 'Extra', { vpc: scope.node.findChild('Vpc') as ec2.IVpc })) },
  { name: 'JSON path job name', props: withProps(() => ({ trainingJobName: sfn.JsonPath.stringAt('$.JobName') })) },
  { name: 'JSON path job name, RUN_JOB', props: withProps(() => ({ ...RUN_JOB, trainingJobName: sfn.JsonPath.stringAt('$.JobName') })) },
  { name: 'JSONata job name (AddTags on every job)', factory: 'jsonata', props: withProps(() => ({ trainingJobName: '{% $states.input.jobName %}' })) },
  { name: 'JSONata job name, RUN_JOB', factory: 'jsonata', props: withProps(() => ({ ...RUN_JOB, trainingJobName: '{% $states.input.jobName %}' })) },
  { name: 'CDK token job name', props: withProps(() => ({ trainingJobName: Fn.importValue('JobName') })) },
  { name: 'every common JSONPath prop', props: withProps((s) => commonJsonPath(s)) },
  { name: 'every common JSONPath prop, RUN_JOB', factory: 'jsonPath', props: withProps((s) => ({ ...commonJsonPath(s), ...RUN_JOB })) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: withProps(() => commonJsonata()) },
  { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: withProps(() => ({ ...commonJsonata(), ...RUN_JOB })) },
  { name: 'queryLanguage JSONata prop', props: withProps(() => ({ queryLanguage: sfn.QueryLanguage.JSONATA })) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: minimal },
  { name: 'inside a JSONPath Map', wrap: inMap, props: withProps(() => RUN_JOB) },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: minimal },
  { name: 'inside a JSONata Map', wrap: inJsonataMap, factory: 'jsonata', props: minimal },
  { name: 'inside a JSONata Parallel', wrap: inJsonataParallel, factory: 'jsonata', props: withProps(() => RUN_JOB) },
  { name: 'README example', props: (s, k) => ({
    trainingJobName: sfn.JsonPath.stringAt('$.JobName'),
    algorithmSpecification: { algorithmName: 'BlazingText', trainingInputMode: k.InputMode.FILE },
    inputDataConfig: [{ channelName: 'train', dataSource: { s3DataSource: { s3DataType: k.S3DataType.S3_PREFIX, s3Location: k.S3Location.fromJsonExpression('$.S3Bucket') } } }],
    outputDataConfig: { s3OutputLocation: k.S3Location.fromBucket(makeBucket(s, 'imported'), 'myoutputpath') },
    resourceConfig: { instanceCount: 1, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')), volumeSize: Size.gibibytes(50) },
    stoppingCondition: { maxRuntime: Duration.hours(2) },
  }) },
);

/** The reference's output encryption grant, which lacks `kms:Decrypt` (aws/aws-cdk#12810). */
const ENCRYPT_ONLY = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/**
 * The reference snapshot with our deliberate differences (README, "Differences from aws-cdk-lib"): Describe/Stop
 * only for RUN_JOB, `kms:Decrypt` on the output key, `training-job/*` for AddTags with a JSONata name.
 */
function expected(c: Case, ref: ParitySnapshot, props: Partial<Props>): ParitySnapshot {
  const sync = props.integrationPattern === sfn.IntegrationPattern.RUN_JOB;
  const outputKey = props.outputDataConfig?.encryptionKey;
  let snapshot = mapStatements(ref, (statement) => {
    const actions = actionsOf(statement);
    if (actions[0] === 'sagemaker:CreateTrainingJob' && !sync) return withActions(statement, ['sagemaker:CreateTrainingJob']);
    if (actions[0] === 'sagemaker:AddTags') return mapStrings(statement, (s) => s.replace(/training-job\/\{%.*%\}\*$/, 'training-job/*'));
    const resource = JSON.stringify(statement.Resource);
    const isOutputKey = outputKey !== undefined && (resource.includes('"Key961B73FD"') || resource.includes(IMPORTED_KEY_ARN));
    if (isOutputKey && JSON.stringify(actions) === JSON.stringify(ENCRYPT_ONLY)) return withActions(statement, ['kms:Decrypt', ...ENCRYPT_ONLY]);
    return statement;
  });
  if (c.adjust) snapshot = c.adjust(snapshot);
  return snapshot;
}

describe('SageMakerCreateTrainingJob parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference, props } = renderCase('SageMakerCreateTrainingJob', c);
    void isJsonata;
    expectSnapshot(ours, expected(c, reference, props));
  });
});
