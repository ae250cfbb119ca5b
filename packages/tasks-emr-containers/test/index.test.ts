import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-emr-containers', () => {
  it('exports the tasks and their helper types', () => {
    expect(Object.keys(api).sort()).toEqual([
      'Classification',
      'EksClusterInput',
      'EmrContainersCreateVirtualCluster',
      'EmrContainersDeleteVirtualCluster',
      'EmrContainersStartJobRun',
      'ReleaseLabel',
      'VirtualClusterInput',
    ]);
  });
});
