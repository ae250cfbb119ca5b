import { describe, expect, it } from 'vitest';
import { runDefinition } from '../src';
import { caseMocks, conforms, loadCases } from './conformance-cases';

const cases = loadCases();

describe('conformance corpus', () => {
  it('holds cases, each citing its source', () => {
    expect(cases.length).toBeGreaterThan(300);
    for (const { file, testCase } of cases) {
      const { source } = testCase;
      expect(source.kind === 'aws-docs' ? source.url : source.repository && source.test, file).toBeTruthy();
    }
  });

  it.each(cases.filter((c) => !c.testCase.knownGap).map((c) => [c.file, c.testCase] as const))('%s', async (_file, testCase) => {
    const run = await runDefinition(testCase.definition, {
      ...testCase.options,
      input: testCase.input === undefined ? {} : testCase.input,
      mocks: caseMocks(testCase.mocks),
    });
    const { expected } = testCase;
    const actual = { status: run.status, output: run.output, error: run.error, cause: run.cause };
    const wanted = { status: expected.status, output: expected.output, error: expected.error, cause: expected.cause };
    if (!conforms(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(wanted)))) {
      expect(actual).toEqual(wanted);
    }
    // The history's event types, in order, where AWS's order is deterministic (Parallel branches run side by
    // side on AWS, interleaving their events; here they run one after another).
    if (expected.eventTypes && !JSON.stringify(testCase.definition).includes('"Parallel"')) {
      expect(run.events.map((e) => e.type)).toEqual(expected.eventTypes);
    }
  });
});
