import { App, Duration, Fn, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import {
  GlueStartCrawlerRun,
  GlueStartJobRun,
  WorkerType,
  WorkerTypeV2,
  type GlueStartCrawlerRunProps,
  type GlueStartJobRunProps,
} from '../src';

/** Builds and renders our GlueStartJobRun in a fresh stack (validation may happen at either step). */
function ourJob(props: Partial<GlueStartJobRunProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new GlueStartJobRun(stack, 'Task', { glueJobName: 'GlueJob', ...props }).toStateJson());
}

/** Builds and renders the reference's GlueStartJobRun in a fresh stack. */
function referenceJob(props: Partial<GlueStartJobRunProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  const worker = props.workerConfiguration;
  const refProps = {
    glueJobName: 'GlueJob',
    ...props,
    workerConfiguration: worker && {
      ...worker,
      workerTypeV2: worker.workerTypeV2 && reference.WorkerTypeV2.of(worker.workerTypeV2.name),
    },
  } as reference.GlueStartJobRunProps;
  return stack.resolve(new reference.GlueStartJobRun(stack, 'Task', refProps).toStateJson());
}

function ourCrawler(props: Partial<GlueStartCrawlerRunProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new GlueStartCrawlerRun(stack, 'Task', { crawlerName: 'GlueCrawler', ...props }).toStateJson());
}

function referenceCrawler(props: Partial<GlueStartCrawlerRunProps>): unknown {
  const stack = new Stack(new App(), 'Stack');
  return stack.resolve(new reference.GlueStartCrawlerRun(stack, 'Task', { crawlerName: 'GlueCrawler', ...props }).toStateJson());
}

describe('GlueStartJobRun validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, Partial<GlueStartJobRunProps>, RegExp]> = [
      ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN },
        /`integrationPattern` must be one of REQUEST_RESPONSE, RUN_JOB, got WAIT_FOR_TASK_TOKEN/],
      ['both worker types', { workerConfiguration: { workerType: WorkerType.G_1X, workerTypeV2: WorkerTypeV2.of(sfn.JsonPath.stringAt('$.w')), numberOfWorkers: 2 } },
        /`workerConfiguration.workerType` cannot be combined with `workerConfiguration.workerTypeV2`: set one of them, got 'G.1X' and/],
      ['no worker type', { workerConfiguration: { numberOfWorkers: 2 } },
        /`workerConfiguration` must set `workerTypeV2` \(or the deprecated `workerType`\), got neither/],
      ['a notifyDelayAfter that is not whole minutes', { notifyDelayAfter: Duration.seconds(90) },
        /`notifyDelayAfter` must be a whole number of minutes, at least 1, got 1 minute 30 seconds/],
      ['a taskTimeout that is not whole minutes', { taskTimeout: sfn.Timeout.duration(Duration.seconds(150)) },
        /`taskTimeout` must be a whole number of minutes, at least 1, got 2 minutes 30 seconds/],
      ['a deprecated timeout that is not whole minutes', { timeout: Duration.seconds(61) },
        /`timeout` must be a whole number of minutes, at least 1, got 1 minute 1 second/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, props, message) => {
      expect(() => referenceJob(props)).toThrow();
      expect(() => ourJob(props)).toThrow(message);
    });
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, Partial<GlueStartJobRunProps>, RegExp]> = [
      ['an empty job name', { glueJobName: '' }, /`glueJobName` must be from 1 to 255 characters long, got 0 characters/],
      ['a job name over 255 characters', { glueJobName: 'j'.repeat(256) }, /`glueJobName` must be from 1 to 255 characters long, got 256/],
      ['a job name on two lines', { glueJobName: 'my\njob' }, /`glueJobName` must be a single line without control characters, got 'my\\njob'/],
      ['an empty security configuration', { securityConfiguration: '' }, /`securityConfiguration` must be from 1 to 255 characters long/],
      ['a security configuration with a control character', { securityConfiguration: 'sec\u0007' },
        /`securityConfiguration` must be a single line without control characters/],
      ['a notifyDelayAfter of zero', { notifyDelayAfter: Duration.minutes(0) },
        /`notifyDelayAfter` must be a whole number of minutes, at least 1, got 0 minutes/],
      ['a taskTimeout under a minute', { taskTimeout: sfn.Timeout.duration(Duration.seconds(30)) },
        /`taskTimeout` must be a whole number of minutes, at least 1, got 30 seconds/],
      ['no workers', { workerConfiguration: { workerTypeV2: WorkerTypeV2.G_1X, numberOfWorkers: 0 } },
        /`workerConfiguration.numberOfWorkers` must be a positive integer, got 0/],
      ['a fractional number of workers', { workerConfiguration: { workerTypeV2: WorkerTypeV2.G_1X, numberOfWorkers: 2.5 } },
        /`workerConfiguration.numberOfWorkers` must be a positive integer, got 2.5/],
      ['an empty worker type', { workerConfiguration: { workerTypeV2: WorkerTypeV2.of(''), numberOfWorkers: 2 } },
        /`workerConfiguration.workerTypeV2` must name a worker type, got an empty string/],
    ];

    it.each(cases)('fails on %s', (_name, props, message) => {
      expect(() => ourJob(props)).toThrow(message);
    });

    it('renders the zero notification delay the reference lets through', () => {
      expect(referenceJob({ notifyDelayAfter: Duration.minutes(0) })).toMatchObject({ Parameters: { NotificationProperty: { NotifyDelayAfter: 0 } } });
    });
  });

  it('does not check values known only at deploy or run time', () => {
    for (const props of [
      { glueJobName: Fn.importValue('Job'), securityConfiguration: Fn.importValue('Sec') },
      { glueJobName: sfn.JsonPath.stringAt('$.job'), securityConfiguration: sfn.JsonPath.stringAt('$.sec') },
      { workerConfiguration: { workerTypeV2: WorkerTypeV2.of(sfn.JsonPath.stringAt('$.w')), numberOfWorkers: sfn.JsonPath.numberAt('$.n') } },
      { taskTimeout: sfn.Timeout.at('$.timeout') },
    ]) {
      expect(() => ourJob(props)).not.toThrow();
    }
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      ourJob({ glueJobName: '' });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^GlueStartJobRun at 'Stack\/Task': /);
  });
});

describe('GlueStartCrawlerRun validation', () => {
  it('rejects RUN_JOB, which AWS SDK integrations do not support (the reference renders an invalid .sync resource)', () => {
    expect(JSON.stringify(referenceCrawler({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toContain('aws-sdk:glue:startCrawler.sync');
    expect(() => ourCrawler({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))
      .toThrow(/^GlueStartCrawlerRun at 'Stack\/Task': `integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/);
  });

  it.each([
    ['an empty crawler name', '', /`crawlerName` must be from 1 to 255 characters long, got 0 characters/],
    ['a crawler name over 255 characters', 'c'.repeat(256), /`crawlerName` must be from 1 to 255 characters long, got 256/],
    ['a crawler name on two lines', 'a\r\nb', /`crawlerName` must be a single line without control characters/],
  ])('fails on %s', (_name, crawlerName, message) => {
    expect(() => ourCrawler({ crawlerName })).toThrow(message);
  });

  it('accepts names with tabs and any Unicode letters', () => {
    expect(() => ourCrawler({ crawlerName: 'crawler\tété 🚀' })).not.toThrow();
  });
});
