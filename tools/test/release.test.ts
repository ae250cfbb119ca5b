import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from '../src/local-registry';
import { checkTarball } from '../src/packaging-check';
import { bump, changelogSection, ConsumerApp, processesIn, tarballFile } from '../src/release-check';
import { killRunningCommands, ScratchRepo, type Manifest } from '../src/scratch-repo';
import { PNPM } from '../src/workspace';

/*
 * Independent releases, end to end: a maintainer's release of a scratch copy of HEAD to a verdaccio registry on
 * loopback, with the project's own `npm run version-packages` and `changeset publish`, and a CDK app outside the
 * workspace that installs from that registry with plain npm. The steps run in order; each test goes on from where
 * the previous one left the copy, the registry and the app.
 */

const SCOPE = '@cdk-stepfunctions';
const CORE = `${SCOPE}/tasks-core`;
const SNS = `${SCOPE}/tasks-sns`;
const LAMBDA = `${SCOPE}/tasks-lambda`;
const SNS_FIX = 'SnsPublish: a fix released by the release test.';
const CORE_FEATURE = 'tasks-core: a feature released by the release test.';
const SNS_SECOND_FIX = 'SnsPublish: a second fix, released on its own.';

type Manifests = Map<string, Manifest & { readonly dir: string }>;
type RegistryState = Record<string, { readonly versions: string[]; readonly latest: string | undefined }>;

let tmp = '';
let registry: LocalRegistry | undefined;
let repo: ScratchRepo;
let consumer: ConsumerApp;
/** Every published package of the copy (tasks-core, the service packages, the tool packages). */
let names: string[] = [];
/** The copy's manifests at HEAD, as the registry holds them when the test starts. */
let head: Manifests;
/** The copy's manifests after the first `npm run version-packages`. */
let versioned: Manifests;
const timings: string[] = [];

/** CPU seconds of a process (`self`) or of its reaped children, from /proc (0 where there is none). */
function cpuSeconds(pid: number | 'self', of: 'self' | 'children'): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime, stime, cutime, cstime are fields 14-17 of stat(5); 12 after the command name and state.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return (of === 'self' ? utime + stime : cutime + cstime) / 100;
  } catch {
    return 0;
  }
}

/** Runs `fn`, recording how long it took (and the CPU time of this process and its commands) for the summary. */
async function step<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const cpu = cpuSeconds('self', 'self') + cpuSeconds('self', 'children');
  try {
    return await fn();
  } finally {
    const used = cpuSeconds('self', 'self') + cpuSeconds('self', 'children') - cpu;
    timings.push(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s (CPU ${used.toFixed(1)} s)`);
  }
}

function versionsOf(manifests: Manifests): Record<string, string> {
  return Object.fromEntries([...manifests].map(([name, m]) => [name, m.version]));
}

function changelog(manifests: Manifests, name: string): string {
  return readFileSync(join(manifests.get(name)!.dir, 'CHANGELOG.md'), 'utf8');
}

/** The maintainer's npm settings: @cdk-stepfunctions on the local registry, with the throwaway token. */
function publishEnv(): Record<string, string> {
  // changesets reads the registry of a scope from this variable (or publishConfig), not from an npmrc.
  return { npm_config_userconfig: join(tmp, 'maintainer.npmrc'), [`npm_config_${SCOPE}:registry`]: registry!.url };
}

async function registryState(): Promise<RegistryState> {
  const entries = await Promise.all(names.map(async (name) => {
    const packument = await registry!.packument(name);
    return [name, { versions: Object.keys(packument?.versions ?? {}).sort(), latest: packument?.['dist-tags'].latest }] as const;
  }));
  return Object.fromEntries(entries);
}

/**
 * The release script's two steps (`nx run-many -t build && changeset publish`), the build limited to what is about to
 * be published (the packages whose version the registry lacks). Returns those packages.
 */
async function release(label: string): Promise<string[]> {
  const state = await registryState();
  const toPublish = [...repo.manifests().values()].filter((m) => !state[m.name].versions.includes(m.version)).map((m) => m.name);
  await step(`${label}: build ${toPublish.length} package${toPublish.length === 1 ? '' : 's'}`, () => repo.build(toPublish));
  await step(`${label}: changeset publish`, () => repo.run('npx', ['changeset', 'publish'], publishEnv()));
  return toPublish;
}

/** Problems of each tarball the registry serves for `name@version`: publint, attw, and the changelog's text. */
async function tarballProblems(name: string, version: string, changelogText: string): Promise<string[]> {
  const data = await registry!.tarball(name, version);
  const report = await checkTarball(name, data);
  const problems = [...report.publint, ...report.attw];
  const section = changelogSection(tarballFile(data, 'CHANGELOG.md') ?? '', version);
  if (!section?.includes(changelogText)) problems.push(`CHANGELOG.md has no "${changelogText}" under ## ${version}: ${section}`);
  return problems;
}

describe('independent releases through a registry (verdaccio on 127.0.0.1)', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'cdk-sfn-release-'));
    const [started, copied] = await Promise.allSettled([
      step('start verdaccio', () => startLocalRegistry(join(tmp, 'registry'))),
      step('copy HEAD and install it', () => ScratchRepo.create(join(tmp, 'repo'))),
    ]);
    if (started.status === 'fulfilled') registry = started.value;
    if (started.status === 'rejected') throw started.reason;
    if (copied.status === 'rejected') throw copied.reason;
    repo = copied.value;
    writeFileSync(join(tmp, 'maintainer.npmrc'), registry!.npmrc(SCOPE, true));

    // The registry starts where the last release left it: every package at HEAD's version, no pending changeset
    // (HEAD's own are set aside; this test writes its own). Only those versions matter: the packages go up as they
    // are in a fresh clone, unbuilt, and nothing installs them.
    repo.removeChangesets();
    await repo.commitAll('release');
    head = repo.manifests();
    names = [...head.keys()];
    await step('publish HEAD (pnpm -r publish)', () => repo.run(PNPM[0], [...PNPM.slice(1), '-r', 'publish', '--no-git-checks'], publishEnv()));
    consumer = ConsumerApp.create(join(tmp, 'consumer'), registry!.npmrc(SCOPE, false));
  }, 1_200_000);

  afterAll(async () => {
    killRunningCommands();
    await registry?.stop();
    if (tmp && !process.env.KEEP_SCRATCH) rmSync(tmp, { recursive: true, force: true });
    console.log(`release test steps:\n  ${timings.join('\n  ')}`);
  });

  it('starts from a registry holding every published package at its HEAD version', async () => {
    // Every package of the reference map and the tool packages, from the copy itself: no fixed list.
    const referenceMap = JSON.parse(readFileSync(join(repo.dir, 'tools', 'reference-map.json'), 'utf8')) as Record<string, unknown>;
    expect(names).toEqual(expect.arrayContaining([...Object.keys(referenceMap).filter((k) => k !== '//'), `${SCOPE}/validation`, `${SCOPE}/testing`, `${SCOPE}/migrate`]));
    const expected = Object.fromEntries(names.map((n) => [n, { versions: [head.get(n)!.version], latest: head.get(n)!.version }]));
    expect(await registryState()).toEqual(expected);
  });

  it('versions tasks-sns (patch), tasks-core (minor) and each dependent of tasks-core (patch, new range), nothing else', async () => {
    repo.writeChangeset('release-test-sns', { [SNS]: 'patch' }, SNS_FIX);
    repo.writeChangeset('release-test-core', { [CORE]: 'minor' }, CORE_FEATURE);
    await repo.commitAll('changesets');
    await step('npm run version-packages', () => repo.run('npm', ['run', 'version-packages'], publishEnv()));
    versioned = repo.manifests();

    const dependents = names.filter((n) => head.get(n)!.dependencies?.[CORE] !== undefined);
    expect(dependents).toEqual(expect.arrayContaining([SNS, LAMBDA]));
    const newCore = bump(head.get(CORE)!.version, 'minor');
    const expected = Object.fromEntries(names.map((n) => [n, n === CORE ? newCore : dependents.includes(n) ? bump(head.get(n)!.version, 'patch') : head.get(n)!.version]));
    expect(versionsOf(versioned)).toEqual(expected);
    for (const n of dependents) expect(versioned.get(n)!.dependencies?.[CORE], n).toBe(`^${newCore}`);

    // Files of packages that did not move are untouched.
    const changed = (await repo.git('status', '--porcelain')).split('\n').filter(Boolean).map((l) => l.slice(3));
    const moved = names.filter((n) => expected[n] !== head.get(n)!.version);
    const movedDirs = moved.map((n) => `packages/${versioned.get(n)!.dir.split('/').pop()}/`);
    expect(changed.filter((f) => f.startsWith('packages/') && !movedDirs.some((d) => f.startsWith(d)))).toEqual([]);

    expect(changelogSection(changelog(versioned, CORE), newCore)).toContain(CORE_FEATURE);
    expect(changelogSection(changelog(versioned, SNS), expected[SNS])).toContain(SNS_FIX);
    for (const n of dependents) expect(changelogSection(changelog(versioned, n), expected[n]), n).toContain(`${CORE}@${newCore}`);
    await repo.commitAll('Version packages');
  }, 300_000);

  it('publishes the moved packages alone, each at its new version, tagged latest, with the new range on tasks-core', async () => {
    const moved = names.filter((n) => versioned.get(n)!.version !== head.get(n)!.version);
    expect((await release('release')).sort()).toEqual(moved.sort());

    const expected = Object.fromEntries(names.map((n) => [n, {
      versions: [...new Set([head.get(n)!.version, versioned.get(n)!.version])].sort(),
      latest: versioned.get(n)!.version,
    }]));
    expect(await registryState()).toEqual(expected);
    for (const n of moved.filter((m) => m !== CORE)) {
      const packument = await registry!.packument(n);
      expect(packument!.versions[versioned.get(n)!.version].dependencies?.[CORE], n).toBe(`^${versioned.get(CORE)!.version}`);
    }
  }, 1_200_000);

  it('serves tarballs that pass publint --strict and attw, with the changeset text in CHANGELOG.md', async () => {
    const moved = names.filter((n) => versioned.get(n)!.version !== head.get(n)!.version);
    const problems: Record<string, string[]> = {};
    await step(`check ${moved.length} tarballs`, async () => {
      for (const n of moved) {
        const text = n === CORE ? CORE_FEATURE : n === SNS ? SNS_FIX : `${CORE}@${versioned.get(CORE)!.version}`;
        const found = await tarballProblems(n, versioned.get(n)!.version, text);
        if (found.length > 0) problems[n] = found;
      }
    });
    expect(problems).toEqual({});
  }, 300_000);

  it('publishes nothing when published again without a changeset', async () => {
    const before = await registryState();
    const output = await step('changeset publish, nothing new', () => repo.run('npx', ['changeset', 'publish'], publishEnv()));
    expect(output).toContain('No unpublished projects to publish');
    expect(await registryState()).toEqual(before);
  }, 300_000);

  it('installs tasks-sns and tasks-lambda by version with npm outside the workspace, with one tasks-core, and synthesizes', async () => {
    const [sns, lambda, core] = [SNS, LAMBDA, CORE].map((n) => versioned.get(n)!.version);
    await step('npm install tasks-sns and tasks-lambda', () => consumer.install(`${SNS}@${sns}`, `${LAMBDA}@${lambda}`));
    const ls = await consumer.ls(CORE);
    expect(ls.copies).toHaveLength(1);
    expect(ls.text).toContain(`${CORE}@${core} deduped`);

    const synth = await step('synthesize the app', () => consumer.synth());
    expect(synth.versions).toEqual({ [LAMBDA]: lambda, [SNS]: sns, [CORE]: core });
    expect(synth.coreFrom.sns).toBe(synth.coreFrom.lambda);
    expect(synth.definition).toContain(':states:::lambda:invoke');
    expect(synth.definition).toContain(':states:::sns:publish');
  }, 300_000);

  it('releases a patch of tasks-sns alone, which the app upgrades alone, still on one tasks-core', async () => {
    repo.writeChangeset('release-test-sns-again', { [SNS]: 'patch' }, SNS_SECOND_FIX);
    await repo.commitAll('changeset');
    await step('npm run version-packages (tasks-sns)', () => repo.run('npm', ['run', 'version-packages'], publishEnv()));
    const after = repo.manifests();
    const sns = bump(versioned.get(SNS)!.version, 'patch');
    expect(versionsOf(after)).toEqual({ ...versionsOf(versioned), [SNS]: sns });
    expect(changelogSection(changelog(after, SNS), sns)).toContain(SNS_SECOND_FIX);
    await repo.commitAll('Version packages');

    const before = await registryState();
    expect(await release('release of tasks-sns')).toEqual([SNS]);
    expect(await registryState()).toEqual({ ...before, [SNS]: { versions: [...before[SNS].versions, sns].sort(), latest: sns } });
    expect(await tarballProblems(SNS, sns, SNS_SECOND_FIX)).toEqual([]);

    const locked = consumer.lockedVersions();
    await step('npm install tasks-sns (upgrade)', () => consumer.install(`${SNS}@${sns}`));
    expect(consumer.lockedVersions()).toEqual({ ...locked, [`node_modules/${SNS}`]: sns });
    expect(consumer.declared()[LAMBDA]).toBe(`^${versioned.get(LAMBDA)!.version}`);
    expect((await consumer.ls(CORE)).copies).toHaveLength(1);
    const synth = await step('synthesize the app again', () => consumer.synth());
    expect(synth.versions).toEqual({ [LAMBDA]: versioned.get(LAMBDA)!.version, [SNS]: sns, [CORE]: versioned.get(CORE)!.version });
    expect(synth.coreFrom.sns).toBe(synth.coreFrom.lambda);
  }, 1_200_000);

  it('stops the registry and leaves no process behind', async () => {
    timings.push(`verdaccio: CPU ${cpuSeconds(registry!.pid, 'self').toFixed(1)} s`);
    await registry!.stop();
    expect(() => process.kill(-registry!.pid, 0)).toThrow();
    await expect(fetch(registry!.url)).rejects.toThrow();
    expect(processesIn(tmp)).toEqual([]);
  });
});
