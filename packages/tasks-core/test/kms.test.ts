import { App, Stack } from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describe, expect, it } from 'vitest';
import { kmsDataKeyStatement } from '../src';

describe('kmsDataKeyStatement', () => {
  it('allows kms:Decrypt and kms:GenerateDataKey* on an owned key, by its ARN', () => {
    const stack = new Stack(new App(), 'Stack');
    const key = new kms.Key(stack, 'Key');
    expect(stack.resolve(kmsDataKeyStatement(key).toStatementJson())).toEqual({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
    });
  });

  it('allows the same actions on an imported key', () => {
    const stack = new Stack(new App(), 'Stack');
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const key = kms.Key.fromKeyArn(stack, 'Key', arn);
    expect(stack.resolve(kmsDataKeyStatement(key).toStatementJson())).toEqual({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Effect: 'Allow',
      Resource: arn,
    });
  });
});
