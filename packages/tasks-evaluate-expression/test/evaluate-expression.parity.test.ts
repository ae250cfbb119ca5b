import { Duration, Lazy } from 'aws-cdk-lib/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { renderBoth, type Implementation, type ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { commonJsonataProps, commonJsonPathProps } from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import type { Construct } from 'constructs';
import { EvaluateExpression, type EvaluateExpressionProps } from '../src';
import { normalizeEvalFunctions } from './fixtures';

const FLAG = '@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction';

interface Case {
  readonly name: string;
  readonly props: (scope: Construct) => EvaluateExpressionProps;
  readonly stateMachine?: Partial<sfn.StateMachineProps>;
  /** The dedicated-function feature flag; unset by default (dedicated functions). */
  readonly dedicated?: boolean;
  /** A second task, after the first, in the same state machine. */
  readonly second?: (scope: Construct) => EvaluateExpressionProps;
  /**
   * The `expressionAttributeValues` we render where the reference's are wrong on purpose (a method call on a
   * path, a path closing an array literal): README, "Differences from aws-cdk-lib".
   */
  readonly ourPaths?: string[];
  /** JSONata: the reference renders `Parameters`, we render `Arguments` (README). */
  readonly jsonata?: boolean;
}

const commonJsonPath = (scope: Construct): Partial<EvaluateExpressionProps> => commonJsonPathProps(scope, {
  comment: 'evaluate it',
  stateName: 'Evaluate the expression',
  resultSelector: { value: sfn.JsonPath.stringAt('$') },
  assign: { last: sfn.JsonPath.stringAt('$') },
  taskTimeout: Duration.minutes(1),
  heartbeatTimeout: Duration.seconds(30),
});

const commonJsonata = (): Partial<EvaluateExpressionProps> => commonJsonataProps({
  comment: 'evaluate it',
  outputs: '{% $states.result %}',
  assign: { last: '{% $states.result %}' },
  credentials: false,
});

const expressions = [
  '$.waitMilliseconds / 1000',
  '`Now waiting ${$.waitSeconds} seconds...`',
  '$.a + $.b',
  '$.a * $.b - $.c.d',
  '$.a + $.a',
  '$.list[0] + $.list[1]',
  '$[0] * 2',
  '$.ab - $.a',
  '({ sum: $.a + $.b })',
  "'id-' + $.id",
  '`${$.a} and ${`${$.b}!`}`',
  '$.n > 2 ? "big" : "small"',
  '$.a / 2 / $.b',
  '$.name.length',
  '$.snake_case + $.with-dash',
  '1 + 2',
  'const x = $.a; x + 1',
];

const cases: Case[] = [];
for (const expression of expressions) {
  cases.push({ name: `expression ${expression}`, props: () => ({ expression }) });
}
cases.push(
  { name: 'method call on a path', props: () => ({ expression: '$.list.map(x => x * 2)' }), ourPaths: ['$.list'] },
  { name: 'method call on a string path', props: () => ({ expression: '$.name.toUpperCase() + $.x' }), ourPaths: ['$.name', '$.x'] },
  { name: 'paths in an array literal', props: () => ({ expression: '[$.a, $.b]' }), ourPaths: ['$.a', '$.b'] },
  { name: 'README: convert to seconds', props: () => ({ expression: '$.waitMilliseconds / 1000', resultPath: '$.waitSeconds' }) },
  { name: 'README: create message, NODEJS_LATEST', props: () => ({
    expression: '`Now waiting ${$.waitSeconds} seconds...`', runtime: lambda.Runtime.NODEJS_LATEST, resultPath: '$.message',
  }) },
  { name: 'README: ARM64', props: () => ({ expression: '$.waitMilliseconds / 1000', architecture: lambda.Architecture.ARM_64 }) },
  { name: 'explicit X86_64', props: () => ({ expression: '$.a', architecture: lambda.Architecture.X86_64 }) },
  { name: 'explicit REQUEST_RESPONSE', props: () => ({ expression: '$.a', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE }) },
  { name: 'token expression', props: () => ({ expression: Lazy.string({ produce: () => '$.a + 1' }) }) },
  { name: 'every common JSONPath prop', props: (scope) => ({ ...commonJsonPath(scope), expression: '$.a + $.b' }) },
  { name: 'dynamic JSONPath timeouts', props: () => ({ expression: '$.a', taskTimeout: sfn.Timeout.at('$.t'), heartbeatTimeout: sfn.Timeout.at('$.h') }) },
  { name: 'deprecated timeout and heartbeat', props: () => ({ expression: '$.a', timeout: Duration.minutes(2), heartbeat: Duration.seconds(30) }) },
  { name: 'discarded result', props: () => ({ expression: '$.a', resultPath: sfn.JsonPath.DISCARD }) },
  { name: 'two tasks, dedicated functions', props: () => ({ expression: '$.a' }), second: () => ({ expression: '$.b * 2' }) },
  { name: 'two tasks, different runtimes', props: () => ({ expression: '$.a', runtime: lambda.Runtime.NODEJS_20_X }),
    second: () => ({ expression: '$.b', runtime: lambda.Runtime.NODEJS_22_X }) },
);
for (const runtime of [lambda.Runtime.NODEJS_18_X, lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X, lambda.Runtime.NODEJS_24_X, lambda.Runtime.NODEJS_LATEST]) {
  cases.push({ name: `runtime ${runtime.name}`, props: () => ({ expression: '$.a + 1', runtime }) });
  cases.push({ name: `runtime ${runtime.name}, ARM64`, props: () => ({ expression: '$.a + 1', runtime, architecture: lambda.Architecture.ARM_64 }) });
  cases.push({ name: `runtime ${runtime.name}, shared function`, dedicated: false, props: () => ({ expression: '$.a + 1', runtime }) });
}
cases.push(
  { name: 'shared function, default runtime', dedicated: false, props: () => ({ expression: '$.a' }) },
  { name: 'shared function, ARM64', dedicated: false, props: () => ({ expression: '$.a', architecture: lambda.Architecture.ARM_64 }) },
  { name: 'shared function, two tasks share it', dedicated: false, props: () => ({ expression: '$.a' }), second: () => ({ expression: '$.b' }) },
  { name: 'shared function, two runtimes', dedicated: false, props: () => ({ expression: '$.a', runtime: lambda.Runtime.NODEJS_20_X }),
    second: () => ({ expression: '$.b', runtime: lambda.Runtime.NODEJS_22_X }) },
  { name: 'dedicated flag set true', dedicated: true, props: () => ({ expression: '$.a' }) },
  { name: 'JSONata task', jsonata: true, props: () => ({ expression: '$.a + $.b', queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'JSONata task without paths', jsonata: true, props: () => ({ expression: '1 + 2', queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'JSONata task, every common JSONata prop', jsonata: true, props: () => ({ ...commonJsonata(), expression: '$.a', queryLanguage: sfn.QueryLanguage.JSONATA }) },
  { name: 'JSONata state machine', stateMachine: { queryLanguage: sfn.QueryLanguage.JSONATA },
    props: () => ({ expression: '$.list.map(x => x * 2)' }), ourPaths: ['$.list'] },
);

function build(c: Case) {
  let implementation: Implementation = 'ours';
  const make = (scope: Construct, id: string, props: EvaluateExpressionProps) =>
    implementation === 'ours' ? new EvaluateExpression(scope, id, props) : new reference.EvaluateExpression(scope, id, props);
  return {
    build: (scope: Construct, impl: Implementation) => {
      implementation = impl;
      if (c.dedicated !== undefined) scope.node.setContext(FLAG, c.dedicated);
      return make(scope, 'Eval', c.props(scope));
    },
    wrap: c.second ? (scope: Construct, state: sfn.State) => (state as sfn.TaskStateBase).next(make(scope, 'Second', c.second!(scope))) : undefined,
  };
}

/** The reference snapshot with our event for the cases where it differs on purpose (see `Case`). */
function expectedFromReference(ref: ParitySnapshot, c: Case): ParitySnapshot {
  let state = ref.state as { [key: string]: any };
  if (c.ourPaths) {
    const values = Object.fromEntries(c.ourPaths.map((p) => [`${p}.$`, p]));
    state = { ...state, Parameters: { ...state.Parameters, expressionAttributeValues: values } };
  }
  if (c.jsonata) {
    const { Parameters, ...rest } = state;
    const expression = Parameters.expression as string;
    const paths = Object.values(Parameters.expressionAttributeValues as Record<string, string>);
    state = { ...rest, Arguments: paths.length === 0 ? { expression } : { expression, input: '{% $states.input %}', paths: c.ourPaths ?? paths } };
  }
  // The definition string renders `state`; it is compared through `state` itself.
  return { ...ref, state, template: withoutDefinition(ref.template) };
}

function withoutDefinition(template: Record<string, unknown>): Record<string, unknown> {
  const resources = { ...(template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>) };
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type === 'AWS::StepFunctions::StateMachine') {
      const { DefinitionString: _definition, ...properties } = r.Properties;
      resources[id] = { ...r, Properties: properties };
    }
  }
  return { ...template, Resources: resources };
}

describe('EvaluateExpression parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { build: buildState, wrap } = build(c);
    const both = renderBoth(buildState, { stateMachine: c.stateMachine, wrap });
    const ours = normalizeEvalFunctions(both.ours);
    const ref = normalizeEvalFunctions(both.reference);
    const expected = c.ourPaths || c.jsonata ? expectedFromReference(ref, c) : ref;
    expect(ours.state).toEqual(expected.state);
    expect(ours.statements).toEqual(expected.statements);
    expect(c.ourPaths || c.jsonata ? withoutDefinition(ours.template) : ours.template).toEqual(expected.template);
    if (c.stateMachine?.queryLanguage === sfn.QueryLanguage.JSONATA) {
      // Rendered by the state machine, the task follows its JSONata (the reference renders Parameters).
      expect(JSON.stringify(ours.template)).toContain('\\"Arguments\\":{\\"expression\\"');
      expect(JSON.stringify(ref.template)).toContain('\\"Parameters\\":{\\"expression\\"');
    }
  });
});

describe('EvaluateExpression migration from aws-cdk-lib', () => {
  it('keeps the logical ids of dedicated functions and their role: only the code asset differs', () => {
    const { build: buildState, wrap } = build({ name: 'ids', props: () => ({ expression: '$.a' }), second: () => ({ expression: '$.b' }) });
    const both = renderBoth(buildState, { wrap });
    const assetOnly = (s: ParitySnapshot) => JSON.parse(JSON.stringify(s).replace(/"[0-9a-f]{64}\.zip"/g, '"<asset>.zip"'));
    expect(assetOnly(both.ours)).toEqual(assetOnly(both.reference));
  });

  it.each([
    ['the latest runtime', {}],
    ['Node.js 20 on arm64', { runtime: lambda.Runtime.NODEJS_20_X, architecture: lambda.Architecture.ARM_64 }],
  ])('keeps the logical ids of shared functions (%s): only the code asset differs', (_name, props) => {
    const { build: buildState, wrap } = build({
      name: 'ids', dedicated: false, props: () => ({ expression: '$.a', ...props }), second: () => ({ expression: '$.b', ...props }),
    });
    const both = renderBoth(buildState, { wrap });
    const assetOnly = (s: ParitySnapshot) => JSON.parse(JSON.stringify(s).replace(/"[0-9a-f]{64}\.zip"/g, '"<asset>.zip"'));
    expect(assetOnly(both.ours)).toEqual(assetOnly(both.reference));
  });
});
