import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The verdaccio server, in a Node process of its own: it listens on 127.0.0.1 at a port the OS picks, tells its
 * parent the port over IPC, and exits as soon as the IPC channel closes, so a parent that dies (even by SIGKILL)
 * takes the registry with it.
 */
const SERVER = `
process.on('disconnect', () => process.exit(0));
require(process.argv[1]).runServer(process.argv[2]).then((app) => {
  const server = app.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  server.on('error', (error) => { console.error(error); process.exit(1); });
}, (error) => { console.error(error); process.exit(1); });
`;

/** What a registry holds of one package: its versions (with each version's manifest) and dist-tags. */
export interface Packument {
  readonly name: string;
  readonly 'dist-tags': Record<string, string>;
  readonly versions: Record<string, { readonly version: string; readonly dependencies?: Record<string, string>; readonly dist: { readonly tarball: string } }>;
}

/** A verdaccio registry on loopback with temporary storage, and a throwaway user allowed to publish. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** The process id of the server, which leads its own process group. */
  readonly pid: number;
  /**
   * An npmrc routing `scope` to this registry; with the throwaway token when `withToken` (what a maintainer who
   * publishes has), without it for a consumer (reading needs no login).
   */
  npmrc(scope: string, withToken: boolean): string;
  /** What the registry holds of `name`, or undefined when it has never heard of it. */
  packument(name: string): Promise<Packument | undefined>;
  /** The tarball of `name@version`. */
  tarball(name: string, version: string): Promise<Uint8Array>;
  /** Stops the server and waits until its process group is gone. Idempotent. */
  stop(): Promise<void>;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts verdaccio (the tools workspace's devDependency) with its storage, config and user database in `dir`, no
 * uplink (it serves only what is published to it), and creates a throwaway user whose token the npmrc carries.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'config.yaml');
  // JSON is YAML.
  writeFileSync(config, JSON.stringify({
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 10 } },
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    log: { type: 'stdout', format: 'pretty', level: 'warn' },
    web: { enable: false },
  }, undefined, 2));

  const verdaccio = dirname(require.resolve('verdaccio/package.json'));
  const child = spawn(process.execPath, ['-e', SERVER, verdaccio, config], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const pid = child.pid!;
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output = `${output}${d.toString()}`.slice(-20_000)));
  child.stderr!.on('data', (d: Buffer) => (output = `${output}${d.toString()}`.slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A parent that exits without stop() (a crash, process.exit) kills the server on its way out.
  const killOnExit = (): void => killGroup(pid, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    killGroup(pid, 'SIGTERM');
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
    await Promise.race([exited, timeout]);
    killGroup(pid, 'SIGKILL');
    for (let i = 0; i < 50 && groupAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    child.stdout!.destroy();
    child.stderr!.destroy();
    if (child.connected) child.disconnect();
  };

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('verdaccio did not listen within 30 s')), 30_000);
      child.once('message', (m: { port: number }) => {
        clearTimeout(timer);
        resolve(m.port);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`verdaccio exited with ${code}`));
      });
    });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}:\n${output}`);
  }
  const url = `http://127.0.0.1:${port}/`;

  // A throwaway user; its token is all a publisher needs.
  const user = `release-test-${randomBytes(4).toString('hex')}`;
  const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: randomBytes(16).toString('hex') }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) {
    await stop();
    throw new Error(`verdaccio refused the user: ${response.status} ${JSON.stringify(body)}`);
  }
  const token = body.token;
  const host = url.replace(/^http:/, '');

  return {
    url,
    pid,
    npmrc: (scope, withToken) => [
      `${scope}:registry=${url}`,
      ...(withToken ? [`${host}:_authToken=${token}`] : []),
      // No call home from the npm processes the test runs.
      'update-notifier=false',
      'fund=false',
      'audit=false',
      '',
    ].join('\n'),
    packument: async (name) => {
      const res = await fetch(`${url}${name.replace('/', '%2f')}`, { headers: { accept: 'application/json' } });
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`GET ${name}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Packument;
    },
    tarball: async (name, version) => {
      const res = await fetch(`${url}${name.replace('/', '%2f')}`, { headers: { accept: 'application/json' } });
      const packument = (await res.json()) as Packument;
      const entry = packument.versions?.[version];
      if (!entry) throw new Error(`the registry has no ${name}@${version}`);
      const tgz = await fetch(entry.dist.tarball);
      if (!tgz.ok) throw new Error(`GET ${entry.dist.tarball}: ${tgz.status}`);
      return new Uint8Array(await tgz.arrayBuffer());
    },
    stop,
  };
}
