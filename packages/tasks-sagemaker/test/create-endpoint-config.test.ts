import { App, Fn, Stack, Token } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { AcceleratorClass, AcceleratorType, SageMakerCreateEndpointConfig, type ProductionVariant, type SageMakerCreateEndpointConfigProps } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

const M5 = ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE);
const variant: ProductionVariant = { initialInstanceCount: 2, instanceType: M5, modelName: 'MyModel', variantName: 'awesome-variant' };

function config(props: Partial<SageMakerCreateEndpointConfigProps> = {}): SageMakerCreateEndpointConfig {
  return new SageMakerCreateEndpointConfig(stack, 'Config', { endpointConfigName: 'MyEndpointConfig', productionVariants: [variant], ...props });
}

describe('SageMakerCreateEndpointConfig', () => {
  it('renders a variant', () => {
    expect(render(config())).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sagemaker:createEndpointConfig']] },
      Parameters: {
        EndpointConfigName: 'MyEndpointConfig',
        ProductionVariants: [{ InitialInstanceCount: 2, InstanceType: 'ml.m5.xlarge', ModelName: 'MyModel', VariantName: 'awesome-variant' }],
      },
    });
  });

  it('renders the key id, tags, weights, accelerators (as their names) and JSON paths', () => {
    const task = config({
      endpointConfigName: sfn.JsonPath.stringAt('$.Endpoint.EndpointConfig'),
      kmsKey: new kms.Key(stack, 'Key'),
      productionVariants: [
        { ...variant, initialInstanceCount: 1, initialVariantWeight: 0.8, acceleratorType: AcceleratorType.of(AcceleratorClass.EIA1, ec2.InstanceSize.LARGE) },
        {
          initialVariantWeight: 0.2,
          instanceType: new ec2.InstanceType(sfn.JsonPath.stringAt('$.Endpoint.InstanceType')),
          modelName: sfn.JsonPath.stringAt('$.Endpoint.Model'),
          variantName: 'awesome-variant-2',
          acceleratorType: new AcceleratorType('ml.eia2.xlarge'),
        },
      ],
      tags: sfn.TaskInput.fromObject([{ Key: 'Project', Value: 'ML' }]),
    });
    expect(render(task).Parameters).toEqual({
      'EndpointConfigName.$': '$.Endpoint.EndpointConfig',
      'KmsKeyId': { Ref: 'Key961B73FD' },
      'ProductionVariants': [
        { InitialInstanceCount: 1, InitialVariantWeight: 0.8, InstanceType: 'ml.m5.xlarge', ModelName: 'MyModel', VariantName: 'awesome-variant', AcceleratorType: 'ml.eia1.large' },
        { 'InitialInstanceCount': 1, 'InitialVariantWeight': 0.2, 'InstanceType.$': '$.Endpoint.InstanceType', 'ModelName.$': '$.Endpoint.Model', 'VariantName': 'awesome-variant-2', 'AcceleratorType': 'ml.eia2.xlarge' },
      ],
      'Tags': [{ Key: 'Project', Value: 'ML' }],
    });
  });

  it('grants CreateEndpointConfig on the lowercased name, and ListTags', () => {
    expect(normalize(statements(config({ endpointConfigName: 'My-Config' })))).toEqual([
      {
        Action: 'sagemaker:CreateEndpointConfig',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sagemaker:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':endpoint-config/my-config']] },
      },
      { Action: 'sagemaker:ListTags', Effect: 'Allow', Resource: '*' },
    ]);
  });

  it.each([
    ['CDK tokens', () => Token.asNumber(Fn.importValue('Count')), () => Token.asNumber(Fn.importValue('Weight')), 'new',
      { InitialInstanceCount: { 'Fn::ImportValue': 'Count' }, InitialVariantWeight: { 'Fn::ImportValue': 'Weight' } }],
    ['JSON paths', () => sfn.JsonPath.numberAt('$.count'), () => sfn.JsonPath.numberAt('$.weight'), 'new',
      { 'InitialInstanceCount.$': '$.count', 'InitialVariantWeight.$': '$.weight' }],
    ['JSONata', () => Token.asNumber('{% $states.input.count %}'), () => Token.asNumber('{% $states.input.weight %}'), 'jsonata',
      { InitialInstanceCount: '{% $states.input.count %}', InitialVariantWeight: '{% $states.input.weight %}' }],
  ] as const)('renders initialInstanceCount and initialVariantWeight from %s, which aws-cdk-lib rejects', (_name, count, weight, factory, want) => {
    const props = { endpointConfigName: 'MyEndpointConfig', productionVariants: [{ ...variant, initialInstanceCount: count(), initialVariantWeight: weight() }] };
    const task = factory === 'jsonata' ? SageMakerCreateEndpointConfig.jsonata(stack, 'Config', props) : new SageMakerCreateEndpointConfig(stack, 'Config', props);
    expect(render(task)[factory === 'jsonata' ? 'Arguments' : 'Parameters'].ProductionVariants[0]).toMatchObject(want);

    // aws-cdk-lib compares the token's placeholder number (a large negative number) with the limits.
    const other = new Stack(new App(), 'Reference');
    const refVariant = { instanceType: M5, modelName: 'MyModel', variantName: 'awesome-variant' };
    expect(() => new reference.SageMakerCreateEndpointConfig(other, 'Count', { ...props, productionVariants: [{ ...refVariant, initialInstanceCount: count() }] }))
      .toThrow(/Must define at least one instance/);
    expect(() => new reference.SageMakerCreateEndpointConfig(other, 'Weight', { ...props, productionVariants: [{ ...refVariant, initialVariantWeight: weight() }] }))
      .toThrow(/InitialVariantWeight has minimum value of 0/);
  });

  it('keeps a CDK token name as a token in the ARN', () => {
    const granted = JSON.stringify(statements(config({ endpointConfigName: Fn.importValue('Name') })));
    expect(granted).toContain(':endpoint-config/"');
    expect(granted).toContain('{"Fn::ImportValue":"Name"}');
  });
});

describe('SageMakerCreateEndpointConfig validation', () => {
  it.each([
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /SageMakerCreateEndpointConfig at 'Stack\/Config': `integrationPattern` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ['no variants', { productionVariants: [] }, /`productionVariants` must have from 1 to 10 items, got 0/],
    ['11 variants', { productionVariants: Array.from({ length: 11 }, (_, i) => ({ ...variant, variantName: `v${i}` })) }, /`productionVariants` must have from 1 to 10 items, got 11/],
    ['0 initial instances', { productionVariants: [{ ...variant, initialInstanceCount: 0 }] }, /`productionVariants\[0\].initialInstanceCount` must be an integer of at least 1, got 0/],
    ['a negative weight', { productionVariants: [{ ...variant, initialVariantWeight: -0.5 }] }, /`productionVariants\[0\].initialVariantWeight` must be at least 0, got -0.5/],
    ['duplicate variant names', { productionVariants: [variant, variant] }, /`productionVariants\[\].variantName` must be unique, got 'awesome-variant' more than once/],
    ['a variant name with a space', { productionVariants: [{ ...variant, variantName: 'my variant' }] }, /`productionVariants\[0\].variantName` must be letters, digits and hyphens/],
    ['a model name with an underscore', { productionVariants: [{ ...variant, modelName: 'my_model' }] }, /`productionVariants\[0\].modelName` must be letters, digits and hyphens/],
    ['a config name of 64 characters', { endpointConfigName: 'c'.repeat(64) }, /`endpointConfigName` must be from 1 to 63 characters long, got 64/],
  ] as const)('rejects %s', (_name, props, error) => {
    expect(() => config(props as Partial<SageMakerCreateEndpointConfigProps>)).toThrow(error);
  });

  it('accepts weight 0 and JSON path variant names', () => {
    expect(() => config({ productionVariants: [{ ...variant, initialVariantWeight: 0 }, { ...variant, variantName: sfn.JsonPath.stringAt('$.v') }] })).not.toThrow();
  });
});
