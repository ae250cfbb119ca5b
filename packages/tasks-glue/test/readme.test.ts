import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { ExecutionClass, GlueStartCrawlerRun, GlueStartJobRun, WorkerTypeV2 } from '../src';

describe('README examples', () => {
  it('GlueStartJobRun synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');

    const nightly = new GlueStartJobRun(stack, 'Nightly ETL', {
      glueJobName: 'nightly-etl',
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      arguments: sfn.TaskInput.fromObject({ '--day': sfn.JsonPath.stringAt('$.day') }),
      taskTimeout: sfn.Timeout.duration(Duration.minutes(30)),
      notifyDelayAfter: Duration.minutes(5),
      workerConfiguration: { workerTypeV2: WorkerTypeV2.G_1X, numberOfWorkers: 2 },
      executionClass: ExecutionClass.FLEX,
    });
    const onDemand = GlueStartJobRun.jsonata(stack, 'On-demand ETL', {
      glueJobName: '{% $states.input.jobName %}',
      workerConfiguration: { workerTypeV2: WorkerTypeV2.of('{% $states.input.workerType %}'), numberOfWorkers: 10 },
      taskTimeout: sfn.Timeout.jsonata('{% $states.input.timeoutMinutes %}'),
    });

    const definition = definitionOf(nightly.next(onDemand));
    expect(definition.States['Nightly ETL'].Parameters).toMatchObject({ Timeout: 30, NotificationProperty: { NotifyDelayAfter: 5 } });
    expect(definition.States['On-demand ETL'].Arguments.Timeout).toBe('{% $states.input.timeoutMinutes %}');
  });

  it('GlueStartCrawlerRun synthesizes', () => {
    const stack = new Stack(new App(), 'Stack');
    const crawler = new glue.CfnCrawler(stack, 'Crawler', {
      role: 'arn:aws:iam::123456789012:role/crawler',
      targets: { s3Targets: [{ path: 's3://data/raw' }] },
    });

    const crawl = new GlueStartCrawlerRun(stack, 'Crawl', { crawlerName: crawler.ref });
    const crawlAny = GlueStartCrawlerRun.jsonata(stack, 'Crawl any', { crawlerName: '{% $states.input.crawler %}' });

    const definition = definitionOf(crawl.next(crawlAny));
    expect(definition.States['Crawl any'].Arguments).toEqual({ Name: '{% $states.input.crawler %}' });
  });
});
