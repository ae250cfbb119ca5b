import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EmrContainersDeleteVirtualCluster, type EmrContainersDeleteVirtualClusterProps } from '../src';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<EmrContainersDeleteVirtualClusterProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const JSONATA = { queryLanguage: sfn.QueryLanguage.JSONATA };

const ids = {
  literal: () => sfn.TaskInput.fromText('x01f27i9a7cv1td52keaktr6j'),
  jsonPath: () => sfn.TaskInput.fromJsonPathAt('$.VirtualClusterId'),
  contextPath: () => sfn.TaskInput.fromJsonPathAt('$$.Execution.Input.id'),
  token: () => sfn.TaskInput.fromText(Fn.importValue('VirtualClusterId')),
  jsonata: () => sfn.TaskInput.fromText('{% $states.input.VirtualClusterId %}'),
};

const commonJsonPath = (scope: Construct): Partial<EmrContainersDeleteVirtualClusterProps> => commonJsonPathProps(scope, {
  comment: 'delete it',
  stateName: 'Delete the virtual cluster',
  resultSelector: { id: sfn.JsonPath.stringAt('$.Id') },
  assign: { deleted: sfn.JsonPath.stringAt('$.Id') },
});

const commonJsonata = (): Partial<EmrContainersDeleteVirtualClusterProps> => commonJsonataProps({
  comment: 'delete it',
  outputs: '{% $states.result.Id %}',
  assign: { deleted: '{% $states.result.Id %}' },
});

const cases: Case[] = [];
for (const [idName, id] of Object.entries(ids)) {
  const factories: Factory[] = idName === 'jsonata' ? ['jsonata'] : ['new', 'jsonPath', ...(idName === 'jsonPath' || idName === 'contextPath' ? [] : ['jsonata' as const])];
  for (const factory of factories) {
    cases.push(
      { name: `${idName} ID, ${factory}`, factory, props: () => ({ virtualClusterId: id() }) },
      { name: `${idName} ID, ${factory}, RUN_JOB`, factory, props: () => ({ virtualClusterId: id(), ...RUN_JOB }) },
    );
  }
}
cases.push(
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONPath prop, RUN_JOB', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), ...RUN_JOB }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...RUN_JOB, virtualClusterId: ids.jsonata() }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'JSONata state machine, constructor', stateMachine: JSONATA },
  { name: 'JSONata state machine, jsonata factory, RUN_JOB', stateMachine: JSONATA, factory: 'jsonata', props: () => RUN_JOB },
  { name: 'constructor with queryLanguage JSONata', props: () => ({ ...JSONATA, virtualClusterId: ids.jsonata() }) },
  { name: 'constructor with queryLanguage JSONPath, RUN_JOB', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, ...RUN_JOB }) },
  { name: 'inside a JSONPath Map', wrap: inMap, props: () => ({ virtualClusterId: ids.jsonPath(), ...RUN_JOB }) },
  { name: 'inside a JSONPath Parallel', wrap: inParallel },
  { name: 'README: ID from the state input', props: () => ({ virtualClusterId: sfn.TaskInput.fromJsonPathAt('$.virtualCluster') }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { virtualClusterId: ids.literal(), ...c.props?.(scope) };
    const Impl = implementation === 'ours' ? EmrContainersDeleteVirtualCluster : reference.EmrContainersDeleteVirtualCluster;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Delete', props);
      case 'jsonata': return Impl.jsonata(scope, 'Delete', props);
      default: return new Impl(scope, 'Delete', props);
    }
  };
}

describe('EmrContainersDeleteVirtualCluster parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(30);
  });
});
