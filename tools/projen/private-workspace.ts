import { JsonFile, type Project, TextFile } from 'projen';
import { AUTHOR } from './monorepo';
import { nxTargets, type TargetOptions } from './tasks-package';

export interface PrivateWorkspaceOptions {
  readonly name: string;
  readonly description: string;
  readonly scripts?: Record<string, string>;
  readonly exports?: Record<string, string>;
  /** The nx executors the package provides (the path of its executors.json). */
  readonly executors?: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  /** Changes to the nx targets of `scripts`, by name (inputs, outputs, dependsOn, cache). */
  readonly targets?: Record<string, TargetOptions>;
  /**
   * Whether the folder holds TypeScript (a tsconfig.json is written); the Python, Java and Go test projects don't.
   * @default true
   */
  readonly typescript?: boolean;
  /**
   * The name of the folder's vitest project (its tests are the `.test.ts` files under `test/`, with the workspace's
   * shared options); none when undefined.
   */
  readonly vitest?: string;
}

/** A private (never published) workspace package: tools/, examples/, bench/, bindings/ or a language test project. */
export class PrivateWorkspace {
  constructor(project: Project, dir: string, options: PrivateWorkspaceOptions) {
    new JsonFile(project, `${dir}/package.json`, {
      obj: {
        name: options.name,
        version: '0.0.0',
        private: true,
        description: options.description,
        license: 'Apache-2.0',
        author: AUTHOR,
        type: 'commonjs',
        exports: options.exports,
        executors: options.executors,
        scripts: options.scripts,
        nx: options.scripts ? { targets: nxTargets(options.scripts, options.targets) } : undefined,
        dependencies: options.dependencies,
        devDependencies: options.devDependencies,
      },
    });
    if (options.typescript === false) return;
    new JsonFile(project, `${dir}/tsconfig.json`, {
      obj: {
        extends: '../tsconfig.base.json',
        compilerOptions: { noEmit: true, rootDir: '.' },
        include: ['**/*.ts'],
        // vitest loads its config itself; tsc checks the sources and tests (as in the packages, whose tsconfigs leave it out).
        exclude: ['node_modules', 'lib', '.tmp', ...(options.vitest ? ['vitest.config.ts'] : [])],
      },
    });
    if (options.vitest) {
      const toRoot = '../'.repeat(dir.split('/').length);
      new TextFile(project, `${dir}/vitest.config.ts`, {
        lines: [
          "import { defineProject } from 'vitest/config';",
          `import { sharedTestOptions } from '${toRoot}tools/vitest/shared';`,
          '',
          `export default defineProject({ test: { ...sharedTestOptions, name: '${options.vitest}' } });`,
        ],
      });
    }
  }
}
