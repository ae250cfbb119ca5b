import { CfnParameter, Stack, App } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { isRuntimeValue } from '../src';

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
