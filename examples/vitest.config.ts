import { defineProject } from 'vitest/config';
import { sharedTestOptions } from '../tools/vitest/shared';

export default defineProject({ test: { ...sharedTestOptions, name: 'examples' } });