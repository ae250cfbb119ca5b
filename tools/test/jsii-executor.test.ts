import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSII_BUILD_EXECUTOR, JSII_SILENCED_WARNINGS } from '../projen';
import { listPackages, REPO_ROOT } from '../src/workspace';

// The executor is plain CommonJS (nx loads it without a TypeScript loader).
const executor = require('../executors/jsii.js') as {
  batch(taskGraph: unknown, inputs: Record<string, unknown>, overrides: unknown, context: { root: string }): AsyncGenerator<{ task: string; result: { success: boolean; terminalOutput: string } }>;
  compileWithCommand(projectRoot: string, options: unknown): { success: boolean; terminalOutput: string };
};

/** Every file under `dir`, by path relative to it, with its content (the .tsbuildinfo, which holds paths, aside). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.tsbuildinfo')) continue;
    const file = join(entry.parentPath, entry.name);
    out[relative(dir, file)] = readFileSync(file, 'utf8');
  }
  return out;
}

/**
 * The nx build of the jsii packages (tools/executors/jsii.js) compiles in long-lived processes with jsii's own
 * modules; what it writes must be what the `jsii` command writes. Two copies of tasks-sns (inside the package, so
 * that they resolve its node_modules) are compiled, one each way, and compared file by file.
 */
describe('nx jsii executor', () => {
  const sns = listPackages().find((p) => p.name === '@cdk-stepfunctions/tasks-sns')!;
  let scratch = '';
  const copies = { executor: '', command: '' };

  beforeAll(() => {
    mkdirSync(join(sns.dir, '.tmp'), { recursive: true });
    scratch = mkdtempSync(join(sns.dir, '.tmp', 'jsii-executor-'));
    for (const key of Object.keys(copies) as Array<keyof typeof copies>) {
      const dir = join(scratch, key);
      for (const file of ['src', 'package.json', 'README.md']) cpSync(join(sns.dir, file), join(dir, file), { recursive: true });
      const tsconfig = JSON.parse(readFileSync(join(sns.dir, 'tsconfig.build.json'), 'utf8')) as { extends: string; references: Array<{ path: string }> };
      writeFileSync(join(dir, 'tsconfig.build.json'), JSON.stringify({
        ...tsconfig,
        extends: join(REPO_ROOT, 'tsconfig.base.json'),
        references: tsconfig.references.map((r) => ({ path: join(sns.dir, r.path) })),
      }));
      copies[key] = dir;
    }
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is the build target of every jsii package, with the warnings the build script silences', () => {
    for (const pkg of listPackages()) {
      const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { nx: { targets: { build: { executor: string; options: unknown } } } };
      expect(manifest.nx.targets.build.executor, pkg.name).toBe(JSII_BUILD_EXECUTOR.name);
      expect(manifest.nx.targets.build.options, pkg.name).toEqual({ silenceWarnings: JSII_SILENCED_WARNINGS });
    }
  });

  it('writes the same lib/ and .jsii as the jsii command', async () => {
    const options = { silenceWarnings: JSII_SILENCED_WARNINGS };
    const id = 'tasks-sns:build';
    const results = [];
    for await (const r of executor.batch(
      { tasks: { [id]: { id, projectRoot: relative(REPO_ROOT, copies.executor) } }, dependencies: { [id]: [] } },
      { [id]: options }, {}, { root: REPO_ROOT },
    )) results.push(r);
    expect(results).toEqual([{ task: id, result: expect.objectContaining({ success: true }) }]);
    expect(results[0].result.terminalOutput).toMatch(/Errors: 0 \| Warnings: 0 \(\+\d+ silenced\)/);

    const command = executor.compileWithCommand(copies.command, options);
    expect(command.success, command.terminalOutput).toBe(true);

    const built = tree(copies.executor);
    expect(Object.keys(built)).toEqual(expect.arrayContaining(['.jsii', 'lib/index.js', 'lib/index.d.ts']));
    expect(built).toEqual(tree(copies.command));
  });

  it('fails a package whose dependency failed, without compiling it', async () => {
    const results = [];
    const graph = {
      tasks: { 'a:build': { id: 'a:build', projectRoot: 'no/such/package' }, 'b:build': { id: 'b:build', projectRoot: relative(REPO_ROOT, copies.executor) } },
      dependencies: { 'a:build': [], 'b:build': ['a:build'] },
    };
    for await (const r of executor.batch(graph, {}, {}, { root: REPO_ROOT })) results.push(r);
    expect(results.map((r) => [r.task, r.result.success])).toEqual([['a:build', false], ['b:build', false]]);
    expect(results[1].result.terminalOutput).toContain('not built: a:build failed');
  });
});
