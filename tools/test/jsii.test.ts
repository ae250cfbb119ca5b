import { describe, expect, it } from 'vitest';
import { runJsiiChecks } from '../src/jsii-check';
import { listPackages } from '../src/workspace';

describe('jsii compatibility', () => {
  const results = runJsiiChecks();

  it.each(listPackages().map((p) => [p.name]))('%s compiles with jsii', (name) => {
    const result = results.find((r) => r.name === name);
    expect(result, `${name} was not checked`).toBeDefined();
    expect(result!.ok, result!.output).toBe(true);
  });
});
