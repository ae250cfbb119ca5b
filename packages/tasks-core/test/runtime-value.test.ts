import { CfnParameter, Stack, App } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { isRuntimeValue, s3UriOf } from '../src';

describe('isRuntimeValue', () => {
  it('recognises JSONPath references and JSONata expressions', () => {
    expect(isRuntimeValue(sfn.JsonPath.stringAt('$.a'))).toBe(true);
    expect(isRuntimeValue(sfn.JsonPath.format('x/{}', sfn.JsonPath.stringAt('$.a')))).toBe(true);
    expect(isRuntimeValue(sfn.JsonPath.taskToken)).toBe(true);
    expect(isRuntimeValue('{% $states.input.a %}')).toBe(true);
  });

  it('does not take CDK tokens, literal $ strings or other values for run-time values', () => {
    const token = new CfnParameter(new Stack(new App(), 'Stack'), 'P').valueAsString;
    expect(token.startsWith('$')).toBe(true);
    expect(isRuntimeValue(token)).toBe(false);
    expect(isRuntimeValue('$.a')).toBe(false);
    expect(isRuntimeValue('plain')).toBe(false);
    expect(isRuntimeValue(undefined)).toBe(false);
    expect(isRuntimeValue(1)).toBe(false);
  });
});

describe('s3UriOf', () => {
  it('writes a static location as its S3 URI, with a trailing slash for a prefix', () => {
    expect(s3UriOf({ bucketName: 'b', objectKey: 'k/o.json' })).toBe('s3://b/k/o.json');
    expect(s3UriOf({ bucketName: 'b', objectKey: 'results' }, true)).toBe('s3://b/results/');
  });

  it('builds the URI at run time with one JSONata expression when the bucket or key is JSONata', () => {
    expect(s3UriOf({ bucketName: '{% $states.input.bucket %}', objectKey: 'k' }))
      .toBe('{% "s3://" & ($states.input.bucket) & "/" & "k" %}');
    expect(s3UriOf({ bucketName: 'b', objectKey: '{% $x %}' }, true)).toBe('{% "s3://" & "b" & "/" & ($x) & "/" %}');
  });

  it('builds the URI at run time with States.Format when the bucket or key is a JSON path', () => {
    const uri = s3UriOf({ bucketName: 'b', objectKey: sfn.JsonPath.stringAt('$.key') });
    expect(isRuntimeValue(uri)).toBe(true);
    expect(new Stack().resolve(sfn.FieldUtils.renderObject({ S3Uri: uri }))).toEqual({ 'S3Uri.$': "States.Format('s3://{}/{}', 'b', $.key)" });
  });
});
