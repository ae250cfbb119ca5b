import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, run } from '../src/workspace';

/** Paths projen lists as generated (`.projen/files.json`). */
function generatedFiles(): string[] {
  const file = join(REPO_ROOT, '.projen', 'files.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { files: string[] }).files : [];
}

/**
 * What `git status` reports, as path → content hash (`deleted` when gone): modified tracked files, plus untracked
 * files projen generates (other untracked files belong to work in progress).
 */
function snapshot(): Map<string, string> {
  const generated = new Set(generatedFiles());
  const status = run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: REPO_ROOT }).split('\0');
  const paths: string[] = [];
  for (let i = 0; i < status.length; i++) {
    const entry = status[i];
    if (!entry) continue;
    const [code, path] = [entry.slice(0, 2), entry.slice(3)];
    if (code.startsWith('R') || code.startsWith('C')) i++; // the next field is the rename's source
    if (code !== '??' || generated.has(path)) paths.push(path);
  }
  const present = paths.filter((p) => existsSync(join(REPO_ROOT, p)));
  const hashes = present.length ? run('git', ['hash-object', '--stdin-paths'], { cwd: REPO_ROOT, input: present.join('\n') }).trim().split('\n') : [];
  const out = new Map(paths.map((p) => [p, 'deleted']));
  present.forEach((p, i) => out.set(p, hashes[i]));
  return out;
}

describe('projen', () => {
  it('regenerates exactly the files in the tree (`npx projen` changes nothing)', () => {
    const before = snapshot();
    // projen skips writing files when NODE_ENV is `test`, as vitest sets it.
    const env = { ...process.env };
    delete env.NODE_ENV;
    run('npx', ['projen'], { cwd: REPO_ROOT, env });
    const after = snapshot();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();
    expect(changed).toEqual([]);
  }, 180_000);
});
