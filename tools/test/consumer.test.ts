import { beforeAll, describe, expect, it } from 'vitest';
import { runConsumerChecks, type ConsumerResult } from '../src/consumer-check';
import { SMOKE_APPS } from '../src/smoke-apps';
import { listPackages } from '../src/workspace';

const names = listPackages().map((p) => p.name);

describe('consumer check (packed tarballs, npm, outside the workspace)', () => {
  let results: ConsumerResult[] = [];
  beforeAll(() => {
    results = runConsumerChecks(names);
  }, 300_000);

  it.each(names)('%s loads through require() and import() with the same exports', (name) => {
    const result = results.find((r) => r.packageName === name)!;
    expect(result.problems).toEqual([]);
    expect(result.installed).toContain(name);
    expect(result.exports[name]?.esm).toEqual(result.exports[name]?.cjs);
  });

  it.each(Object.keys(SMOKE_APPS))('%s synthesizes its smoke app from CommonJS and ESM', (name) => {
    const result = results.find((r) => r.packageName === name)!;
    expect(result.definitions).toHaveLength(2);
    for (const definition of result.definitions) {
      for (const text of SMOKE_APPS[name].expect) expect(definition).toContain(text);
    }
  });

  it('runs the LambdaInvoke app', () => {
    const lambda = results.find((r) => r.packageName === '@cdk-stepfunctions/tasks-lambda')!;
    expect(lambda.definitions[0]).toMatch(/arn:.*:states:::lambda:invoke/);
  });
});
