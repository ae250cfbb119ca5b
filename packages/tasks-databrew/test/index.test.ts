import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-databrew', () => {
  it('exports the task class', () => {
    expect(Object.keys(api)).toEqual(['GlueDataBrewStartJobRun']);
  });
});
