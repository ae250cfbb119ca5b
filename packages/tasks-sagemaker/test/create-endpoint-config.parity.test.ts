import { App, Fn, Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, render } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import type { SageMakerCreateEndpointConfigProps } from '../src';
import { makeKey, type Kit } from './fixtures';
import { expectSnapshot, importedNameArn, mapStrings, renderCase, replaceBrokenTokenArns, type ParityCase } from './parity-helpers';

type Props = SageMakerCreateEndpointConfigProps;
type Case = ParityCase<Partial<Props>> & { readonly adjust?: (s: ParitySnapshot) => ParitySnapshot };

const M5_XLARGE = ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE);
const variant = { initialInstanceCount: 2, instanceType: M5_XLARGE, modelName: 'MyModel', variantName: 'awesome-variant' };
const base = { endpointConfigName: 'MyEndpointConfig', productionVariants: [variant] };
const withProps = (more: (scope: Construct, k: Kit) => Partial<Props>) => (scope: Construct, k: Kit): Props => ({ ...base, ...more(scope, k) });

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'config', stateName: 'Configure', resultSelector: { arn: sfn.JsonPath.stringAt('$.EndpointConfigArn') }, assign: { arn: sfn.JsonPath.stringAt('$.EndpointConfigArn') },
});
const commonJsonata = () => commonJsonataProps({ comment: 'config', outputs: '{% $states.result.EndpointConfigArn %}', assign: { arn: '{% $states.result.EndpointConfigArn %}' } });

/** What aws-cdk-lib renders for an accelerator: the object, `ml.[object Object].<size>` when built with `of()`. */
const acceleratorAsObject = (type: string) => (s: ParitySnapshot): ParitySnapshot => {
  const state = s.state as { Parameters?: { ProductionVariants: Array<Record<string, unknown>> }; Arguments?: { ProductionVariants: Array<Record<string, unknown>> } };
  const input = state.Parameters ?? state.Arguments!;
  const variants = input.ProductionVariants.map((v) => (v.AcceleratorType ? { ...v, AcceleratorType: type } : v));
  const key = state.Parameters ? 'Parameters' : 'Arguments';
  return {
    ...s,
    state: { ...state, [key]: { ...input, ProductionVariants: variants } },
    template: mapStrings(s.template, (str) => str.replace(/"AcceleratorType":\{"instanceTypeIdentifier":"[^"]*"\}/g, `"AcceleratorType":"${type}"`)),
  };
};

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `minimal, ${factory}`, factory, props: withProps(() => ({})) },
    { name: `explicit REQUEST_RESPONSE, ${factory}`, factory, props: withProps(() => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })) },
  );
}
for (const key of ['owned', 'imported'] as const) {
  cases.push({ name: `${key} KMS key`, props: withProps((s) => ({ kmsKey: makeKey(s, key) })) });
}
cases.push(
  { name: 'two variants with weights, JSON path instance type and model', props: withProps(() => ({
    productionVariants: [
      { ...variant, initialInstanceCount: 1, initialVariantWeight: 0.8 },
      { initialInstanceCount: 1, initialVariantWeight: 0.2, instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.InstanceType')), modelName: sfn.JsonPath.stringAt('$.Model'), variantName: 'awesome-variant-2' },
    ],
    tags: sfn.TaskInput.fromObject([{ Key: 'Project', Value: 'ML' }]),
  })) },
  { name: 'variant without initialInstanceCount (1)', props: withProps(() => ({ productionVariants: [{ instanceType: M5_XLARGE, modelName: 'm', variantName: 'v' }] })) },
  { name: 'variant weight 0', props: withProps(() => ({ productionVariants: [{ ...variant, initialVariantWeight: 0 }] })) },
  { name: 'ten variants', props: withProps(() => ({ productionVariants: Array.from({ length: 10 }, (_, i) => ({ ...variant, variantName: `v${i}` })) })) },
  {
    name: 'accelerator from AcceleratorType.of (aws-cdk-lib: ml.[object Object].medium, as an object)',
    props: withProps((_s, k) => ({ productionVariants: [{ ...variant, acceleratorType: k.AcceleratorType.of(k.AcceleratorClass.EIA2, ec2.InstanceSize.MEDIUM) }] })),
    adjust: acceleratorAsObject('ml.eia2.medium'),
  },
  {
    name: 'accelerator from the constructor (aws-cdk-lib: an object)',
    props: withProps((_s, k) => ({ productionVariants: [{ ...variant, acceleratorType: new k.AcceleratorType('ml.eia1.large') }] })),
    adjust: acceleratorAsObject('ml.eia1.large'),
  },
  {
    name: 'accelerator from AcceleratorClass.of, JSONata',
    factory: 'jsonata',
    props: withProps((_s, k) => ({ productionVariants: [{ ...variant, acceleratorType: k.AcceleratorType.of(k.AcceleratorClass.of('eia2'), ec2.InstanceSize.XLARGE) }] })),
    adjust: acceleratorAsObject('ml.eia2.xlarge'),
  },
  { name: 'JSONata name and instance type', factory: 'jsonata', props: withProps(() => ({
    endpointConfigName: '{% $states.input.config %}',
    productionVariants: [{ ...variant, instanceType: new ec2.InstanceType('{% $states.input.type %}'), modelName: '{% $states.input.model %}' }],
    tags: sfn.TaskInput.fromText('{% $states.input.tags %}'),
  })) },
  { name: 'JSON path name and tags', props: withProps(() => ({ endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.EndpointConfig'), tags: sfn.TaskInput.fromJsonPathAt('$.tags') })) },
  {
    name: 'CDK token name',
    props: withProps(() => ({ endpointConfigName: Fn.importValue('ConfigName') })),
    adjust: (s) => replaceBrokenTokenArns(s, [importedNameArn('endpoint-config', 'ConfigName')]),
  },
  { name: 'mixed-case name', props: withProps(() => ({ endpointConfigName: 'My-Endpoint-Config' })) },
  { name: 'every common JSONPath prop', props: withProps((s) => commonJsonPath(s)) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: withProps(() => commonJsonata()) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: withProps(() => ({})) },
  { name: 'inside a JSONPath Map', wrap: inMap, props: withProps(() => ({})) },
  { name: 'inside a JSONata Map', wrap: inJsonataMap, factory: 'jsonata', props: withProps(() => ({})) },
  { name: 'README example', props: withProps(() => ({})) },
);

describe('SageMakerCreateEndpointConfig parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference } = renderCase('SageMakerCreateEndpointConfig', c);
    expectSnapshot(ours, c.adjust ? c.adjust(reference) : reference);
  });
});

describe('differences from aws-cdk-lib', () => {
  it('renders the accelerator type as its name; aws-cdk-lib renders an object with ml.[object Object]', () => {
    const c = cases.find((x) => x.name.startsWith('accelerator from AcceleratorType.of'))!;
    const { ours, reference } = renderCase('SageMakerCreateEndpointConfig', c);
    expect((ours.state as any).Parameters.ProductionVariants[0].AcceleratorType).toBe('ml.eia2.medium');
    expect((reference.state as any).Parameters.ProductionVariants[0].AcceleratorType).toEqual({ instanceTypeIdentifier: 'ml.[object Object].medium' });
  });

  it('rejects initialInstanceCount 0; aws-cdk-lib renders 1', () => {
    const c: Case = { name: 'zero', props: withProps(() => ({ productionVariants: [{ ...variant, initialInstanceCount: 0 }] })) };
    expect(() => renderCase('SageMakerCreateEndpointConfig', c)).toThrow(/`productionVariants\[0\]\.initialInstanceCount` must be an integer of at least 1, got 0/);
    const stack = new Stack(new App(), 'Stack');
    const task = new reference.SageMakerCreateEndpointConfig(stack, 'Task', { ...base, productionVariants: [{ ...variant, initialInstanceCount: 0 }] });
    expect(render(task).Parameters.ProductionVariants[0].InitialInstanceCount).toBe(1);
  });
});
