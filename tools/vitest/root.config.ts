import { resolve } from 'node:path';
import type { ViteUserConfig } from 'vitest/config' with { 'resolution-mode': 'import' };
import { projects } from './projects';

const root = resolve(__dirname, '..', '..');

/**
 * All workspace tests in one run (`npm test`), with a JSON report that `.ci/run` counts. A typed object rather than
 * `defineConfig()`: `vitest/config` is ESM-only and tools/ is type-checked as CommonJS.
 */
const config: ViteUserConfig = {
  test: {
    root,
    projects: projects.map((p) => resolve(root, p)),
    reporters: ['default', ['json', { outputFile: resolve(root, '.vitest/results.json') }]],
  },
};

export default config;
