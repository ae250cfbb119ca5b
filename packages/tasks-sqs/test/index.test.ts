import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-sqs', () => {
  it('exports the task and its factories', () => {
    expect(typeof api.SqsSendMessage).toBe('function');
    expect(typeof api.SqsSendMessage.jsonPath).toBe('function');
    expect(typeof api.SqsSendMessage.jsonata).toBe('function');
  });
});
