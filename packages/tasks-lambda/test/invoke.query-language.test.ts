import { App, Stack } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import {
  type Placement, definitionOf, inJsonataMap, inJsonataParallel, inMap, inParallel,
} from '@cdk-stepfunctions/tools/testing';
import { describe, expect, it } from 'vitest';
import { LambdaInvoke } from '../src';
import { makeFunction } from './fixtures';

/** Renders a state machine whose definition places a LambdaInvoke somewhere, and returns its definition. */
function definition(
  place: Placement,
  queryLanguage: sfn.QueryLanguage | undefined,
  Impl: typeof LambdaInvoke | typeof reference.LambdaInvoke = LambdaInvoke,
): { States: Record<string, Record<string, unknown>> } {
  const stack = new Stack(new App(), 'Stack');
  const task = new Impl(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
  return definitionOf(place(stack, task), { queryLanguage, placeholder: 'arn:aws:states:::lambda:invoke' });
}

function findTask(def: { States: Record<string, Record<string, unknown>> }): Record<string, unknown> {
  for (const state of Object.values(def.States)) {
    if (state.Type === 'Task') return state;
    const nested = (state.ItemProcessor ?? state.Iterator) as typeof def | undefined;
    const graphs = nested ? [nested] : ((state.Branches as Array<typeof def>) ?? []);
    for (const g of graphs) {
      const found = findTask(g);
      if (found) return found;
    }
  }
  return undefined as unknown as Record<string, unknown>;
}

const inNestedMaps: Placement = (scope, task) =>
  new sfn.Map(scope, 'Outer').itemProcessor(new sfn.Map(scope, 'Inner').itemProcessor(task));
const inDistributedMap: Placement = (scope, task) => new sfn.DistributedMap(scope, 'Map').itemProcessor(task);

describe('LambdaInvoke follows the query language in force where it is placed (aws/aws-cdk#34352)', () => {
  it.each([
    ['a JSONata Map', inJsonataMap, undefined],
    ['a Map in a JSONata state machine', inMap, sfn.QueryLanguage.JSONATA],
    ['a JSONata Parallel', inJsonataParallel, undefined],
    ['a Parallel in a JSONata state machine', inParallel, sfn.QueryLanguage.JSONATA],
    ['nested Maps in a JSONata state machine', inNestedMaps, sfn.QueryLanguage.JSONATA],
    ['a DistributedMap in a JSONata state machine', inDistributedMap, sfn.QueryLanguage.JSONATA],
  ] as const)('renders Arguments inside %s', (_name, place, queryLanguage) => {
    const task = findTask(definition(place, queryLanguage));
    expect(task.Arguments).toEqual({ FunctionName: expect.any(String), Payload: '{% $states.input %}' });
    expect(task).not.toHaveProperty('Parameters');
    // AWS reads a state without the field in the state machine's language, not its Map's or Parallel's.
    if (queryLanguage === sfn.QueryLanguage.JSONATA) expect(task).not.toHaveProperty('QueryLanguage');
    else expect(task.QueryLanguage).toBe('JSONata');
  });

  it('shows the reference rendering Parameters in the same place (the defect we fix)', () => {
    const task = findTask(definition(inJsonataMap, undefined, reference.LambdaInvoke));
    expect(task).toHaveProperty('Parameters');
  });

  it.each([
    ['a Map', inMap],
    ['a Parallel', inParallel],
    ['nested Maps', inNestedMaps],
  ] as const)('keeps Parameters inside %s of a JSONPath state machine', (_name, place) => {
    const task = findTask(definition(place, undefined));
    expect(task.Parameters).toEqual({ FunctionName: expect.any(String), 'Payload.$': '$' });
  });

  it('keeps a jsonPath() task in JSONPath inside a JSONata Map, where the state machine is JSONPath', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = LambdaInvoke.jsonPath(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
    const found = findTask(definitionOf(inJsonataMap(stack, task)));
    expect(found.Parameters).toEqual({ FunctionName: expect.any(String), 'Payload.$': '$' });
    expect(found).not.toHaveProperty('QueryLanguage');
  });

  it('writes QueryLanguage on a jsonata() task in a JSONPath Map of a JSONPath state machine', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = LambdaInvoke.jsonata(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
    expect(findTask(definitionOf(inMap(stack, task))).QueryLanguage).toBe('JSONata');
  });

  it('rejects a jsonPath() task in a JSONata state machine, which AWS runs only in JSONata', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = LambdaInvoke.jsonPath(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
    expect(() => definitionOf(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA }))
      .toThrow(/LambdaInvoke at 'Stack\/Invoke': `queryLanguage` must be JSONata/);
  });

  it('renders a JSONPath task alone as aws-cdk-lib does when called outside a state machine', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'imported') });
    sfn.Map.jsonata(stack, 'Map').itemProcessor(task);
    expect(stack.resolve(task.toStateJson())).toHaveProperty('Parameters');
  });

  it('synthesizes a valid template with aws-cdk-lib validation on', () => {
    const previous = process.env.CDK_VALIDATION;
    process.env.CDK_VALIDATION = 'true';
    try {
      const app = new App();
      const stack = new Stack(app, 'Stack');
      const task = new LambdaInvoke(stack, 'Invoke', { lambdaFunction: makeFunction(stack, 'owned') });
      new sfn.StateMachine(stack, 'SM', {
        queryLanguage: sfn.QueryLanguage.JSONATA,
        definitionBody: sfn.DefinitionBody.fromChainable(inMap(stack, task)),
      });
      expect(() => app.synth()).not.toThrow();
    } finally {
      process.env.CDK_VALIDATION = previous;
    }
  });
});

describe('LambdaInvoke query language in every placement (validated by validateDefinition)', () => {
  type Make = (scope: Construct) => LambdaInvoke;
  const fn = (scope: Construct) => makeFunction(scope, 'imported');
  const makers: Array<[string, sfn.QueryLanguage | undefined, Make]> = [
    ['new LambdaInvoke()', undefined, (s) => new LambdaInvoke(s, 'Invoke', { lambdaFunction: fn(s) })],
    ['LambdaInvoke.jsonPath()', sfn.QueryLanguage.JSON_PATH, (s) => LambdaInvoke.jsonPath(s, 'Invoke', { lambdaFunction: fn(s) })],
    ['LambdaInvoke.jsonata()', sfn.QueryLanguage.JSONATA, (s) => LambdaInvoke.jsonata(s, 'Invoke', { lambdaFunction: fn(s) })],
    ['queryLanguage: JSONata', sfn.QueryLanguage.JSONATA, (s) => new LambdaInvoke(s, 'Invoke', { lambdaFunction: fn(s), queryLanguage: sfn.QueryLanguage.JSONATA })],
    ['queryLanguage: JSONPath', sfn.QueryLanguage.JSON_PATH, (s) => new LambdaInvoke(s, 'Invoke', { lambdaFunction: fn(s), queryLanguage: sfn.QueryLanguage.JSON_PATH })],
  ];
  const places: Array<[string, sfn.QueryLanguage | undefined, Placement]> = [
    ['the top level', undefined, (_s, t) => t],
    ['a Map', undefined, inMap],
    ['a Map.jsonata()', sfn.QueryLanguage.JSONATA, inJsonataMap],
    ['a Parallel', undefined, inParallel],
    ['a Parallel.jsonata()', sfn.QueryLanguage.JSONATA, inJsonataParallel],
    ['a DistributedMap.jsonata()', sfn.QueryLanguage.JSONATA, (s, t) => sfn.DistributedMap.jsonata(s, 'Map').itemProcessor(t)],
  ];
  const cases = [sfn.QueryLanguage.JSON_PATH, sfn.QueryLanguage.JSONATA].flatMap((top) => places.flatMap(([where, sets, place]) =>
    makers.map(([how, own, make]) => ({ title: `${how} in ${where} of a ${top} state machine`, top, sets, own, place, make }))));

  it.each(cases.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    const stack = new Stack(new App(), 'Stack');
    const build = () => findTask(definitionOf(c.place(stack, c.make(stack)), { queryLanguage: c.top }));
    const language = c.own ?? c.sets ?? c.top;
    if (c.top === sfn.QueryLanguage.JSONATA && language === sfn.QueryLanguage.JSON_PATH) {
      expect(build).toThrow(/`queryLanguage` must be JSONata/);
      return;
    }
    const task = build();
    expect(task).toHaveProperty(language === sfn.QueryLanguage.JSONATA ? 'Arguments' : 'Parameters');
    expect(task.QueryLanguage).toBe(language === c.top ? undefined : language);
  });
});
