import { App, Stack } from 'aws-cdk-lib/core';
import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { validateMessageGroupingId } from '../src';

const scope = new Stack(new App(), 'Stack');

describe('validateMessageGroupingId', () => {
  it('accepts 1 to 128 printable ASCII characters, every punctuation mark included', () => {
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', 'a')).not.toThrow();
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', 'x'.repeat(128))).not.toThrow();
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~aZ09')).not.toThrow();
  });

  it('accepts undefined, JSON paths and JSONata expressions', () => {
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', undefined)).not.toThrow();
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', JsonPath.stringAt('$.g'))).not.toThrow();
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', `{% ${'x'.repeat(200)} %}`)).not.toThrow();
  });

  it('fails on an empty id or one over 128 characters', () => {
    expect(() => validateMessageGroupingId(scope, 'messageGroupId', '')).toThrow(/`messageGroupId` must be from 1 to 128 characters long, got 0/);
    expect(() => validateMessageGroupingId(scope, 'messageDeduplicationId', 'x'.repeat(129))).toThrow(
      /`messageDeduplicationId` must be from 1 to 128 characters long, got 129/,
    );
  });

  it('fails on spaces, control and non-ASCII characters', () => {
    for (const bad of ['a b', 'a\tb', 'é']) {
      expect(() => validateMessageGroupingId(scope, 'messageGroupId', bad)).toThrow(
        /`messageGroupId` must be a-z, A-Z, 0-9 and punctuation \(printable ASCII without spaces\)/,
      );
    }
  });
});
