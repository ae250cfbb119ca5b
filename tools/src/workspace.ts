import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
/** The `tools/` workspace package. */
export const TOOLS_DIR = resolve(__dirname, '..');
/** The command that runs the workspace's pinned pnpm (a fresh machine has Node and npm only). */
export const PNPM = ['npx', '-y', 'pnpm@12.4.2'] as const;

/** A published package of the workspace, as listed in `tools/reference-map.json`. */
export interface WorkspacePackage {
  /** Package name, e.g. `@cdk-stepfunctions/tasks-lambda`. */
  readonly name: string;
  /** Absolute path of its folder. */
  readonly dir: string;
  /** Reference declaration files, relative to `aws-cdk-lib/aws-stepfunctions-tasks/lib/`. */
  readonly reference: readonly string[];
  /** Names of the workspace packages it depends on (e.g. tasks-core). */
  readonly workspaceDeps: readonly string[];
}

interface PackageJson {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Every package of `tools/reference-map.json` (the `"//"` key excluded), in map order. */
export function listPackages(): WorkspacePackage[] {
  const map = readJson<Record<string, string[] | string>>(join(TOOLS_DIR, 'reference-map.json'));
  const dirs = new Map<string, string>();
  const packagesDir = join(REPO_ROOT, 'packages');
  for (const entry of readdirSync(packagesDir)) {
    const file = join(packagesDir, entry, 'package.json');
    if (existsSync(file)) dirs.set(readJson<PackageJson>(file).name, join(packagesDir, entry));
  }
  const names = Object.keys(map).filter((k) => k !== '//');
  return names.map((name) => {
    const dir = dirs.get(name);
    if (!dir) throw new Error(`reference-map.json lists ${name}, but no packages/*/package.json has that name`);
    const reference = map[name];
    const deps = Object.keys(readJson<PackageJson>(join(dir, 'package.json')).dependencies ?? {});
    return {
      name,
      dir,
      reference: Array.isArray(reference) ? reference : [],
      workspaceDeps: deps.filter((d) => names.includes(d)),
    };
  });
}

/** The package called `name`. */
export function getPackage(name: string): WorkspacePackage {
  const pkg = listPackages().find((p) => p.name === name);
  if (!pkg) throw new Error(`unknown package ${name}: not in tools/reference-map.json`);
  return pkg;
}

/** `pkg` and its workspace dependencies, dependencies first. */
export function withDependencies(pkg: WorkspacePackage): WorkspacePackage[] {
  const all = listPackages();
  const out: WorkspacePackage[] = [];
  const visit = (p: WorkspacePackage): void => {
    if (out.includes(p)) return;
    for (const dep of p.workspaceDeps) visit(all.find((q) => q.name === dep)!);
    out.push(p);
  };
  visit(all.find((p) => p.name === pkg.name) ?? pkg);
  return out;
}

/** The folder of aws-cdk-lib's `aws-stepfunctions-tasks/lib`, resolved from the tools package. */
export function referenceLibDir(): string {
  return join(dirname(require.resolve('aws-cdk-lib/package.json')), 'aws-stepfunctions-tasks', 'lib');
}

/** Runs a command; throws with its output when it fails. */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${String(result.stdout ?? '')}${String(result.stderr ?? '')}`;
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status} in ${String(options.cwd ?? process.cwd())}:\n${output}`);
  }
  return String(result.stdout ?? '');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `lib/index.js` is missing, or `lib/` older than a file of `src/` or the build tsconfig. */
export function needsBuild(pkg: WorkspacePackage): boolean {
  if (!existsSync(join(pkg.dir, 'lib', 'index.js'))) return true;
  const inputs = Math.max(newestMtime(join(pkg.dir, 'src')), statSync(join(pkg.dir, 'tsconfig.build.json')).mtimeMs);
  return inputs > newestMtime(join(pkg.dir, 'lib'));
}

/**
 * Builds `pkg` and its workspace dependencies with each package's own `build` script (jsii for the task packages,
 * tsc for the tooling ones) where `lib/` is missing or stale.
 */
export function ensureBuilt(pkg: WorkspacePackage): void {
  const bin = join(REPO_ROOT, 'node_modules', '.bin');
  for (const p of withDependencies(pkg)) {
    if (!needsBuild(p)) continue;
    const { scripts } = readJson<{ scripts?: Record<string, string> }>(join(p.dir, 'package.json'));
    if (!scripts?.build) throw new Error(`${p.name} has no build script`);
    run('sh', ['-c', scripts.build], { cwd: p.dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
  }
}

/** Packs `pkg` with pnpm into `destination` and returns the tarball's absolute path. */
export function packPackage(pkg: WorkspacePackage, destination: string): string {
  const before = new Set(readdirSync(destination));
  run(PNPM[0], [...PNPM.slice(1), 'pack', '--pack-destination', destination], { cwd: pkg.dir, env: cleanEnv() });
  const created = readdirSync(destination).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (created.length !== 1) throw new Error(`pnpm pack of ${pkg.name} produced ${created.length} tarballs in ${destination}`);
  return join(destination, created[0]);
}

/** Environment for child package-manager processes: the parent's npm/pnpm settings removed. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}
