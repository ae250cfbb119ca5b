import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { GlueStartCrawlerRun, GlueStartJobRun } from '../src';

describe('Glue tasks offline (@cdk-stepfunctions/testing)', () => {
  it('run a job to its end, then a crawler, through their typed mocks', async () => {
    const stack = new Stack(new App(), 'Stack');
    const etl = new GlueStartJobRun(stack, 'Nightly ETL', {
      glueJobName: 'nightly-etl',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      arguments: sfn.TaskInput.fromObject({ '--day': sfn.JsonPath.stringAt('$.day') }),
      resultSelector: { 'state.$': '$.JobRunState', 'seconds.$': '$.ExecutionTime' },
      resultPath: '$.etl',
    });
    const crawl = new GlueStartCrawlerRun(stack, 'Crawl', { crawlerName: 'orders', resultPath: sfn.JsonPath.DISCARD });

    const run = await runStateMachine(etl.next(crawl), {
      input: { day: '2026-01-01' },
      mocks: [mock(etl).returns({ Id: 'jr_1', JobName: 'nightly-etl', JobRunState: 'SUCCEEDED', ExecutionTime: 42 }), mock(crawl).returns({})],
    });

    expect(run).toHaveSucceeded({ day: '2026-01-01', etl: { state: 'SUCCEEDED', seconds: 42 } });
    expect(run).toHaveCalled(etl, { JobName: 'nightly-etl', Arguments: { '--day': '2026-01-01' } });
    expect(run).toHaveCalled(crawl, { Name: 'orders' });
  });
});
