import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { migrate, type MigrationResult } from './migrate';
import { formatProblem } from './report';
import type { SymbolMap } from './symbol-map';

/** Where the command writes, and what it runs on. */
export interface CommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** @default the map the package was built with */
  readonly map?: SymbolMap;
}

const USAGE = `Usage: cdk-stepfunctions-migrate [paths...] [--dry-run]

Rewrites the imports of aws-cdk-lib/aws-stepfunctions-tasks in the TypeScript and JavaScript
files under the paths (default: the current folder; node_modules, cdk.out and what .gitignore
ignores are skipped) to the @cdk-stepfunctions packages that export each symbol, and adds those
packages to the nearest package.json.

Options:
  --dry-run   print a unified diff of the changes instead of making them
  --help      print this help
  --version   print the version

Exit status: 0 when everything was migrated, 1 when something was left for you (listed with
file:line:column), 2 on bad arguments or an error.
`;

function version(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary of a run, line by line. */
function summary(result: MigrationResult, cwd: string): string[] {
  const lines: string[] = [];
  const would = result.dryRun;
  const references = result.files.reduce((n, f) => n + f.rewritten, 0);
  if (result.files.length === 0) {
    lines.push(`Nothing to migrate in ${plural(result.scanned, 'file')}.`);
  } else {
    lines.push(`${would ? 'Would migrate' : 'Migrated'} ${plural(result.files.length, 'file')} (${plural(references, 'reference')}) to the @cdk-stepfunctions packages${would ? '; nothing was changed (--dry-run)' : ''}.`);
  }
  for (const manifest of result.manifests) {
    const added = Object.entries(manifest.added).map(([name, range]) => `${name}@${range}`).join(', ');
    lines.push(`${would ? 'Would add' : 'Added'} to ${manifest.file}: ${added}`);
  }
  const installs = new Map(result.manifests.map((m) => [m.install.dir, m.install.command]));
  for (const [dir, command] of installs) {
    const rel = relative(cwd, dir).split(sep).join('/');
    lines.push(`${would ? 'Then install them' : 'Now install them'}: ${rel ? `cd ${rel} && ` : ''}${command}`);
  }
  return lines;
}

/**
 * The `cdk-stepfunctions-migrate` command: parses `argv` (without node and the script), runs the migration and
 * prints the summary (stdout), the diff (stdout, with `--dry-run`) and what was left (stderr). Returns the exit
 * status.
 */
export function runCommand(argv: readonly string[], io: CommandIo): number {
  const paths: string[] = [];
  let dryRun = false;
  let options = true;
  for (const arg of argv) {
    if (options && arg === '--') options = false;
    else if (options && arg === '--dry-run') dryRun = true;
    else if (options && (arg === '--help' || arg === '-h')) {
      io.stdout(USAGE);
      return 0;
    } else if (options && (arg === '--version' || arg === '-v')) {
      io.stdout(`${version()}\n`);
      return 0;
    } else if (options && arg.startsWith('-')) {
      io.stderr(`unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  let result: MigrationResult;
  try {
    result = migrate({ paths, cwd: io.cwd, dryRun, map: io.map });
  } catch (e) {
    io.stderr(`cdk-stepfunctions-migrate: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const lines = summary(result, io.cwd);
  // With --dry-run, stdout is the diff alone (so it can be piped to `git apply`); the rest goes to stderr.
  if (dryRun) {
    io.stdout(result.diff);
    io.stderr(`${lines.join('\n')}\n`);
  } else {
    io.stdout(`${lines.join('\n')}\n`);
  }
  if (result.problems.length) {
    io.stderr(`\nLeft for you (${result.problems.length}):\n${result.problems.map((p) => `  ${formatProblem(p)}\n`).join('')}`);
    return 1;
  }
  return 0;
}
