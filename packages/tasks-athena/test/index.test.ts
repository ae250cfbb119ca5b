import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-athena', () => {
  it('exports the tasks and their factories', () => {
    for (const task of [api.AthenaStartQueryExecution, api.AthenaGetQueryExecution, api.AthenaGetQueryResults, api.AthenaStopQueryExecution]) {
      expect(typeof task).toBe('function');
      expect(typeof task.jsonPath).toBe('function');
      expect(typeof task.jsonata).toBe('function');
    }
  });

  it('exports the encryption options and nothing private', () => {
    expect(api.EncryptionOption).toEqual({ S3_MANAGED: 'SSE_S3', KMS: 'SSE_KMS', CLIENT_SIDE_KMS: 'CSE_KMS' });
    expect(Object.keys(api).sort()).toEqual([
      'AthenaGetQueryExecution', 'AthenaGetQueryResults', 'AthenaStartQueryExecution', 'AthenaStopQueryExecution', 'EncryptionOption',
    ]);
  });
});
