import { App, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataParallel, render } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { BedrockInvokeModel, Guardrail, type BedrockInvokeModelProps } from '../src';
import {
  APPLICATION_PROFILE_ARN,
  PROFILE_ARN,
  PROVISIONED_MODEL_ARN,
  S3_URI_FLAG,
  makeModel,
  partitionArn,
  resource,
  smStatements as statements,
  type ModelKind,
} from './fixtures';

const INVOKE_MODEL = resource('invokeModel');
const BODY = sfn.TaskInput.fromObject({ prompt: 'Hello world' });

/** A stack in `us-turbo-1`, optionally with the S3 URI flag turned off. */
function makeStack(flag?: boolean): Stack {
  const app = new App(flag === undefined ? {} : { context: { [S3_URI_FLAG]: flag } });
  return new Stack(app, 'Stack', { env: { account: '123456789012', region: 'us-turbo-1' } });
}

function invoke(props: Partial<BedrockInvokeModelProps>, kind: ModelKind = 'provisioned', stack = makeStack()): BedrockInvokeModel {
  return new BedrockInvokeModel(stack, 'Invoke', { model: makeModel(stack, kind), ...props });
}

describe('BedrockInvokeModel', () => {
  it('renders a foundation model by its ARN in the stack Region, and the body', () => {
    expect(render(invoke({ body: BODY }, 'foundation'))).toEqual({
      Type: 'Task',
      End: true,
      Resource: INVOKE_MODEL,
      Parameters: {
        ModelId: partitionArn(':bedrock:us-turbo-1::foundation-model/anthropic.claude-instant-v1'),
        Body: { prompt: 'Hello world' },
      },
    });
  });

  it('renders the MIME types, the guardrail and the trace', () => {
    const task = invoke({ body: BODY, accept: 'image/png', contentType: 'text/plain', guardrail: Guardrail.enable('abc1', 3), traceEnabled: true });
    expect(render(task).Parameters).toEqual({
      ModelId: PROVISIONED_MODEL_ARN,
      Accept: 'image/png',
      ContentType: 'text/plain',
      Body: { prompt: 'Hello world' },
      GuardrailIdentifier: 'abc1',
      GuardrailVersion: '3',
      Trace: 'ENABLED',
    });
    expect(render(invoke({ body: BODY, traceEnabled: false })).Parameters.Trace).toBe('DISABLED');
  });

  it('renders S3 locations as S3 URIs', () => {
    const task = invoke({ input: { s3Location: { bucketName: 'input-bucket', objectKey: 'input-key' } }, output: { s3Location: { bucketName: 'output-bucket', objectKey: 'output-key' } } });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: INVOKE_MODEL,
      Parameters: { ModelId: PROVISIONED_MODEL_ARN, Input: { S3Uri: 's3://input-bucket/input-key' }, Output: { S3Uri: 's3://output-bucket/output-key' } },
    });
  });

  it('builds the S3 URI of a location with a run-time bucket or key when the state runs', () => {
    const jsonPath = invoke({ input: { s3Location: { bucketName: 'in', objectKey: sfn.JsonPath.stringAt('$.key') } } });
    expect(render(jsonPath).Parameters.Input).toEqual({ 'S3Uri.$': "States.Format('s3://{}/{}', 'in', $.key)" });
    const stack = makeStack();
    const jsonata = BedrockInvokeModel.jsonata(stack, 'Task', {
      model: makeModel(stack, 'provisioned'),
      body: BODY,
      output: { s3Location: { bucketName: '{% $states.input.bucket %}', objectKey: "it's/a.json" } },
    });
    expect(render(jsonata).Arguments.Output).toEqual({ S3Uri: '{% "s3://" & ($states.input.bucket) & "/" & "it\'s/a.json" %}' });
  });

  it('renders JSON path S3 URIs as S3Uri.$, and keeps inputPath and outputPath for the state (flag on)', () => {
    const task = invoke({
      input: { s3InputUri: sfn.JsonPath.stringAt('$.prompt') },
      output: { s3OutputUri: sfn.JsonPath.stringAt('$.answer') },
      inputPath: '$.names',
      outputPath: '$.names',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      InputPath: '$.names',
      OutputPath: '$.names',
      Resource: INVOKE_MODEL,
      Parameters: { 'ModelId': PROVISIONED_MODEL_ARN, 'Input': { 'S3Uri.$': '$.prompt' }, 'Output': { 'S3Uri.$': '$.answer' } },
    });
  });

  it('takes a body with inputPath and outputPath when the flag is on', () => {
    expect(render(invoke({ body: BODY, inputPath: '$.names', outputPath: '$.names' }))).toEqual({
      Type: 'Task',
      End: true,
      InputPath: '$.names',
      OutputPath: '$.names',
      Resource: INVOKE_MODEL,
      Parameters: { ModelId: PROVISIONED_MODEL_ARN, Body: { prompt: 'Hello world' } },
    });
  });

  it('renders inputPath and outputPath as the S3 URIs too when the app turns the flag off, with a warning', () => {
    const stack = makeStack(false);
    const task = invoke({ inputPath: sfn.JsonPath.stringAt('$.prompt'), outputPath: sfn.JsonPath.stringAt('$.prompt') }, 'provisioned', stack);
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      InputPath: '$.prompt',
      OutputPath: '$.prompt',
      Resource: INVOKE_MODEL,
      Parameters: { 'ModelId': PROVISIONED_MODEL_ARN, 'Input': { 'S3Uri.$': '$.prompt' }, 'Output': { 'S3Uri.$': '$.prompt' } },
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Invoke', Match.stringLikeRegexp('`inputPath`/`outputPath` are also rendered as the S3 URIs'));
  });

  it('renders the JSONata state', () => {
    const stack = makeStack();
    const task = BedrockInvokeModel.jsonata(stack, 'Invoke', {
      model: makeModel(stack, 'provisioned'),
      body: sfn.TaskInput.fromObject({ prompt: '{% $states.input.prompt %}' }),
      output: { s3OutputUri: '{% $states.input.out %}' },
      guardrail: Guardrail.enableDraft('{% $states.input.guardrail %}'),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: INVOKE_MODEL,
      Arguments: {
        ModelId: PROVISIONED_MODEL_ARN,
        Body: { prompt: '{% $states.input.prompt %}' },
        Output: { S3Uri: '{% $states.input.out %}' },
        GuardrailIdentifier: '{% $states.input.guardrail %}',
        GuardrailVersion: 'DRAFT',
      },
    });
  });

  it('writes QueryLanguage inside a JSONata Parallel of a JSONPath state machine', () => {
    const stack = makeStack();
    const task = invoke({ body: sfn.TaskInput.fromText('{% $states.input.body %}') }, 'provisioned', stack);
    expect(definitionOf(inJsonataParallel(stack, task)).States.Parallel.Branches[0].States.Invoke).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: 'arn:X:states:::bedrock:invokeModel',
      Arguments: { ModelId: PROVISIONED_MODEL_ARN, Body: '{% $states.input.body %}' },
    });
  });

  it('exposes no metrics', () => {
    expect(() => invoke({ body: BODY }).metricFailed()).toThrow();
  });

  describe('permissions', () => {
    it('grants bedrock:InvokeModel on the model', () => {
      expect(statements(invoke({ body: BODY }, 'foundation'))).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: partitionArn(':bedrock:us-turbo-1::foundation-model/anthropic.claude-instant-v1') },
      ]);
    });

    it('grants the foundation model of an inference profile in every Region, through that profile only', () => {
      expect(statements(invoke({ body: BODY }, 'profile'))).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: PROFILE_ARN },
        {
          Action: 'bedrock:InvokeModel',
          Condition: { StringEquals: { 'bedrock:InferenceProfileArn': PROFILE_ARN } },
          Effect: 'Allow',
          Resource: 'arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0',
        },
      ]);
    });

    it('grants any foundation model through an application inference profile only', () => {
      expect(statements(invoke({ body: BODY }, 'applicationProfile'))).toContainEqual({
        Action: 'bedrock:InvokeModel',
        Condition: { StringEquals: { 'bedrock:InferenceProfileArn': APPLICATION_PROFILE_ARN } },
        Effect: 'Allow',
        Resource: 'arn:aws:bedrock:*::foundation-model/*',
      });
    });

    it('grants s3:GetObject and s3:PutObject on the S3 locations', () => {
      const task = invoke({ input: { s3Location: { bucketName: 'input-bucket', objectKey: 'input-key' } }, output: { s3Location: { bucketName: 'output-bucket', objectKey: 'output-key' } } });
      expect(statements(task)).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: PROVISIONED_MODEL_ARN },
        { Action: 's3:GetObject', Effect: 'Allow', Resource: partitionArn(':s3:::input-bucket/input-key') },
        { Action: 's3:PutObject', Effect: 'Allow', Resource: partitionArn(':s3:::output-bucket/output-key') },
      ]);
    });

    it('grants on the objects of an owned bucket', () => {
      const stack = makeStack();
      const bucket = new s3.Bucket(stack, 'Bucket');
      const task = invoke({ body: BODY, output: { s3Location: { bucketName: bucket.bucketName, objectKey: 'answers/a.json' } } }, 'provisioned', stack);
      expect(statements(task)).toContainEqual({
        Action: 's3:PutObject',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', { Ref: 'Bucket83908E77' }, '/answers/a.json']] },
      });
    });

    it('grants on the bucket\'s objects for a run-time key, on every object for a run-time bucket', () => {
      const task = invoke({
        input: { s3Location: { bucketName: 'input-bucket', objectKey: sfn.JsonPath.stringAt('$.key') } },
        output: { s3Location: { bucketName: sfn.JsonPath.stringAt('$.bucket'), objectKey: 'a.json' } },
      });
      expect(statements(task)).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: PROVISIONED_MODEL_ARN },
        { Action: 's3:GetObject', Effect: 'Allow', Resource: partitionArn(':s3:::input-bucket/*') },
        { Action: 's3:PutObject', Effect: 'Allow', Resource: partitionArn(':s3:::*') },
      ]);
    });

    it('grants on every object for S3 URIs known only at run time', () => {
      const task = invoke({ input: { s3InputUri: sfn.JsonPath.stringAt('$.prompt') }, output: { s3OutputUri: sfn.JsonPath.stringAt('$.prompt') } });
      expect(statements(task)).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: PROVISIONED_MODEL_ARN },
        { Action: 's3:GetObject', Effect: 'Allow', Resource: partitionArn(':s3:::*') },
        { Action: 's3:PutObject', Effect: 'Allow', Resource: partitionArn(':s3:::*') },
      ]);
    });

    it('grants on the object a static S3 URI names', () => {
      const task = invoke({ input: { s3InputUri: 's3://prompts/today.json' } });
      expect(statements(task)).toContainEqual({ Action: 's3:GetObject', Effect: 'Allow', Resource: partitionArn(':s3:::prompts/today.json') });
    });

    it('grants on every object for inputPath and outputPath when the flag is off', () => {
      const stack = makeStack(false);
      const task = invoke({ inputPath: sfn.JsonPath.stringAt('$.prompt'), outputPath: sfn.JsonPath.stringAt('$.prompt') }, 'provisioned', stack);
      expect(statements(task)).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: PROVISIONED_MODEL_ARN },
        { Action: 's3:GetObject', Effect: 'Allow', Resource: partitionArn(':s3:::*') },
        { Action: 's3:PutObject', Effect: 'Allow', Resource: partitionArn(':s3:::*') },
      ]);
    });

    it('grants bedrock:ApplyGuardrail on a guardrail ARN', () => {
      const task = invoke({ body: BODY, guardrail: Guardrail.enableDraft('arn:aws:bedrock:us-turbo-2:123456789012:guardrail/testid') });
      expect(statements(task)).toEqual([
        { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: PROVISIONED_MODEL_ARN },
        { Action: 'bedrock:ApplyGuardrail', Effect: 'Allow', Resource: 'arn:aws:bedrock:us-turbo-2:123456789012:guardrail/testid' },
      ]);
    });

    it('grants on a guardrail ID in the stack account and Region', () => {
      expect(statements(invoke({ body: BODY, guardrail: Guardrail.enable('testid', 3) }))).toContainEqual(
        { Action: 'bedrock:ApplyGuardrail', Effect: 'Allow', Resource: partitionArn(':bedrock:us-turbo-1:123456789012:guardrail/testid') },
      );
    });

    it('grants on every guardrail there for a guardrail ID known only at run time', () => {
      const task = invoke({ body: BODY, guardrail: Guardrail.enableDraft(sfn.JsonPath.stringAt('$.guardrail')) });
      expect(statements(task)).toContainEqual(
        { Action: 'bedrock:ApplyGuardrail', Effect: 'Allow', Resource: partitionArn(':bedrock:us-turbo-1:123456789012:guardrail/*') },
      );
    });
  });
});
