import { defineProject } from 'vitest/config';
import { sharedTestOptions, tempDirSetupFile } from '../../tools/vitest/shared';

export default defineProject({ test: { ...sharedTestOptions, setupFiles: [tempDirSetupFile], name: 'validation' } });