import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApiCoverage, compareFiles, formatCoverage } from '../src/api-coverage';

describe('checkApiCoverage', () => {
  const report = checkApiCoverage();

  it('checks every package of the reference map', () => {
    expect(report.packages.map((p) => p.packageName)).toContain('@cdk-stepfunctions/tasks-core');
    expect(report.packages.length).toBeGreaterThan(1);
  });

  it.each(report.packages.map((p) => [p.packageName, p] as const))('%s covers every reference symbol', (_, pkg) => {
    expect(formatCoverage({ packages: [pkg], complete: pkg.complete === pkg.total })).toBe(
      `${pkg.packageName}: symbols complete ${pkg.total}/${pkg.total}${pkg.skipped.length ? `\n  skipped as deprecated: ${pkg.skipped.join(', ')}` : ''}`,
    );
    expect(pkg.complete).toBe(pkg.total);
  });
});

describe('compareFiles', () => {
  const dir = join(__dirname, 'fixtures', 'api-coverage');
  const result = compareFiles([join(dir, 'reference.d.ts')], join(dir, 'ours.ts'));
  const problems = Object.fromEntries(result.symbols.map((s) => [s.name, s.problems]));

  it('counts exported, non-deprecated classes, interfaces and enums', () => {
    expect(Object.keys(problems).sort()).toEqual(['Absent', 'Mode', 'Same', 'Widget', 'WidgetProps']);
    expect(result.skipped).toEqual(expect.arrayContaining(['OldWidget', 'WidgetProps.legacy']));
    expect([result.complete, result.total]).toEqual([1, 5]);
  });

  it('reports missing symbols and members, optionality, readonly, types and enum values', () => {
    expect(problems.Same).toEqual([]);
    expect(problems.Absent).toEqual(['missing']);
    expect([...problems.WidgetProps].sort()).toEqual([
      'color: missing (property, optional: string | undefined)',
      'size: optional is true in the reference, false here',
      'size: type is number | undefined in the reference, number here',
    ]);
    expect([...problems.Widget].sort()).toEqual([
      'render: type is () => string in the reference, () => number here',
      'weight: readonly is true in the reference, false here',
    ]);
    expect(problems.Mode).toEqual(['SLOW: type is "slow" in the reference, "slower" here']);
  });
});

describe('compareFiles with namespaces merged into classes', () => {
  const dir = join(__dirname, 'fixtures', 'api-coverage');
  const result = compareFiles([join(dir, 'namespace-reference.d.ts')], join(dir, 'namespace-ours.ts'));
  const problems = Object.fromEntries(result.symbols.map((s) => [s.name, s.problems]));

  it('compares the types nested in the namespace as Outer.Inner', () => {
    expect(Object.keys(problems).sort()).toEqual(['Cluster', 'Cluster.ConfigProperty', 'Cluster.MissingProperty', 'Cluster.Mode']);
    expect(problems['Cluster.Mode']).toEqual([]);
    expect(problems['Cluster.MissingProperty']).toEqual(['missing']);
    expect(problems['Cluster.ConfigProperty']).toEqual(['label: optional is true in the reference, false here', 'label: type is string | undefined in the reference, string here']);
  });
});
