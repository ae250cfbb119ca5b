import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-mediaconvert', () => {
  it('loads its entry point', () => {
    expect(typeof api).toBe('object');
  });
});
