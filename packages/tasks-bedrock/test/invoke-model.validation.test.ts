import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { BedrockInvokeModel, Guardrail, type BedrockInvokeModelProps } from '../src';
import { S3_URI_FLAG, makeModel } from './fixtures';

const BODY = sfn.TaskInput.fromObject({ prompt: 'Hello world' });
const LOCATION = { bucketName: 'hello', objectKey: 'world' };

function makeStack(flagOff = false): Stack {
  return new Stack(new App(flagOff ? { context: { [S3_URI_FLAG]: false } } : {}), 'Stack');
}

function invoke(props: Partial<BedrockInvokeModelProps>, flagOff = false): BedrockInvokeModel {
  const stack = makeStack(flagOff);
  return new BedrockInvokeModel(stack, 'Invoke', { model: makeModel(stack, 'provisioned'), ...props });
}

function invokeReference(props: Partial<BedrockInvokeModelProps>, flagOff = false): unknown {
  const stack = makeStack(flagOff);
  return new reference.BedrockInvokeModel(stack, 'Invoke', { model: makeModel(stack, 'provisioned'), ...props } as reference.BedrockInvokeModelProps);
}

describe('BedrockInvokeModel validation', () => {
  describe('where the reference throws, we throw', () => {
    it.each([
      ['neither body nor input', {}, false, /BedrockInvokeModel at 'Stack\/Invoke': `body` or `input` must be set, got neither/],
      ['both body and an input location', { body: BODY, input: { s3Location: LOCATION } }, false,
        /`body` cannot be combined with `input`: set one of them, got both/],
      ['both body and an input URI', { body: BODY, input: { s3InputUri: 's3://a/b' } }, false, /`body` cannot be combined with `input`/],
      ['body and inputPath with the flag off', { body: BODY, inputPath: '$.uri' }, true,
        /`body` cannot be combined with `input` \(or `inputPath`, the S3 URI while the feature flag is off\)/],
      ['neither body nor input with the flag off', { outputPath: '$.out' }, true, /`body` or `input` \(or `inputPath`.*\) must be set, got neither/],
      ['an input object version', { input: { s3Location: { ...LOCATION, objectVersion: '123' } } }, false,
        /`input.s3Location.objectVersion` must not be set, as the integration reads and writes the latest version only, got '123'/],
      ['an output object version', { body: BODY, output: { s3Location: { ...LOCATION, objectVersion: '123' } } }, false,
        /`output.s3Location.objectVersion` must not be set/],
      ['an input URI and an input location', { input: { s3InputUri: 's3://a/b', s3Location: LOCATION } }, false,
        /`input.s3InputUri` cannot be combined with `input.s3Location`: set one of them, got both/],
      ['an output URI and an output location', { body: BODY, output: { s3OutputUri: 's3://a/b', s3Location: LOCATION } }, false,
        /`output.s3OutputUri` cannot be combined with `output.s3Location`/],
      ['an empty input URI', { input: { s3InputUri: '' } }, false, /`input.s3InputUri` must be an S3 URI `s3:\/\/<bucket>\/<key>`, got ''/],
      ['an empty output URI', { body: BODY, output: { s3OutputUri: '' } }, false, /`output.s3OutputUri` must be an S3 URI/],
      ['REQUEST_RESPONSE only: RUN_JOB', { body: BODY, integrationPattern: sfn.IntegrationPattern.RUN_JOB }, false,
        /`integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ] as const)('fails on %s', (_name, props, flagOff, message) => {
      expect(() => invokeReference(props as Partial<BedrockInvokeModelProps>, flagOff)).toThrow();
      expect(() => invoke(props as Partial<BedrockInvokeModelProps>, flagOff)).toThrow(message);
    });
  });

  describe('what we check beyond the reference', () => {
    it('fails on an input URI with the flag off, which the reference silently drops', () => {
      const props = { body: BODY, input: { s3InputUri: sfn.JsonPath.stringAt('$.in') } };
      expect(() => invokeReference(props, true)).not.toThrow();
      expect(() => invoke(props, true)).toThrow(new RegExp('`input.s3InputUri` needs the feature flag `' + S3_URI_FLAG +
        '`, which this app turns off \\(the S3 URIs then come from `inputPath`/`outputPath`\\): turn the flag on, or use `s3Location`'));
    });

    it('fails on an output URI with the flag off, which the reference silently drops', () => {
      const props = { body: BODY, output: { s3OutputUri: 's3://answers/a.json' } };
      expect(() => invokeReference(props, true)).not.toThrow();
      expect(() => invoke(props, true)).toThrow(/`output.s3OutputUri` needs the feature flag/);
    });

    it.each([
      ['an input URI that is not an S3 URI', { input: { s3InputUri: 'https://bucket.s3.amazonaws.com/key' } }, /`input.s3InputUri` must be an S3 URI/],
      ['an input URI without a key', { input: { s3InputUri: 's3://bucket' } }, /`input.s3InputUri` must be an S3 URI/],
      ['an output URI without a key', { body: BODY, output: { s3OutputUri: 's3://bucket/' } }, /`output.s3OutputUri` must be an S3 URI/],
      ['WAIT_FOR_TASK_TOKEN', { body: BODY, integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => invoke(props as Partial<BedrockInvokeModelProps>)).toThrow(message);
    });

    it('accepts run-time S3 URIs and body-less JSONata tasks', () => {
      expect(() => invoke({ input: { s3InputUri: sfn.JsonPath.stringAt('$.in') } })).not.toThrow();
      expect(() => invoke({ input: { s3InputUri: '{% $states.input.in %}' }, queryLanguage: sfn.QueryLanguage.JSONATA })).not.toThrow();
    });
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      invoke({});
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});

describe('Guardrail validation', () => {
  it.each([
    ['an ID with a hyphen', () => Guardrail.enableDraft('invalid-id'),
      /Guardrail: `guardrailIdentifier` must be a guardrail ID of lower-case letters and digits, or a guardrail ARN, got 'invalid-id'/],
    ['an upper-case ID', () => Guardrail.enable('ABC', 1), /`guardrailIdentifier` must be a guardrail ID/],
    ['an ARN without an ID', () => Guardrail.enableDraft('arn:aws:bedrock:us-turbo-2:123456789012:guardrail'),
      /`guardrailIdentifier` must be a guardrail ARN `arn:<partition>:bedrock:<region>:<account>:guardrail\/<guardrail-id>`/],
    ['an ARN of another resource', () => Guardrail.enableDraft('arn:aws:bedrock:us-east-1:123456789012:agent/abc'), /must be a guardrail ARN/],
    ['an ARN with an upper-case ID', () => Guardrail.enableDraft('arn:aws:bedrock:us-east-1:123456789012:guardrail/ABC'), /must be a guardrail ARN/],
    ['an identifier over 2048 characters', () => Guardrail.enableDraft('a'.repeat(2049)),
      /`guardrailIdentifier` must be at most 2048 characters long, got 2049 characters/],
    ['version 0', () => Guardrail.enable('abcde', 0), /Guardrail: `version` must be an integer from 1 to 99999999, got 0/],
    ['version 100000000', () => Guardrail.enable('abcde', 100000000), /`version` must be an integer from 1 to 99999999, got 100000000/],
    ['a fractional version', () => Guardrail.enable('abcde', 1.5), /`version` must be an integer from 1 to 99999999, got 1.5/],
  ] as const)('fails on %s', (_name, make, message) => {
    expect(make).toThrow(message);
  });

  it('fails where the reference fails', () => {
    expect(() => reference.Guardrail.enableDraft('invalid-id')).toThrow();
    expect(() => reference.Guardrail.enable('abcde', 0)).toThrow();
    expect(() => reference.Guardrail.enableDraft('arn:aws:bedrock:us-turbo-2:123456789012:guardrail')).toThrow();
    expect(() => reference.Guardrail.enableDraft('a'.repeat(2049))).toThrow();
  });

  it('accepts IDs, ARNs, and run-time identifiers the reference rejects', () => {
    expect(Guardrail.enable('abc123', 99999999).guardrailVersion).toBe('99999999');
    expect(Guardrail.enableDraft('arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:guardrail/abc').guardrailVersion).toBe('DRAFT');
    const path = sfn.JsonPath.stringAt('$.id');
    expect(Guardrail.enableDraft(path).guardrailIdentifier).toBe(path);
    expect(Guardrail.enableDraft('{% $states.input.id %}').guardrailIdentifier).toBe('{% $states.input.id %}');
    expect(() => reference.Guardrail.enableDraft('{% $states.input.id %}')).toThrow();
  });
});
