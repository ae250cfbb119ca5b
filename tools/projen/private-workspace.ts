import { JsonFile, type Project } from 'projen';
import { AUTHOR } from './monorepo';
import { nxTargets } from './tasks-package';

export interface PrivateWorkspaceOptions {
  readonly name: string;
  readonly description: string;
  readonly scripts?: Record<string, string>;
  readonly exports?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

/** A private (never published) workspace package: tools/, examples/ or bench/. */
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
        scripts: options.scripts,
        nx: options.scripts ? { targets: nxTargets(options.scripts) } : undefined,
        dependencies: options.dependencies,
        devDependencies: options.devDependencies,
      },
    });
    new JsonFile(project, `${dir}/tsconfig.json`, {
      obj: {
        extends: '../tsconfig.base.json',
        compilerOptions: { noEmit: true, rootDir: '.' },
        include: ['**/*.ts'],
        exclude: ['node_modules', 'lib', '.tmp'],
      },
    });
  }
}
