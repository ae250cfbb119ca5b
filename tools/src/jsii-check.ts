/**
 * Proves every package's public API stays within jsii's rules (so it can later be published to Python, Java,
 * .NET and Go): compiles a scratch copy of each package with jsii, dependencies first, and reports the errors.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { listPackages, type WorkspacePackage } from './workspace';

export interface JsiiResult {
  readonly name: string;
  readonly ok: boolean;
  /** jsii's errors (and warnings other than for free functions, which jsii ignores by design). */
  readonly output: string;
}

interface Manifest {
  name: string;
  version: string;
  description?: string;
  license?: string;
  author?: unknown;
  repository?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function link(target: string, at: string): void {
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(target, at, 'dir');
}

/** Runs jsii over scratch copies of `names` (default: every package), dependencies first. */
export function runJsiiChecks(names?: readonly string[]): JsiiResult[] {
  const all = listPackages();
  const selected = names ? all.filter((p) => names.includes(p.name)) : all;
  const root = mkdtempSync(join(tmpdir(), 'cdk-sfn-jsii-'));
  const built = new Map<string, string>();
  const jsii = require.resolve('jsii/bin/jsii');
  const results: JsiiResult[] = [];
  try {
    const order: WorkspacePackage[] = [];
    const visit = (p: WorkspacePackage): void => {
      if (order.includes(p)) return;
      for (const dep of p.workspaceDeps) visit(all.find((q) => q.name === dep)!);
      order.push(p);
    };
    selected.forEach(visit);
    for (const pkg of order) {
      const dir = join(root, pkg.name.replace('/', '+'));
      mkdirSync(dir, { recursive: true });
      cpSync(join(pkg.dir, 'src'), join(dir, 'src'), { recursive: true });
      cpSync(join(pkg.dir, 'README.md'), join(dir, 'README.md'));
      const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as Manifest;
      writeFileSync(join(dir, 'package.json'), JSON.stringify({
        name: manifest.name,
        version: manifest.version,
        description: manifest.description,
        license: manifest.license,
        author: manifest.author,
        repository: manifest.repository,
        main: 'lib/index.js',
        types: 'lib/index.d.ts',
        dependencies: manifest.dependencies,
        peerDependencies: manifest.peerDependencies,
        jsii: { outdir: 'dist', targets: {}, tsc: { outDir: 'lib', rootDir: 'src' } },
      }, null, 2));
      for (const dep of ['aws-cdk-lib', 'constructs']) {
        link(realpathSync(join(pkg.dir, 'node_modules', dep)), join(dir, 'node_modules', dep));
      }
      // Handlers and asset paths use Node's types, as the package build does.
      link(dirname(require.resolve('@types/node/package.json')), join(dir, 'node_modules', '@types', 'node'));
      for (const dep of pkg.workspaceDeps) {
        const depDir = built.get(dep);
        if (depDir) link(depDir, join(dir, 'node_modules', dep));
      }
      const result = spawnSync(process.execPath, [jsii, '--silence-warnings=reserved-word'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' },
      });
      const output = `${result.stdout}${result.stderr}`
        .split('\n')
        .filter((l) => l.trim() !== '' && !/Ignoring (non-exported )?free function|JSII9998/i.test(l))
        .join('\n');
      built.set(pkg.name, dir);
      if (selected.includes(pkg)) results.push({ name: pkg.name, ok: result.status === 0, output });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}

if (require.main === module) {
  const results = runJsiiChecks(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  for (const r of results) console.log(`${r.name}: jsii ${r.ok ? 'ok' : 'FAILED'}${r.output ? `\n${r.output}` : ''}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
