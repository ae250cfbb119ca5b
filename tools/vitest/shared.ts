import { join } from 'node:path';
import type { TestProjectInlineConfiguration } from 'vitest/config' with { 'resolution-mode': 'import' };

/** The setup file that gives each test file its own temp folder, removed when it ends (every project uses it). */
export const tempDirSetupFile = join(__dirname, 'temp-dir.ts');

/** Test options every workspace project shares. */
export const sharedTestOptions = {
  include: ['test/**/*.test.ts'],
  // Every state machine a test synthesizes passes validateDefinition (tools/src/definitions.ts).
  setupFiles: [tempDirSetupFile, join(__dirname, 'setup.ts')],
  // aws-cdk-lib's synth-time template validator costs seconds and hundreds of MB per process; tests that
  // compare rendered output turn it off here, and a few tests turn it back on to prove templates are valid.
  env: { CDK_VALIDATION: 'false' },
  // Loading aws-cdk-lib once per worker instead of once per file.
  isolate: false,
  pool: 'forks',
  testTimeout: 60_000,
  hookTimeout: 60_000,
} satisfies NonNullable<TestProjectInlineConfiguration['test']>;
