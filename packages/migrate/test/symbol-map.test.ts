import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSymbolMap, PACKAGES_DIR } from '../scripts/generate-symbol-map';
import { loadSymbolMap } from '../src/symbol-map';
import { MAP, project, read } from './helpers';

const manifest = (name: string, version = '1.2.3', extra: object = {}): string =>
  JSON.stringify({ name, version, peerDependencies: { 'aws-cdk-lib': '^2.178.0' }, ...extra });

describe('generateSymbolMap', () => {
  it('reads every export of every service package: declarations, export *, renamed and type-only re-exports', () => {
    const { dir, cleanup } = project({
      'tasks-core/package.json': manifest('@cdk-stepfunctions/tasks-core', '0.4.0'),
      'tasks-core/src/index.ts': "export * from './base';\nexport function helper(): void {}\n",
      'tasks-core/src/base.ts': 'export abstract class TaskBase {}\nexport interface Shared {}\n',
      'tasks-new/package.json': manifest('@cdk-stepfunctions/tasks-new', '0.2.1'),
      'tasks-new/src/index.ts': [
        "export * from './task';",
        "export { Helper as PublicHelper, type Options } from './helper';",
        "import { Local } from './helper';",
        'export { Local };',
        "export type { Kind } from './helper';",
        'export const VERSION = 1;',
        'export default class Hidden {}',
        '',
      ].join('\n'),
      'tasks-new/src/task.ts': 'export class NewTask {}\nexport interface NewTaskProps {}\nexport enum Mode { A = "a" }\ntype Private = string;\nexport type Alias = Private;\n',
      'tasks-new/src/helper.ts': 'export class Helper {}\nexport interface Options {}\nexport class Local {}\nexport class Kind {}\n',
      'validation/package.json': manifest('@cdk-stepfunctions/validation'),
      'validation/src/index.ts': 'export class Validator {}\n',
      'tasks-private/package.json': manifest('@cdk-stepfunctions/tasks-private', '1.0.0', { private: true }),
      'tasks-private/src/index.ts': 'export class Secret {}\n',
    });
    try {
      const map = generateSymbolMap(dir);
      const core = '@cdk-stepfunctions/tasks-core';
      const pkg = '@cdk-stepfunctions/tasks-new';
      expect(map).toEqual({
        core,
        packages: {
          [core]: { version: '0.4.0', peerDependencies: { 'aws-cdk-lib': '^2.178.0' } },
          [pkg]: { version: '0.2.1', peerDependencies: { 'aws-cdk-lib': '^2.178.0' } },
        },
        symbols: {
          Alias: { package: pkg, typeOnly: true },
          Kind: { package: pkg, typeOnly: true },
          Local: { package: pkg, typeOnly: false },
          Mode: { package: pkg, typeOnly: false },
          NewTask: { package: pkg, typeOnly: false },
          NewTaskProps: { package: pkg, typeOnly: true },
          Options: { package: pkg, typeOnly: true },
          PublicHelper: { package: pkg, typeOnly: false },
          Shared: { package: core, typeOnly: true },
          TaskBase: { package: core, typeOnly: false },
          VERSION: { package: pkg, typeOnly: false },
          helper: { package: core, typeOnly: false },
        },
      });
    } finally {
      cleanup();
    }
  });

  it('maps a name two packages export to the service package rather than tasks-core, and warns between services', () => {
    const { dir, cleanup } = project({
      'tasks-core/package.json': manifest('@cdk-stepfunctions/tasks-core'),
      'tasks-core/src/index.ts': 'export class Shared {}\n',
      'tasks-a/package.json': manifest('@cdk-stepfunctions/tasks-a'),
      'tasks-a/src/index.ts': 'export class Shared {}\nexport class Twice {}\n',
      'tasks-b/package.json': manifest('@cdk-stepfunctions/tasks-b'),
      'tasks-b/src/index.ts': "export class Twice {}\nexport * from './missing';\n",
    });
    try {
      const warnings: string[] = [];
      const map = generateSymbolMap(dir, (w) => warnings.push(w));
      expect(map.symbols.Shared.package).toBe('@cdk-stepfunctions/tasks-a');
      expect(map.symbols.Twice.package).toBe('@cdk-stepfunctions/tasks-a');
      expect(warnings).toEqual([
        `${join(dir, 'tasks-b/src/index.ts')}: cannot resolve './missing', its exports are left out`,
        'Twice is exported by @cdk-stepfunctions/tasks-a and @cdk-stepfunctions/tasks-b: mapped to @cdk-stepfunctions/tasks-a',
      ]);
    } finally {
      cleanup();
    }
  });
});

describe('the workspace map', () => {
  it('has every service package at the version of its package.json, and their classes', () => {
    const services = readdirSync(PACKAGES_DIR).filter((d) => d.startsWith('tasks-') && existsSync(join(PACKAGES_DIR, d, 'src', 'index.ts')));
    expect(Object.keys(MAP.packages).sort()).toEqual(services.map((d) => `@cdk-stepfunctions/${d}`).sort());
    for (const dir of services) {
      const { name, version } = JSON.parse(read(join(PACKAGES_DIR, dir, 'package.json'))) as { name: string; version: string };
      expect(MAP.packages[name].version).toBe(version);
    }
    expect(MAP.symbols.LambdaInvoke).toEqual({ package: '@cdk-stepfunctions/tasks-lambda', typeOnly: false });
    expect(MAP.symbols.LambdaInvokeProps).toEqual({ package: '@cdk-stepfunctions/tasks-lambda', typeOnly: true });
    expect(MAP.symbols.DynamoAttributeValue).toEqual({ package: '@cdk-stepfunctions/tasks-dynamodb', typeOnly: false });
    expect(MAP.symbols.RunLambdaTask).toBeUndefined();
  });

  it('is what the build shipped in lib/symbol-map.json (nx rebuilds it when a package changes)', () => {
    expect(loadSymbolMap(join(__dirname, '..', 'lib', 'symbol-map.json'))).toEqual({ '//': expect.stringContaining('Generated'), ...MAP });
  });
});
