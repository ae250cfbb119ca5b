import { Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataParallel, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import type { SageMakerCreateEndpointProps, SageMakerUpdateEndpointProps } from '../src';
import { expectSnapshot, importedNameArn, renderCase, replaceBrokenTokenArns, type ParityCase } from './parity-helpers';

/*
 * SageMakerCreateEndpoint and SageMakerUpdateEndpoint take the same two names; one table covers both (tags only
 * for CreateEndpoint).
 */

type Props = SageMakerCreateEndpointProps & SageMakerUpdateEndpointProps;
type Case = ParityCase<Partial<Props>> & { readonly createOnly?: boolean; readonly adjust?: (s: ParitySnapshot) => ParitySnapshot };

const base = { endpointName: 'MyEndpoint', endpointConfigName: 'MyEndpointConfig' };
const withProps = (more: (scope: Construct) => Partial<Props>) => (scope: Construct): Props => ({ ...base, ...more(scope) });

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'endpoint', stateName: 'Deploy', resultSelector: { arn: sfn.JsonPath.stringAt('$.EndpointArn') }, assign: { arn: sfn.JsonPath.stringAt('$.EndpointArn') },
});
const commonJsonata = () => commonJsonataProps({ comment: 'endpoint', outputs: '{% $states.result.EndpointArn %}', assign: { arn: '{% $states.result.EndpointArn %}' } });

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `minimal, ${factory}`, factory, props: withProps(() => ({})) },
    { name: `explicit REQUEST_RESPONSE, ${factory}`, factory, props: withProps(() => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })) },
  );
}
cases.push(
  { name: 'mixed-case names (lowercased in the ARNs)', props: withProps(() => ({ endpointName: 'Prod-Endpoint-A', endpointConfigName: 'Config-V2' })) },
  { name: 'JSON path names', props: withProps(() => ({ endpointName: sfn.JsonPath.stringAt('$.EndpointName'), endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfig') })) },
  { name: 'JSON path endpoint config name only', props: withProps(() => ({ endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfig') })) },
  { name: 'JSONata names', factory: 'jsonata', props: withProps(() => ({ endpointName: '{% $states.input.endpoint %}', endpointConfigName: '{% $states.input.config %}' })) },
  {
    name: 'CDK token names (kept as tokens; aws-cdk-lib lowercases their text)',
    props: withProps(() => ({ endpointName: Fn.importValue('EpName'), endpointConfigName: Fn.importValue('EpConfigName') })),
    adjust: (s) => replaceBrokenTokenArns(s, [importedNameArn('endpoint', 'EpName'), importedNameArn('endpoint-config', 'EpConfigName')]),
  },
  { name: 'tags', createOnly: true, props: withProps(() => ({ tags: sfn.TaskInput.fromObject([{ Key: 'Label', Value: 'ML' }]) })) },
  { name: 'tags from a JSON path', createOnly: true, props: withProps(() => ({ tags: sfn.TaskInput.fromJsonPathAt('$.tags') })) },
  { name: 'JSONata tags', createOnly: true, factory: 'jsonata', props: withProps(() => ({ tags: sfn.TaskInput.fromText('{% $states.input.tags %}') })) },
  { name: 'every common JSONPath prop', props: withProps((s) => commonJsonPath(s)) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: withProps(() => commonJsonata()) },
  { name: 'queryLanguage JSONata prop', props: withProps(() => ({ queryLanguage: sfn.QueryLanguage.JSONATA })) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: withProps(() => ({})) },
  { name: 'inside a JSONPath Map', wrap: inMap, props: withProps(() => ({})) },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: withProps(() => ({})) },
  { name: 'inside a JSONata Parallel', wrap: inJsonataParallel, factory: 'jsonata', props: withProps(() => ({})) },
  { name: 'README example', props: withProps(() => ({ endpointName: sfn.JsonPath.stringAt('$.EndpointName'), endpointConfigName: sfn.JsonPath.stringAt('$.EndpointConfigName') })) },
);

for (const className of ['SageMakerCreateEndpoint', 'SageMakerUpdateEndpoint']) {
  describe(`${className} parity with aws-cdk-lib`, () => {
    const table = cases.filter((c) => !c.createOnly || className === 'SageMakerCreateEndpoint');
    it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { ours, reference } = renderCase(className, c);
      expectSnapshot(ours, c.adjust ? c.adjust(reference) : reference);
    });
  });
}

describe('CDK token names', () => {
  it('aws-cdk-lib lowercases the encoded token into an ARN that matches nothing; we keep the token', () => {
    const c = cases.find((x) => x.name.startsWith('CDK token names'))!;
    const { ours, reference } = renderCase('SageMakerUpdateEndpoint', c);
    expect(JSON.stringify(reference.statements)).toMatch(/endpoint\/\$\{token\[token\.\d+\]\}/);
    expect(JSON.stringify(ours.statements)).not.toContain('${token[');
    expect(JSON.stringify(ours.statements)).toContain('{"Fn::ImportValue":"EpName"}');
  });
});
