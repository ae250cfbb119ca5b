import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-emr-serverless', () => {
  it('exports the six tasks and their helper types', () => {
    expect(Object.keys(api).sort()).toEqual([
      'EmrServerlessApplicationType',
      'EmrServerlessArchitecture',
      'EmrServerlessCancelJobRun',
      'EmrServerlessCreateApplication',
      'EmrServerlessDeleteApplication',
      'EmrServerlessDiskType',
      'EmrServerlessJobDriver',
      'EmrServerlessJobRunMode',
      'EmrServerlessStartApplication',
      'EmrServerlessStartJobRun',
      'EmrServerlessStopApplication',
    ]);
  });
});
