import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateSymbolMap, PACKAGES_DIR } from '../scripts/generate-symbol-map';
import type { CommandIo } from '../src/command';
import type { Problem } from '../src/report';
import type { SymbolMap } from '../src/symbol-map';

/** The fixtures: `<case>.input.<ext>` / `<case>.output.<ext>` pairs, `<case>.report.txt`, and whole apps in `apps/`. */
export const FIXTURES = join(__dirname, '__fixtures__');

/** The symbol map of the workspace's packages as they are now (what the build ships), generated once. */
export const MAP: SymbolMap = generateSymbolMap(PACKAGES_DIR, () => undefined);

/** `^<version>` of a package, as the codemod writes it. */
export function range(pkg: string): string {
  return `^${MAP.packages[pkg].version}`;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** `line:column: message` lines, as in a fixture's `.report.txt`. */
export function reportLines(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.line}:${p.column}: ${p.message}\n`).join('');
}

/** Writes `files` (path → text) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A scratch folder with `files` (path → text) in it; `cleanup` removes it. */
export function project(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-sfn-migrate-'));
  writeFiles(dir, files);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Command output captured, for a run in `cwd` with the workspace's map. */
export function capture(cwd: string): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    map: MAP,
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    out: () => out,
    err: () => err,
  };
}

/** The files under a folder, recursively, relative to it with `/`. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}
