import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-sns', () => {
  it('exports the task, its factories and the attribute data types', () => {
    expect(typeof api.SnsPublish).toBe('function');
    expect(typeof api.SnsPublish.jsonPath).toBe('function');
    expect(typeof api.SnsPublish.jsonata).toBe('function');
    expect(api.MessageAttributeDataType).toEqual({
      STRING: 'String',
      STRING_ARRAY: 'String.Array',
      NUMBER: 'Number',
      BINARY: 'Binary',
    });
  });
});
