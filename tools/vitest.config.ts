import type { UserWorkspaceConfig } from 'vitest/config' with { 'resolution-mode': 'import' };
import { sharedTestOptions } from './vitest/shared';

/**
 * The tools project. `vitest/config` is ESM-only and tools/ is type-checked as CommonJS, so the config is a typed
 * object rather than a `defineProject()` call.
 */
const config: UserWorkspaceConfig = {
  test: {
    ...sharedTestOptions,
    name: 'tools',
    // Builds the packages' lib/ (where missing or stale) once, before the consumer, bundle and packaging checks.
    globalSetup: ['./src/build-packages.ts'],
  },
};

export default config;
