import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a field of a package.json that already exists on disk, so projen keeps what changesets wrote. */
export function readExistingManifest(dir: string): { version?: string; [key: string]: unknown } {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The version on disk (written by `changeset version`), or the first version of a new package. */
export function keptVersion(dir: string, initial = '0.1.0'): string {
  const version = readExistingManifest(dir).version;
  return typeof version === 'string' ? version : initial;
}
