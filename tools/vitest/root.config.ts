import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { projects } from './projects';

const root = resolve(__dirname, '..', '..');

/** All workspace tests in one run (`npm test`), with a JSON report that `.ci/run` counts. */
export default defineConfig({
  test: {
    root,
    projects: projects.map((p) => resolve(root, p)),
    reporters: ['default', ['json', { outputFile: resolve(root, '.vitest/results.json') }]],
  },
});
