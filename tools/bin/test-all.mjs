// `npm test`: installs the workspace, builds, type-checks and lints every project with nx, runs every vitest project once,
// then the Python, Java and Go tests of the jsii bindings (nx, cached), and ends with one plain line, `N passed, N failed`
// (a failed nx step counts as one failure). Exits 1 when anything failed. Each step prints how long it took.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsFile = join(root, '.vitest', 'results.json');

/** Runs a shell command at the repository root, output inherited; returns its exit code. */
function sh(command) {
  console.log(`\n> ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { cwd: root, shell: true, stdio: 'inherit' });
  console.log(`(${Math.round((Date.now() - started) / 1000)} s: ${command})`);
  return result.status ?? 1;
}

/** Passed and failed test cases of the JUnit reports in `dir` (pytest, Maven Surefire, the Go build script). */
function junitCounts(dir) {
  if (!existsSync(dir)) return undefined;
  const counts = { passed: 0, failed: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
    for (const [, attributes] of readFileSync(join(dir, file), 'utf8').matchAll(/<testsuite\b([^>]*)>/g)) {
      const attr = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attributes)?.[1] ?? 0);
      const bad = attr('failures') + attr('errors');
      counts.failed += bad;
      counts.passed += attr('tests') - bad - attr('skipped');
    }
  }
  return counts;
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

// The jsii bindings: `bindings:package` (jsii-rosetta, jsii-pacmak, the Python wheels) runs first as their dependency.
const languageTests = { 'example-python': 'examples/python', 'example-java': 'examples/java', 'example-go': 'examples/go' };
for (const dir of Object.values(languageTests)) rmSync(join(root, dir, '.results'), { recursive: true, force: true });
const languagesCode = sh(`npx nx run-many -t test -p ${Object.keys(languageTests).join(',')} --output-style=static`);
let languageFailures = 0;
for (const [project, dir] of Object.entries(languageTests)) {
  const counts = junitCounts(join(root, dir, '.results'));
  if (!counts || counts.passed + counts.failed === 0) {
    console.log(`${project}: no test report`);
    languageFailures += 1;
    continue;
  }
  console.log(`${project}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  languageFailures += counts.failed;
}
failed += languageFailures;
if (languagesCode !== 0 && languageFailures === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
