import { Duration } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { GlueDataBrewStartJobRun, type GlueDataBrewStartJobRunProps } from '../src';
import { jobName, type NameKind } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly job?: NameKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<GlueDataBrewStartJobRunProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };

const commonJsonPath = (scope: Construct): Partial<GlueDataBrewStartJobRunProps> => commonJsonPathProps(scope, {
  comment: 'clean the data',
  stateName: 'Run the DataBrew job',
  resultSelector: { runId: sfn.JsonPath.stringAt('$.RunId') },
  assign: { runId: sfn.JsonPath.stringAt('$.RunId') },
});

const commonJsonata = (): Partial<GlueDataBrewStartJobRunProps> => commonJsonataProps({
  comment: 'clean the data',
  outputs: '{% $states.result.RunId %}',
  assign: { runId: '{% $states.result.RunId %}' },
});

const cases: Case[] = [];
for (const job of ['literal', 'owned', 'imported', 'jsonPath'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    if (job === 'jsonPath' && factory === 'jsonata') continue; // a JSON path has no place in a JSONata state
    cases.push({ name: `${job} job, ${factory}`, job, factory });
    cases.push({ name: `${job} job, ${factory}, RUN_JOB`, job, factory, props: () => RUN_JOB });
  }
}
cases.push(
  { name: 'JSONata job name', job: 'jsonata', factory: 'jsonata' },
  { name: 'JSONata job name, RUN_JOB', job: 'jsonata', factory: 'jsonata', props: () => RUN_JOB },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'job name from a formatted JSON path', props: () => ({ name: sfn.JsonPath.format('{}-job', sfn.JsonPath.stringAt('$.env')) }) },
  { name: 'taskTimeout and heartbeatTimeout', props: () => ({
    taskTimeout: sfn.Timeout.duration(Duration.hours(1)), heartbeatTimeout: sfn.Timeout.duration(Duration.minutes(5)), ...RUN_JOB,
  }) },
  { name: 'timeouts from JSON paths', props: () => ({ taskTimeout: sfn.Timeout.at('$.t'), heartbeatTimeout: sfn.Timeout.at('$.h') }) },
  { name: 'timeouts from JSONata', factory: 'jsonata', props: () => ({
    taskTimeout: sfn.Timeout.jsonata('{% $states.input.t %}'), heartbeatTimeout: sfn.Timeout.jsonata('{% $states.input.h %}'),
  }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(30), heartbeat: Duration.minutes(1) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'every common JSONPath prop', job: 'owned', props: commonJsonPath },
  { name: 'every common JSONPath prop, RUN_JOB', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), ...RUN_JOB }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, RUN_JOB, owned job', job: 'owned', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...RUN_JOB }) },
  { name: 'JSONata state machine, jsonata()', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor, RUN_JOB', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => RUN_JOB },
  { name: 'JSONata state machine, JSONata name', job: 'jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'queryLanguage JSONata on the constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'queryLanguage JSONPath on the constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, ...RUN_JOB }) },
  { name: 'inside a JSONPath Map', props: () => RUN_JOB, wrap: inMap },
  { name: 'inside a JSONPath Map, name from the item', job: 'jsonPath', wrap: inMap },
  { name: 'inside a JSONPath Parallel', job: 'owned', wrap: inParallel },
  { name: 'README: start a job run', props: () => ({ name: 'databrew-job' }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference'): sfn.State => {
    const props = { name: jobName(scope, c.job ?? 'literal'), ...c.props?.(scope) } as GlueDataBrewStartJobRunProps;
    const Impl = implementation === 'ours' ? GlueDataBrewStartJobRun : reference.GlueDataBrewStartJobRun;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'JobRun', props);
      case 'jsonata': return Impl.jsonata(scope, 'JobRun', props);
      default: return new Impl(scope, 'JobRun', props);
    }
  };
}

describe('GlueDataBrewStartJobRun parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(40);
  });
});
