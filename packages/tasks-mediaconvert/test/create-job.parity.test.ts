import { CfnParameter, Duration } from 'aws-cdk-lib/core';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { type ParitySnapshot, renderBoth, statementsFor } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inJsonataMap, inMap, inParallel, type Placement } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { MediaConvertCreateJob } from '../src';
import { README_SETTINGS, ROLE_ARN, SETTINGS } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';
type AnyProps = { [key: string]: unknown };

interface Case {
  readonly name: string;
  readonly factory?: Factory;
  readonly props: (scope: Construct) => AnyProps;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  readonly wrap?: Placement;
  /** A deliberate difference: assertions on both snapshots instead of equality. */
  readonly differs?: (ours: ParitySnapshot, reference: ParitySnapshot) => void;
}

const request = (more: AnyProps = {}) => ({ Role: ROLE_ARN, Settings: SETTINGS, ...more });
const p = (more: AnyProps = {}, props: AnyProps = {}) => () => ({ createJobRequest: request(more), ...props });
const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };

const commonJsonPath = (scope: Construct) => commonJsonPathProps(scope, {
  comment: 'transcode',
  stateName: 'Transcode the video',
  resultSelector: { jobId: sfn.JsonPath.stringAt('$.Job.Id') },
  assign: { jobId: sfn.JsonPath.stringAt('$.Job.Id') },
});
const commonJsonata = () => commonJsonataProps({ comment: 'transcode', outputs: '{% $states.result.Job %}', assign: { jobId: '{% $states.result.Job.Id %}' } });

/** Both implementations grant `iam:PassRole` on the role itself; a run-time role is the difference (below). */
const passRoleOn = (snapshot: ParitySnapshot) => statementsFor(snapshot, 'iam:PassRole')[0].Resource;

const cases: Case[] = [];
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `REQUEST_RESPONSE, ${factory}`, factory, props: p() },
    { name: `explicit REQUEST_RESPONSE, ${factory}`, factory, props: p({}, { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
    { name: `RUN_JOB, ${factory}`, factory, props: p({}, RUN_JOB) },
    { name: `every optional field, ${factory}`, factory, props: p({
      AccelerationSettings: { Mode: 'PREFERRED' },
      BillingTagsSource: 'JOB',
      ClientRequestToken: 'token-1',
      HopDestinations: [{ Priority: 0, Queue: 'arn:aws:mediaconvert:us-east-1:123456789012:queues/backup', WaitMinutes: 5 }],
      JobEngineVersion: '2023-07-01',
      JobTemplate: 'System-Generic_Hd_Mp4_Avc_Aac_16x9_1920x1080p_24Hz_6Mbps',
      Priority: -50,
      Queue: 'arn:aws:mediaconvert:us-east-1:123456789012:queues/Default',
      SimulateReservedQueue: 'DISABLED',
      StatusUpdateInterval: 'SECONDS_60',
      Tags: { project: 'video' },
      UserMetadata: { customer: 'acme' },
    }) },
  );
}
cases.push(
  { name: 'README: CreateJob', props: () => ({ createJobRequest: { Role: ROLE_ARN, Settings: README_SETTINGS }, ...RUN_JOB }) },
  { name: 'README settings, REQUEST_RESPONSE', props: () => ({ createJobRequest: { Role: ROLE_ARN, Settings: README_SETTINGS } }) },
  { name: 'a role of another partition', props: () => ({ createJobRequest: { Role: 'arn:aws-cn:iam::123456789012:role/path/to/Role', Settings: SETTINGS } }) },
  { name: 'an owned role', props: (scope) => ({
    createJobRequest: { Role: new iam.Role(scope, 'JobRole', { assumedBy: new iam.ServicePrincipal('mediaconvert.amazonaws.com') }).roleArn, Settings: SETTINGS },
  }) },
  { name: 'a role from a deploy-time parameter', props: (scope) => ({ createJobRequest: { Role: new CfnParameter(scope, 'Role').valueAsString, Settings: SETTINGS } }) },
  { name: 'an owned role, RUN_JOB', props: (scope) => ({
    createJobRequest: { Role: new iam.Role(scope, 'JobRole', { assumedBy: new iam.ServicePrincipal('mediaconvert.amazonaws.com') }).roleArn, Settings: SETTINGS },
    ...RUN_JOB,
  }) },
  { name: 'settings with JSON paths', props: p({ Settings: { Inputs: [{ FileInput: sfn.JsonPath.stringAt('$.input') }], OutputGroups: [] } }) },
  { name: 'settings from a JSON path', props: p({ Settings: sfn.JsonPath.objectAt('$.settings') }) },
  { name: 'settings from JsonPath.stringAt', props: p({ Settings: sfn.JsonPath.stringAt('$.settings') }) },
  { name: 'job template from a JSON path', props: p({ JobTemplate: sfn.JsonPath.stringAt('$.template') }) },
  { name: 'queue and metadata from JSON paths', props: p({ Queue: sfn.JsonPath.stringAt('$.queue'), UserMetadata: { id: sfn.JsonPath.stringAt('$$.Execution.Id') } }) },
  { name: 'priority from a JSON path', props: p({ Priority: sfn.JsonPath.numberAt('$.priority') }) },
  { name: 'priority bounds', props: p({ Priority: 50 }) },
  { name: 'JSONata settings', factory: 'jsonata', props: p({ Settings: '{% $states.input.settings %}', Queue: '{% $states.input.queue %}' }) },
  { name: 'JSONata settings, RUN_JOB', factory: 'jsonata', props: p({ Settings: { Inputs: [{ FileInput: '{% $states.input.file %}' }], OutputGroups: [] } }, RUN_JOB) },
  { name: 'every common JSONPath prop', props: (s) => ({ ...p()(), ...commonJsonPath(s) }) },
  { name: 'every common JSONPath prop, RUN_JOB, jsonPath()', factory: 'jsonPath', props: (s) => ({ ...p({}, RUN_JOB)(), ...commonJsonPath(s) }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: () => ({ ...p()(), ...commonJsonata() }) },
  { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: () => ({ ...p({}, RUN_JOB)(), ...commonJsonata() }) },
  { name: 'dynamic JSONPath timeouts', props: p({}, { taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout', props: p({}, { timeout: Duration.hours(2) }) },
  { name: 'discarded result', props: p({}, { resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'queryLanguage JSONata on the constructor', props: p({}, { queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'queryLanguage JSONPath on the constructor', props: p({}, { queryLanguage: sfn.QueryLanguage.JSON_PATH }) },
  { name: 'JSONata state machine, jsonata()', factory: 'jsonata', props: p(), stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, constructor, RUN_JOB', props: p({}, RUN_JOB), stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'inside a JSONPath Map', props: p({ Settings: { Inputs: [{ FileInput: sfn.JsonPath.stringAt('$.file') }], OutputGroups: [] } }), wrap: inMap },
  { name: 'inside a JSONPath Parallel, RUN_JOB', props: p({}, RUN_JOB), wrap: inParallel },
  { name: 'inside a JSONPath Map, JSONata task', factory: 'jsonata', props: p(), wrap: inMap },
  { name: 'inside a JSONata Map, jsonata()', factory: 'jsonata', props: p(), wrap: inJsonataMap },
  // Deliberate differences: a role read at run time.
  { name: 'a role from a JSON path: PassRole on * (aws-cdk-lib: on the path text)', props: p({ Role: sfn.JsonPath.stringAt('$.roleArn') }),
    differs: (ours, ref) => {
      expect(ours.state).toEqual(ref.state);
      expect(passRoleOn(ours)).toBe('*');
      expect(passRoleOn(ref)).toBe('$.roleArn');
      expect(statementsFor(ours, 'iam:PassRole')[0].Condition).toEqual({ StringLike: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } });
    } },
  { name: 'a role from a JSONata expression: PassRole on * (aws-cdk-lib: on the expression text)', factory: 'jsonata',
    props: p({ Role: '{% $states.input.roleArn %}' }, RUN_JOB), differs: (ours, ref) => {
      expect(ours.state).toEqual(ref.state);
      expect(passRoleOn(ours)).toBe('*');
      expect(passRoleOn(ref)).toBe('{% $states.input.roleArn %}');
      expect(ours.statements.slice(1)).toEqual(ref.statements.slice(1));
    } },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference'): sfn.State => {
    const Impl = (implementation === 'ours' ? MediaConvertCreateJob : reference.MediaConvertCreateJob) as unknown as {
      new (s: Construct, id: string, p: AnyProps): sfn.State;
      jsonPath(s: Construct, id: string, p: AnyProps): sfn.State;
      jsonata(s: Construct, id: string, p: AnyProps): sfn.State;
    };
    const props = c.props(scope);
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'CreateJob', props);
      case 'jsonata': return Impl.jsonata(scope, 'CreateJob', props);
      default: return new Impl(scope, 'CreateJob', props);
    }
  };
}

describe('MediaConvertCreateJob parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    if (c.differs) {
      c.differs(ours, ref);
      return;
    }
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(ours.statements).toEqual(ref.statements);
  });

  it('covers at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('accepts a role given as a .$ key, where aws-cdk-lib fails', () => {
    const props = { createJobRequest: { 'Role.$': '$.roleArn', 'Settings': SETTINGS } };
    expect(() => renderBoth(build({ name: 'ref', props: () => props }))).toThrow(/missing required property: Role/);
    const snapshots = renderBoth((scope) => new MediaConvertCreateJob(scope, 'CreateJob', props));
    expect((snapshots.ours.state as AnyProps).Parameters).toEqual({ 'Role.$': '$.roleArn', 'Settings': SETTINGS });
    expect(passRoleOn(snapshots.ours)).toBe('*');
  });
});
