/**
 * Registers the run matchers with Vitest's `expect`: `import '@cdk-stepfunctions/testing/vitest'` in a test file
 * or a setup file.
 */
import { expect } from 'vitest';
import { runMatchers, type RunMatchers } from './matchers.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends RunMatchers<T> {}
}

expect.extend(runMatchers);

export { runMatchers };
export type { RunMatchers };
