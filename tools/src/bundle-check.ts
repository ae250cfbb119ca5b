import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildSync } from 'esbuild';
import { appSource, SMOKE_APPS } from './smoke-apps';
import { ensureBuilt, getPackage, listPackages, REPO_ROOT, referenceLibDir, TOOLS_DIR, withDependencies, type WorkspacePackage } from './workspace';

/** One bundled app. */
export interface BundleResult {
  /** Size of the bundle in bytes (not minified). */
  readonly bytes: number;
  /**
   * What it bundles, by module: `aws-cdk-lib/<folder>` for aws-cdk-lib (`aws-cdk-lib/core`, `aws-cdk-lib/aws-iam`),
   * `packages/<folder>` for workspace packages, the package name for any other npm package.
   */
  readonly modules: readonly string[];
}

/** The LambdaInvoke bundle sizes: a Pass-only app, ours, and aws-cdk-lib's aws-stepfunctions-tasks. */
export interface LambdaBundleSizes {
  readonly baselineBytes: number;
  readonly oursBytes: number;
  readonly referenceBytes: number;
}

/** The bundle of one package's app compared with the baseline. */
export interface PackageBundleCheck {
  readonly packageName: string;
  readonly bytes: number;
  readonly baselineBytes: number;
  /** Modules bundled beyond the baseline's, other than the package and its workspace dependencies. */
  readonly extraModules: readonly string[];
  /** Which of those are allowed: bundled by the reference's own files for the same tasks, or listed in {@link ALLOWED_EXTRA_MODULES}. */
  readonly allowedModules: readonly string[];
  /** What is wrong; empty when the package adds nothing unexpected to a bundle. */
  readonly problems: readonly string[];
}

/** Modules a package may add to a bundle beyond the baseline and what its reference files bundle, by package name. */
export const ALLOWED_EXTRA_MODULES: Readonly<Record<string, readonly string[]>> = {};

const LAMBDA = '@cdk-stepfunctions/tasks-lambda';
const REFERENCE_MODULE = 'aws-cdk-lib/aws-stepfunctions-tasks';

/** Maps a bundled file to its module (see {@link BundleResult.modules}); undefined for the app itself. */
function moduleOf(file: string): string | undefined {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3).join('/') : parts[at + 1];
    return name === 'aws-cdk-lib' ? `aws-cdk-lib/${parts[at + 2]}` : name;
  }
  const inRepo = relative(REPO_ROOT, file).split(sep);
  return inRepo[0] === 'packages' ? `packages/${inRepo[1]}` : undefined;
}

/** Workspace package names mapped to their built entry points (`main`), as a consumer's install would resolve them. */
function workspaceAliases(packages: readonly WorkspacePackage[]): Record<string, string> {
  return Object.fromEntries(packages.map((p) => {
    const { main } = JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')) as { main?: string };
    return [p.name, join(p.dir, main ?? 'lib/index.js')];
  }));
}

const cache = new Map<string, BundleResult>();

/**
 * Bundles an app with esbuild (node, CommonJS, not minified, nothing external) from a scratch folder under
 * `tools/.tmp/`, so that it resolves the workspace's node_modules. Synchronous (workspace packages are aliased to
 * their built entry points, not resolved by a plugin); results are cached per process by source.
 */
export function bundleApp(source: string): BundleResult {
  const cached = cache.get(source);
  if (cached) return cached;
  mkdirSync(join(TOOLS_DIR, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(TOOLS_DIR, '.tmp', 'bundle-'));
  try {
    writeFileSync(join(dir, 'app.mjs'), source);
    const out = buildSync({
      entryPoints: [join(dir, 'app.mjs')],
      absWorkingDir: dir,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      minify: false,
      metafile: true,
      write: false,
      outfile: join(dir, 'out.js'),
      logLevel: 'silent',
      alias: workspaceAliases(listPackages()),
    });
    const modules = new Set(Object.keys(out.metafile.inputs).map((f) => moduleOf(resolve(dir, f))).filter((m) => m !== undefined));
    const result = { bytes: out.outputFiles[0].contents.byteLength, modules: [...modules].sort() };
    cache.set(source, result);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Pass-only app every other bundle is compared with. */
export function bundleBaseline(): BundleResult {
  return bundleApp(appSource({ format: 'esm' }));
}

/** The baseline app plus the reference's own files for the tasks of `pkg` (`lambda/invoke.js`, …). */
function bundleReferenceFiles(pkg: WorkspacePackage): BundleResult {
  const imports = pkg.reference.map((f) => `import ${JSON.stringify(join(referenceLibDir(), f.replace(/\.d\.ts$/, '.js')))};\n`);
  return bundleApp(imports.join('') + appSource({ format: 'esm' }));
}

/** Bundle sizes of the LambdaInvoke app: baseline (a Pass), ours, and with aws-cdk-lib's aws-stepfunctions-tasks. */
export function measureLambdaBundles(): LambdaBundleSizes {
  ensureBuilt(getPackage(LAMBDA));
  const app = SMOKE_APPS[LAMBDA];
  const baseline = bundleBaseline();
  const ours = bundleApp(appSource({ format: 'esm', module: LAMBDA, app }));
  const reference = bundleApp(appSource({ format: 'esm', module: REFERENCE_MODULE, app }));
  return { baselineBytes: baseline.bytes, oursBytes: ours.bytes, referenceBytes: reference.bytes };
}

/**
 * Bundles, for each package, the baseline app plus the package (its smoke app, or an import of its entry point),
 * and compares the bundled modules with the baseline's: no other workspace package than its own dependencies, and no
 * module the baseline lacks unless the reference's files for the same tasks bundle it too.
 *
 * @param names - packages to check; every package of `tools/reference-map.json` by default
 */
export function checkPackageBundles(names?: readonly string[]): PackageBundleCheck[] {
  const packages = names?.length ? names.map(getPackage) : listPackages();
  const baseline = bundleBaseline();
  const inBaseline = new Set(baseline.modules);
  const results: PackageBundleCheck[] = [];
  for (const pkg of packages) {
    ensureBuilt(pkg);
    const own = new Set(withDependencies(pkg).map((p) => `packages/${relative(join(REPO_ROOT, 'packages'), p.dir)}`));
    const ours = bundleApp(appSource({ format: 'esm', module: pkg.name, app: SMOKE_APPS[pkg.name] }));
    const extraModules = ours.modules.filter((m) => !inBaseline.has(m) && !own.has(m));
    const allowed = new Set(ALLOWED_EXTRA_MODULES[pkg.name] ?? []);
    if (extraModules.some((m) => !m.startsWith('packages/') && !allowed.has(m))) {
      for (const m of (bundleReferenceFiles(pkg)).modules) if (m !== REFERENCE_MODULE) allowed.add(m);
    }
    const problems: string[] = [];
    const foreign = extraModules.filter((m) => m.startsWith('packages/'));
    if (foreign.length) problems.push(`bundles other workspace packages: ${foreign.join(', ')}`);
    const unexpected = extraModules.filter((m) => !m.startsWith('packages/') && !allowed.has(m));
    if (unexpected.length) problems.push(`bundles modules the baseline does not: ${unexpected.join(', ')}`);
    results.push({
      packageName: pkg.name,
      bytes: ours.bytes,
      baselineBytes: baseline.bytes,
      extraModules,
      allowedModules: extraModules.filter((m) => allowed.has(m)),
      problems,
    });
  }
  return results;
}
