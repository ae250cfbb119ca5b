import { Duration, Fn, Token } from 'aws-cdk-lib/core';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { BedrockInvokeModel, Guardrail, type BedrockInvokeModelProps } from '../src';
import { APPLICATION_PROFILE_ARN, GLOBAL_PROFILE_ARN, PROFILE_ARN, S3_URI_FLAG, makeModel, type ModelKind } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type Statement = Record<string, unknown>;

interface Case {
  readonly name: string;
  readonly model?: ModelKind;
  readonly factory?: Factory;
  /** The props besides `model`; `{}` unless given, so add `body` where a case needs one. */
  readonly props?: (scope: Construct, guardrails: typeof Guardrail | typeof reference.Guardrail) => Partial<BedrockInvokeModelProps>;
  /** The app turns the S3 URI feature flag off. */
  readonly flagOff?: boolean;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
  /** Our deliberate difference in the statements, applied to the reference's (README, "Differences"). */
  readonly expectStatements?: (reference: Statement[]) => Statement[];
}

const BODY = { body: sfn.TaskInput.fromObject({ prompt: 'Hello world' }) };
const JSONATA_BODY = { body: sfn.TaskInput.fromObject({ prompt: '{% $states.input.prompt %}', max_tokens: 20 }) };

const bodies: Record<string, () => Partial<BedrockInvokeModelProps>> = {
  'object': () => BODY,
  'object with paths': () => ({ body: sfn.TaskInput.fromObject({ inputText: sfn.JsonPath.stringAt('$.prompt'), config: { maxTokenCount: 100, temperature: 1 } }) }),
  'JSON path': () => ({ body: sfn.TaskInput.fromJsonPathAt('$.body') }),
  'text': () => ({ body: sfn.TaskInput.fromText('{"prompt":"hi"}') }),
  'formatted': () => ({ body: sfn.TaskInput.fromObject({ prompt: sfn.JsonPath.format('Say {}', sfn.JsonPath.stringAt('$.word')) }) }),
  'CDK tokens': () => ({ body: sfn.TaskInput.fromObject({ region: Fn.ref('AWS::Region'), n: Token.asNumber(Fn.importValue('N')) }) }),
};

const jsonataBodies: Record<string, () => Partial<BedrockInvokeModelProps>> = {
  'JSONata object': () => JSONATA_BODY,
  'JSONata text': () => ({ body: sfn.TaskInput.fromText('{% $states.input.body %}') }),
};

const location = (bucketName: string, objectKey: string): s3.Location => ({ bucketName, objectKey });

/** The reference's InvokeModel statement, then ours for the foundation models an inference profile routes to. */
const plusProfileModels = (profileArn: string, modelResource: string) => (ref: Statement[]): Statement[] => [
  ref[0],
  {
    Action: 'bedrock:InvokeModel',
    Condition: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
    Effect: 'Allow',
    Resource: modelResource,
  },
  ...ref.slice(1),
];

/** The reference's statements with `action` on `resource` instead. */
const withResource = (action: string, resource: unknown) => (ref: Statement[]): Statement[] =>
  ref.map((s) => (s.Action === action ? { ...s, Resource: resource } : s));

const commonJsonPath = (scope: Construct): Partial<BedrockInvokeModelProps> => commonJsonPathProps(scope, {
  comment: 'prompt it',
  stateName: 'Prompt the model',
  resultSelector: { names: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
  assign: { answer: sfn.JsonPath.stringAt('$.Body') },
});

const commonJsonata = (): Partial<BedrockInvokeModelProps> => commonJsonataProps({
  comment: 'prompt it',
  outputs: '{% $states.result.Body %}',
  assign: { answer: '{% $states.result.Body %}' },
});

const cases: Case[] = [];
for (const model of ['foundation', 'provisioned', 'custom', 'tokenArn'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${model} model, ${factory}`, model, factory, props: () => BODY });
  }
}
cases.push(
  { name: 'inference profile', model: 'profile', props: () => BODY,
    expectStatements: plusProfileModels(PROFILE_ARN, 'arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0') },
  { name: 'global inference profile, jsonata', model: 'globalProfile', factory: 'jsonata', props: () => JSONATA_BODY,
    expectStatements: plusProfileModels(GLOBAL_PROFILE_ARN, 'arn:aws:bedrock:*::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0') },
  { name: 'application inference profile', model: 'applicationProfile', props: () => BODY,
    expectStatements: plusProfileModels(APPLICATION_PROFILE_ARN, 'arn:aws:bedrock:*::foundation-model/*') },
);
for (const [name, props] of Object.entries(bodies)) {
  cases.push({ name: `body: ${name}`, props });
  cases.push({ name: `body: ${name}, jsonPath`, factory: 'jsonPath', model: 'provisioned', props });
}
for (const [name, props] of Object.entries(jsonataBodies)) {
  cases.push({ name: `body: ${name}`, factory: 'jsonata', props });
  cases.push({ name: `body: ${name}, queryLanguage`, props: () => ({ ...props(), queryLanguage: sfn.QueryLanguage.JSONATA }) });
}
cases.push(
  { name: 'accept and contentType', props: () => ({ ...BODY, accept: 'image/png', contentType: 'text/plain' }) },
  { name: 'accept only, jsonata', factory: 'jsonata', props: () => ({ ...JSONATA_BODY, accept: '*/*' }) },
  { name: 'contentType from a JSON path', props: () => ({ ...BODY, contentType: sfn.JsonPath.stringAt('$.type') }) },
  { name: 'accept from a JSON path', props: () => ({ ...BODY, accept: sfn.JsonPath.stringAt('$.accept') }) },
  { name: 'accept and contentType from JSONata', factory: 'jsonata', props: () => ({ ...JSONATA_BODY, accept: '{% $states.input.accept %}', contentType: '{% "application/json" %}' }) },
  { name: 'accept from a CDK token', props: () => ({ ...BODY, accept: Fn.importValue('Accept') }) },
  { name: 'input S3 location from CDK tokens', props: () => ({ input: { s3Location: location(Fn.importValue('Bucket'), Fn.importValue('Key')) } }) },
  { name: 'input and output S3 locations', model: 'provisioned', props: () => ({
    input: { s3Location: location('input-bucket', 'input-key') },
    output: { s3Location: location('output-bucket', 'output-key') },
  }) },
  { name: 'input S3 location of an owned bucket', props: (scope) => ({ input: { s3Location: location(new s3.Bucket(scope, 'In').bucketName, 'prompts/p.json') } }) },
  { name: 'output S3 location with body', props: () => ({ ...BODY, output: { s3Location: location('out', 'dir/answer.json') } }) },
  { name: 'output S3 location, jsonata', factory: 'jsonata', props: () => ({ ...JSONATA_BODY, output: { s3Location: location('out', 'answer.json') } }) },
  { name: 'input and output S3 URIs from JSON paths', model: 'provisioned', props: () => ({
    input: { s3InputUri: sfn.JsonPath.stringAt('$.prompt') },
    output: { s3OutputUri: sfn.JsonPath.stringAt('$.prompt') },
  }) },
  { name: 'S3 URIs from JSON paths with inputPath and outputPath', model: 'provisioned', props: () => ({
    input: { s3InputUri: sfn.JsonPath.stringAt('$.in') },
    output: { s3OutputUri: sfn.JsonPath.stringAt('$.out') },
    inputPath: sfn.JsonPath.stringAt('$.names'),
    outputPath: sfn.JsonPath.stringAt('$.names'),
  }) },
  { name: 'S3 URIs from JSONata', factory: 'jsonata', props: () => ({
    input: { s3InputUri: '{% $states.input.in %}' },
    output: { s3OutputUri: '{% $states.input.out %}' },
  }) },
  { name: 'output S3 URI from a CDK token', props: () => ({ ...BODY, output: { s3OutputUri: Fn.importValue('OutUri') } }) },
  { name: 'static input and output S3 URIs', props: () => ({
    input: { s3InputUri: 's3://prompts/today.json' },
    output: { s3OutputUri: 's3://answers/today.json' },
  }), expectStatements: (ref) => withResource('s3:PutObject', { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::answers/today.json']] })(
    withResource('s3:GetObject', { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::prompts/today.json']] })(ref)) },
  { name: 'body with inputPath and outputPath', model: 'provisioned', props: () => ({
    ...BODY, inputPath: sfn.JsonPath.stringAt('$.names'), outputPath: sfn.JsonPath.stringAt('$.names'),
  }) },
  { name: 'flag off: inputPath and outputPath are the S3 URIs', model: 'provisioned', flagOff: true, props: () => ({
    inputPath: sfn.JsonPath.stringAt('$.prompt'), outputPath: sfn.JsonPath.stringAt('$.prompt'),
  }) },
  { name: 'flag off: body and outputPath', flagOff: true, props: () => ({ ...BODY, outputPath: '$.out' }) },
  { name: 'flag off: S3 locations', flagOff: true, props: () => ({
    input: { s3Location: location('input-bucket', 'input-key') }, output: { s3Location: location('output-bucket', 'output-key') },
  }) },
  { name: 'flag off: body only', flagOff: true, props: () => BODY },
  { name: 'guardrail by ARN, draft', model: 'provisioned', props: (_s, g) => ({ ...BODY, guardrail: g.enableDraft('arn:aws:bedrock:us-turbo-2:123456789012:guardrail/testid') }) },
  { name: 'guardrail by ID, version 3', model: 'provisioned', props: (_s, g) => ({ ...BODY, guardrail: g.enable('testid', 3) }) },
  { name: 'guardrail, jsonata', factory: 'jsonata', props: (_s, g) => ({ ...JSONATA_BODY, guardrail: g.enable('abc123', 99999999) }) },
  { name: 'guardrail with a token version', props: (_s, g) => ({ ...BODY, guardrail: g.enable('abc', Token.asNumber(Fn.importValue('V'))) }) },
  { name: 'guardrail by a CDK token ID', props: (_s, g) => ({ ...BODY, guardrail: g.enableDraft(Fn.importValue('GuardrailId')) }) },
  { name: 'guardrail ID from a JSON path', props: (_s, g) => ({ ...BODY, guardrail: g.enableDraft(sfn.JsonPath.stringAt('$.guardrail')) }),
    expectStatements: withResource('bedrock:ApplyGuardrail', { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:us-east-1:123456789012:guardrail/*']] }) },
  { name: 'trace enabled', model: 'provisioned', props: () => ({ ...BODY, traceEnabled: true }) },
  { name: 'trace disabled, jsonata', factory: 'jsonata', props: () => ({ ...JSONATA_BODY, traceEnabled: false }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ ...BODY, integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'every common JSONPath prop', props: (s) => ({ ...BODY, ...commonJsonPath(s) }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: () => ({ ...JSONATA_BODY, ...commonJsonata() }) },
  { name: 'JSONata common props without credentials', factory: 'jsonata', props: () => ({ ...JSONATA_BODY, ...commonJsonataProps({ comment: 'c', outputs: '{% $states.result %}', assign: {}, credentials: false }) }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ ...BODY, taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ ...BODY, timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ ...BODY, resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata', props: () => JSONATA_BODY },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => JSONATA_BODY },
  { name: 'inside a JSONPath Map', props: () => bodies['object with paths'](), wrap: inMap },
  { name: 'inside a JSONPath Parallel', model: 'provisioned', props: () => BODY, wrap: inParallel },
  { name: 'README: titan model with result selector', props: () => ({
    body: sfn.TaskInput.fromObject({ inputText: 'Generate a list of five first names.', textGenerationConfig: { maxTokenCount: 100, temperature: 1 } }),
    resultSelector: { names: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
  }) },
  { name: 'README: S3 URIs from JSON paths', props: () => ({
    input: { s3InputUri: sfn.JsonPath.stringAt('$.prompt') }, output: { s3OutputUri: sfn.JsonPath.stringAt('$.prompt') },
  }) },
  { name: 'README: inputPath and outputPath as S3 URIs, flag off', flagOff: true, props: () => ({
    inputPath: sfn.JsonPath.stringAt('$.prompt'), outputPath: sfn.JsonPath.stringAt('$.prompt'),
  }) },
  { name: 'README: guardrail', props: (_s, g) => ({
    body: sfn.TaskInput.fromObject({ inputText: 'Generate a list of five first names.', textGenerationConfig: { maxTokenCount: 100, temperature: 1 } }),
    guardrail: g.enable('guardrailid', 1),
    resultSelector: { names: sfn.JsonPath.stringAt('$.Body.results[0].outputText') },
  }) },
  { name: 'everything at once', model: 'provisioned', props: (s, g) => ({
    ...commonJsonPath(s), ...bodies['object with paths'](), accept: 'application/json', contentType: 'application/json',
    output: { s3Location: location('out', 'answer.json') }, guardrail: g.enable('abc', 2), traceEnabled: true,
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    if (c.flagOff) scope.node.setContext(S3_URI_FLAG, false);
    const guardrails = implementation === 'ours' ? Guardrail : reference.Guardrail;
    const props = { model: makeModel(scope, c.model ?? 'foundation'), ...c.props?.(scope, guardrails) } as BedrockInvokeModelProps;
    const Impl = implementation === 'ours' ? BedrockInvokeModel : reference.BedrockInvokeModel;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Invoke', props);
      case 'jsonata': return Impl.jsonata(scope, 'Invoke', props as reference.BedrockInvokeModelProps);
      default: return new Impl(scope, 'Invoke', props as reference.BedrockInvokeModelProps);
    }
  };
}

describe('BedrockInvokeModel parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    const refStatements = normalize(ref.statements) as Statement[];
    expect(normalize(ours.statements)).toEqual(c.expectStatements ? c.expectStatements(refStatements) : refStatements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it('differs with the flag off and an S3 URI prop: we fail where aws-cdk-lib silently drops the URI', () => {
    const c: Case = { name: 'flag off with s3InputUri', flagOff: true, props: () => ({ ...BODY, input: { s3InputUri: sfn.JsonPath.stringAt('$.in') } }) };
    expect(() => renderBoth(build(c))).toThrow(/`input.s3InputUri` needs the feature flag/);
    const refOnly = (scope: Construct) => build(c)(scope, 'reference');
    const snapshot: ParitySnapshot = renderReference(refOnly);
    expect(JSON.stringify(snapshot.state)).not.toContain('S3Uri');
    expect(snapshot.statements).toContainEqual({ Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::*']] } });
  });

  it('differs inside a JSONata Map: Arguments where aws-cdk-lib renders Parameters (aws/aws-cdk#34352)', () => {
    const c: Case = { name: 'JSONata Map', props: () => JSONATA_BODY };
    const { ours, reference: ref } = renderBoth(build(c), { wrap: inJsonataMap });
    const definition = (snapshot: ParitySnapshot) => JSON.stringify(snapshot.template);
    expect(definition(ours)).toContain('\\"Arguments\\":{\\"ModelId\\"');
    expect(definition(ours)).not.toContain('\\"Parameters\\"');
    expect(definition(ref)).toContain('\\"Parameters\\":{\\"ModelId\\"');
  });
});

/** Renders only the reference, for a case ours rejects. */
function renderReference(build: (scope: Construct) => sfn.State): ParitySnapshot {
  return renderBoth((scope, implementation) => (implementation === 'reference' ? build(scope) : new sfn.Pass(scope, 'Invoke'))).reference;
}
