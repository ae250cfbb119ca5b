import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/command';
import { capture, FIXTURES, MAP, project, range, read } from './helpers';

/**
 * Whole CDK apps, one folder each under `__fixtures__/apps`: `app.input.<ext>` and `package.input.json` are the
 * app before, `*.output.*` after. The migration of a copy must give the outputs; the outputs type-check against
 * the workspace packages; and both synthesize the same template, but for the differences the packages document.
 */
const APPS_DIR = join(FIXTURES, 'apps');
const APPS = readdirSync(APPS_DIR).sort();
/** The lockfile each app is migrated with, and the install command that must follow. */
const LOCKFILES: Record<string, [string, string]> = {
  'orders-ts': ['pnpm-lock.yaml', 'pnpm install'],
  'notifier-js': ['package-lock.json', 'npm install'],
};

/** `package.output.json` with the ranges of our packages at their current versions (the fixture says ^0.1.0). */
function expectedManifest(app: string): string {
  return read(join(APPS_DIR, app, 'package.output.json'))
    .replace(/"(@cdk-stepfunctions\/[\w-]+)": "\^[^"]+"/g, (_, name: string) => `"${name}": "${range(name)}"`);
}

/** Loads a module the way the app's file is loaded, so classes compare by identity. */
type Loader = (id: string) => Promise<Record<string, unknown>>;

async function loadApp(app: string, which: 'input' | 'output'): Promise<{ app: App; load: Loader }> {
  const file = readdirSync(join(APPS_DIR, app)).find((f) => f.startsWith(`app.${which}.`))!;
  const path = join(APPS_DIR, app, file);
  // JavaScript apps are CommonJS: loaded by Node's own require, as `cdk synth` would.
  const nodeRequire = createRequire(path);
  const load: Loader = file.endsWith('.js') ? async (id) => nodeRequire(id) as Record<string, unknown> : async (id) => import(id) as Promise<Record<string, unknown>>;
  return { app: ((await load(path)) as { app: App }).app, load };
}

/** The task states of an app, as [class name, construct]. */
function taskStates(app: App): [string, object][] {
  return app.node.findAll().filter((c) => Object.prototype.hasOwnProperty.call(MAP.symbols, c.constructor.name) && 'toStateJson' in c)
    .map((c) => [c.constructor.name, c]);
}

function template(app: App): Record<string, unknown> {
  const stack = app.node.children.find((c): c is Stack => 'templateOptions' in c)!;
  return Template.fromStack(stack).toJSON();
}

/**
 * The documented difference of @cdk-stepfunctions/tasks-lambda (README, "Invoke permission"): aws-cdk-lib grants
 * `lambda:InvokeFunction` on the function's ARN and `<ARN>:*`; we grant the ARN of what is invoked. Replaces the
 * reference's pair by the single ARN, after checking it is that pair.
 */
function applyLambdaGrantDifference(reference: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(reference), (key, value: unknown) => {
    if (key !== 'Statement' || !Array.isArray(value)) return value;
    return value.map((statement: { Action?: unknown; Resource?: unknown }) => {
      if (statement.Action !== 'lambda:InvokeFunction' || !Array.isArray(statement.Resource)) return statement;
      const [arn, qualified] = statement.Resource as unknown[];
      expect(statement.Resource).toHaveLength(2);
      expect(qualified).toEqual(typeof arn === 'string' ? `${arn}:*` : { 'Fn::Join': ['', [arn, ':*']] });
      return { ...statement, Resource: arn };
    });
  }) as Record<string, unknown>;
}

describe.each(APPS)('app %s', (app) => {
  const scratch = project({});
  afterAll(() => scratch.cleanup());

  it('migrates to the expected sources and package.json, then prints the install command of its lockfile', () => {
    const [lockfile, install] = LOCKFILES[app];
    const inputs = readdirSync(join(APPS_DIR, app)).filter((f) => f.includes('.input.'));
    for (const file of inputs) copyFileSync(join(APPS_DIR, app, file), join(scratch.dir, file.replace('.input.', '.')));
    writeFileSync(join(scratch.dir, lockfile), '');

    const io = capture(scratch.dir);
    expect(runCommand([], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toContain(`Now install them: ${install}\n`);
    for (const file of inputs) {
      const migrated = read(join(scratch.dir, file.replace('.input.', '.')));
      const expected = file.startsWith('package.') ? expectedManifest(app) : read(join(APPS_DIR, app, file.replace('.input.', '.output.')));
      expect(migrated).toBe(expected);
    }

    // A second run changes nothing.
    const again = capture(scratch.dir);
    expect(runCommand([], again)).toBe(0);
    expect(again.out()).toBe('Nothing to migrate in 1 file.\n');
  });

  it('builds its tasks from aws-cdk-lib before and from the packages after', async () => {
    const before = await loadApp(app, 'input');
    const after = await loadApp(app, 'output');
    const reference = await before.load('aws-cdk-lib/aws-stepfunctions-tasks');
    const [beforeTasks, afterTasks] = [taskStates(before.app), taskStates(after.app)];
    expect(beforeTasks.length).toBeGreaterThanOrEqual(3);
    expect(afterTasks.map(([name]) => name)).toEqual(beforeTasks.map(([name]) => name));
    for (const [name, state] of beforeTasks) expect(state).toBeInstanceOf(reference[name]);
    for (const [name, state] of afterTasks) expect(state).toBeInstanceOf((await after.load(MAP.symbols[name].package))[name]);
  });

  it('synthesizes the same template before and after, but for the documented differences', async () => {
    const before = template((await loadApp(app, 'input')).app);
    const after = template((await loadApp(app, 'output')).app);
    expect(Object.values(after.Resources as object).filter((r: { Type: string }) => r.Type === 'AWS::StepFunctions::StateMachine').length).toBeGreaterThan(0);
    expect(after).toEqual(applyLambdaGrantDifference(before));
  });
});

describe('migrated apps', () => {
  // TypeScript's program over aws-cdk-lib's declarations is the slow part (thousands of files): one for all apps.
  it('type-check against the workspace packages (TypeScript, and JavaScript with checkJs)', { timeout: 180_000 }, () => {
    const outputs = APPS.flatMap((app) => readdirSync(join(APPS_DIR, app))
      .filter((f) => /^app\.output\.[jt]s$/.test(f))
      .map((f) => join(APPS_DIR, app, f)));
    expect(outputs).toHaveLength(APPS.length);
    const program = ts.createProgram(outputs, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      strict: true,
      // JavaScript has no parameter types.
      noImplicitAny: false,
      noEmit: true,
      skipLibCheck: true,
      allowJs: true,
      checkJs: true,
      types: ['node'],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
