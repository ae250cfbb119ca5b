import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, PNPM, REPO_ROOT } from './workspace';

/**
 * The environment of a command the release test runs: the parent's, without its npm/pnpm settings, vitest's
 * variables, nor `NODE_ENV=test` (under which projen writes nothing), plus `extra`.
 */
export function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = cleanEnv(extra);
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Process groups of commands still running (see {@link killRunningCommands}). */
const running = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills every command {@link runCommand} started that is still running, with whatever it started. */
export function killRunningCommands(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
}
process.once('exit', killRunningCommands);

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** @default 900_000 (15 minutes) */
  readonly timeoutMs?: number;
}

/**
 * Runs a command in a process group of its own and resolves with its output (stdout then stderr); rejects with the
 * output when it fails or times out. Whatever the command leaves running in its group when it exits (or times out)
 * is killed, so no process outlives it.
 */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid!;
    running.add(pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(pid);
    }, options.timeoutMs ?? 900_000);
    child.once('exit', () => killGroup(pid));
    child.once('error', (error) => {
      clearTimeout(timer);
      running.delete(pid);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      running.delete(pid);
      const output = `${stdout}${stderr}`;
      const line = `${command} ${args.join(' ')}`;
      if (timedOut) reject(new Error(`\`${line}\` timed out in ${options.cwd}:\n${output}`));
      else if (code !== 0) reject(new Error(`\`${line}\` failed with exit code ${code} in ${options.cwd}:\n${output}`));
      else resolve(output);
    });
  });
}

/** A package.json of the scratch copy, as far as releasing reads it. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly scripts?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/**
 * A throwaway copy of the repository's committed HEAD (tracked files only: no lib/, no nx cache), in a git
 * repository of its own (changesets tags releases; those tags must not land in the real repository, which a
 * `git worktree` would share), with the workspace installed from the pnpm store. Every command runs without the
 * user's git, npm and pnpm settings.
 */
export class ScratchRepo {
  /** Copies HEAD into `dir` (which must not exist) and installs it. */
  static async create(dir: string): Promise<ScratchRepo> {
    mkdirSync(dir, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: REPO_ROOT, maxBuffer: 1024 * 1024 * 1024 });
    if (archive.status !== 0) throw new Error(`git archive HEAD failed: ${String(archive.stderr)}`);
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar -x failed: ${String(untar.stderr)}`);
    const repo = new ScratchRepo(dir);
    // The store already has every package of the lockfile (the checkout is installed): no network.
    try {
      await repo.run(PNPM[0], [...PNPM.slice(1), 'install', '--offline', '--frozen-lockfile']);
    } catch {
      await repo.run(PNPM[0], [...PNPM.slice(1), 'install', '--prefer-offline', '--frozen-lockfile']);
    }
    await repo.git('init', '-q', '-b', 'main');
    await repo.commitAll('cdk-stepfunctions HEAD');
    return repo;
  }

  private constructor(readonly dir: string) {}

  /** The environment of every command: {@link isolatedEnv}, git without the user's config, nx without its daemon. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return isolatedEnv({
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'release test',
      GIT_AUTHOR_EMAIL: 'release-test@example.invalid',
      GIT_COMMITTER_NAME: 'release test',
      GIT_COMMITTER_EMAIL: 'release-test@example.invalid',
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_TUI: 'false',
      ...extra,
    });
  }

  /** Runs a command at the root of the copy. */
  run(command: string, args: readonly string[], extraEnv: Record<string, string> = {}, timeoutMs?: number): Promise<string> {
    return runCommand(command, args, { cwd: this.dir, env: this.env(extraEnv), timeoutMs });
  }

  git(...args: string[]): Promise<string> {
    return this.run('git', args);
  }

  async commitAll(message: string): Promise<void> {
    await this.git('add', '-A');
    await this.git('commit', '-q', '--allow-empty', '-m', message);
  }

  /** The published packages (every non-private `packages/*`), by name. */
  manifests(): Map<string, Manifest & { readonly dir: string }> {
    const out = new Map<string, Manifest & { readonly dir: string }>();
    for (const entry of readdirSync(join(this.dir, 'packages')).sort()) {
      const file = join(this.dir, 'packages', entry, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      if (!manifest.private) out.set(manifest.name, { ...manifest, dir: join(this.dir, 'packages', entry) });
    }
    return out;
  }

  /** Deletes every pending changeset (`.changeset/*.md`). */
  removeChangesets(): void {
    for (const file of readdirSync(join(this.dir, '.changeset'))) {
      if (file.endsWith('.md')) rmSync(join(this.dir, '.changeset', file));
    }
  }

  /** Writes `.changeset/<id>.md` as `npx changeset` does. */
  writeChangeset(id: string, bumps: Record<string, 'patch' | 'minor' | 'major'>, summary: string): void {
    const header = Object.entries(bumps).map(([name, type]) => `"${name}": ${type}`);
    writeFileSync(join(this.dir, '.changeset', `${id}.md`), ['---', ...header, '---', '', summary, ''].join('\n'));
  }

  /**
   * Builds `names` with the release script's build step (`nx run-many -t build`), limited to them and what they
   * depend on: the packages about to be published. (A tasks package's jsii build writes its version into lib/ and
   * its .jsii assembly, so each bumped package is built again; nx's cache in the copy serves the rest.)
   */
  async build(names: readonly string[]): Promise<string> {
    return this.run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${names.join(',')}`, '--output-style=static']);
  }
}
