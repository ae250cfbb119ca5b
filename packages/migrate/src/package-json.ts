import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

type Manifest = Record<string, unknown>;
type Dependencies = Record<string, string>;

/** The package.json nearest to `dir` (itself or a parent), or undefined. */
export function nearestPackageJson(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const file = join(at, 'package.json');
    if (existsSync(file)) return file;
    if (dirname(at) === at) return undefined;
  }
}

/** The result of adding dependencies to a package.json's text. */
export interface ManifestEdit {
  /** The new text (the same when nothing was added). */
  readonly text: string;
  /** The dependencies added, name → range. */
  readonly added: Record<string, string>;
  /** Peer dependencies of the added packages the project's ranges are older than: name → [project's, needed]. */
  readonly outdated: Record<string, [string, string]>;
}

function sorted(keys: readonly string[]): boolean {
  return keys.every((key, i) => i === 0 || keys[i - 1].localeCompare(key) <= 0);
}

/** The lowest version a range allows, as numbers (`^2.178.0` → [2, 178, 0]); undefined for ranges without one. */
function floor(range: string): number[] | undefined {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(range) ?? /(\d+)\.(\d+)/.exec(range);
  return match ? match.slice(1).map(Number).concat([0, 0]).slice(0, 3) : undefined;
}

function older(a: number[], b: number[]): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/**
 * Adds `wanted` (name → range) to the `dependencies` of a package.json's text, skipping packages it already lists
 * in any section. Keeps the file's indentation, line endings, key order (sorted stays sorted) and final newline,
 * and checks the project's ranges of `peers` (name → range the added packages need).
 */
export function addDependencies(text: string, wanted: Record<string, string>, peers: Record<string, string>): ManifestEdit {
  const manifest = JSON.parse(text) as Manifest;
  const listed = (name: string): string | undefined => {
    for (const section of SECTIONS) {
      const deps = manifest[section] as Dependencies | undefined;
      if (deps && typeof deps[name] === 'string') return deps[name];
    }
    return undefined;
  };
  const outdated: Record<string, [string, string]> = {};
  for (const [name, needed] of Object.entries(peers)) {
    const have = listed(name);
    const [a, b] = [have && floor(have), floor(needed)];
    if (have && a && b && older(a, b)) outdated[name] = [have, needed];
  }
  const added = Object.fromEntries(Object.entries(wanted).filter(([name]) => listed(name) === undefined));
  if (Object.keys(added).length === 0) return { text, added, outdated };

  const current = (manifest.dependencies as Dependencies | undefined) ?? {};
  const keys = Object.keys(current);
  const merged = { ...current, ...added };
  const dependencies = sorted(keys) ? Object.fromEntries(Object.keys(merged).sort((a, b) => a.localeCompare(b)).map((k) => [k, merged[k]])) : merged;
  let next: Manifest;
  if ('dependencies' in manifest) {
    next = { ...manifest, dependencies };
  } else {
    // A new section goes before devDependencies, or last.
    const entries = Object.entries(manifest);
    const at = entries.findIndex(([k]) => k === 'devDependencies');
    entries.splice(at === -1 ? entries.length : at, 0, ['dependencies', dependencies]);
    next = Object.fromEntries(entries);
  }
  const indent = /^[ \t]*\{\s*?\r?\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // A package.json on one line stays on one line.
  let out = JSON.stringify(next, undefined, text.trim().includes('\n') ? indent : undefined);
  if (eol !== '\n') out = out.replace(/\n/g, eol);
  if (/\r?\n$/.test(text)) out += eol;
  return { text: out, added, outdated };
}
