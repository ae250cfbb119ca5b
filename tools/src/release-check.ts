import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isolatedEnv, runCommand } from './scratch-repo';
import { TOOLS_DIR } from './workspace';

/*
 * Helpers of the release test (tools/test/release.test.ts): semver bumps, changelog sections, and a CDK app outside
 * the workspace that installs our packages from a registry with plain npm.
 */

export type BumpType = 'patch' | 'minor' | 'major';

/** `version` bumped by `type` (release versions only, as changesets writes them outside pre mode). */
export function bump(version: string, type: BumpType): string {
  const [major, minor, patch] = version.split('.').map(Number);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The text under `## <version>` of a CHANGELOG.md (up to the next `## `), or undefined when it has no such heading. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.indexOf(`## ${version}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

/** What the consumer app prints: its state machine definition and where each package resolved tasks-core. */
export interface ConsumerSynth {
  /** The `DefinitionString` of the state machine, as JSON text. */
  readonly definition: string;
  /** Versions loaded at run time, by package name. */
  readonly versions: Record<string, string>;
  /** The tasks-core file `require()` finds from tasks-lambda and from tasks-sns. */
  readonly coreFrom: { readonly lambda: string; readonly sns: string };
}

const CORE = '@cdk-stepfunctions/tasks-core';

/** A CDK app with a LambdaInvoke and an SnsPublish in one state machine, printing what it synthesized. */
const APP = `const { App, Stack } = require('aws-cdk-lib/core');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const { dirname } = require('node:path');
const { LambdaInvoke } = require('@cdk-stepfunctions/tasks-lambda');
const { SnsPublish } = require('@cdk-stepfunctions/tasks-sns');

const app = new App({ outdir: 'cdk.out' });
const stack = new Stack(app, 'Consumer', { env: { account: '123456789012', region: 'us-east-1' } });
const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:work');
const topic = sns.Topic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:us-east-1:123456789012:done');
const work = new LambdaInvoke(stack, 'Work', { lambdaFunction: fn });
const notify = new SnsPublish(stack, 'Notify', { topic, message: sfn.TaskInput.fromText('done') });
new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(work.next(notify)) });

const template = app.synth().getStackByName('Consumer').template;
const machine = Object.values(template.Resources).find((r) => r.Type === 'AWS::StepFunctions::StateMachine');
const coreFrom = (pkg) => require.resolve('${CORE}', { paths: [dirname(require.resolve(pkg))] });
const version = (pkg) => require(pkg + '/package.json').version;
console.log('RESULT ' + JSON.stringify({
  definition: JSON.stringify(machine.Properties.DefinitionString),
  versions: Object.fromEntries(['@cdk-stepfunctions/tasks-lambda', '@cdk-stepfunctions/tasks-sns', '${CORE}'].map((p) => [p, version(p)])),
  coreFrom: { lambda: coreFrom('@cdk-stepfunctions/tasks-lambda'), sns: coreFrom('@cdk-stepfunctions/tasks-sns') },
}));
`;

/**
 * A CDK app in a folder of its own, outside the workspace, that already has aws-cdk-lib and constructs (the
 * versions the workspace pins, linked from its install to spare a 180 MB extraction) and adds our packages with
 * plain `npm install`, reading @cdk-stepfunctions from `npmrc` (never the user's npm config).
 */
export class ConsumerApp {
  static create(dir: string, npmrc: string): ConsumerApp {
    mkdirSync(join(dir, 'app', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'npmrc'), npmrc);
    const { dependencies } = JSON.parse(readFileSync(join(TOOLS_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const manifest = { name: 'consumer', version: '0.0.0', private: true, dependencies: { 'aws-cdk-lib': dependencies['aws-cdk-lib'], constructs: dependencies.constructs } };
    writeFileSync(join(dir, 'app', 'package.json'), `${JSON.stringify(manifest, undefined, 2)}\n`);
    writeFileSync(join(dir, 'app', 'app.js'), APP);
    // aws-cdk-lib and what it depends on, from the workspace's install (pnpm keeps them side by side).
    const cdkModules = dirname(realpathSync(join(TOOLS_DIR, 'node_modules', 'aws-cdk-lib')));
    const names = readdirSync(cdkModules).flatMap((e) => (e.startsWith('@') ? readdirSync(join(cdkModules, e)).map((s) => `${e}/${s}`) : [e]));
    for (const name of names) {
      const to = join(dir, 'app', 'node_modules', name);
      mkdirSync(dirname(to), { recursive: true });
      const from = realpathSync(join(cdkModules, name));
      // Hard links: npm replaces package folders, it never writes into installed files.
      if (spawnSync('cp', ['-al', from, to]).status !== 0) cpSync(from, to, { recursive: true });
    }
    return new ConsumerApp(dir);
  }

  private constructor(private readonly root: string) {}

  /** The app folder. */
  get dir(): string {
    return join(this.root, 'app');
  }

  private env(): NodeJS.ProcessEnv {
    return isolatedEnv({ npm_config_userconfig: join(this.root, 'npmrc'), CDK_VALIDATION: 'false' });
  }

  /** `npm install <specs>`, as a user adds or upgrades packages. */
  install(...specs: string[]): Promise<string> {
    return runCommand('npm', ['install', ...specs, '--no-audit', '--no-fund'], { cwd: this.dir, env: this.env() });
  }

  /** `npm ls <name> --all` (text) and the folders of every copy of `name` installed. */
  async ls(name: string): Promise<{ readonly text: string; readonly copies: string[] }> {
    const text = await runCommand('npm', ['ls', name, '--all'], { cwd: this.dir, env: this.env() });
    const parseable = await runCommand('npm', ['ls', name, '--all', '--parseable'], { cwd: this.dir, env: this.env() });
    const copies = [...new Set(parseable.split('\n').map((l) => l.trim()).filter((l) => l.includes(name)))];
    return { text, copies };
  }

  /** The version of each `node_modules/<name>` in package-lock.json. */
  lockedVersions(): Record<string, string> {
    const lock = JSON.parse(readFileSync(join(this.dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    return Object.fromEntries(Object.entries(lock.packages)
      .filter(([path]) => path.startsWith('node_modules/@cdk-stepfunctions/') || path.includes('/node_modules/@cdk-stepfunctions/'))
      .map(([path, entry]) => [path, entry.version ?? '']));
  }

  /** The dependencies the app's package.json declares. */
  declared(): Record<string, string> {
    return (JSON.parse(readFileSync(join(this.dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  }

  /** Runs the app (`node app.js`): synthesizes the stack and reports what it used. */
  async synth(): Promise<ConsumerSynth> {
    const output = await runCommand(process.execPath, ['app.js'], { cwd: this.dir, env: this.env() });
    const line = output.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`the app printed no result:\n${output}`);
    return JSON.parse(line.slice('RESULT '.length)) as ConsumerSynth;
  }
}

/** The text of `path` (e.g. `CHANGELOG.md`) in a package tarball, or undefined when the tarball lacks it. */
export function tarballFile(tarball: Uint8Array, path: string): string | undefined {
  const result = spawnSync('tar', ['-xzO', '-f', '-', `package/${path}`], { input: tarball, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

/** Processes (`pid command line`) whose working folder or command line is inside `dir`, from /proc (Linux). */
export function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e) && Number(e) !== process.pid)) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      let cwd = '';
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // Not ours to read.
      }
      if (cwd.startsWith(dir) || cmdline.includes(dir)) found.push(`${pid} ${cmdline}`);
    } catch {
      // It exited meanwhile.
    }
  }
  return found;
}
