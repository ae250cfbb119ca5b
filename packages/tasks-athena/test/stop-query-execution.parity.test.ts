import { describe, expect, it } from 'vitest';
import { idTaskCases } from './id-task-cases';
import { type Case, checkParity } from './parity-helpers';

const cases: Case[] = [
  ...idTaskCases(),

];

describe('AthenaStopQueryExecution parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('AthenaStopQueryExecution', c);
  });

  it('covers at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
});
