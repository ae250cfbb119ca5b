import { Duration, Fn } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps, inMap, inParallel, normalize } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { StepFunctionsInvokeActivity, type StepFunctionsInvokeActivityProps } from '../src';
import { type ActivityKind, makeActivity } from './fixtures';

type Factory = 'new' | 'jsonPath' | 'jsonata';

interface Case {
  readonly name: string;
  readonly activity?: ActivityKind;
  readonly factory?: Factory;
  readonly props?: (scope: Construct) => Partial<StepFunctionsInvokeActivityProps>;
  readonly stateMachine?: { queryLanguage?: sfn.QueryLanguage };
  readonly wrap?: (scope: Construct, state: sfn.State) => sfn.IChainable;
}

const parameters = {
  static: () => ({ parameters: { a: 1, b: 'two', c: true, d: [1, 2], e: { f: null } } }),
  paths: () => ({ parameters: { id: sfn.JsonPath.stringAt('$.id'), n: sfn.JsonPath.numberAt('$.n'), list: sfn.JsonPath.listAt('$.l'), obj: sfn.JsonPath.objectAt('$.o') } }),
  context: () => ({ parameters: { token: sfn.JsonPath.taskToken, exec: sfn.JsonPath.executionId, entered: sfn.JsonPath.stateEnteredTime } }),
  intrinsics: () => ({ parameters: {
    msg: sfn.JsonPath.format('hi {}', sfn.JsonPath.stringAt('$.who')),
    arr: sfn.JsonPath.array(sfn.JsonPath.stringAt('$.a'), 'b'),
    uuid: sfn.JsonPath.uuid(),
    json: sfn.JsonPath.jsonToString(sfn.JsonPath.objectAt('$.o')),
  } }),
  cdkTokens: () => ({ parameters: { region: Fn.ref('AWS::Region'), imported: Fn.importValue('X') } }),
  readme: () => ({ parameters: {
    comment: 'Selecting what I care about.',
    MyDetails: {
      size: sfn.JsonPath.stringAt('$.product.details.size'),
      exists: sfn.JsonPath.stringAt('$.product.availability'),
      StaticValue: 'foo',
    },
  } }),
};

const commonJsonPath = (scope: Construct): Partial<StepFunctionsInvokeActivityProps> => commonJsonPathProps(scope, {
  comment: 'wait for a worker',
  stateName: 'Submit the job',
  resultSelector: { status: sfn.JsonPath.stringAt('$.status') },
  assign: { last: sfn.JsonPath.stringAt('$.status') },
});

const commonJsonata = (): Partial<StepFunctionsInvokeActivityProps> => commonJsonataProps({
  comment: 'wait for a worker',
  outputs: '{% $states.result.status %}',
  assign: { last: '{% $states.result %}' },
});

const cases: Case[] = [];
const kinds: ActivityKind[] = ['owned', 'named', 'encrypted', 'awsOwnedKey', 'imported', 'byName'];
for (const activity of kinds) {
  for (const factory of ['new', 'jsonPath', 'jsonata'] as const) {
    cases.push({ name: `${activity} activity, ${factory}, minimal`, activity, factory });
  }
}
for (const [name, params] of Object.entries(parameters)) {
  cases.push({ name: `parameters ${name}`, props: params });
  cases.push({ name: `parameters ${name}, jsonPath`, factory: 'jsonPath', props: params });
}
cases.push(
  { name: 'parameters with a JSONata state (rendered as Arguments)', props: () => ({ ...parameters.static(), queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'arguments object, jsonata', factory: 'jsonata', props: () => ({ arguments: { id: '{% $states.input.id %}', fixed: 1, nested: { a: [1] } } }) },
  { name: 'arguments expression, jsonata', factory: 'jsonata', props: () => ({ arguments: '{% $states.input.job %}' }) },
  { name: 'arguments with a task token, jsonata', factory: 'jsonata', props: () => ({ arguments: { token: '{% $states.context.Task.Token %}' } }) },
  { name: 'arguments with the constructor in JSONata', props: () => ({ arguments: { a: '{% $states.input.a %}' }, queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'arguments with the constructor in JSONPath (rendered as Parameters)', props: () => ({ arguments: { a: sfn.JsonPath.stringAt('$.a') } }) },
  { name: 'arguments with CDK tokens, jsonata', factory: 'jsonata', props: () => ({ arguments: { region: Fn.ref('AWS::Region') } }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'every common JSONPath prop', activity: 'owned', props: (s) => ({ ...commonJsonPath(s), ...parameters.paths() }) },
  { name: 'every common JSONPath prop, encrypted', activity: 'encrypted', factory: 'jsonPath', props: commonJsonPath },
  { name: 'every common JSONata prop', activity: 'owned', factory: 'jsonata', props: () => ({ ...commonJsonata(), arguments: { a: 1 } }) },
  { name: 'every common JSONata prop, encrypted', activity: 'encrypted', factory: 'jsonata', props: commonJsonata },
  { name: 'dynamic JSONPath timeouts', props: () => ({ taskTimeout: sfn.Timeout.at('$.timeout'), heartbeatTimeout: sfn.Timeout.at('$.hb') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'JSONata state machine, jsonata', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, factory: 'jsonata' },
  { name: 'JSONata state machine, constructor with arguments', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA }, props: () => ({ arguments: { a: '{% $states.input.a %}' } }) },
  { name: 'JSONata state machine, constructor without input', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA } },
  { name: 'inside a JSONPath Map', props: parameters.paths, wrap: inMap },
  { name: 'inside a JSONPath Parallel', activity: 'encrypted', wrap: inParallel },
  { name: 'README: minimal', activity: 'owned' },
  { name: 'README: parameters', activity: 'owned', props: parameters.readme },
);

function build(c: Case) {
  return (scope: Construct, implementation: 'ours' | 'reference') => {
    const props = { activity: makeActivity(scope, c.activity ?? 'imported'), ...c.props?.(scope) } as StepFunctionsInvokeActivityProps;
    const Impl = implementation === 'ours' ? StepFunctionsInvokeActivity : reference.StepFunctionsInvokeActivity;
    switch (c.factory ?? 'new') {
      case 'jsonPath': return Impl.jsonPath(scope, 'Invoke', props);
      case 'jsonata': return Impl.jsonata(scope, 'Invoke', props);
      default: return new Impl(scope, 'Invoke', props as reference.StepFunctionsInvokeActivityProps);
    }
  };
}

describe('StepFunctionsInvokeActivity parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { ours, reference: ref } = renderBoth(build(c), { stateMachine: c.stateMachine, wrap: c.wrap });
    expect(ours.state).toEqual(ref.state);
    expect(ours.template).toEqual(ref.template);
    expect(normalize(ours.statements)).toEqual(normalize(ref.statements));
  });
});
