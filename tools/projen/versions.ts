/** Versions pinned across the workspace: one place to bump them. */
export const VERSIONS = {
  pnpm: '12.4.2',
  awsCdkLib: '2.276.0',
  constructs: '10.8.1',
  typescript: '5.9.3',
  vitest: '4.1.12',
  nx: '24.0.6',
  changesets: '2.31.1',
  projen: '0.103.25',
  tsx: '4.23.15',
  esbuild: '0.28.2',
  jsii: '5.9.50',
  /** Generates the Python, Java and Go packages from the .jsii assemblies (1.x reads jsii 5.x assemblies). */
  jsiiPacmak: '1.140.0',
  /** Compiles and translates the README examples; its 5.9 line matches jsii 5.9 (released with pacmak 1.140.0). */
  jsiiRosetta: '5.9.64',
  publint: '0.3.25',
  attw: '0.18.5',
  typesNode: '20.19.0',
  /** The local registry of the release test; 6.8.x runs on Node 20 (later 6.x want Node 22). */
  verdaccio: '6.8.0',
} as const;

/**
 * The other languages' dependencies of the binding tests (examples/python, examples/java, examples/go), at the
 * versions the npm side uses.
 */
export const BINDING_VERSIONS = {
  /** PyPI serves aws-cdk-lib up to 2.275.0 (no 2.276.0): the Python tests run on the closest release. */
  awsCdkLibPython: '2.275.0',
  constructs: VERSIONS.constructs,
  pytest: '9.2.0',
  /** Maven Central serves aws-cdk-lib up to 2.263.0 here (no 2.276.0): the Java test compiles against that. */
  awsCdkLibJava: '2.263.0',
  junit: '5.14.4',
  surefire: '3.5.4',
  compiler: '3.14.0',
  buildHelper: '3.6.1',
  awsCdkGo: `v${VERSIONS.awsCdkLib}`,
  constructsGo: `v${VERSIONS.constructs}`,
  jsiiRuntimeGo: 'v1.143.0',
} as const;

/** Ranges of the tooling packages' third-party runtime dependencies. */
export const TOOL_DEPENDENCIES = {
  /** The ASL schema validator of the Step Functions tooling ecosystem; 4.x understands JSONata. */
  aslValidator: '^4.0.0',
  /** AWS implements the JSONata 2.0.6 spec; the testing package's conformance corpus guards upgrades. */
  jsonata: '^2.0.6',
  /** 10.x runs on Node 18+ (11.x wants Node 22) and evaluates filters with its safe evaluator. */
  jsonpathPlus: '^10.3.0',
  jscodeshift: '^17.3.0',
  ignore: '^7.0.5',
  diff: '^8.0.1',
} as const;

/**
 * The lowest aws-cdk-lib every package supports.
 *
 * 2.178.0 is the first release with the JSONata query language in aws-stepfunctions
 * (`QueryLanguage`, `TaskStateJsonataBaseProps`, `Timeout`, the `jsonata()` / `jsonPath()` factories),
 * which every task's props and factories are built on.
 */
export const AWS_CDK_LIB_FLOOR = '2.178.0';
/** The lowest constructs release of the 10.x line aws-cdk-lib 2.178 asks for. */
export const CONSTRUCTS_FLOOR = '10.0.0';

/** The command every script uses to run pnpm: a fresh machine has Node and npm only. */
export const PNPM = `npx -y pnpm@${VERSIONS.pnpm}`;
