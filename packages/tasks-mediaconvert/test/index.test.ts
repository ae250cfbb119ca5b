import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-mediaconvert', () => {
  it('exports the task and its factories, and nothing else', () => {
    expect(typeof api.MediaConvertCreateJob).toBe('function');
    expect(typeof api.MediaConvertCreateJob.jsonPath).toBe('function');
    expect(typeof api.MediaConvertCreateJob.jsonata).toBe('function');
    expect(Object.keys(api)).toEqual(['MediaConvertCreateJob']);
  });
});
