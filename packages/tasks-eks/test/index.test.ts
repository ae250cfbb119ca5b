import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-eks', () => {
  it('exports EksCall, HttpMethods and the seven new EKS tasks', () => {
    expect(Object.keys(api).sort()).toEqual([
      'EksCall', 'EksCreateCluster', 'EksCreateFargateProfile', 'EksCreateNodegroup', 'EksDeleteCluster',
      'EksDeleteFargateProfile', 'EksDeleteNodegroup', 'EksRunJob', 'HttpMethods',
    ]);
  });

  it('gives every task the jsonPath() and jsonata() factories', () => {
    for (const name of ['EksCall', 'EksCreateCluster', 'EksCreateFargateProfile', 'EksCreateNodegroup', 'EksDeleteCluster',
      'EksDeleteFargateProfile', 'EksDeleteNodegroup', 'EksRunJob'] as const) {
      expect(typeof api[name].jsonPath).toBe('function');
      expect(typeof api[name].jsonata).toBe('function');
    }
  });
});
