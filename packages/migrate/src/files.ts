import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore = require('ignore');

/** The files the codemod reads: TypeScript and JavaScript, declaration files aside. */
const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
/** Whether .gitignore patterns ignore case: git's default where the file system does (macOS, Windows). */
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';
/** Folders never searched, ignored or not. */
const SKIPPED = new Set(['node_modules', 'cdk.out', '.git']);

/** Whether `file` is a source file the codemod reads. */
export function isSourceFile(file: string): boolean {
  return SOURCE.test(file) && !DECLARATION.test(file);
}

/** The rules of one .gitignore file, which apply under its folder. */
interface Rules {
  readonly base: string;
  readonly matcher: ignore.Ignore;
}

function rulesIn(dir: string): Rules | undefined {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  // Case-sensitive as git is on case-sensitive file systems (`Lib` in a Python template must not hide `lib/`).
  return { base: dir, matcher: ignore({ ignorecase: IGNORE_CASE }).add(readFileSync(file, 'utf8')) };
}

/** Whether `path` (a folder when `dir`) is ignored by the .gitignore rules, the deeper files having the last word. */
function ignored(rules: readonly Rules[], path: string, dir: boolean): boolean {
  let result = false;
  for (const { base, matcher } of rules) {
    const rel = relative(base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const test = matcher.test(dir ? `${rel}/` : rel);
    if (test.ignored) result = true;
    else if (test.unignored) result = false;
  }
  return result;
}

/** The folders from the enclosing git repository's root down to `dir`'s parent, top first (empty outside a repository). */
function ancestorsInRepository(dir: string): string[] {
  const chain: string[] = [];
  for (let at = dirname(dir); ; at = dirname(at)) {
    chain.unshift(at);
    if (existsSync(join(at, '.git'))) return chain;
    if (dirname(at) === at) return [];
  }
}

function walk(dir: string, rules: readonly Rules[], out: string[]): void {
  const own = rulesIn(dir);
  const here = own ? [...rules, own] : rules;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && !ignored(here, path, true)) walk(path, here, out);
    } else if (entry.isFile() && isSourceFile(entry.name) && !ignored(here, path, false)) {
      out.push(path);
    }
  }
}

/**
 * The source files under `paths` (files or folders, relative to `cwd`), sorted: folders are searched
 * recursively, skipping node_modules, cdk.out and what the .gitignore files (of the folder, its subfolders and
 * its parents up to the repository root) ignore. A file named explicitly is taken as it is.
 * Throws when a path does not exist.
 */
export function findSourceFiles(paths: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new Error(`no such file or folder: ${given}`);
    if (!statSync(path).isDirectory()) {
      if (isSourceFile(path)) out.push(path);
      continue;
    }
    const inherited = ancestorsInRepository(path).flatMap((d) => rulesIn(d) ?? []);
    // A folder named explicitly is searched even when a parent's .gitignore ignores it.
    walk(path, ignored(inherited, path, true) ? [] : inherited, out);
  }
  return [...new Set(out)].sort();
}
