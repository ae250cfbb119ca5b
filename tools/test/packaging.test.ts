import { describe, expect, it } from 'vitest';
import { checkPackaging } from '../src/packaging-check';
import { listPackages } from '../src/workspace';

describe('packaging (publint --strict, attw --profile node16)', () => {
  it.each(listPackages().map((p) => [p.name, p] as const))('%s has no packaging errors', async (_, pkg) => {
    const report = await checkPackaging(pkg);
    expect(report.publint).toEqual([]);
    expect(report.attw).toEqual([]);
  }, 120_000);
});
