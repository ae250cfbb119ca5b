import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../src/command';
import { capture, FIXTURES, listFiles, MAP, project, range, read } from './helpers';

const LAMBDA = '@cdk-stepfunctions/tasks-lambda';
const CORE = '@cdk-stepfunctions/tasks-core';
const MANIFEST = `${JSON.stringify({ name: 'app', dependencies: { 'aws-cdk-lib': '^2.200.0', constructs: '^10.0.0' } }, undefined, 2)}\n`;
const STACK = `import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\n\nexport type Props = tasks.LambdaInvokeProps;\n`;
const MIGRATED = `import type { LambdaInvokeProps } from '${LAMBDA}';\n\nexport type Props = LambdaInvokeProps;\n`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
});

function scratch(files: Record<string, string>): string {
  const { dir, cleanup } = project(files);
  cleanups.push(cleanup);
  return dir;
}

/** The files of a folder with their text. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, read(join(dir, f))]));
}

describe('cdk-stepfunctions-migrate', () => {
  it('rewrites the files, adds the packages to package.json and says how to install them', () => {
    const dir = scratch({ 'package.json': MANIFEST, 'lib/stack.ts': STACK, 'package-lock.json': '{}' });
    const io = capture(dir);
    expect(runCommand([], io)).toBe(0);
    expect(read(join(dir, 'lib/stack.ts'))).toBe(MIGRATED);
    expect(JSON.parse(read(join(dir, 'package.json'))).dependencies).toEqual({
      [CORE]: range(CORE),
      [LAMBDA]: range(LAMBDA),
      'aws-cdk-lib': '^2.200.0',
      constructs: '^10.0.0',
    });
    expect(io.out()).toBe([
      'Migrated 1 file (1 reference) to the @cdk-stepfunctions packages.',
      `Added to package.json: ${CORE}@${range(CORE)}, ${LAMBDA}@${range(LAMBDA)}`,
      'Now install them: npm install',
      '',
    ].join('\n'));
    expect(io.err()).toBe('');
  });

  it('with --dry-run prints a unified diff of the same changes and changes nothing', () => {
    const files = { 'package.json': MANIFEST, 'lib/stack.ts': STACK, 'lib/other.js': 'module.exports = 1;\n', 'pnpm-lock.yaml': '' };
    const dir = scratch(files);
    const io = capture(dir);
    expect(runCommand(['--dry-run'], io)).toBe(0);
    expect(snapshot(dir)).toEqual(files);
    const patches = parsePatch(io.out());
    expect(patches.map((p) => [p.oldFileName, p.newFileName])).toEqual([['a/lib/stack.ts', 'b/lib/stack.ts'], ['a/package.json', 'b/package.json']]);
    expect(io.out()).toContain(`-import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';\n+import type { LambdaInvokeProps } from '${LAMBDA}';\n`);
    expect(io.err()).toContain('nothing was changed (--dry-run)');
    expect(io.err()).toContain('Then install them: pnpm install');

    // The diff is what a real run does.
    const real = scratch(files);
    expect(runCommand([], capture(real))).toBe(0);
    for (const patch of patches) {
      const file = patch.oldFileName!.slice(2);
      expect(applyPatch(files[file as keyof typeof files], patch)).toBe(read(join(real, file)));
    }
  });

  it('changes nothing the second time', () => {
    const dir = scratch({ 'package.json': MANIFEST, 'lib/stack.ts': STACK });
    expect(runCommand([], capture(dir))).toBe(0);
    const after = snapshot(dir);
    const again = capture(dir);
    expect(runCommand([], again)).toBe(0);
    expect(snapshot(dir)).toEqual(after);
    expect(again.out()).toBe('Nothing to migrate in 1 file.\n');
  });

  it.each([
    ['pnpm-lock.yaml', 'pnpm install'],
    ['yarn.lock', 'yarn install'],
    ['package-lock.json', 'npm install'],
    ['npm-shrinkwrap.json', 'npm install'],
    ['bun.lock', 'bun install'],
  ])('with %s says `%s`', (lockfile, command) => {
    const dir = scratch({ 'package.json': MANIFEST, 'lib/stack.ts': STACK, [lockfile]: '' });
    const io = capture(dir);
    runCommand([], io);
    expect(io.out()).toContain(`Now install them: ${command}\n`);
  });

  it('takes the package manager from the packageManager field without a lockfile, and npm without either', () => {
    const yarn = scratch({ 'package.json': JSON.stringify({ name: 'a', packageManager: 'yarn@4.5.0' }), 'stack.ts': STACK });
    const io = capture(yarn);
    runCommand([], io);
    expect(io.out()).toContain('Now install them: yarn install\n');
    const none = scratch({ 'package.json': '{}', 'stack.ts': STACK });
    const io2 = capture(none);
    runCommand([], io2);
    expect(io2.out()).toContain('Now install them: npm install\n');
  });

  it('updates the nearest package.json of each file, and installs at the workspace root', () => {
    const dir = scratch({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'pnpm-lock.yaml': '',
      'apps/a/package.json': MANIFEST,
      'apps/a/lib/stack.ts': STACK,
      'apps/b/package.json': MANIFEST,
      'apps/b/src/deep/queue.js': "const { SqsSendMessage } = require('aws-cdk-lib/aws-stepfunctions-tasks');\nmodule.exports = SqsSendMessage;\n",
    });
    const io = capture(dir);
    expect(runCommand(['apps'], io)).toBe(0);
    expect(Object.keys(JSON.parse(read(join(dir, 'apps/a/package.json'))).dependencies)).toEqual([CORE, LAMBDA, 'aws-cdk-lib', 'constructs']);
    expect(Object.keys(JSON.parse(read(join(dir, 'apps/b/package.json'))).dependencies)).toEqual([CORE, '@cdk-stepfunctions/tasks-sqs', 'aws-cdk-lib', 'constructs']);
    expect(read(join(dir, 'package.json'))).toBe(JSON.stringify({ name: 'root', private: true }));
    expect(io.out()).toContain('Added to apps/a/package.json: ');
    expect(io.out()).toContain('Added to apps/b/package.json: ');
    expect(io.out().match(/Now install them: pnpm install\n/g)).toHaveLength(1);
  });

  it('keeps packages already listed, in any section', () => {
    const manifest = JSON.stringify({ dependencies: { 'aws-cdk-lib': '2.200.0' }, devDependencies: { [LAMBDA]: '0.0.1' } });
    const dir = scratch({ 'package.json': manifest, 'stack.ts': STACK });
    const io = capture(dir);
    runCommand([], io);
    expect(JSON.parse(read(join(dir, 'package.json')))).toEqual({
      dependencies: { [CORE]: range(CORE), 'aws-cdk-lib': '2.200.0' },
      devDependencies: { [LAMBDA]: '0.0.1' },
    });
  });

  it('reports what it left with file:line:column on stderr and exits with 1', () => {
    const dir = scratch({
      'package.json': MANIFEST,
      'lib/stack.ts': STACK,
      'lib/legacy.js': "const { RunLambdaTask } = require('aws-cdk-lib/aws-stepfunctions-tasks');\nmodule.exports = RunLambdaTask;\n",
      'lib/lazy.ts': "export const load = () => import('aws-cdk-lib/aws-stepfunctions-tasks');\n",
    });
    const io = capture(dir);
    expect(runCommand([], io)).toBe(1);
    expect(read(join(dir, 'lib/stack.ts'))).toBe(MIGRATED);
    expect(read(join(dir, 'lib/legacy.js'))).toContain('RunLambdaTask } = require(\'aws-cdk-lib/aws-stepfunctions-tasks\')');
    expect(io.err()).toBe([
      '',
      'Left for you (2):',
      `  lib/lazy.ts:1:27: a dynamic import('aws-cdk-lib/aws-stepfunctions-tasks') is not migrated`,
      `  lib/legacy.js:1:9: RunLambdaTask belongs to the deprecated CDK v1 API, which the @cdk-stepfunctions packages leave out: not migrated; replace it with LambdaInvoke from ${LAMBDA}`,
      '',
    ].join('\n'));
  });

  it('reports an aws-cdk-lib older than the packages need, at its line of package.json', () => {
    const dir = scratch({ 'package.json': MANIFEST.replace('^2.200.0', '2.150.0'), 'stack.ts': STACK });
    const io = capture(dir);
    expect(runCommand([], io)).toBe(1);
    const needed = MAP.packages[CORE].peerDependencies['aws-cdk-lib'];
    expect(io.err()).toContain(`package.json:4:1: aws-cdk-lib 2.150.0 allows versions older than the @cdk-stepfunctions packages need (${needed}): raise it to ${needed}`);
  });

  it('reports a package.json it cannot read, and still migrates the files', () => {
    const dir = scratch({ 'package.json': '{ "name": "app", }', 'stack.ts': STACK });
    const io = capture(dir);
    expect(runCommand([], io)).toBe(1);
    expect(read(join(dir, 'stack.ts'))).toBe(MIGRATED);
    expect(read(join(dir, 'package.json'))).toBe('{ "name": "app", }');
    expect(io.err()).toMatch(new RegExp(`package\\.json:1:1: cannot update this package\\.json \\(.+\\): add ${CORE}@\\S+ ${LAMBDA}@\\S+ yourself`));
  });

  it('reports a migrated file without a package.json above it', () => {
    const dir = scratch({ 'stack.ts': STACK });
    // A scratch folder may sit under a folder with a package.json: name the file's own folder only then.
    const io = capture(dir);
    const code = runCommand([], io);
    if (!existsSync(join(dir, '..', 'package.json'))) {
      expect(code).toBe(1);
      expect(io.err()).toContain(`stack.ts:1:1: no package.json above this file: add ${CORE}@${range(CORE)} ${LAMBDA}@${range(LAMBDA)} to your project's dependencies`);
    }
    expect(read(join(dir, 'stack.ts'))).toBe(MIGRATED);
  });

  it('skips node_modules, cdk.out and what .gitignore ignores, but takes a file it is given', () => {
    const dir = scratch({
      '.git/HEAD': '',
      '.gitignore': 'dist/\n*.generated.ts\n!keep.generated.ts\n',
      'package.json': MANIFEST,
      'lib/stack.ts': STACK,
      'lib/.gitignore': 'local.ts\n',
      'lib/local.ts': STACK,
      'lib/skip.generated.ts': STACK,
      'lib/keep.generated.ts': STACK,
      'dist/stack.js': "exports.Invoke = require('aws-cdk-lib/aws-stepfunctions-tasks').LambdaInvoke;\n",
      'node_modules/x/index.ts': STACK,
      'cdk.out/asset.1/index.ts': STACK,
      'nested/cdk.out/x.ts': STACK,
      'nested/node_modules/x.ts': STACK,
      'types.d.ts': STACK,
    });
    const io = capture(dir);
    expect(runCommand([], io)).toBe(0);
    const changed = Object.entries(snapshot(dir)).filter(([, text]) => text === MIGRATED).map(([f]) => f).sort();
    expect(changed).toEqual(['lib/keep.generated.ts', 'lib/stack.ts']);
    expect(io.out()).toContain('Migrated 2 files');

    const explicit = capture(dir);
    expect(runCommand(['lib/local.ts', 'dist'], explicit)).toBe(0);
    expect(read(join(dir, 'lib/local.ts'))).toBe(MIGRATED);
    expect(read(join(dir, 'dist/stack.js'))).toBe(`exports.Invoke = require('${LAMBDA}').LambdaInvoke;\n`);
  });

  it.skipIf(process.platform === 'darwin' || process.platform === 'win32')('matches .gitignore patterns case-sensitively, as git does on Linux', () => {
    // The CDK Python app template ignores `Lib` (a virtualenv folder); a TypeScript app's `lib/` is not that.
    const dir = scratch({ '.gitignore': 'Lib\n', 'package.json': MANIFEST, 'lib/stack.ts': STACK, 'Lib/site.ts': STACK });
    expect(runCommand([], capture(dir))).toBe(0);
    expect(read(join(dir, 'lib/stack.ts'))).toBe(MIGRATED);
    expect(read(join(dir, 'Lib/site.ts'))).toBe(STACK);
  });

  it('reads the .gitignore files of the parent folders up to the repository root', () => {
    const dir = scratch({
      '.git/HEAD': '',
      '.gitignore': 'generated/\n',
      'package.json': MANIFEST,
      'app/lib/stack.ts': STACK,
      'app/lib/generated/stack.ts': STACK,
    });
    const io = capture(join(dir, 'app'));
    expect(runCommand(['lib'], io)).toBe(0);
    expect(read(join(dir, 'app/lib/stack.ts'))).toBe(MIGRATED);
    expect(read(join(dir, 'app/lib/generated/stack.ts'))).toBe(STACK);
  });

  it('prints its usage and version, and rejects unknown options and missing paths with 2', () => {
    const dir = scratch({});
    const help = capture(dir);
    expect(runCommand(['--help'], help)).toBe(0);
    expect(help.out()).toContain('Usage: cdk-stepfunctions-migrate [paths...] [--dry-run]');
    const version = capture(dir);
    expect(runCommand(['--version'], version)).toBe(0);
    expect(version.out()).toBe(`${JSON.parse(read(join(__dirname, '..', 'package.json'))).version}\n`);
    const unknown = capture(dir);
    expect(runCommand(['--dry'], unknown)).toBe(2);
    expect(unknown.err()).toMatch(/^unknown option --dry\n/);
    const missing = capture(dir);
    expect(runCommand(['nowhere'], missing)).toBe(2);
    expect(missing.err()).toBe('cdk-stepfunctions-migrate: no such file or folder: nowhere\n');
  });

  it('works through its bin, with the symbol map it was built with', () => {
    const pkg = JSON.parse(read(join(__dirname, '..', 'package.json'))) as { bin: Record<string, string> };
    const bin = join(__dirname, '..', pkg.bin['cdk-stepfunctions-migrate']);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const dir = scratch({ 'package.json': MANIFEST, 'lib/stack.ts': STACK, 'lib/old.ts': read(join(FIXTURES, 'left-for-the-user.input.ts')) });
    const dry = spawnSync(process.execPath, [bin, '--dry-run', 'lib'], { cwd: dir, encoding: 'utf8' });
    expect(dry.status).toBe(1);
    expect(dry.stdout).toContain(`+import type { LambdaInvokeProps } from '${LAMBDA}';`);
    expect(dry.stderr).toContain("lib/old.ts:4:1: export * from 'aws-cdk-lib/aws-stepfunctions-tasks' is not migrated");
    const run = spawnSync(process.execPath, [bin], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(read(join(dir, 'lib/stack.ts'))).toBe(MIGRATED);
  });
});
