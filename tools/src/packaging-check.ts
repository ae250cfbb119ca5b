import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, ensureBuilt, packPackage, TOOLS_DIR, type WorkspacePackage } from './workspace';

/** Packaging problems of one package, as publint and attw word them; empty lists when it is clean. */
export interface PackagingReport {
  readonly packageName: string;
  /** `publint --strict` on the tarball pnpm packs (warnings count as errors). */
  readonly publint: readonly string[];
  /** `attw --pack <dir> --profile node16`. */
  readonly attw: readonly string[];
}

/** publint --strict on a packed tarball: its errors (warnings count as errors under --strict). */
async function publintTarball(data: Uint8Array): Promise<string[]> {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const result = await publint({ strict: true, pack: { tarball } });
  return result.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.code}: ${formatMessage(m, result.pkg, { color: false }) ?? m.path.join('.')}`);
}

/** Runs publint on the pnpm-packed tarball of `pkg`. */
async function runPublint(pkg: WorkspacePackage): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'cdk-sfn-publint-'));
  try {
    return await publintTarball(readFileSync(packPackage(pkg, scratch)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs `attw --pack <dir> --profile node16 --format json` and lists its problems. */
function runAttw(pkg: WorkspacePackage): string[] {
  const attw = join(TOOLS_DIR, 'node_modules', '.bin', 'attw');
  const out = spawnSync(attw, ['--pack', pkg.dir, '--profile', 'node16', '--format', 'json'], { encoding: 'utf8', env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
  let report: { problems?: Record<string, unknown[]> | unknown[] };
  try {
    report = JSON.parse(out.stdout) as typeof report;
  } catch {
    return [`attw exited with ${out.status} without a JSON report: ${out.stdout}${out.stderr}`];
  }
  const problems = Object.values(report.problems ?? {}).flat().map((p) => JSON.stringify(p));
  if (out.status !== 0 && problems.length === 0) problems.push(`attw exited with ${out.status}: ${out.stderr}`);
  return problems;
}

/** Lints the package as published (publint --strict, attw node16), building it first where `lib/` is missing or stale. */
export async function checkPackaging(pkg: WorkspacePackage): Promise<PackagingReport> {
  ensureBuilt(pkg);
  return { packageName: pkg.name, publint: await runPublint(pkg), attw: runAttw(pkg) };
}

/**
 * The same checks on a tarball as a registry serves it: publint --strict, and attw's analysis in process (what
 * `attw <tarball> --profile node16` reports: every problem but those of the node10 resolution).
 */
export async function checkTarball(packageName: string, data: Uint8Array): Promise<PackagingReport> {
  const attw = await import('@arethetypeswrong/core');
  const analysis = await attw.checkPackage(attw.createPackageFromTarballData(data));
  const problems = analysis.types
    ? analysis.problems.filter((p) => !('resolutionKind' in p) || p.resolutionKind !== 'node10').map((p) => JSON.stringify(p))
    : [];
  return { packageName, publint: await publintTarball(data), attw: problems };
}
