import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCleanBuildOf } from './build-info';
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
  /** @default 300_000 */
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
    }, options.timeoutMs ?? 300_000);
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

/** The build script of a package whose lib/ is `tsc -p tsconfig.build.json` alone. */
const TSC_BUILD = 'tsc -p tsconfig.build.json';

/**
 * A throwaway copy of the repository's committed HEAD, in a git repository of its own (changesets tags releases;
 * those tags must not land in the real repository, which a `git worktree` would share), with the workspace
 * installed from the pnpm store and each package's lib/ copied from the checkout as a starting point for an
 * incremental build. Every command runs without the user's git, npm and pnpm settings.
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
    repo.seedLibs();
    await repo.git('init', '-q', '-b', 'main');
    await repo.commitAll('cdk-stepfunctions HEAD');
    return repo;
  }

  private constructor(readonly dir: string) {}

  /**
   * Copies lib/ of each package from the checkout, less the output of sources HEAD does not have, as a start for the
   * build. The checkout's lib/ may come from uncommitted sources, and tsc -b trusts timestamps: each .tsbuildinfo
   * is made older than every source, so tsc rebuilds the package unless {@link build} proves it needs nothing
   * ({@link isCurrent}).
   */
  private seedLibs(): void {
    for (const entry of readdirSync(join(this.dir, 'packages'))) {
      const from = join(REPO_ROOT, 'packages', entry, 'lib');
      if (!existsSync(join(this.dir, 'packages', entry, 'package.json')) || !existsSync(from)) continue;
      const to = join(this.dir, 'packages', entry, 'lib');
      cpSync(from, to, { recursive: true, preserveTimestamps: true });
      const src = join(this.dir, 'packages', entry, 'src');
      for (const file of readdirSync(to, { recursive: true, encoding: 'utf8' })) {
        const stem = /^(.*?)(\.d)?\.(js|ts)(\.map)?$/.exec(file)?.[1];
        if (stem !== undefined && !existsSync(join(src, `${stem}.ts`))) rmSync(join(to, file));
      }
      if (existsSync(join(to, '.tsbuildinfo'))) utimesSync(join(to, '.tsbuildinfo'), 0, 0);
    }
  }

  /** Whether `packages/<entry>/lib` is what its build would write now ({@link isCleanBuildOf}). */
  private isCurrent(entry: string, hashes: Map<string, string>): boolean {
    const typescript = JSON.parse(readFileSync(join(this.dir, 'node_modules', 'typescript', 'package.json'), 'utf8')) as { version: string };
    return isCleanBuildOf(join(this.dir, 'packages', entry), typescript.version, hashes);
  }

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
   * Builds `names` as the release script's build step does, in the copy. Packages whose build is `tsc -p
   * tsconfig.build.json` are built by one `tsc -b` over those same tsconfig files (the same compiler options, so the
   * same lib/, but aws-cdk-lib's declarations are read once, not once per package); any other build runs through nx.
   */
  async build(names: readonly string[]): Promise<void> {
    const manifests = this.manifests();
    const tsc: string[] = [];
    const nx: string[] = [];
    for (const name of names) {
      const manifest = manifests.get(name);
      if (!manifest) throw new Error(`no package ${name} in the copy`);
      (manifest.scripts?.build === TSC_BUILD ? tsc : nx).push(name);
    }
    if (tsc.length > 0) {
      // A lib/ proven to be the build of the copy's files is marked up to date (projen rewrites tsconfig files with
      // the same text, newer than any build); tsc -b rebuilds the others, and what depends on them.
      const hashes = new Map<string, string>();
      const now = new Date();
      for (const entry of readdirSync(join(this.dir, 'packages'))) {
        if (this.isCurrent(entry, hashes)) utimesSync(join(this.dir, 'packages', entry, 'lib', '.tsbuildinfo'), now, now);
      }
      const configs = tsc.map((n) => join(manifests.get(n)!.dir, 'tsconfig.build.json'));
      await this.run(process.execPath, [join(this.dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', ...configs]);
    }
    if (nx.length > 0) await this.run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${nx.join(',')}`, '--output-style=static']);
  }
}
