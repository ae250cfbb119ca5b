export { runCommand, type CommandIo } from './command';
export { findSourceFiles, isSourceFile } from './files';
export { migrate, type FileChange, type ManifestChange, type MigrateOptions, type MigrationResult } from './migrate';
export { addDependencies, nearestPackageJson, type ManifestEdit } from './package-json';
export { detectInstall, type Install, type PackageManager } from './package-manager';
export { formatProblem, type Problem } from './report';
export { loadSymbolMap, type PackageEntry, type SymbolEntry, type SymbolMap, V1_REPLACEMENTS } from './symbol-map';
export { transformSource, TASKS_MODULE, type TransformOptions, type TransformResult } from './transform';
