import { Fn } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataParallel, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import type { SageMakerCreateModelProps } from '../src';
import { DOCKER_DIR, makeBucket, makeRepository, makeRole, makeVpc, type Kit, type RoleKind } from './fixtures';
import { expectSnapshot, importedNameArn, mapStrings, renderCase, replaceBrokenTokenArns, type ParityCase } from './parity-helpers';

type Props = SageMakerCreateModelProps;
type Case = ParityCase<Partial<Props>> & { readonly adjust?: (s: ParitySnapshot) => ParitySnapshot };

const primary = (k: Kit) => new k.ContainerDefinition({
  image: k.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.Model.imageName')),
  mode: k.Mode.SINGLE_MODEL,
  modelS3Location: k.S3Location.fromJsonExpression('$.TrainingJob.ModelArtifacts.S3ModelArtifacts'),
});
const jsonataPrimary = (k: Kit) => new k.ContainerDefinition({
  image: k.DockerImage.fromJsonExpression('{% $states.input.Model.imageName %}'),
  modelS3Location: k.S3Location.fromJsonExpression('{% $states.input.TrainingJob.ModelArtifacts.S3ModelArtifacts %}'),
});
const withProps = (more: (scope: Construct, k: Kit) => Partial<Props>) => (scope: Construct, k: Kit): Props => ({
  modelName: 'MyModel', primaryContainer: primary(k), ...more(scope, k),
});
const withJsonataProps = (more: (scope: Construct, k: Kit) => Partial<Props>) => (scope: Construct, k: Kit): Props => ({
  modelName: 'MyModel', primaryContainer: jsonataPrimary(k), ...more(scope, k),
});

/** Removes the `{ "parameters": … }` wrapper aws-cdk-lib leaves around each pipeline container, in JSON text. */
function unwrapContainersText(text: string): string {
  const start = text.indexOf('"Containers":[');
  if (start < 0) return text;
  let out = text.slice(0, start);
  let i = start;
  const wrapper = '{"parameters":';
  while (i < text.length) {
    if (text.startsWith(wrapper, i)) {
      let depth = 0;
      let j = i + wrapper.length;
      const from = j;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        if (text[j] === '}') depth--;
        if (depth === 0) break;
      }
      out += text.slice(from, j + 1);
      i = j + 2; // the inner object's `}` and the wrapper's `}`
      continue;
    }
    out += text[i];
    if (text[i] === ']' ) { out += text.slice(i + 1); break; }
    i++;
  }
  return out;
}

/** The reference snapshot with each pipeline container unwrapped, as we render it. */
const unwrapContainers = (s: ParitySnapshot): ParitySnapshot => {
  const state = s.state as Record<string, any>;
  const key = state.Parameters ? 'Parameters' : 'Arguments';
  const input = state[key];
  return {
    ...s,
    state: { ...state, [key]: { ...input, Containers: input.Containers.map((c: { parameters: unknown }) => c.parameters) } },
    template: mapStrings(s.template, unwrapContainersText),
  };
};

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'model', stateName: 'Create the model', resultSelector: { arn: sfn.JsonPath.stringAt('$.ModelArn') }, assign: { arn: sfn.JsonPath.stringAt('$.ModelArn') },
});
const commonJsonata = () => commonJsonataProps({ comment: 'model', outputs: '{% $states.result.ModelArn %}', assign: { arn: '{% $states.result.ModelArn %}' } });

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `minimal, ${factory}`, factory, props: (factory === 'jsonata' ? withJsonataProps : withProps)(() => ({})) },
    { name: `explicit REQUEST_RESPONSE, ${factory}`, factory, props: (factory === 'jsonata' ? withJsonataProps : withProps)(() => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })) },
  );
}
for (const role of ['owned', 'imported', 'immutable'] as RoleKind[]) {
  cases.push({ name: `${role} role with an owned repository image`, props: withProps((s, k) => ({
    role: makeRole(s, role),
    primaryContainer: new k.ContainerDefinition({ image: k.DockerImage.fromEcrRepository(makeRepository(s, 'owned')), modelS3Location: k.S3Location.fromBucket(makeBucket(s, 'encrypted'), 'model.tar.gz') }),
  })) });
}
for (const bucket of ['owned', 'imported', 'tokenName'] as const) {
  cases.push({ name: `model data in a ${bucket} bucket`, props: withProps((s, k) => ({
    primaryContainer: new k.ContainerDefinition({ image: k.DockerImage.fromRegistry('123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1'), modelS3Location: k.S3Location.fromBucket(makeBucket(s, bucket), 'models/model.tar.gz') }),
  })) });
}
cases.push(
  { name: 'every container field', props: withProps((s, k) => ({
    primaryContainer: new k.ContainerDefinition({
      image: k.DockerImage.fromEcrRepository(makeRepository(s, 'imported'), 'v3'),
      environmentVariables: sfn.TaskInput.fromObject({ LOG_LEVEL: 'debug', REGION: sfn.JsonPath.stringAt('$.region') }),
      modelPackageName: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/my-package/1',
      mode: k.Mode.MULTI_MODEL,
      containerHostName: 'primary',
      modelS3Location: k.S3Location.fromJsonExpression('$.model'),
    }),
  })) },
  { name: 'asset image', props: withProps((s, k) => ({ primaryContainer: new k.ContainerDefinition({ image: k.DockerImage.fromAsset(s, 'Image', { directory: DOCKER_DIR }) }) })) },
  { name: 'image without ECR pull', props: withProps((_s, k) => ({ primaryContainer: new k.ContainerDefinition({ image: k.DockerImage.fromJsonExpression(sfn.JsonPath.stringAt('$.image'), false) }) })) },
  { name: 'model package only', props: withProps((_s, k) => ({ primaryContainer: new k.ContainerDefinition({ modelPackageName: 'my-package' }) })) },
  {
    name: 'inference pipeline containers (unwrapped; aws-cdk-lib wraps each in "parameters")',
    props: withProps((_s, k) => ({
      containers: [
        new k.ContainerDefinition({ image: k.DockerImage.fromRegistry('preprocess:1'), containerHostName: 'pre', environmentVariables: sfn.TaskInput.fromObject({ A: 'b' }) }),
        new k.ContainerDefinition({ image: k.DockerImage.fromRegistry('predict:1'), containerHostName: 'predict', mode: k.Mode.SINGLE_MODEL }),
      ],
    })),
    adjust: unwrapContainers,
  },
  {
    name: 'pipeline containers, JSONata',
    factory: 'jsonata',
    props: withJsonataProps((_s, k) => ({ containers: [new k.ContainerDefinition({ image: k.DockerImage.fromJsonExpression('{% $states.input.image %}'), modelS3Location: k.S3Location.fromJsonExpression('{% $states.input.model %}') })] })),
    adjust: unwrapContainers,
  },
  { name: 'network isolation, tags', props: withProps(() => ({ enableNetworkIsolation: true, tags: sfn.TaskInput.fromObject([{ Key: 'Project', Value: 'ML' }]) })) },
  { name: 'network isolation off', props: withProps(() => ({ enableNetworkIsolation: false })) },
  { name: 'VPC with default subnets', props: withProps((s) => ({ vpc: makeVpc(s) })) },
  { name: 'VPC with public subnets and an extra security group', props: withProps((s) => ({ vpc: makeVpc(s), subnetSelection: { subnetType: ec2.SubnetType.PUBLIC } })),
    after: (task, scope) => task.addSecurityGroup(new ec2.SecurityGroup(scope, 'Extra', { vpc: scope.node.findChild('Vpc') as ec2.IVpc })) },
  { name: 'VPC with an owned role', props: withProps((s) => ({ vpc: makeVpc(s), role: makeRole(s, 'owned') })) },
  { name: 'mixed-case name (lowercased in the ARN)', props: withProps(() => ({ modelName: 'My-Model-V2' })) },
  { name: 'JSON path name', props: withProps(() => ({ modelName: sfn.JsonPath.stringAt('$.ModelName') })) },
  { name: 'JSONata name and tags', factory: 'jsonata', props: withJsonataProps(() => ({ modelName: '{% $states.input.name %}', tags: sfn.TaskInput.fromText('{% $states.input.tags %}') })) },
  {
    name: 'CDK token name',
    props: withProps(() => ({ modelName: Fn.importValue('ModelName') })),
    adjust: (s) => replaceBrokenTokenArns(s, [importedNameArn('model', 'ModelName', '*')]),
  },
  { name: 'every common JSONPath prop', props: withProps((s) => commonJsonPath(s)) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: withJsonataProps(() => commonJsonata()) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: withJsonataProps(() => ({})) },
  { name: 'inside a JSONPath Map', wrap: inMap, props: withProps(() => ({})) },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: withProps(() => ({})) },
  { name: 'inside a JSONata Parallel', wrap: inJsonataParallel, factory: 'jsonata', props: withJsonataProps(() => ({})) },
  { name: 'README example', props: withProps(() => ({})) },
);

describe('SageMakerCreateModel parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference } = renderCase('SageMakerCreateModel', c);
    expectSnapshot(ours, c.adjust ? c.adjust(reference) : reference);
  });
});

describe('differences from aws-cdk-lib', () => {
  it('renders pipeline containers as ContainerDefinition objects; aws-cdk-lib wraps them in "parameters"', () => {
    const c = cases.find((x) => x.name.startsWith('inference pipeline containers'))!;
    const { ours, reference } = renderCase('SageMakerCreateModel', c);
    expect((ours.state as any).Parameters.Containers).toEqual([
      { ContainerHostname: 'pre', Image: 'preprocess:1', Environment: { A: 'b' } },
      { ContainerHostname: 'predict', Image: 'predict:1', Mode: 'SingleModel' },
    ]);
    expect((reference.state as any).Parameters.Containers[0]).toEqual({ parameters: { ContainerHostname: 'pre', Image: 'preprocess:1', Environment: { A: 'b' } } });
  });
});
