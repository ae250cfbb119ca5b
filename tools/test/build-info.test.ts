import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCleanBuildOf } from '../src/build-info';

const TSC = require.resolve('typescript/bin/tsc');
const { version: TS_VERSION } = require('typescript/package.json') as { version: string };

let dir: string;

const OPTIONS = { composite: true, rootDir: 'src', outDir: 'lib', tsBuildInfoFile: 'lib/.tsbuildinfo', target: 'ES2022', lib: ['ES2022'], types: [], module: 'Node16', strict: true };

function writeConfig(extra: Record<string, unknown> = {}): void {
  writeFileSync(join(dir, 'tsconfig.build.json'), JSON.stringify({ compilerOptions: { ...OPTIONS, ...extra }, include: ['src/**/*.ts'] }));
}

function build(): void {
  const result = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${result.stdout}${result.stderr}`);
}

describe('isCleanBuildOf (whether a copied lib/ can be published without rebuilding it)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdk-sfn-build-info-'));
    mkdirSync(join(dir, 'src', 'private'), { recursive: true });
    writeConfig();
    writeFileSync(join(dir, 'src', 'index.ts'), "export { greet } from './private/greet';\n");
    writeFileSync(join(dir, 'src', 'private', 'greet.ts'), "export const greet = (name: string): string => `hello ${name}`;\n");
    build();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the build of the files on disk, whatever their timestamps', () => {
    utimesSync(join(dir, 'src', 'index.ts'), new Date(), new Date());
    expect(isCleanBuildOf(dir, TS_VERSION)).toBe(true);
  });

  it('rejects a build by another TypeScript version', () => {
    expect(isCleanBuildOf(dir, '0.0.0')).toBe(false);
  });

  it('rejects it once a source changed, and accepts the rebuild', () => {
    writeFileSync(join(dir, 'src', 'private', 'greet.ts'), "export const greet = (name: string): string => `hi ${name}`;\n");
    expect(isCleanBuildOf(dir, TS_VERSION)).toBe(false);
    build();
    expect(isCleanBuildOf(dir, TS_VERSION)).toBe(true);
  });

  it('rejects it when src/ has a file the build did not compile', () => {
    writeFileSync(join(dir, 'src', 'extra.ts'), 'export const extra = 1;\n');
    try {
      expect(isCleanBuildOf(dir, TS_VERSION)).toBe(false);
    } finally {
      rmSync(join(dir, 'src', 'extra.ts'));
    }
    expect(isCleanBuildOf(dir, TS_VERSION)).toBe(true);
  });

  it('rejects it when the tsconfig gives other compiler options, and accepts the rebuild', () => {
    writeConfig({ removeComments: true });
    try {
      expect(isCleanBuildOf(dir, TS_VERSION)).toBe(false);
      build();
      expect(isCleanBuildOf(dir, TS_VERSION)).toBe(true);
    } finally {
      writeConfig();
      build();
    }
    // The same options written again (as projen rewrites its files): still the same build.
    writeConfig();
    expect(isCleanBuildOf(dir, TS_VERSION)).toBe(true);
  });

  it('rejects it when an output is missing', () => {
    rmSync(join(dir, 'lib', 'private', 'greet.d.ts'));
    expect(isCleanBuildOf(dir, TS_VERSION)).toBe(false);
  });
});
