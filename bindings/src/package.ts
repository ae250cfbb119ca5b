/**
 * `nx run bindings:package`: the Python, Java and Go packages of every tasks package, from the `.jsii` assemblies
 * their builds wrote.
 *
 * 1. jsii-rosetta compiles every README example in strict mode (an example that does not compile fails the
 *    target) and writes each package's tablet of translations (`.jsii.tabl.json`), so the generated docs show the
 *    examples in Python, Java and Go.
 * 2. jsii-pacmak generates the Python, Java and Go packages into each package's `dist/` in one process (the
 *    assemblies, aws-cdk-lib's among them, are loaded once).
 * 3. pip builds the 25 Python wheels into `bindings/dist/python` in one build environment made once and reused.
 *    jsii-pacmak's own Python build makes a fresh virtual environment per package, installs its build tools
 *    into it, then builds the wheel in a second, isolated one: 16 minutes for 25 packages on a 2-core machine.
 *    The wheels are the same (the sources jsii-pacmak generated, built by the same setuptools backend).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const here = resolve(__dirname, '..');
const bin = (name: string): string => join(here, 'node_modules', '.bin', name);
// jsii's tools print a banner on Node 20 (end of life for them); the project runs on Node 20.
const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' };

/** The tasks packages (tools/reference-map.json lists them; the tooling packages are not jsii-compiled). */
function tasksPackageDirs(): string[] {
  const names = Object.keys(JSON.parse(readFileSync(join(root, 'tools', 'reference-map.json'), 'utf8')) as Record<string, unknown>)
    .filter((n) => n !== '//');
  return names.map((name) => join(root, 'packages', name.replace('@cdk-stepfunctions/', '')));
}

function run(command: string, args: string[], cwd = root): void {
  const started = Date.now();
  console.log(`> ${command.replace(`${here}/`, '')} ${args.map((a) => a.replace(`${root}/`, '')).join(' ')}`);
  execFileSync(command, args, { cwd, env, stdio: 'inherit' });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const dirs = tasksPackageDirs();
for (const dir of dirs) {
  if (!existsSync(join(dir, '.jsii'))) throw new Error(`${dir} has no .jsii assembly: build it first (nx run-many -t build)`);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
}
const wheels = join(here, 'dist', 'python');
rmSync(join(here, 'dist'), { recursive: true, force: true });

run(bin('jsii-rosetta'), ['extract', '--strict', ...dirs]);
run(bin('jsii-pacmak'), [
  ...dirs,
  '--code-only',
  '--no-npmignore',
  '--rosetta-unknown-snippets=fail',
  // An array option: after the packages, or it takes them as targets.
  '--target', 'python', 'java', 'go',
]);

const venv = join(here, '.venv');
const python = join(venv, 'bin', 'python');
if (!existsSync(python)) run(process.env.PYTHON ?? 'python3.11', ['-m', 'venv', venv]);
// The build backend jsii-pacmak's packages declare (setuptools ~= 75.3), installed once.
run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', 'setuptools~=75.3.2']);
mkdirSync(wheels, { recursive: true });
run(python, [
  '-m', 'pip', 'wheel', '--quiet', '--disable-pip-version-check', '--no-deps', '--no-build-isolation', '--wheel-dir', wheels,
  ...dirs.map((d) => join(d, 'dist', 'python')),
]);
const built = readdirSync(wheels).filter((f) => f.endsWith('.whl'));
if (built.length !== dirs.length) throw new Error(`expected ${dirs.length} wheels, got ${built.length}: ${built.join(', ')}`);
console.log(`${built.length} wheels in ${wheels.replace(`${root}/`, '')}`);
