import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-batch', () => {
  it('exports the task class (the rest of the API is interfaces)', () => {
    expect(Object.keys(api)).toEqual(['BatchSubmitJob']);
  });
});
