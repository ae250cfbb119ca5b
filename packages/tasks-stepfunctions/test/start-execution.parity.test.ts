import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { StartExecutionOutputFormat, StepFunctionsStartExecution, type StepFunctionsStartExecutionProps } from '../src';
import { makeStateMachine, type StateMachineKind } from './fixtures';
import { adjustRendered, adjustStatements, mapStrings } from './parity-helpers';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly sm?: StateMachineKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<StepFunctionsStartExecutionProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const RUN_JOB = { integrationPattern: sfn.IntegrationPattern.RUN_JOB };
const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

const inputs = {
  object: () => ({ input: sfn.TaskInput.fromObject({ id: sfn.JsonPath.stringAt('$.id'), fixed: 1, nested: { a: ['x'] } }) }),
  jsonPath: () => ({ input: sfn.TaskInput.fromJsonPathAt('$.detail') }),
  text: () => ({ input: sfn.TaskInput.fromText('{"a":1}') }),
  formatted: () => ({ input: sfn.TaskInput.fromObject({ msg: sfn.JsonPath.format('hi {}', sfn.JsonPath.stringAt('$.who')) }) }),
  contextPaths: () => ({ input: sfn.TaskInput.fromObject({ exec: sfn.JsonPath.executionId, sm: sfn.JsonPath.stateMachineName }) }),
  cdkToken: () => ({ input: sfn.TaskInput.fromObject({ region: Fn.ref('AWS::Region'), imported: Fn.importValue('X') }) }),
  jsonataObject: () => ({ input: sfn.TaskInput.fromObject({ id: '{% $states.input.id %}', fixed: 1 }) }),
  jsonataText: () => ({ input: sfn.TaskInput.fromText('{% $states.input.detail %}') }),
};

const commonJsonPath = (scope: Construct): Partial<StepFunctionsStartExecutionProps> => commonJsonPathProps(scope, {
  comment: 'start it',
  stateName: 'Start the child',
  resultSelector: { output: sfn.JsonPath.stringAt('$.Output'), arn: sfn.JsonPath.stringAt('$.ExecutionArn') },
  assign: { last: sfn.JsonPath.stringAt('$.ExecutionArn') },
});

const commonJsonata = (): Partial<StepFunctionsStartExecutionProps> => commonJsonataProps({
  comment: 'start it',
  outputs: '{% $states.result.Output %}',
  assign: { last: '{% $states.result.ExecutionArn %}' },
});

const cases: Case[] = [];
const kinds: StateMachineKind[] = ['owned', 'cfn', 'imported', 'byName', 'otherAccount', 'tokenArn'];
for (const sm of kinds) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${sm} state machine, ${factory}, minimal`, sm, factory });
    cases.push({ name: `${sm} state machine, ${factory}, RUN_JOB`, sm, factory, props: () => RUN_JOB });
  }
  cases.push({ name: `${sm} state machine, RUN_JOB as JSON string`, sm, props: () => ({ ...RUN_JOB, runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING }) });
}
for (const [name, input] of Object.entries(inputs)) {
  const jsonata = name.startsWith('jsonata');
  cases.push({ name: `input ${name}`, factory: jsonata ? 'jsonata' : 'new', props: input });
  cases.push({ name: `input ${name}, RUN_JOB`, factory: jsonata ? 'jsonata' : 'jsonPath', props: () => ({ ...input(), ...RUN_JOB }) });
}
for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
  cases.push(
    { name: `associateWithParent without input, ${factory}`, factory, props: () => ({ associateWithParent: true }) },
    { name: `associateWithParent false, ${factory}`, factory, props: () => ({ associateWithParent: false }) },
    { name: `associateWithParent with RUN_JOB, ${factory}`, factory, props: () => ({ associateWithParent: true, ...RUN_JOB }) },
  );
}
cases.push(
  { name: 'associateWithParent with object input', props: () => ({ associateWithParent: true, ...inputs.object() }) },
  { name: 'associateWithParent with JSONata object input', factory: 'jsonata', props: () => ({ associateWithParent: true, ...inputs.jsonataObject() }) },
  { name: 'associateWithParent false with JSON path input', props: () => ({ associateWithParent: false, ...inputs.jsonPath() }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'explicit REQUEST_RESPONSE, JSONata', factory: 'jsonata', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'RUN_JOB as JSON object, explicitly', props: () => ({ ...RUN_JOB, runJobOutputFormat: StartExecutionOutputFormat.JSON_OBJECT }) },
  { name: 'RUN_JOB as JSON string, JSONata', factory: 'jsonata', props: () => ({ ...RUN_JOB, runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING, ...inputs.jsonataObject() }) },
  { name: 'callback with JSONPath token', props: () => ({ integrationPattern: CALLBACK, input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }) }) },
  { name: 'callback with JSONPath token and associateWithParent', sm: 'owned', props: () => ({
    integrationPattern: CALLBACK, associateWithParent: true, input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
  }) },
  { name: 'callback with token as text input', props: () => ({ integrationPattern: CALLBACK, input: sfn.TaskInput.fromText(sfn.JsonPath.taskToken) }) },
  { name: 'callback with JSONata token', factory: 'jsonata', props: () => ({
    integrationPattern: CALLBACK, input: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
  }) },
  { name: 'callback with JSONata token and associateWithParent', factory: 'jsonata', props: () => ({
    integrationPattern: CALLBACK, associateWithParent: true, input: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
  }) },
  { name: 'static name', props: () => ({ name: 'MyExecutionName' }) },
  { name: 'static name, JSONata', factory: 'jsonata', props: () => ({ name: 'MyExecutionName' }) },
  { name: 'JSON path name', props: () => ({ name: sfn.JsonPath.stringAt('$.executionName') }) },
  { name: 'formatted name', props: () => ({ name: sfn.JsonPath.format('run-{}', sfn.JsonPath.uuid()) }) },
  { name: 'JSONata name', factory: 'jsonata', props: () => ({ name: '{% $states.input.executionName %}' }) },
  { name: 'CDK token name', props: () => ({ name: Fn.importValue('ExecutionName') }) },
  { name: 'every common JSONPath prop', sm: 'owned', props: commonJsonPath },
  { name: 'every common JSONPath prop, RUN_JOB', sm: 'owned', factory: 'jsonPath', props: (s) => ({ ...commonJsonPath(s), ...RUN_JOB }) },
  { name: 'every common JSONata prop', sm: 'owned', factory: 'jsonata', props: commonJsonata },
  { name: 'every common JSONata prop, RUN_JOB', factory: 'jsonata', props: () => ({ ...commonJsonata(), ...RUN_JOB }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor with input', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: inputs.jsonataObject },
  { name: 'JSONata state machine, constructor without input', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'JSONata state machine, associateWithParent', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({ associateWithParent: true }) },
  { name: 'constructor with queryLanguage JSONata, no input', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'constructor with queryLanguage JSONata, RUN_JOB', sm: 'owned', props: () => ({ queryLanguage: sfn.QueryLanguage.JSONATA, ...RUN_JOB }) },
  { name: 'constructor with queryLanguage JSONPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, ...inputs.object() }) },
  { name: 'jsonPath factory with queryLanguage JSONPath, RUN_JOB', factory: 'jsonPath', props: () => ({ queryLanguage: sfn.QueryLanguage.JSON_PATH, ...RUN_JOB }) },
  { name: 'inside a JSONPath Map', props: () => RUN_JOB, wrap: inMap },
  { name: 'inside a JSONPath Parallel', wrap: inParallel },
  { name: 'README: callback with an owned child and a name', sm: 'owned', props: () => ({
    integrationPattern: CALLBACK,
    input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, foo: 'bar' }),
    name: 'MyExecutionName',
  }) },
  { name: 'README: associateWithParent with an owned child', sm: 'owned', props: () => ({ associateWithParent: true }) },
  { name: 'everything at once', sm: 'owned', props: (scope) => ({
    ...commonJsonPath(scope), ...inputs.object(), ...RUN_JOB, name: sfn.JsonPath.stringAt('$.n'), associateWithParent: true,
    runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING,
  }) },
);

function build(c: Case, seen: { props?: StepFunctionsStartExecutionProps }) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { stateMachine: makeStateMachine(scope, c.sm ?? 'imported'), ...c.props?.(scope) } as StepFunctionsStartExecutionProps;
    seen.props = props;
    const Impl = implementation === 'ours' ? StepFunctionsStartExecution : reference.StepFunctionsStartExecution;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Start', props);
      case 'jsonata': return Impl.jsonata(scope, 'Start', props);
      default: return new Impl(scope, 'Start', props as reference.StepFunctionsStartExecutionProps);
    }
  };
}

/**
 * The reference snapshot with our deliberate differences applied (README, "Differences from aws-cdk-lib"):
 * RUN_JOB executions scoped to `execution:<name>:*` where the state machine lives, the JSONata default input
 * `{% $states.input %}` instead of the literal `"$"`, and `runJobOutputFormat: JSON_STRING` as `.sync`.
 */
function expected(ref: ParitySnapshot, c: Case, probe: Partial<StepFunctionsStartExecutionProps>): ParitySnapshot {
  let snapshot = ref;
  const queryLanguage = c.factory === 'jsonata' ? sfn.QueryLanguage.JSONATA : probe.queryLanguage ?? c.stateMachine?.queryLanguage;
  const jsonata = queryLanguage === sfn.QueryLanguage.JSONATA;
  if (jsonata && probe.input === undefined && !probe.associateWithParent) {
    const state = snapshot.state as { Arguments?: { Input?: unknown } };
    snapshot = {
      ...adjustRendered(snapshot, (s) => s.split('"Input":"$"').join('"Input":"{% $states.input %}"')),
      state: state.Arguments?.Input === '$' ? { ...state, Arguments: { ...state.Arguments, Input: '{% $states.input %}' } } : state,
    };
  }
  if (probe.runJobOutputFormat === StartExecutionOutputFormat.JSON_STRING) {
    snapshot = adjustRendered(snapshot, (s) => s.split('startExecution.sync:2').join('startExecution.sync'));
  }
  return adjustStatements(snapshot, 'states:DescribeExecution', (s) => ({
    ...s,
    Resource: mapStrings(s.Resource, (str) => {
      let out = str.endsWith('*') ? `${str.slice(0, -1)}:*` : str;
      if (c.sm === 'otherAccount') out = out.replace('us-east-1:123456789012:execution:', 'eu-west-1:999999999999:execution:');
      return out;
    }),
  }));
}

describe('StepFunctionsStartExecution parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const seen: { props?: StepFunctionsStartExecutionProps } = {};
    const { ours, reference: ref } = renderBoth(build(c, seen), { stateMachine: c.stateMachine, wrap: c.wrap });
    const want = expected(ref, c, seen.props ?? {});
    expect(ours.state).toEqual(want.state);
    expect(ours.template).toEqual(want.template);
    expect(normalize(ours.statements)).toEqual(want.statements);
  });

  it('covers many cases', () => {
    expect(cases.length).toBeGreaterThan(80);
  });
});
