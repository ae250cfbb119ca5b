import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { EchoTask } from './echo-task';

const { JSONATA, JSON_PATH } = sfn.QueryLanguage;

/** Where the task goes, and the language that placement sets (undefined: none of its own). */
interface Placement {
  readonly name: string;
  readonly sets?: sfn.QueryLanguage;
  /** Whether aws-cdk-lib itself rejects the placement in a JSONata state machine (a JSONPath state at its top level). */
  readonly rejectedInJsonata?: boolean;
  readonly place: (scope: Construct, task: sfn.IChainable) => sfn.IChainable;
}

const placements: Placement[] = [
  { name: 'at the top level', place: (_s, t) => t },
  { name: 'in a Map', place: (s, t) => new sfn.Map(s, 'Map').itemProcessor(t) },
  { name: 'in a Map.jsonata()', sets: JSONATA, place: (s, t) => sfn.Map.jsonata(s, 'Map').itemProcessor(t) },
  // aws-cdk-lib's Map.jsonPath() and Parallel.jsonPath() name no language: they follow the state machine.
  { name: 'in a Map.jsonPath()', place: (s, t) => sfn.Map.jsonPath(s, 'Map').itemProcessor(t) },
  { name: 'in a JSONPath Map', sets: JSON_PATH, rejectedInJsonata: true, place: (s, t) => new sfn.Map(s, 'Map', { queryLanguage: JSON_PATH }).itemProcessor(t) },
  { name: 'in a Parallel', place: (s, t) => new sfn.Parallel(s, 'Par').branch(t) },
  { name: 'in a Parallel.jsonata()', sets: JSONATA, place: (s, t) => sfn.Parallel.jsonata(s, 'Par').branch(t) },
  { name: 'in a Parallel.jsonPath()', place: (s, t) => sfn.Parallel.jsonPath(s, 'Par').branch(t) },
  { name: 'in a JSONPath Parallel', sets: JSON_PATH, rejectedInJsonata: true, place: (s, t) => new sfn.Parallel(s, 'Par', { queryLanguage: JSON_PATH }).branch(t) },
  { name: 'in a DistributedMap.jsonata()', sets: JSONATA, place: (s, t) => sfn.DistributedMap.jsonata(s, 'Map').itemProcessor(t) },
  { name: 'in a Map in a Parallel.jsonata()', sets: JSONATA,
    place: (s, t) => sfn.Parallel.jsonata(s, 'Par').branch(new sfn.Map(s, 'Map').itemProcessor(t)) },
  { name: 'in a JSONPath Map in a Parallel.jsonata()', sets: JSON_PATH,
    place: (s, t) => sfn.Parallel.jsonata(s, 'Par').branch(new sfn.Map(s, 'Map', { queryLanguage: JSON_PATH }).itemProcessor(t)) },
];

const taskLanguages: Array<[string, sfn.QueryLanguage | undefined]> = [['names none', undefined], ['is JSONata', JSONATA], ['is JSONPath', JSON_PATH]];

function findEcho(graph: any): any {
  for (const state of Object.values(graph.States) as any[]) {
    if (state.Type === 'Task') return state;
    for (const nested of [state.ItemProcessor, state.Iterator, ...(state.Branches ?? [])]) {
      const found = nested && findEcho(nested);
      if (found) return found;
    }
  }
  return undefined;
}

const cases = [JSON_PATH, JSONATA].flatMap((top) => placements.flatMap((placement) => taskLanguages.map(([name, own]) => ({
  title: `${top} state machine, task ${placement.name} that ${name}`, top, placement, own,
}))));

describe('TaskStateBase query language', () => {
  it.each(cases.map((c) => [c.title, c] as const))('%s', (_title, { top, placement, own }) => {
    const stack = new Stack(new App(), 'Stack');
    const build = () => definitionOf(placement.place(stack, new EchoTask(stack, 'Echo', { queryLanguage: own })), { queryLanguage: top });
    const language = own ?? placement.sets ?? top;
    if (top === JSONATA && (language === JSON_PATH || placement.rejectedInJsonata)) {
      // AWS runs no JSONPath state in a JSONata state machine; aws-cdk-lib rejects a top-level JSONPath Map or
      // Parallel there (a nested one it renders, and the validator reports).
      expect(build).toThrow(/JSONata/);
      return;
    }
    const echo = findEcho(build());
    if (language === JSONATA) {
      expect(echo.Arguments).toEqual({ Message: '{% $states.input.message %}' });
      expect(echo).not.toHaveProperty('Parameters');
    } else {
      expect(echo.Parameters).toEqual({ 'Message.$': '$.message' });
      expect(echo).not.toHaveProperty('Arguments');
    }
    // AWS reads a state without QueryLanguage in the top-level language, whatever encloses it.
    if (language === top) expect(echo).not.toHaveProperty('QueryLanguage');
    else expect(echo.QueryLanguage).toBe(language);
  });

  it('names the task when a JSONPath task is put in a JSONata state machine', () => {
    const stack = new Stack(new App(), 'Stack');
    const task = new EchoTask(stack, 'Echo', { queryLanguage: JSON_PATH });
    expect(() => definitionOf(task, { queryLanguage: JSONATA })).toThrow(
      /EchoTask at 'Stack\/Echo': `queryLanguage` must be JSONata in a state machine whose query language is JSONata/,
    );
  });

  it('renders as aws-cdk-lib does when toStateJson() is called outside a state machine', () => {
    const stack = new Stack(new App(), 'Stack');
    expect(stack.resolve(new EchoTask(stack, 'A', { queryLanguage: JSONATA }).toStateJson())).toMatchObject({ QueryLanguage: 'JSONata' });
    expect(stack.resolve(new EchoTask(stack, 'B', {}).toStateJson())).not.toHaveProperty('QueryLanguage');
    expect(stack.resolve(new EchoTask(stack, 'C', { queryLanguage: JSONATA }).toStateJson(JSONATA))).not.toHaveProperty('QueryLanguage');
  });
});
