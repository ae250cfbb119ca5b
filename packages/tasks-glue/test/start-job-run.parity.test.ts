import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { ExecutionClass, GlueStartJobRun, WorkerType, WorkerTypeV2, type GlueStartJobRunProps } from '../src';
import { jobName, RUNTIME_NAMES, runtimeNameAsWildcard, type NameKind } from './fixtures';
import { mapStatements, normalized, requestField, withoutField, withoutNullField } from './parity-helpers';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly job?: NameKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<GlueStartJobRunProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const REQUEST_RESPONSE = { integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE };
const JSONATA_TIMEOUT = '{% $states.input.timeoutMinutes %}';

const commonJsonPath = (scope: Construct): Partial<GlueStartJobRunProps> => commonJsonPathProps(scope, {
  comment: 'run the job',
  stateName: 'Run the Glue job',
  resultSelector: { id: sfn.JsonPath.stringAt('$.JobRunId'), state: sfn.JsonPath.stringAt('$.JobRunState') },
  assign: { lastRun: sfn.JsonPath.stringAt('$.JobRunId') },
});

const commonJsonata = (): Partial<GlueStartJobRunProps> => commonJsonataProps({
  comment: 'run the job',
  outputs: '{% $states.result.JobRunId %}',
  assign: { lastRun: '{% $states.result.JobRunId %}' },
});

const cases: Case[] = [];
for (const job of ['literal', 'owned', 'imported', 'jsonPath'] as const) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    if (job === 'jsonPath' && factory === 'jsonata') continue; // a JSON path has no place in a JSONata state
    cases.push({ name: `${job} job, ${factory}, minimal`, job, factory });
    cases.push({ name: `${job} job, ${factory}, RUN_JOB`, job, factory, props: () => RUN_JOB });
  }
}
cases.push(
  { name: 'JSONata job name', job: 'jsonata', factory: 'jsonata' },
  { name: 'JSONata job name, RUN_JOB', job: 'jsonata', factory: 'jsonata', props: () => RUN_JOB },
  { name: 'explicit REQUEST_RESPONSE', props: () => REQUEST_RESPONSE },
  { name: 'explicit REQUEST_RESPONSE, JSONata', factory: 'jsonata', props: () => REQUEST_RESPONSE },
);

const argumentsCases: Array<[string, Factory, () => Partial<GlueStartJobRunProps>]> = [
  ['static object', 'new', () => ({ arguments: sfn.TaskInput.fromObject({ '--key': 'value', '--n': '1' }) })],
  ['object with JSON paths', 'jsonPath', () => ({
    arguments: sfn.TaskInput.fromObject({ '--id': sfn.JsonPath.stringAt('$.id'), '--when': sfn.JsonPath.format('d={}', sfn.JsonPath.stringAt('$.day')) }),
  })],
  ['object with context paths', 'new', () => ({ arguments: sfn.TaskInput.fromObject({ '--execution': sfn.JsonPath.executionId }) })],
  ['object with CDK tokens', 'new', () => ({ arguments: sfn.TaskInput.fromObject({ '--region': Fn.ref('AWS::Region'), '--bucket': Fn.importValue('Bucket') }) })],
  ['JSON path to an object', 'new', () => ({ arguments: sfn.TaskInput.fromJsonPathAt('$.jobArguments') })],
  ['JSONata object', 'jsonata', () => ({ arguments: sfn.TaskInput.fromObject({ '--id': '{% $states.input.id %}', '--fixed': 'x' }) })],
  ['JSONata expression', 'jsonata', () => ({ arguments: sfn.TaskInput.fromText('{% $states.input.jobArguments %}') })],
];
for (const [name, factory, props] of argumentsCases) {
  cases.push({ name: `arguments: ${name}`, factory, props });
  cases.push({ name: `arguments: ${name}, RUN_JOB`, factory, props: () => ({ ...props(), ...RUN_JOB }) });
}

cases.push(
  { name: 'security configuration', props: () => ({ securityConfiguration: 'my-security-config' }) },
  { name: 'security configuration, JSONata', factory: 'jsonata', props: () => ({ securityConfiguration: 'my-security-config' }) },
  { name: 'security configuration from a JSON path', props: () => ({ securityConfiguration: sfn.JsonPath.stringAt('$.sec') }) },
  { name: 'security configuration from a JSONata expression', factory: 'jsonata', props: () => ({ securityConfiguration: '{% $states.input.sec %}' }) },
  { name: 'security configuration from a CDK token', props: () => ({ securityConfiguration: Fn.importValue('SecurityConfig') }) },
  { name: 'notifyDelayAfter in minutes', props: () => ({ notifyDelayAfter: Duration.minutes(5) }) },
  { name: 'notifyDelayAfter in hours, JSONata', factory: 'jsonata', props: () => ({ notifyDelayAfter: Duration.hours(2) }) },
  { name: 'notifyDelayAfter in seconds that are whole minutes', factory: 'jsonPath', props: () => ({ notifyDelayAfter: Duration.seconds(120) }) },
  { name: 'execution class FLEX', props: () => ({ executionClass: ExecutionClass.FLEX }) },
  { name: 'execution class STANDARD, JSONata', factory: 'jsonata', props: () => ({ executionClass: ExecutionClass.STANDARD }) },
);

for (const workerType of Object.values(WorkerType)) {
  cases.push({ name: `deprecated WorkerType ${workerType}`, props: () => ({ workerConfiguration: { workerType, numberOfWorkers: 2 } }) });
}
const v2 = { STANDARD: WorkerTypeV2.STANDARD, G_1X: WorkerTypeV2.G_1X, G_2X: WorkerTypeV2.G_2X, G_4X: WorkerTypeV2.G_4X,
  G_8X: WorkerTypeV2.G_8X, G_025X: WorkerTypeV2.G_025X, Z_2X: WorkerTypeV2.Z_2X };
const refV2 = { STANDARD: reference.WorkerTypeV2.STANDARD, G_1X: reference.WorkerTypeV2.G_1X, G_2X: reference.WorkerTypeV2.G_2X,
  G_4X: reference.WorkerTypeV2.G_4X, G_8X: reference.WorkerTypeV2.G_8X, G_025X: reference.WorkerTypeV2.G_025X, Z_2X: reference.WorkerTypeV2.Z_2X };
for (const key of Object.keys(v2) as Array<keyof typeof v2>) {
  cases.push({ name: `WorkerTypeV2.${key}`, factory: 'jsonata', props: () => ({ workerConfiguration: { workerTypeV2: v2[key], numberOfWorkers: 10 } }) });
  it(`WorkerTypeV2.${key} has the reference's name`, () => {
    expect(v2[key].name).toBe(refV2[key].name);
  });
}
cases.push(
  { name: 'WorkerTypeV2.of() with a custom type', props: () => ({ workerConfiguration: { workerTypeV2: WorkerTypeV2.of('G.12X'), numberOfWorkers: 3 } }) },
  { name: 'worker type and number from JSON paths', props: () => ({
    workerConfiguration: { workerTypeV2: WorkerTypeV2.of(sfn.JsonPath.stringAt('$.worker')), numberOfWorkers: sfn.JsonPath.numberAt('$.workers') },
  }) },
  { name: 'worker type from a JSONata expression', factory: 'jsonata', props: () => ({
    workerConfiguration: { workerTypeV2: WorkerTypeV2.of('{% $states.input.worker %}'), numberOfWorkers: 4 },
  }) },
  { name: 'worker type from a CDK token', props: () => ({ workerConfiguration: { workerTypeV2: WorkerTypeV2.of(Fn.importValue('Worker')), numberOfWorkers: 4 } }) },
  { name: 'taskTimeout in minutes', props: () => ({ taskTimeout: sfn.Timeout.duration(Duration.minutes(30)) }) },
  { name: 'taskTimeout in hours, RUN_JOB', props: () => ({ taskTimeout: sfn.Timeout.duration(Duration.hours(24)), ...RUN_JOB }) },
  { name: 'taskTimeout in minutes, JSONata', factory: 'jsonata', props: () => ({ taskTimeout: sfn.Timeout.duration(Duration.minutes(45)) }) },
  { name: 'taskTimeout from a JSON path', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout') }) },
  { name: 'taskTimeout from a JSONata expression', factory: 'jsonata', props: () => ({ taskTimeout: sfn.Timeout.jsonata(JSONATA_TIMEOUT) }) },
  { name: 'taskTimeout from a JSONata expression, RUN_JOB, with notifyDelayAfter', factory: 'jsonata', props: () => ({
    taskTimeout: sfn.Timeout.jsonata(JSONATA_TIMEOUT), notifyDelayAfter: Duration.minutes(3), ...RUN_JOB,
  }) },
  { name: 'deprecated timeout', props: () => ({ timeout: Duration.minutes(90) }) },
  { name: 'deprecated heartbeat', props: () => ({ heartbeat: Duration.seconds(45) }) },
  { name: 'heartbeatTimeout from a JSON path', props: () => ({ heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'heartbeatTimeout from a JSONata expression', factory: 'jsonata', props: () => ({ heartbeatTimeout: sfn.Timeout.jsonata('{% $states.input.hb %}') }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'every common JSONPath prop', job: 'owned', props: commonJsonPath },
  { name: 'every common JSONPath prop, RUN_JOB', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), ...RUN_JOB }) },
  { name: 'every common JSONata prop', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, RUN_JOB', job: 'owned', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...RUN_JOB }) },
  { name: 'JSONata state machine, jsonata()', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => RUN_JOB },
  { name: 'JSONata state machine, constructor with arguments', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA },
    props: () => ({ arguments: sfn.TaskInput.fromObject({ '--x': '{% $states.input.x %}' }), notifyDelayAfter: Duration.minutes(1) }) },
  { name: 'queryLanguage JSONata on the constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, ...RUN_JOB }) },
  { name: 'queryLanguage JSONPath on the constructor', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, securityConfiguration: 's' }) },
  { name: 'inside a JSONPath Map', props: () => RUN_JOB, wrap: inMap },
  { name: 'inside a JSONPath Map, job name from the item', job: 'jsonPath', wrap: inMap },
  { name: 'inside a JSONPath Parallel', props: () => ({ executionClass: ExecutionClass.FLEX }), wrap: inParallel },
  { name: 'README: arguments, timeout and notification delay', props: () => ({
    arguments: sfn.TaskInput.fromObject({ key: 'value' }),
    taskTimeout: sfn.Timeout.duration(Duration.minutes(30)),
    notifyDelayAfter: Duration.minutes(5),
  }) },
  { name: 'README: worker configuration', props: () => ({ workerConfiguration: { workerTypeV2: WorkerTypeV2.G_1X, numberOfWorkers: 2 } }) },
  { name: 'README: dynamic worker configuration', props: () => ({
    workerConfiguration: {
      workerTypeV2: WorkerTypeV2.of(sfn.JsonPath.stringAt('$.glue_jobs_configs.executor_type')),
      numberOfWorkers: sfn.JsonPath.numberAt('$.glue_jobs_configs.max_number_workers'),
    },
  }) },
  { name: 'README: execution class', props: () => ({ executionClass: ExecutionClass.FLEX }) },
  { name: 'everything at once, JSONPath', job: 'owned', props: (scope) => ({
    ...commonJsonPath(scope), ...RUN_JOB,
    arguments: sfn.TaskInput.fromObject({ '--id': sfn.JsonPath.stringAt('$.id') }),
    securityConfiguration: 'sec', notifyDelayAfter: Duration.minutes(7),
    workerConfiguration: { workerTypeV2: WorkerTypeV2.G_4X, numberOfWorkers: 8 }, executionClass: ExecutionClass.STANDARD,
  }) },
  { name: 'everything at once, JSONata', factory: 'jsonata', props: () => ({
    ...commonJsonata(), ...RUN_JOB,
    arguments: sfn.TaskInput.fromObject({ '--id': '{% $states.input.id %}' }),
    securityConfiguration: 'sec', notifyDelayAfter: Duration.minutes(7),
    workerConfiguration: { workerType: WorkerType.G_2X, numberOfWorkers: 8 }, executionClass: ExecutionClass.FLEX,
  }) },
);

/** Maps our WorkerTypeV2 objects to the reference's, which it checks by class. */
function forReference(props: GlueStartJobRunProps): reference.GlueStartJobRunProps {
  const worker = props.workerConfiguration;
  if (worker?.workerTypeV2 === undefined) return props as reference.GlueStartJobRunProps;
  return {
    ...props,
    workerConfiguration: { ...worker, workerTypeV2: reference.WorkerTypeV2.of(worker.workerTypeV2.name) },
  } as reference.GlueStartJobRunProps;
}

function build(c: Case, seen: { props?: GlueStartJobRunProps }) {
  return (scope: Construct, implementation: 'ours' | 'reference'): sfn.State => {
    const props = { glueJobName: jobName(scope, c.job ?? 'literal'), ...c.props?.(scope) } as GlueStartJobRunProps;
    seen.props = props;
    if (implementation === 'reference') {
      const refProps = forReference(props);
      switch (c.factory ?? 'new') {
        case 'jsonPath': return reference.GlueStartJobRun.jsonPath(scope, 'Start', refProps);
        case 'jsonata': return reference.GlueStartJobRun.jsonata(scope, 'Start', refProps);
        default: return new reference.GlueStartJobRun(scope, 'Start', refProps);
      }
    }
    switch (c.factory ?? 'new') {
      case 'jsonPath': return GlueStartJobRun.jsonPath(scope, 'Start', props);
      case 'jsonata': return GlueStartJobRun.jsonata(scope, 'Start', props);
      default: return new GlueStartJobRun(scope, 'Start', props);
    }
  };
}

describe('GlueStartJobRun parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const seen: { props?: GlueStartJobRunProps } = {};
    const both = renderBoth(build(c, seen), { stateMachine: c.stateMachine, wrap: c.wrap });
    let ours = normalized(both.ours);
    // aws-cdk-lib writes `"NotificationProperty": null` into JSONata Arguments; we leave the field out.
    let want = normalized(withoutNullField(both.reference, 'NotificationProperty'));

    const jsonataTimeout = seen.props?.taskTimeout?.jsonataExpression;
    if (jsonataTimeout !== undefined) {
      // aws-cdk-lib drops a JSONata taskTimeout; we hand it to the job run's Timeout, as it does a JSON path.
      expect(requestField(ours, 'Timeout')).toBe(jsonataTimeout);
      expect(requestField(both.reference, 'Timeout')).toBeUndefined();
      ours = withoutField(ours, 'Timeout', jsonataTimeout);
    }
    if (RUNTIME_NAMES.includes(c.job ?? 'literal')) {
      // aws-cdk-lib puts the path or expression into the job ARN; we grant on every job.
      const refResource = JSON.stringify(want.statements);
      expect(refResource).toMatch(/:job\/(\$|\{%)/);
      want = mapStatements(want, runtimeNameAsWildcard);
      expect(JSON.stringify(ours.statements)).toContain(':job/*');
    }

    expect(ours.state).toEqual(want.state);
    expect(ours.template).toEqual(want.template);
    expect(ours.statements).toEqual(want.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(80);
  });
});
