import { App, Fn, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { validateItemCount } from '../src';

const scope = new Stack(new App(), 'Stack');

describe('validateItemCount', () => {
  it('accepts arrays and maps within the range', () => {
    expect(() => validateItemCount(scope, 'list', ['a', 'b'], 1, 2)).not.toThrow();
    expect(() => validateItemCount(scope, 'map', { a: 1 }, 0, 1)).not.toThrow();
    expect(() => validateItemCount(scope, 'list', [], 0, 5)).not.toThrow();
  });

  it('names the prop, the range and the count of an array out of range', () => {
    expect(() => validateItemCount(scope, 'subnets', ['a', 'b', 'c'], 0, 2))
      .toThrow(/ at 'Stack': `subnets` must have from 0 to 2 items, got 3/);
    expect(() => validateItemCount(scope, 'args', [], 1, 2)).toThrow(/`args` must have from 1 to 2 items, got 0/);
  });

  it('counts the entries of a map', () => {
    expect(() => validateItemCount(scope, 'tags', { a: '1', b: '2' }, 0, 1)).toThrow(/`tags` must have from 0 to 1 entries, got 2/);
  });

  it('skips undefined values and tokens', () => {
    expect(() => validateItemCount(scope, 'list', undefined, 1, 1)).not.toThrow();
    expect(() => validateItemCount(scope, 'list', sfn.JsonPath.listAt('$.items'), 5, 6)).not.toThrow();
    expect(() => validateItemCount(scope, 'list', Fn.split(',', Fn.importValue('X')), 5, 6)).not.toThrow();
  });
});
