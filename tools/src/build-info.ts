import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/** The fields of a `.tsbuildinfo` the check reads (TypeScript 5.x). */
interface BuildInfo {
  readonly fileNames?: string[];
  readonly fileInfos?: (string | { readonly version: string })[];
  readonly root?: (number | [number, number])[];
  readonly options?: Record<string, unknown>;
  readonly version?: string;
}

/** The fields of a clean build: anything else (pending emit, errors, changed files) means it is not. */
const CLEAN_FIELDS = ['fileNames', 'fileIdsList', 'fileInfos', 'root', 'options', 'referencedMap', 'latestChangedDtsFile', 'version'];

/**
 * Options tsc does not record in a build info: they decide which files make the program (whose contents the build
 * info does record) or which diagnostics it reports, not what it emits.
 */
const UNRECORDED_OPTIONS = new Set(['configFilePath', 'lib', 'types', 'moduleResolution', 'forceConsistentCasingInFileNames']);

/** Whether the options a build info recorded (paths relative to `lib`) are the options `config` gives now. */
function sameOptions(recorded: Record<string, unknown>, config: string, lib: string): boolean {
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed || parsed.errors.length > 0) return false;
  const current = parsed.options as Record<string, unknown>;
  const keys = new Set([...Object.keys(recorded), ...Object.keys(current)].filter((k) => !UNRECORDED_OPTIONS.has(k)));
  return [...keys].every((k) => {
    const [was, now] = [recorded[k], current[k]];
    return JSON.stringify(was) === JSON.stringify(now) || (typeof was === 'string' && typeof now === 'string' && resolve(lib, was) === now);
  });
}

/**
 * Whether `<dir>/lib` is what `tsc -p <dir>/tsconfig.build.json` (outDir lib/, rootDir src/, `lib/.tsbuildinfo`)
 * would build from the files now on disk: the build info has no pending emit or errors, comes from
 * `typescriptVersion` and records the options the tsconfig gives now; every file of that program (sources, other
 * packages' declarations, node_modules) has the SHA-256 tsc recorded as its version; its sources are all of
 * src/**\/*.ts and no more; and each has its .js and .d.ts. The same checks as tsc's own incremental build, without
 * reading a single timestamp.
 *
 * @param hashes - a cache of file hashes, shared between calls over the same files
 */
export function isCleanBuildOf(dir: string, typescriptVersion: string, hashes = new Map<string, string>()): boolean {
  const lib = join(dir, 'lib');
  const src = join(dir, 'src');
  if (!existsSync(join(lib, '.tsbuildinfo')) || !existsSync(src)) return false;
  let info: BuildInfo;
  try {
    info = JSON.parse(readFileSync(join(lib, '.tsbuildinfo'), 'utf8')) as BuildInfo;
  } catch {
    return false;
  }
  if (Object.keys(info).some((k) => !CLEAN_FIELDS.includes(k)) || info.version !== typescriptVersion) return false;
  if (!sameOptions(info.options ?? {}, join(dir, 'tsconfig.build.json'), lib)) return false;
  const { fileNames = [], fileInfos = [], root = [] } = info;
  const hash = (file: string): string => {
    if (!hashes.has(file)) hashes.set(file, existsSync(file) ? createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex') : '');
    return hashes.get(file)!;
  };
  for (const [i, name] of fileNames.entries()) {
    const recorded = fileInfos[i];
    if (recorded === undefined || hash(resolve(lib, name)) !== (typeof recorded === 'string' ? recorded : recorded.version)) return false;
  }
  const rootIds = root.flatMap((r) => (Array.isArray(r) ? Array.from({ length: r[1] - r[0] + 1 }, (_, k) => r[0] + k) : [r]));
  // Its root files under src/ (the default library a `lib` option names is a root file too).
  const built = rootIds.map((id) => relative(src, resolve(lib, fileNames[id - 1] ?? ''))).filter((f) => !f.startsWith('..')).sort();
  const sources = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  if (built.join('\n') !== sources.join('\n')) return false;
  return sources.every((f) => ['.js', '.d.ts'].every((ext) => existsSync(join(lib, f.replace(/\.ts$/, ext)))));
}
