export * from './monorepo';
export * from './tasks-package';
export * from './private-workspace';
export * from './versions';
export * from './bindings';
