import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-glue', () => {
  it('exports the task classes, the worker types and the execution class', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ExecutionClass', 'GlueStartCrawlerRun', 'GlueStartJobRun', 'WorkerType', 'WorkerTypeV2',
    ]);
  });
});
