// Every test project of the workspace, read by tools/vitest/root.config.ts.
export const projects = [
  'packages/tasks-core',
  'packages/tasks-lambda',
  'tools',
];