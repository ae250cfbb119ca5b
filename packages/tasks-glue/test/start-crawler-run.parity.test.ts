import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { GlueStartCrawlerRun, type GlueStartCrawlerRunProps } from '../src';
import { crawlerName, RUNTIME_NAMES, runtimeNameAsWildcard, type NameKind } from './fixtures';
import { mapStatements, normalized } from './parity-helpers';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly crawler?: NameKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<GlueStartCrawlerRunProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const CALLBACK = { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN };

const commonJsonPath = (scope: Construct): Partial<GlueStartCrawlerRunProps> => commonJsonPathProps(scope, {
  comment: 'crawl',
  stateName: 'Start the crawler',
  resultSelector: { status: sfn.JsonPath.stringAt('$.SdkHttpMetadata.HttpStatusCode') },
  assign: { crawled: true },
});

const commonJsonata = (): Partial<GlueStartCrawlerRunProps> => commonJsonataProps({
  comment: 'crawl',
  outputs: '{% $states.input %}',
  assign: { crawled: true },
});

const cases: Case[] = [];
for (const crawler of ['literal', 'owned', 'imported', 'jsonPath'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    if (crawler === 'jsonPath' && factory === 'jsonata') continue; // a JSON path has no place in a JSONata state
    cases.push({ name: `${crawler} crawler, ${factory}`, crawler, factory });
    cases.push({ name: `${crawler} crawler, ${factory}, WAIT_FOR_TASK_TOKEN`, crawler, factory, props: () => CALLBACK });
  }
}
cases.push(
  { name: 'JSONata crawler name', crawler: 'jsonata', factory: 'jsonata' },
  { name: 'JSONata crawler name, WAIT_FOR_TASK_TOKEN', crawler: 'jsonata', factory: 'jsonata', props: () => CALLBACK },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'taskTimeout and heartbeatTimeout', props: () => ({
    taskTimeout: sfn.Timeout.duration(Duration.minutes(10)), heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(1)),
  }) },
  { name: 'taskTimeout from a JSON path', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout') }) },
  { name: 'taskTimeout from a JSONata expression', factory: 'jsonata', props: () => ({ taskTimeout: sfn.Timeout.jsonata('{% $states.input.t %}') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(5), heartbeat: Duration.seconds(20) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'every common JSONPath prop', crawler: 'owned', props: commonJsonPath },
  { name: 'every common JSONPath prop, jsonPath()', factory: 'jsonPath', props: commonJsonPath },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, owned crawler', crawler: 'owned', factory: 'jsonata', props: commonJsonata },
  { name: 'JSONata state machine, jsonata()', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, JSONata name', crawler: 'jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'queryLanguage JSONata on the constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'queryLanguage JSONPath on the constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'inside a JSONPath Map', wrap: inMap },
  { name: 'inside a JSONPath Map, name from the item', crawler: 'jsonPath', wrap: inMap },
  { name: 'inside a JSONPath Parallel', crawler: 'owned', wrap: inParallel },
  { name: 'README: crawler from a CfnCrawler reference', crawler: 'owned' },
  { name: 'README: crawler by name', props: () => ({ crawlerName: 'my-crawler-job' }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference'): sfn.State => {
    const props = { crawlerName: crawlerName(scope, c.crawler ?? 'literal'), ...c.props?.(scope) } as GlueStartCrawlerRunProps;
    const Impl = implementation === 'ours' ? GlueStartCrawlerRun : reference.GlueStartCrawlerRun;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Crawl', props);
      case 'jsonata': return Impl.jsonata(scope, 'Crawl', props);
      default: return new Impl(scope, 'Crawl', props);
    }
  };
}

describe('GlueStartCrawlerRun parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const both = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    const ours = normalized(both.ours);
    let want = normalized(both.reference);
    if (RUNTIME_NAMES.includes(c.crawler ?? 'literal')) {
      // aws-cdk-lib puts the path or expression into the crawler ARN; we grant on every crawler.
      expect(JSON.stringify(want.statements)).toMatch(/:crawler\/(\$|\{%)/);
      want = mapStatements(want, runtimeNameAsWildcard);
      expect(JSON.stringify(ours.statements)).toContain(':crawler/*');
    }
    expect(ours.state).toEqual(want.state);
    expect(ours.template).toEqual(want.template);
    expect(ours.statements).toEqual(want.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(40);
  });
});
