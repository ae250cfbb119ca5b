import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-codebuild', () => {
  it('exports every task and enum', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CodeBuildBatchDeleteBuilds',
      'CodeBuildBatchGetReports',
      'CodeBuildDeleteBuildBatch',
      'CodeBuildRetryBuildBatch',
      'CodeBuildStartBuild',
      'CodeBuildStartBuildBatch',
      'CodeBuildStopBuild',
      'CodeBuildStopBuildBatch',
      'RetryBuildBatchType',
    ]);
  });
});
