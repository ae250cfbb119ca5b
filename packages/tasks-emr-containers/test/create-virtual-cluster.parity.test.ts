import { Duration, Fn } from 'aws-cdk-lib/core';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EksClusterInput, EmrContainersCreateVirtualCluster, type EmrContainersCreateVirtualClusterProps } from '../src';
import { containsText, mapSnapshotStrings } from './parity-helpers';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type ClusterKind = 'text' | 'jsonPath' | 'jsonata' | 'token' | 'imported' | 'owned';

interface Case {
  readonly name: string;
  readonly cluster?: ClusterKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<EmrContainersCreateVirtualClusterProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

/** The same cluster input from our package and from the reference (their classes are distinct). */
function cluster(scope: Construct, kind: ClusterKind, impl: 'ours' | 'reference'): EksClusterInput {
  const Input = impl === 'ours' ? EksClusterInput : reference.EksClusterInput;
  switch (kind) {
    case 'text': return Input.fromTaskInput(sfn.TaskInput.fromText('test-eks'));
    case 'jsonPath': return Input.fromTaskInput(sfn.TaskInput.fromJsonPathAt('$.ClusterId'));
    case 'jsonata': return Input.fromTaskInput(sfn.TaskInput.fromText('{% $states.input.clusterId %}'));
    case 'token': return Input.fromTaskInput(sfn.TaskInput.fromText(Fn.importValue('ClusterName')));
    case 'imported': return Input.fromCluster(eks.Cluster.fromClusterAttributes(scope, 'Eks', { clusterName: 'imported-eks' }));
    case 'owned': return Input.fromCluster(new eks.Cluster(scope, 'EKS Cluster', { version: eks.KubernetesVersion.V1_20 } as eks.ClusterProps));
  }
}

const JSONATA = { queryLanguage: sfn.QueryLanguage.JSONATA };

const commonJsonPath = (scope: Construct): Partial<EmrContainersCreateVirtualClusterProps> => commonJsonPathProps(scope, {
  comment: 'create it',
  stateName: 'Create the virtual cluster',
  resultSelector: { id: sfn.JsonPath.stringAt('$.Id'), arn: sfn.JsonPath.stringAt('$.Arn') },
  assign: { virtualClusterId: sfn.JsonPath.stringAt('$.Id') },
});

const commonJsonata = (): Partial<EmrContainersCreateVirtualClusterProps> => commonJsonataProps({
  comment: 'create it',
  outputs: '{% $states.result.Id %}',
  assign: { virtualClusterId: '{% $states.result.Id %}' },
});

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  for (const kind of ['text', 'token', 'imported'] as const) {
    cases.push({ name: `${kind} cluster, ${factory}, minimal`, cluster: kind, factory });
  }
  cases.push(
    { name: `${factory}, every prop`, factory, props: () => ({ virtualClusterName: 'vc-1', eksNamespace: 'spark', tags: { team: 'data' } }) },
    { name: `${factory}, explicit REQUEST_RESPONSE`, factory, props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  );
}
cases.push(
  { name: 'JSON path cluster', cluster: 'jsonPath' },
  { name: 'JSON path cluster, jsonPath factory', cluster: 'jsonPath', factory: 'jsonPath', props: () => ({ virtualClusterName: 'vc' }) },
  { name: 'JSONata cluster', cluster: 'jsonata', factory: 'jsonata' },
  { name: 'JSONata cluster, name and namespace', cluster: 'jsonata', factory: 'jsonata', props: () => ({
    virtualClusterName: '{% $states.input.name %}', eksNamespace: '{% $states.input.namespace %}',
  }) },
  { name: 'owned EKS cluster', cluster: 'owned' },
  { name: 'static name', props: () => ({ virtualClusterName: 'EMR.Containers_Virtual/Cluster#1' }) },
  { name: 'JSON path name', props: () => ({ virtualClusterName: sfn.JsonPath.stringAt('$.name') }) },
  { name: 'formatted name', props: () => ({ virtualClusterName: sfn.JsonPath.format('vc-{}', sfn.JsonPath.stringAt('$.id')) }) },
  { name: 'token name', props: () => ({ virtualClusterName: Fn.importValue('VirtualClusterName') }) },
  { name: 'static namespace', props: () => ({ eksNamespace: 'specified-namespace' }) },
  { name: 'JSON path namespace', props: () => ({ eksNamespace: sfn.JsonPath.stringAt('$.namespace') }) },
  { name: 'token namespace', props: () => ({ eksNamespace: Fn.importValue('Namespace') }) },
  { name: 'tags', props: () => ({ tags: { key: 'value', empty: '' } }) },
  { name: 'empty tags', props: () => ({ tags: {} }) },
  { name: 'JSON path and token tag values', props: () => ({ tags: { run: sfn.JsonPath.stringAt('$.run'), owner: Fn.importValue('Owner') } }) },
  { name: 'JSONata tag values', factory: 'jsonata', props: () => ({ tags: { run: '{% $states.input.run %}' } }) },
  { name: 'every common JSONPath prop', props: commonJsonPath },
  { name: 'every common JSONPath prop, jsonPath factory', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), virtualClusterName: 'vc' }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop with a name', factory: 'jsonata', props: () => ({ ...commonJsonata(), virtualClusterName: 'vc' }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, constructor', stateMachine: JSONATA },
  { name: 'JSONata state machine, jsonata factory with a name', stateMachine: JSONATA, factory: 'jsonata', props: () => ({ virtualClusterName: 'vc' }) },
  { name: 'constructor with queryLanguage JSONata', props: () => JSONATA },
  { name: 'constructor with queryLanguage JSONPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'inside a JSONPath Map', wrap: inMap },
  { name: 'inside a JSONPath Parallel', wrap: inParallel, props: () => ({ virtualClusterName: 'vc' }) },
  { name: 'README: cluster name from the task input', props: () => ({}) },
  { name: 'README: an EKS cluster of the app', cluster: 'owned' },
  { name: 'README: a specific namespace', props: () => ({ eksNamespace: 'specified-namespace' }) },
  { name: 'everything at once', cluster: 'imported', props: (s) => ({
    ...commonJsonPath(s), virtualClusterName: sfn.JsonPath.stringAt('$.name'), eksNamespace: 'spark', tags: { a: 'b' },
    integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE,
  }) },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { eksCluster: cluster(scope, c.cluster ?? 'text', implementation), ...c.props?.(scope) };
    const Impl = implementation === 'ours' ? EmrContainersCreateVirtualCluster : reference.EmrContainersCreateVirtualCluster;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Create', props as reference.EmrContainersCreateVirtualClusterJsonPathProps);
      case 'jsonata': return Impl.jsonata(scope, 'Create', props as reference.EmrContainersCreateVirtualClusterJsonataProps);
      default: return new Impl(scope, 'Create', props as reference.EmrContainersCreateVirtualClusterProps);
    }
  };
}

/** aws-cdk-lib's JSONata default name calls `States.Format`, a JSONPath intrinsic JSONata does not have. */
const REFERENCE_JSONATA_NAME = "{% States.Format('{}/{}', $states.context.Execution.Name, $states.context.State.Name) %}";
const JSONATA_NAME = "{% $states.context.Execution.Name & '/' & $states.context.State.Name %}";

/** The reference snapshot with our deliberate difference (README, "Differences from aws-cdk-lib") applied. */
function expected(ref: ParitySnapshot): ParitySnapshot {
  return mapSnapshotStrings(ref, (s) => s.split(REFERENCE_JSONATA_NAME).join(JSONATA_NAME));
}

describe('EmrContainersCreateVirtualCluster parity with aws-cdk-lib', () => {
  let differing = 0;

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    const want = expected(ref);
    expect(ours.state).toEqual(want.state);
    expect(ours.template).toEqual(want.template);
    expect(normalize(ours.statements)).toEqual(normalize(want.statements));
    if (containsText(ref.state, REFERENCE_JSONATA_NAME)) {
      differing++;
      expect(containsText(ours.template, JSONATA_NAME)).toBe(true);
      expect(containsText(ours.template, 'States.Format')).toBe(false);
    }
  });

  it('covers many cases, the JSONata default name among them', () => {
    expect(differing).toBeGreaterThan(5);
    expect(cases.length).toBeGreaterThan(40);
  });
});
