// `npm test`: installs the workspace, builds, type-checks and lints every project with nx, then runs every vitest project once, and ends
// with one plain line, `N passed, N failed` (a failed nx step counts as one failure). Exits 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsFile = join(root, '.vitest', 'results.json');

/** Runs a shell command at the repository root, output inherited; returns its exit code. */
function sh(command) {
  console.log(`\n> ${command}`);
  const result = spawnSync(command, { cwd: root, shell: true, stdio: 'inherit' });
  return result.status ?? 1;
}

let passed = 0;
let failed = 0;

// A fresh machine has Node and npm only: pnpm comes pinned through npx (the version in package.json).
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (sh(`npx -y ${packageManager} install --frozen-lockfile`) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (sh('npx nx run-many -t build typecheck lint --output-style=static') !== 0) failed += 1;

rmSync(resultsFile, { force: true });
const vitestCode = sh('npx vitest run --config tools/vitest/root.config.ts');
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A run can fail without a failed test: a file that does not load, a global setup or an unhandled error.
  if (vitestCode !== 0 && !report.numFailedTests) failed += 1;
} else {
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
