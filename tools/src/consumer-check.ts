import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSource, DEFINITION_MARKER, SMOKE_APPS } from './smoke-apps';
import { cleanEnv, ensureBuilt, getPackage, listPackages, packPackage, run, TOOLS_DIR, withDependencies, type WorkspacePackage } from './workspace';

/** What a consumer outside the workspace sees of one package. */
export interface ConsumerResult {
  readonly packageName: string;
  /** The workspace packages installed from their tarballs (the package and its workspace dependencies). */
  readonly installed: readonly string[];
  /** Export names of each installed workspace package, through `require()` and through `import()`. */
  readonly exports: Readonly<Record<string, { readonly cjs: readonly string[]; readonly esm: readonly string[] }>>;
  /** State machine definitions (JSON text) printed by the package's smoke app, CommonJS then ESM. */
  readonly definitions: readonly string[];
  /** What is wrong; empty when the package works for CommonJS and ESM consumers. */
  readonly problems: readonly string[];
}

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund'];
const EXPORTS_MARKER = 'EXPORTS ';

const EXPORTS_CJS = `for (const name of process.argv.slice(2)) {
  console.log(${JSON.stringify(EXPORTS_MARKER)} + JSON.stringify([name, Object.keys(require(name))]));
}
`;
const EXPORTS_ESM = `for (const name of process.argv.slice(2)) {
  console.log(${JSON.stringify(EXPORTS_MARKER)} + JSON.stringify([name, Object.keys(await import(name))]));
}
`;

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, undefined, 2)}\n`);
}

/** The aws-cdk-lib and constructs versions the workspace pins (tools/package.json). */
function peerVersions(): Record<string, string> {
  const { dependencies } = require(join(TOOLS_DIR, 'package.json')) as { dependencies: Record<string, string> };
  return { 'aws-cdk-lib': dependencies['aws-cdk-lib'], constructs: dependencies.constructs };
}

function markedLines(output: string, marker: string): string[] {
  return output.split('\n').filter((l) => l.startsWith(marker)).map((l) => l.slice(marker.length));
}

/** The exports every package in `names` shows through `require()` and through `import()`, each read in one process. */
function readExports(dir: string, names: readonly string[]): Record<string, { cjs: string[]; esm: string[] }> {
  writeFileSync(join(dir, 'exports.cjs'), EXPORTS_CJS);
  writeFileSync(join(dir, 'exports.mjs'), EXPORTS_ESM);
  const exports: Record<string, { cjs: string[]; esm: string[] }> = {};
  for (const format of ['cjs', 'esm'] as const) {
    const output = node(dir, `exports.${format === 'cjs' ? 'cjs' : 'mjs'}`, [...names]);
    for (const line of markedLines(output, EXPORTS_MARKER)) {
      const [name, keys] = JSON.parse(line) as [string, string[]];
      exports[name] ??= { cjs: [], esm: [] };
      exports[name][format] = keys.filter((k) => k !== 'default' && k !== '__esModule').sort();
    }
  }
  return exports;
}

function node(dir: string, file: string, args: string[] = []): string {
  return run(process.execPath, [file, ...args], { cwd: dir, env: cleanEnv({ CDK_VALIDATION: 'false' }) });
}

/** What the consumer sees of `pkg` in the shared install: its exports, its smoke app's definitions, the problems. */
function checkOne(pkg: WorkspacePackage, dir: string, exports: Record<string, { cjs: string[]; esm: string[] }>): ConsumerResult {
  const names = withDependencies(pkg).map((p) => p.name);
  const problems: string[] = [];
  for (const name of names) {
    const seen = exports[name];
    if (!seen) problems.push(`${name}: neither require() nor import() printed its exports`);
    else if (seen.cjs.join() !== seen.esm.join()) {
      problems.push(`${name}: import() sees [${seen.esm.join(', ')}], require() sees [${seen.cjs.join(', ')}]`);
    }
  }

  const definitions: string[] = [];
  const app = SMOKE_APPS[pkg.name];
  if (app) {
    for (const missing of app.imports.filter((i) => !exports[pkg.name]?.cjs.includes(i))) problems.push(`${pkg.name}: no export ${missing}`);
    const slug = pkg.name.replace(/^@/, '').replace(/\//g, '+');
    for (const [file, format] of [[`${slug}.app.cjs`, 'cjs'], [`${slug}.app.mjs`, 'esm']] as const) {
      writeFileSync(join(dir, file), appSource({ format, module: pkg.name, app, synth: true }));
      const printed = markedLines(node(dir, file), DEFINITION_MARKER);
      if (printed.length !== 1) problems.push(`${file} printed ${printed.length} definitions`);
      for (const definition of printed) {
        definitions.push(definition);
        for (const text of app.expect.filter((t) => !definition.includes(t))) problems.push(`${file}: the definition lacks ${JSON.stringify(text)}: ${definition}`);
      }
    }
  }
  return { packageName: pkg.name, installed: names, exports, definitions, problems };
}

/**
 * Packs each package and its workspace dependencies with pnpm and installs those tarballs, aws-cdk-lib and constructs
 * with npm, in one scratch folder outside the workspace (one install for all: a package that needed another service
 * package would not notice, but the bundle check proves none imports one); then loads every installed package with
 * `require()` and `import()` and, where the package has a smoke app, synthesizes it from a CommonJS and an ES module
 * script.
 *
 * @param names - packages to check; every package of `tools/reference-map.json` by default
 */
export function runConsumerChecks(names?: readonly string[]): ConsumerResult[] {
  const packages = names?.length ? names.map(getPackage) : listPackages();
  const scratch = mkdtempSync(join(tmpdir(), 'cdk-sfn-consumer-'));
  try {
    const dir = join(scratch, 'consumer');
    const tarballDir = join(scratch, 'tarballs');
    mkdirSync(dir);
    mkdirSync(tarballDir);
    const tarballs = new Map<string, string>();
    const failed = new Map<string, string>();
    for (const pkg of packages) {
      try {
        for (const p of withDependencies(pkg)) {
          if (tarballs.has(p.name)) continue;
          ensureBuilt(p);
          tarballs.set(p.name, packPackage(p, tarballDir));
        }
      } catch (error) {
        // One package that does not build or pack fails its own check, not the others'.
        failed.set(pkg.name, error instanceof Error ? error.message : String(error));
      }
    }
    const dependencies = { ...peerVersions(), ...Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`])) };
    writeJson(join(dir, 'package.json'), { name: 'consumer-check', version: '0.0.0', private: true, dependencies });
    run('npm', ['install', ...NPM_FLAGS], { cwd: dir, env: cleanEnv() });
    const exports = readExports(dir, [...tarballs.keys()]);
    return packages.map((pkg) => {
      const problem = failed.get(pkg.name);
      if (problem) return { packageName: pkg.name, installed: [], exports: {}, definitions: [], problems: [problem] };
      try {
        return checkOne(pkg, dir, exports);
      } catch (error) {
        return { packageName: pkg.name, installed: [], exports: {}, definitions: [], problems: [error instanceof Error ? error.message : String(error)] };
      }
    });
  } finally {
    if (!process.env.KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
  }
}

/** {@link runConsumerChecks} for one package (e.g. `@cdk-stepfunctions/tasks-lambda`, with tasks-core). */
export function runConsumerCheck(name: string): ConsumerResult {
  return runConsumerChecks([name])[0];
}
