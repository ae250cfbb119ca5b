import { JsonFile, type Project, SampleFile, TextFile } from 'projen';
import { AUTHOR, REPOSITORY_URL, SCOPE } from './monorepo';
import { keptVersion } from './package-json';
import { AWS_CDK_LIB_FLOOR, CONSTRUCTS_FLOOR, VERSIONS } from './versions';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build of tasks-core and the service packages: jsii compiles `tsconfig.build.json` with the TypeScript 5.9 tsc
 * uses, so `lib/` is what tsc writes plus each class's jsii type tag (which the Python, Java and Go runtimes read),
 * and writes the `.jsii` assembly beside it. tasks-core is a dependency, not a peer (see STYLE.md), and the packages
 * are developed against the newest aws-cdk-lib rather than the floor of their peer range: those two warnings are off.
 */
export const JSII_SILENCED_WARNINGS = ['reserved-word', 'metadata/missing-peer-dependency', 'metadata/missing-dev-dependency'];

/** The `build` script of a tasks package: the jsii command. */
export const JSII_BUILD = [
  'JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 jsii --no-fix-peer-dependencies',
  ...JSII_SILENCED_WARNINGS.map((warning) => `--silence-warnings=${warning}`),
].join(' ');

/**
 * The nx `build` target of a tasks package: the same compile in tools/executors/jsii.js, which nx hands every
 * package of a build at once, compiled in one process (each dependency assembly, aws-cdk-lib's above all, loaded once).
 */
export const JSII_BUILD_EXECUTOR = { name: '@cdk-stepfunctions/tools:jsii', options: { silenceWarnings: JSII_SILENCED_WARNINGS } };

/** Every package's scripts; nx runs them as its build, typecheck, test and lint targets. */
const SCRIPTS = {
  build: 'tsc -p tsconfig.build.json',
  typecheck: 'tsc -p tsconfig.json',
  test: 'vitest run',
  lint: 'publint --strict && attw --pack . --profile node16',
};

/** A change to one of a package's targets, for a package whose build reads more than its own sources. */
export interface TargetOptions {
  /** The command (and npm script), in place of the default one. */
  readonly command?: string;
  /** An nx executor that runs the target in place of the script (which stays, for `npm run`). */
  readonly executor?: { readonly name: string; readonly options: Record<string, unknown> };
  /** The target's nx inputs, in place of the target defaults of nx.json (files, or the outputs of the targets it depends on). */
  readonly inputs?: Array<string | { readonly dependentTasksOutputFiles: string }>;
  /** The targets it depends on, in place of the target defaults of nx.json. */
  readonly dependsOn?: Array<string | { projects?: string[]; target: string }>;
  /** The files it writes, which nx restores from its cache. */
  readonly outputs?: string[];
  /** Whether nx caches it (the target defaults of nx.json decide otherwise). */
  readonly cache?: boolean;
}

/** nx targets that run `scripts` with nx's run-commands executor in the project folder. */
export function nxTargets(scripts: Record<string, string>, targets: Record<string, TargetOptions> = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries(scripts).map(([name, command]) => [
    name,
    {
      executor: targets[name]?.executor?.name ?? 'nx:run-commands',
      options: targets[name]?.executor?.options ?? { command, cwd: '{projectRoot}' },
      ...(targets[name]?.inputs ? { inputs: targets[name].inputs } : {}),
      ...(targets[name]?.dependsOn ? { dependsOn: targets[name].dependsOn } : {}),
      ...(targets[name]?.outputs ? { outputs: targets[name].outputs } : {}),
      ...(targets[name]?.cache !== undefined ? { cache: targets[name].cache } : {}),
    },
  ]));
}

/** Where the Python, Java and Go packages of a tasks package are published, and under which names. */
export interface BindingNames {
  /** PyPI distribution (`pip install …`) and import module. */
  readonly python: { readonly distName: string; readonly module: string };
  /** Maven coordinates and Java package. */
  readonly java: { readonly groupId: string; readonly artifactId: string; readonly package: string };
  /** Go module root (one repository for every package), package name, and the import path `go get` takes. */
  readonly go: { readonly moduleName: string; readonly packageName: string; readonly importPath: string };
}

/**
 * The names of `tasks-<service>` in the other languages: `cdk-stepfunctions.tasks-lambda` /
 * `cdk_stepfunctions.tasks_lambda` on PyPI, `io.github.cdk-stepfunctions:tasks-lambda` /
 * `io.github.cdkstepfunctions.tasks.lambda` on Maven Central, `github.com/cdk-stepfunctions/cdk-stepfunctions-go/taskslambda`.
 */
export function bindingNames(name: string): BindingNames {
  const goModule = 'github.com/cdk-stepfunctions/cdk-stepfunctions-go';
  const packageName = name.replace(/-/g, '');
  return {
    python: { distName: `cdk-stepfunctions.${name}`, module: `cdk_stepfunctions.${name.replace(/-/g, '_')}` },
    java: {
      groupId: 'io.github.cdk-stepfunctions',
      artifactId: name,
      package: `io.github.cdkstepfunctions.tasks.${name.replace(/^tasks-/, '').replace(/-/g, '')}`,
    },
    go: { moduleName: goModule, packageName, importPath: `${goModule}/${packageName}` },
  };
}

/** The install lines of a tasks package for npm, pip, Go and Maven (README). */
export function installLines(name: string, version: string, core?: string): string[] {
  const names = bindingNames(name);
  return [
    '```sh',
    `npm install ${SCOPE}/${name}${core ? ` ${core}` : ''} aws-cdk-lib constructs`,
    `pip install ${names.python.distName}`,
    `go get ${names.go.importPath}`,
    '```',
    '',
    '```xml',
    '<dependency>',
    `  <groupId>${names.java.groupId}</groupId>`,
    `  <artifactId>${names.java.artifactId}</artifactId>`,
    `  <version>${version}</version>`,
    '</dependency>',
    '```',
    '',
    `Python imports \`${names.python.module}\`, Java \`${names.java.package}\`;`,
    `pip, Maven and Go bring ${core ? 'tasks-core, ' : ''}aws-cdk-lib and constructs along.`,
  ];
}

export interface TasksPackageOptions {
  /** Folder and unscoped package name, e.g. `tasks-lambda`. */
  readonly name: string;
  readonly description: string;
  readonly keywords?: string[];
  /**
   * The reference's declaration files this package mirrors, relative to
   * `aws-cdk-lib/aws-stepfunctions-tasks/lib/` (e.g. `lambda/invoke.d.ts`): read by the API coverage check.
   */
  readonly reference?: string[];
  /** tasks-core, which every other package depends on; undefined for tasks-core itself and tools that do not use it. */
  readonly core?: TasksPackage;
  /**
   * `tasks` for tasks-core and the service packages (mirrored from the reference, jsii-compatible); `tool` for the
   * tooling packages (validation, testing, migrate), which are published too but not jsii-compiled.
   * @default 'tasks'
   */
  readonly kind?: 'tasks' | 'tool';
  /** Third-party runtime dependencies, pinned to a range (tool packages). */
  readonly dependencies?: Record<string, string>;
  /**
   * Whether aws-cdk-lib and constructs are peer dependencies (a command-line tool that only reads code needs neither).
   * @default true
   */
  readonly cdkPeers?: boolean;
  /** Extra peer dependencies beyond aws-cdk-lib and constructs. */
  readonly peerDependencies?: Record<string, string>;
  /** Which of `peerDependencies` are optional. */
  readonly optionalPeers?: string[];
  /** Extra devDependencies. */
  readonly devDependencies?: Record<string, string>;
  /**
   * Entry points beyond `.`: subpath → file under `lib/` without extension, e.g. `{ './cli': 'cli' }`; or
   * `{ import, require }` for an entry point whose ES module (`src/<import>.mts`, for a dependency that has no CommonJS
   * build, such as vitest) is not its CommonJS file (`src/<require>.ts`).
   */
  readonly subpaths?: Record<string, string | { readonly import: string; readonly require: string }>;
  /** Executables: command → file under `lib/` without extension. */
  readonly bin?: Record<string, string>;
  /** Extra `files` entries (besides lib/ and CHANGELOG.md). */
  readonly files?: string[];
  /** Changes to the `build`, `typecheck`, `test` and `lint` targets, by name (e.g. a build step before tsc). */
  readonly targets?: Record<string, TargetOptions>;
}

/**
 * One published package under `packages/<name>`: its package.json, tsconfigs, vitest config and LICENSE.
 *
 * The version is read back from the package.json on disk, so `changeset version` bumps survive `npx projen`;
 * so is the range on tasks-core, which follows tasks-core's own version.
 */
export class TasksPackage {
  readonly packageName: string;
  readonly dir: string;
  readonly version: string;
  readonly reference: string[];
  readonly kind: 'tasks' | 'tool';

  constructor(project: Project, options: TasksPackageOptions) {
    this.packageName = `${SCOPE}/${options.name}`;
    this.dir = `packages/${options.name}`;
    const isNew = !existsSync(join(project.outdir, this.dir, 'package.json'));
    this.version = keptVersion(join(project.outdir, this.dir));
    this.reference = options.reference ?? [];
    this.kind = options.kind ?? 'tasks';
    const core = options.core;
    const subpaths = Object.fromEntries(Object.entries(options.subpaths ?? {}).map(([subpath, file]) => [
      subpath,
      typeof file === 'string'
        ? { types: `./lib/${file}.d.ts`, default: `./lib/${file}.js` }
        : {
          import: { types: `./lib/${file.import}.d.mts`, default: `./lib/${file.import}.mjs` },
          require: { types: `./lib/${file.require}.d.ts`, default: `./lib/${file.require}.js` },
        },
    ]));
    // ES module sources (`.mts`) compile to `.mjs` and `.d.mts` beside the CommonJS files.
    const esm = Object.values(options.subpaths ?? {}).some((file) => typeof file !== 'string');
    const bin = options.bin
      ? Object.fromEntries(Object.entries(options.bin).map(([command, file]) => [command, `./lib/${file}.js`]))
      : undefined;
    const cdkPeers = options.cdkPeers === false ? {} : { 'aws-cdk-lib': `^${AWS_CDK_LIB_FLOOR}`, constructs: `^${CONSTRUCTS_FLOOR}` };
    const peers = { ...cdkPeers, ...options.peerDependencies };
    const commands = Object.entries(options.targets ?? {}).flatMap(([name, t]) => (t.command ? [[name, t.command]] : []));
    const jsiiBuild = this.kind === 'tasks' ? { build: JSII_BUILD } : {};
    const scripts: Record<string, string> = { ...SCRIPTS, ...jsiiBuild, ...Object.fromEntries(commands) };
    const targets: Record<string, TargetOptions> = this.kind === 'tasks'
      ? { ...options.targets, build: { outputs: ['{projectRoot}/lib', '{projectRoot}/.jsii'], executor: JSII_BUILD_EXECUTOR, ...options.targets?.build } }
      : options.targets ?? {};
    const optionalPeers = options.optionalPeers?.length
      ? Object.fromEntries(options.optionalPeers.map((name) => [name, { optional: true }]))
      : undefined;

    new JsonFile(project, `${this.dir}/package.json`, {
      // changesets rewrites `version` and internal ranges in place: the file must stay writable.
      readonly: false,
      obj: {
        name: this.packageName,
        version: this.version,
        description: options.description,
        license: 'Apache-2.0',
        author: AUTHOR,
        repository: { type: 'git', url: REPOSITORY_URL, directory: this.dir },
        homepage: `https://github.com/cdk-stepfunctions/cdk-stepfunctions/tree/main/${this.dir}#readme`,
        keywords: ['aws-cdk', 'cdk', 'stepfunctions', 'step-functions', 'awscdk', ...(options.keywords ?? [])],
        type: 'commonjs',
        main: './lib/index.js',
        types: './lib/index.d.ts',
        bin,
        exports: {
          '.': { types: './lib/index.d.ts', default: './lib/index.js' },
          ...subpaths,
          './package.json': './package.json',
        },
        sideEffects: false,
        files: [
          'lib/**/*.js',
          'lib/**/*.d.ts',
          ...(esm ? ['lib/**/*.mjs', 'lib/**/*.d.mts'] : []),
          '!lib/**/*.tsbuildinfo',
          // The jsii assembly: the Python, Java and Go runtimes load the npm tarball and read the types from it.
          ...(this.kind === 'tasks' ? ['.jsii'] : []),
          'CHANGELOG.md',
          ...(options.files ?? []),
        ],
        engines: { node: '>=18.12' },
        scripts,
        // nx runs the same commands itself (no package manager on PATH needed), with the caching in nx.json.
        nx: { targets: nxTargets(scripts, targets) },
        dependencies: core || options.dependencies
          ? { ...(core ? { [core.packageName]: `^${core.version}` } : {}), ...options.dependencies }
          : undefined,
        peerDependencies: Object.keys(peers).length ? peers : undefined,
        peerDependenciesMeta: optionalPeers,
        devDependencies: {
          // The tools workspace depends on the validation package (its test helpers validate every definition).
          ...(options.name === 'validation' ? {} : { '@cdk-stepfunctions/tools': 'workspace:*' }),
          'aws-cdk-lib': VERSIONS.awsCdkLib,
          constructs: VERSIONS.constructs,
          ...options.devDependencies,
        },
        publishConfig: { access: 'public' },
        jsii: this.kind === 'tasks' ? jsiiConfig(options.name) : undefined,
      },
    });

    if (this.kind === 'tasks') {
      // jsii-rosetta compiles each README and JSDoc example as the body of this stack's constructor (names aliased,
      // so an example can import Stack and Construct itself).
      new TextFile(project, `${this.dir}/rosetta/default.ts-fixture`, {
        lines: [
          "import { Stack as FixtureStack } from 'aws-cdk-lib/core';",
          "import * as fixtureSfn from 'aws-cdk-lib/aws-stepfunctions';",
          "import { Construct as FixtureConstruct } from 'constructs';",
          '',
          'export class Fixture extends FixtureStack {',
          '  constructor(scope: FixtureConstruct, id: string) {',
          '    super(scope, id);',
          "    // A JSDoc example is an expression on `sfn` alone, as aws-cdk-lib's are; a README example's own import",
          '    // of it is shadowed by this one (the same module).',
          '    const sfn = fixtureSfn;',
          '',
          '    /// here',
          '  }',
          '}',
        ],
      });
    }

    new JsonFile(project, `${this.dir}/tsconfig.build.json`, {
      obj: {
        extends: '../../tsconfig.base.json',
        compilerOptions: { composite: true, rootDir: 'src', outDir: 'lib', tsBuildInfoFile: 'lib/.tsbuildinfo' },
        include: ['src/**/*.ts', ...(esm ? ['src/**/*.mts'] : [])],
        references: core ? [{ path: '../tasks-core/tsconfig.build.json' }] : [],
      },
    });
    new JsonFile(project, `${this.dir}/tsconfig.json`, {
      obj: {
        extends: '../../tsconfig.base.json',
        compilerOptions: { noEmit: true, rootDir: '.' },
        include: ['src/**/*.ts', ...(esm ? ['src/**/*.mts'] : []), 'test/**/*.ts'],
      },
    });
    new TextFile(project, `${this.dir}/vitest.config.ts`, {
      lines: [
        "import { defineProject } from 'vitest/config';",
        options.name === 'validation'
          ? "import { sharedTestOptions, tempDirSetupFile } from '../../tools/vitest/shared';"
          : "import { sharedTestOptions } from '../../tools/vitest/shared';",
        '',
        // The validator's own tests build invalid definitions on purpose: no definition check there.
        options.name === 'validation'
          ? `export default defineProject({ test: { ...sharedTestOptions, setupFiles: [tempDirSetupFile], name: '${options.name}' } });`
          : `export default defineProject({ test: { ...sharedTestOptions, name: '${options.name}' } });`,
      ],
    });
    new TextFile(project, `${this.dir}/LICENSE`, {
      lines: readFileSync(join(__dirname, '..', '..', 'LICENSE'), 'utf8').trimEnd().split('\n'),
    });

    // Written once for a new package, then owned by its authors.
    if (isNew) this.writeSamples(project, options);
  }

  private writeSamples(project: Project, options: TasksPackageOptions): void {
    const core = options.core;
    new SampleFile(project, `${this.dir}/README.md`, {
      contents: [
        `# ${this.packageName}`,
        '',
        options.description,
        '',
        '## Install',
        '',
        ...(this.kind === 'tasks'
          ? installLines(options.name, this.version, core?.packageName)
          : ['```sh', `npm install ${this.packageName}${core ? ` ${core.packageName}` : ''} aws-cdk-lib constructs`, '```']),
        '',
        `Peer dependencies: \`aws-cdk-lib\` ^${AWS_CDK_LIB_FLOOR}, \`constructs\` ^${CONSTRUCTS_FLOOR}.`,
        '',
      ].join('\n'),
    });
    // changesets adds a section per release under this heading.
    new SampleFile(project, `${this.dir}/CHANGELOG.md`, { contents: `# ${this.packageName}\n` });
    new SampleFile(project, `${this.dir}/src/index.ts`, { contents: 'export {};\n' });
    new SampleFile(project, `${this.dir}/test/index.test.ts`, {
      contents: [
        "import { describe, expect, it } from 'vitest';",
        "import * as api from '../src';",
        '',
        `describe('${this.packageName}', () => {`,
        "  it('loads its entry point', () => {",
        "    expect(typeof api).toBe('object');",
        '  });',
        '});',
        '',
      ].join('\n'),
    });
  }
}

/**
 * The `jsii` section of a tasks package: its assembly is compiled from `tsconfig.build.json` (the same options as
 * tsc), and jsii-pacmak writes the Python, Java and Go packages to `dist/`.
 */
function jsiiConfig(name: string): Record<string, unknown> {
  const names = bindingNames(name);
  return {
    outdir: 'dist',
    tsconfig: 'tsconfig.build.json',
    // Our tsconfig is the workspace's (Node16 modules, project references); jsii checks only what it needs.
    validateTsconfig: 'minimal',
    targets: {
      python: names.python,
      java: { package: names.java.package, maven: { groupId: names.java.groupId, artifactId: names.java.artifactId } },
      go: { moduleName: names.go.moduleName, packageName: names.go.packageName },
    },
  };
}
