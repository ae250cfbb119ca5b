import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package managers the codemod tells apart. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** Lockfiles, in the order they are looked for in each folder. */
const LOCKFILES: readonly [string, PackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

/** Where to install, and with what. */
export interface Install {
  readonly manager: PackageManager;
  /** The folder to run it in: the lockfile's (a workspace root), or the package's when there is none. */
  readonly dir: string;
  /** `pnpm install`, … */
  readonly command: string;
}

function fromPackageManagerField(manifest: string): PackageManager | undefined {
  try {
    const field = (JSON.parse(readFileSync(manifest, 'utf8')) as { packageManager?: unknown }).packageManager;
    const name = typeof field === 'string' ? field.split('@')[0] : undefined;
    return name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The package manager of the project whose package.json is in `dir`: from the nearest lockfile in `dir` or a parent
 * (up to the repository root), else from a `packageManager` field on the way, else npm.
 */
export function detectInstall(dir: string): Install {
  let declared: { manager: PackageManager; dir: string } | undefined;
  for (let at = dir; ; at = dirname(at)) {
    for (const [file, manager] of LOCKFILES) {
      if (existsSync(join(at, file))) return { manager, dir: at, command: `${manager} install` };
    }
    const manifest = join(at, 'package.json');
    if (!declared && existsSync(manifest)) {
      const manager = fromPackageManagerField(manifest);
      if (manager) declared = { manager, dir: at };
    }
    if (existsSync(join(at, '.git')) || dirname(at) === at) break;
  }
  const found = declared ?? { manager: 'npm' as const, dir };
  return { ...found, command: `${found.manager} install` };
}
