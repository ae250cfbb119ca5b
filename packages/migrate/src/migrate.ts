import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { findSourceFiles } from './files';
import { addDependencies, type ManifestEdit, nearestPackageJson } from './package-json';
import { detectInstall, type Install } from './package-manager';
import { type Problem, sortProblems } from './report';
import { loadSymbolMap, type SymbolMap } from './symbol-map';
import { transformSource } from './transform';

/** What to migrate. */
export interface MigrateOptions {
  /**
   * Files and folders to migrate, relative to `cwd`; folders are searched (skipping node_modules, cdk.out and
   * what .gitignore ignores).
   * @default ['.']
   */
  readonly paths?: readonly string[];
  /** @default process.cwd() */
  readonly cwd?: string;
  /** Changes nothing: the result's `diff` shows what would change. */
  readonly dryRun?: boolean;
  /** @default the map the package was built with */
  readonly map?: SymbolMap;
}

/** A source file the codemod changes. */
export interface FileChange {
  /** Relative to `cwd`, with `/`. */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** How many references it rewrote. */
  readonly rewritten: number;
  /** The packages its new imports name. */
  readonly packages: readonly string[];
}

/** A package.json the codemod adds dependencies to. */
export interface ManifestChange {
  /** Relative to `cwd`, with `/`. */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** name → range. */
  readonly added: Record<string, string>;
  /** The install to run afterwards. */
  readonly install: Install;
}

/** What a run did (or, with `dryRun`, would do). */
export interface MigrationResult {
  readonly dryRun: boolean;
  /** How many source files were read. */
  readonly scanned: number;
  readonly files: readonly FileChange[];
  readonly manifests: readonly ManifestChange[];
  /** What was left for the user, by file and line. */
  readonly problems: readonly Problem[];
  /** A unified diff of every change, paths relative to `cwd` (`a/…`, `b/…`). */
  readonly diff: string;
}

function display(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}

/** The line of `"name"` in a JSON text (1-based), for problems about a dependency. */
function lineOf(text: string, name: string): number {
  const at = text.indexOf(`"${name}"`);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

function patch(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

/**
 * Migrates the files under `paths` from `aws-cdk-lib/aws-stepfunctions-tasks` to the @cdk-stepfunctions packages and
 * adds those to the nearest package.json of each changed file. Throws when a path does not exist.
 */
export function migrate(options: MigrateOptions = {}): MigrationResult {
  const cwd = options.cwd ?? process.cwd();
  const map = options.map ?? loadSymbolMap();
  const dryRun = options.dryRun ?? false;
  const sources = findSourceFiles(options.paths?.length ? options.paths : ['.'], cwd);
  const problems: Problem[] = [];
  const files: FileChange[] = [];
  /** package.json path → the packages its files need, and the first such file. */
  const needs = new Map<string | undefined, { packages: Set<string>; first: string }>();

  for (const path of sources) {
    const file = display(cwd, path);
    const before = readFileSync(path, 'utf8');
    const result = transformSource(before, { file, map });
    problems.push(...result.problems);
    if (result.output === before) continue;
    files.push({ file, before, after: result.output, rewritten: result.rewritten, packages: result.packages });
    const manifest = nearestPackageJson(dirname(path));
    const need = needs.get(manifest) ?? { packages: new Set<string>(), first: file };
    result.packages.forEach((p) => need.packages.add(p));
    needs.set(manifest, need);
  }

  const manifests: ManifestChange[] = [];
  for (const [path, need] of needs) {
    const wanted = Object.fromEntries([...need.packages].sort().map((name) => [name, `^${map.packages[name]?.version ?? '0.0.0'}`]));
    if (!path) {
      const list = Object.entries(wanted).map(([n, r]) => `${n}@${r}`).join(' ');
      problems.push({ file: need.first, line: 1, column: 1, message: `no package.json above this file: add ${list} to your project's dependencies` });
      continue;
    }
    const peers = Object.assign({}, ...[...need.packages].map((name) => map.packages[name]?.peerDependencies ?? {})) as Record<string, string>;
    const before = readFileSync(path, 'utf8');
    const file = display(cwd, path);
    let edit: ManifestEdit;
    try {
      edit = addDependencies(before, wanted, peers);
    } catch (e) {
      const list = Object.entries(wanted).map(([n, r]) => `${n}@${r}`).join(' ');
      problems.push({ file, line: 1, column: 1, message: `cannot update this package.json (${e instanceof Error ? e.message : String(e)}): add ${list} yourself` });
      continue;
    }
    for (const [name, [have, needed]] of Object.entries(edit.outdated)) {
      problems.push({ file, line: lineOf(before, name), column: 1, message: `${name} ${have} allows versions older than the @cdk-stepfunctions packages need (${needed}): raise it to ${needed}` });
    }
    if (edit.text !== before) manifests.push({ file, before, after: edit.text, added: edit.added, install: detectInstall(dirname(path)) });
  }

  if (!dryRun) {
    for (const change of [...files, ...manifests]) writeFileSync(resolve(cwd, change.file), change.after);
  }
  const diff = [...files, ...manifests].map((c) => patch(c.file, c.before, c.after)).join('');
  return { dryRun, scanned: sources.length, files, manifests, problems: sortProblems(problems), diff };
}
