// @ts-check
/*
 * nx executor `@cdk-stepfunctions/tools:jsii`: the build of tasks-core and the service packages, the same compile as
 * the `jsii` command of each package's `build` script (same lib/ and .jsii, byte for byte: tools/test/jsii-executor).
 *
 * Why not `jsii` per package: each jsii process spends most of its time loading and validating the assemblies it
 * depends on (aws-cdk-lib's is tens of MB), the same for all 25 packages. nx hands this executor every package of a
 * build at once (batch mode, `preferBatch`); it compiles them in one process per core, one package after the other
 * in each, loading each dependency assembly once per process: about 1.2 s a package instead of 4-5 s of CPU.
 *
 * jsii exposes no compile API, so this loads the modules its CLI uses (lib/project-info, lib/compiler, lib/warnings,
 * lib/utils). If they cannot be loaded (a jsii that moved them), every package is built with the `jsii` command.
 */
const { fork, spawnSync } = require('node:child_process');
const { availableParallelism } = require('node:os');
const { statSync } = require('node:fs');
const path = require('node:path');

/**
 * @typedef {{ silenceWarnings?: string[] }} JsiiOptions
 * @typedef {{ success: boolean, terminalOutput: string, startTime?: number, endTime?: number }} TaskResult
 */

/** `ts.DiagnosticCategory.Warning` and `.Error`. */
const DIAGNOSTIC_WARNING = 0;
const DIAGNOSTIC_ERROR = 1;

/** jsii's modules, loaded once per process from the jsii that `projectRoot` depends on (undefined: not loadable). */
let loaded;

/** Loads jsii's compiler modules for `projectRoot`, with dependency assemblies memoized by file, mtime and size. */
function loadJsii(projectRoot) {
  if (loaded !== undefined) return loaded;
  try {
    const jsiiDir = path.dirname(require.resolve('jsii/package.json', { paths: [projectRoot] }));
    const specDir = path.dirname(require.resolve('@jsii/spec/package.json', { paths: [jsiiDir] }));
    // The module itself (the package index re-exports it through getters, which cannot be replaced).
    const assemblyUtils = require(path.join(specDir, 'lib', 'assembly-utils.js'));
    const loadAssemblyFromFile = assemblyUtils.loadAssemblyFromFile;
    const assemblies = new Map();
    assemblyUtils.loadAssemblyFromFile = (file, ...rest) => {
      const { mtimeMs, size } = statSync(file);
      const key = JSON.stringify([path.resolve(file), mtimeMs, size, ...rest]);
      if (!assemblies.has(key)) assemblies.set(key, loadAssemblyFromFile(file, ...rest));
      return assemblies.get(key);
    };
    loaded = {
      ...require(path.join(jsiiDir, 'lib', 'project-info.js')),
      ...require(path.join(jsiiDir, 'lib', 'compiler.js')),
      ...require(path.join(jsiiDir, 'lib', 'jsii-diagnostic.js')),
      warnings: require(path.join(jsiiDir, 'lib', 'warnings.js')),
      utils: require(path.join(jsiiDir, 'lib', 'utils.js')),
      jsiiBin: path.join(jsiiDir, 'bin', 'jsii'),
    };
    for (const name of ['loadProjectInfo', 'Compiler', 'configureCategories']) {
      if (typeof loaded[name] !== 'function') throw new Error(`jsii has no ${name}`);
    }
  } catch (error) {
    console.warn(`jsii executor: compiling with the jsii command (${error instanceof Error ? error.message : error})`);
    loaded = null;
  }
  return loaded;
}

/** Runs the `jsii` command in `projectRoot`, as the package's build script does. */
function compileWithCommand(projectRoot, options) {
  const args = ['--no-fix-peer-dependencies', ...(options.silenceWarnings ?? []).map((w) => `--silence-warnings=${w}`)];
  const bin = path.join(path.dirname(require.resolve('jsii/package.json', { paths: [projectRoot] })), 'bin', 'jsii');
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split('.')[0] },
  });
  return { success: result.status === 0, terminalOutput: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Compiles the jsii project in `projectRoot` in this process, as the `jsii` command would. */
function compile(projectRoot, options) {
  const jsii = loadJsii(projectRoot);
  if (!jsii) return compileWithCommand(projectRoot, options);
  const cwd = process.cwd();
  const startTime = Date.now();
  try {
    process.chdir(projectRoot);
    jsii.warnings.silencedWarnings.clear();
    for (const warning of options.silenceWarnings ?? []) {
      for (const code of jsii.warnings.parseWarningCodes(warning)) jsii.warnings.silencedWarnings.add(code);
    }
    const { projectInfo, diagnostics: projectDiagnostics } = jsii.loadProjectInfo(projectRoot);
    jsii.configureCategories(projectInfo.diagnostics ?? {});
    const compiler = new jsii.Compiler({
      projectInfo,
      typeScriptConfig: projectInfo.packageJson.jsii?.tsconfig,
      validateTypeScriptConfig: projectInfo.packageJson.jsii?.validateTsconfig ?? 'strict',
    });
    const emitted = compiler.emit();
    const diagnostics = [...projectDiagnostics, ...emitted.diagnostics];
    const lines = diagnostics
      // What the CLI prints at its default log level: errors, and warnings that are not silenced.
      .filter((d) => d.category === DIAGNOSTIC_ERROR || (d.category === DIAGNOSTIC_WARNING && !jsii.warnings.isSilenced(d)))
      .map((d) => jsii.utils.formatDiagnostic(d, projectRoot).trim());
    lines.push(jsii.utils.formatCompilationSummary(diagnostics, emitted.emitSkipped, Date.now() - startTime));
    return { success: !emitted.emitSkipped, terminalOutput: `${lines.join('\n')}\n` };
  } catch (error) {
    return { success: false, terminalOutput: `${error instanceof Error ? error.stack : String(error)}\n` };
  } finally {
    process.chdir(cwd);
  }
}

/**
 * Builds one package (`nx run <package>:build` when nx does not batch).
 *
 * @param {JsiiOptions} options
 * @param {{ root: string, projectName?: string, projectsConfigurations?: { projects: Record<string, { root: string }> } }} context
 */
async function jsiiExecutor(options, context) {
  const project = context.projectsConfigurations?.projects[context.projectName ?? ''];
  if (!project) throw new Error(`jsii executor: no project ${context.projectName}`);
  const result = compile(path.join(context.root, project.root), options);
  process.stdout.write(result.terminalOutput);
  return { success: result.success };
}

/**
 * A child process that compiles the packages it is sent, one at a time, keeping jsii and the dependency assemblies
 * it loaded for the next one.
 */
class Lane {
  constructor() {
    this.child = fork(__filename, ['--lane'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.output = '';
    this.child.stdout?.on('data', (d) => (this.output += d));
    this.child.stderr?.on('data', (d) => (this.output += d));
  }

  /** @returns {Promise<TaskResult>} */
  compile(projectRoot, options) {
    return new Promise((resolve) => {
      const onExit = (code) => resolve({ success: false, terminalOutput: `${this.output}jsii executor: the compiling process exited (${code})\n` });
      this.child.once('exit', onExit);
      this.child.once('message', (/** @type {TaskResult} */ result) => {
        this.child.off('exit', onExit);
        // What jsii logged itself (its own error lines) comes before the diagnostics.
        const logged = this.output;
        this.output = '';
        resolve({ ...result, terminalOutput: `${logged}${result.terminalOutput}` });
      });
      this.child.send({ projectRoot, options });
    });
  }

  close() {
    this.child.disconnect();
  }
}

/**
 * Builds every package of a batch, each after the packages it depends on, in as many child processes as there are
 * cores (at most 4), each compiling one package after the other; a package whose dependency failed is not built
 * (and fails). Results are yielded as packages finish, so nx caches each and starts what waits on it.
 *
 * @param {{ tasks: Record<string, { id: string, projectRoot?: string }>, dependencies: Record<string, string[]> }} taskGraph
 * @param {Record<string, JsiiOptions>} inputs
 * @param {unknown} _overrides
 * @param {{ root: string }} context
 * @returns {AsyncGenerator<{ task: string, result: TaskResult }>}
 */
async function* batch(taskGraph, inputs, _overrides, context) {
  const ids = Object.keys(taskGraph.tasks);
  /** @type {Map<string, boolean>} */
  const done = new Map();
  const pending = new Set(ids);
  const dependencies = (id) => (taskGraph.dependencies[id] ?? []).filter((dep) => dep in taskGraph.tasks);
  const lanes = Array.from({ length: Math.max(1, Math.min(4, availableParallelism(), ids.length)) }, () => new Lane());
  const idle = [...lanes];
  /** @type {Map<string, Promise<{ id: string, lane: Lane | undefined, result: TaskResult }>>} */
  const running = new Map();
  try {
    while (pending.size > 0 || running.size > 0) {
      for (const id of [...pending]) {
        const deps = dependencies(id);
        const failed = deps.find((dep) => done.get(dep) === false);
        if (failed) {
          pending.delete(id);
          running.set(id, Promise.resolve({ id, lane: undefined, result: { success: false, terminalOutput: `not built: ${failed} failed\n` } }));
        } else if (idle.length > 0 && deps.every((dep) => done.get(dep) === true)) {
          pending.delete(id);
          const lane = /** @type {Lane} */ (idle.pop());
          const startTime = Date.now();
          running.set(id, lane.compile(path.join(context.root, taskGraph.tasks[id].projectRoot ?? ''), inputs[id] ?? {})
            .then((result) => ({ id, lane, result: { ...result, startTime, endTime: Date.now() } })));
        }
      }
      if (running.size === 0) throw new Error(`jsii executor: a dependency cycle among ${[...pending].join(', ')}`);
      const { id, lane, result } = await Promise.race(running.values());
      running.delete(id);
      if (lane) idle.push(lane);
      done.set(id, result.success);
      yield { task: id, result };
    }
  } finally {
    for (const lane of lanes) lane.close();
  }
}

if (require.main === module && process.argv[2] === '--lane') {
  process.on('message', (/** @type {{ projectRoot: string, options: JsiiOptions }} */ message) => {
    process.send?.(compile(message.projectRoot, message.options));
  });
}

module.exports = jsiiExecutor;
module.exports.default = jsiiExecutor;
module.exports.batch = batch;
module.exports.compile = compile;
module.exports.compileWithCommand = compileWithCommand;
