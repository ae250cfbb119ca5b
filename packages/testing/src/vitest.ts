/**
 * The types of `@cdk-stepfunctions/testing/vitest` where a CommonJS file imports it (Vitest runs test files as ES
 * modules, which load `vitest.mjs`: that one registers the matchers).
 */
import type {} from 'vitest';
import type { RunMatchers } from './matchers';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends RunMatchers<T> {}
}

export { runMatchers } from './matchers';
export type { RunMatchers };
