import { App, Stack } from 'aws-cdk-lib/core';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf, inJsonataMap, normalize, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { GlueStartCrawlerRun, type GlueStartCrawlerRunProps } from '../src';

const resource = (suffix = '') => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::aws-sdk:glue:startCrawler${suffix}`]] });
const crawlerArn = (name: unknown) => normalize({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':crawler/', name]],
});
const ACTIONS = ['glue:StartCrawler', 'glue:GetCrawler'];

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function start(props: Partial<GlueStartCrawlerRunProps> = {}): GlueStartCrawlerRun {
  return new GlueStartCrawlerRun(stack, 'Task', { crawlerName: 'GlueCrawler', ...props });
}

describe('GlueStartCrawlerRun', () => {
  it('renders the AWS SDK StartCrawler call with the crawler name', () => {
    expect(render(start())).toEqual({ Type: 'Task', End: true, Resource: resource(), Parameters: { Name: 'GlueCrawler' } });
  });

  it('renders Arguments with the jsonata() factory', () => {
    const task = GlueStartCrawlerRun.jsonata(stack, 'Task', { crawlerName: 'GlueCrawler' });
    expect(render(task)).toEqual({ Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: resource(), Arguments: { Name: 'GlueCrawler' } });
  });

  it('renders the callback resource for WAIT_FOR_TASK_TOKEN', () => {
    expect(render(start({ integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN })).Resource).toEqual(resource('.waitForTaskToken'));
  });

  it('keeps the state TimeoutSeconds (the crawler has no timeout of its own)', () => {
    const task = GlueStartCrawlerRun.jsonata(stack, 'Task', { crawlerName: 'c', taskTimeout: sfn.Timeout.jsonata('{% $states.input.t %}') });
    expect(render(task).TimeoutSeconds).toBe('{% $states.input.t %}');
  });

  it('renders a crawler name from the state input', () => {
    expect(render(start({ crawlerName: sfn.JsonPath.stringAt('$.crawler') })).Parameters).toEqual({ 'Name.$': '$.crawler' });
  });

  it('renders Arguments inside a JSONata Map', () => {
    const definition = definitionOf(inJsonataMap(stack, start({ crawlerName: '{% $states.input.c %}' })));
    expect(definition.States.Map.ItemProcessor.States.Task.Arguments).toEqual({ Name: '{% $states.input.c %}' });
  });

  describe('IAM', () => {
    it('grants glue:StartCrawler and glue:GetCrawler on the crawler', () => {
      expect(normalize(statements(start()))).toEqual([{ Action: ACTIONS, Effect: 'Allow', Resource: crawlerArn('GlueCrawler') }]);
    });

    it('grants on the crawler of a CfnCrawler reference', () => {
      const crawler = new glue.CfnCrawler(stack, 'Crawler', {
        role: 'arn:aws:iam::123456789012:role/crawler',
        targets: { s3Targets: [{ path: 's3://bucket/data' }] },
      });
      expect(normalize(statements(start({ crawlerName: crawler.ref })))).toEqual([{ Action: ACTIONS, Effect: 'Allow', Resource: crawlerArn({ Ref: 'Crawler' }) }]);
    });

    it('grants on every crawler when the name is a JSON path', () => {
      const task = start({ crawlerName: sfn.JsonPath.stringAt('$.crawler') });
      expect(normalize(statements(task))).toEqual([{ Action: ACTIONS, Effect: 'Allow', Resource: crawlerArn('*') }]);
    });

    it('grants on every crawler when the name is a JSONata expression', () => {
      const task = GlueStartCrawlerRun.jsonata(stack, 'Task', { crawlerName: '{% $states.input.crawler %}' });
      expect(normalize(statements(task))).toEqual([{ Action: ACTIONS, Effect: 'Allow', Resource: crawlerArn('*') }]);
    });
  });
});
