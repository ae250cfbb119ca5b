import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** Copies an installed node_modules by hard links (fast; aws-cdk-lib is ~180 MB), or by copy where `cp -al` fails. */
function copyNodeModules(from: string, to: string): void {
  const linked = spawnSync('cp', ['-al', join(from, 'node_modules'), join(to, 'node_modules')]);
  if (linked.status !== 0) cpSync(join(from, 'node_modules'), join(to, 'node_modules'), { recursive: true });
  // npm rewrites these in place: give the copy its own.
  for (const lock of ['package-lock.json', join('node_modules', '.package-lock.json')]) {
    rmSync(join(to, lock), { force: true });
    if (existsSync(join(from, lock))) copyFileSync(join(from, lock), join(to, lock));
  }
}

function markedLines(output: string, marker: string): string[] {
  return output.split('\n').filter((l) => l.startsWith(marker)).map((l) => l.slice(marker.length));
}

function checkOne(pkg: WorkspacePackage, scratch: string, base: string, tarballs: Map<string, string>): ConsumerResult {
  const dir = join(scratch, pkg.name.replace(/^@/, '').replace(/\//g, '+'));
  mkdirSync(dir);
  const installed = withDependencies(pkg);
  const dependencies = { ...peerVersions(), ...Object.fromEntries(installed.map((p) => [p.name, `file:${tarballs.get(p.name)!}`])) };
  writeJson(join(dir, 'package.json'), { name: 'consumer-check', version: '0.0.0', private: true, dependencies });
  copyNodeModules(base, dir);
  run('npm', ['install', ...NPM_FLAGS], { cwd: dir, env: cleanEnv() });

  const node = (file: string, args: string[] = []): string =>
    run(process.execPath, [file, ...args], { cwd: dir, env: cleanEnv({ CDK_VALIDATION: 'false' }) });
  writeFileSync(join(dir, 'exports.cjs'), EXPORTS_CJS);
  writeFileSync(join(dir, 'exports.mjs'), EXPORTS_ESM);
  const names = installed.map((p) => p.name);
  const exports: Record<string, { cjs: string[]; esm: string[] }> = {};
  const problems: string[] = [];
  for (const format of ['cjs', 'esm'] as const) {
    for (const line of markedLines(node(`exports.${format === 'cjs' ? 'cjs' : 'mjs'}`, names), EXPORTS_MARKER)) {
      const [name, keys] = JSON.parse(line) as [string, string[]];
      exports[name] ??= { cjs: [], esm: [] };
      exports[name][format] = keys.filter((k) => k !== 'default' && k !== '__esModule').sort();
    }
  }
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
    for (const [file, format] of [['app.cjs', 'cjs'], ['app.mjs', 'esm']] as const) {
      writeFileSync(join(dir, file), appSource({ format, module: pkg.name, app, synth: true }));
      const printed = markedLines(node(file), DEFINITION_MARKER);
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
 * Packs each package and its workspace dependencies with pnpm and installs only those tarballs, aws-cdk-lib and
 * constructs with npm in a scratch folder outside the workspace (one per package, hard-linking a shared install of
 * aws-cdk-lib); then loads every installed package with `require()` and `import()` and, where the package has a
 * smoke app, synthesizes it from a CommonJS and an ES module script.
 *
 * @param names - packages to check; every package of `tools/reference-map.json` by default
 */
export function runConsumerChecks(names?: readonly string[]): ConsumerResult[] {
  const packages = names?.length ? names.map(getPackage) : listPackages();
  const scratch = mkdtempSync(join(tmpdir(), 'cdk-sfn-consumer-'));
  try {
    const base = join(scratch, 'base');
    const tarballDir = join(scratch, 'tarballs');
    mkdirSync(base);
    mkdirSync(tarballDir);
    writeJson(join(base, 'package.json'), { name: 'consumer-base', version: '0.0.0', private: true, dependencies: peerVersions() });
    run('npm', ['install', ...NPM_FLAGS], { cwd: base, env: cleanEnv() });
    const tarballs = new Map<string, string>();
    return packages.map((pkg) => {
      try {
        for (const p of withDependencies(pkg)) {
          if (tarballs.has(p.name)) continue;
          ensureBuilt(p);
          tarballs.set(p.name, packPackage(p, tarballDir));
        }
        return checkOne(pkg, scratch, base, tarballs);
      } catch (error) {
        // One package that does not build, pack or install fails its own check, not the others'.
        const problem = error instanceof Error ? error.message : String(error);
        return { packageName: pkg.name, installed: [], exports: {}, definitions: [], problems: [problem] };
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
