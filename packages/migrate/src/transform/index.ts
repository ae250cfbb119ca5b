import jscodeshift = require('jscodeshift');
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { Problem } from '../report';
import { sortProblems } from '../report';
import type { SymbolMap } from '../symbol-map';
import { FileContext } from './context';
import { Finder } from './find';
import { namesInFile } from './names';
import { Rewriter } from './rewrite';
import { applyEdits, toOriginalLineEnds } from './text';

export { BARREL_MEMBER, CDK_MODULE, TASKS_MODULE, V1_MODULE } from './context';

/** What to transform a file's text with. */
export interface TransformOptions {
  /** The file's path: its extension picks the parser, and problems name it. */
  readonly file: string;
  readonly map: SymbolMap;
}

/** One file's migration. */
export interface TransformResult {
  /** The new text (the same text when nothing changed). */
  readonly output: string;
  /** The packages the rewritten symbols come from, tasks-core first when there are any. */
  readonly packages: string[];
  /** How many references (specifiers, uses, `require`s) were rewritten. */
  readonly rewritten: number;
  /** What was left for the user. */
  readonly problems: Problem[];
}

/** A file that cannot mention the reference module is not parsed. */
const MENTIONS = /aws-stepfunctions-tasks|aws_stepfunctions_tasks/;

/** Leading white space that recast counts as no column at all: it would drop it from the text it parses. */
const ZERO_WIDTH_INDENT = /^[^\S\r\n\u2028\u2029]*/gm;

/**
 * The text to hand to jscodeshift, whose offsets are those of `source`. recast re-indents each line before the
 * parser reads it (a tab becomes `tabWidth` spaces; a vertical tab, form feed or byte order mark in the indentation,
 * nothing), so with tabs the parser's offsets would point past the code the edits are meant for. With a tab width
 * of 1 and those characters as spaces, every line keeps its length.
 */
function sameLengthForRecast(source: string): string {
  return source.replace(ZERO_WIDTH_INDENT, (indent) => indent.replace(/[\v\f\uFEFF]/g, ' '));
}

function parse(source: string, file: string): { j: JSCodeshift; root: Collection } {
  // `ts` for TypeScript (so `<T>x` casts parse); `tsx` for TSX and JavaScript (JSX, and TypeScript's superset of
  // JavaScript), then Babel's Flow-aware parser for JavaScript it cannot read.
  const parsers = /\.[cm]?ts$/.test(file) ? ['ts'] : /\.tsx$/.test(file) ? ['tsx'] : ['tsx', 'babylon'];
  const parsed = sameLengthForRecast(source);
  let error: unknown;
  for (const parser of parsers) {
    try {
      const j = jscodeshift.withParser(parser);
      return { j, root: j(parsed, { tabWidth: 1 }) };
    } catch (e) {
      error ??= e;
    }
  }
  throw error;
}

/**
 * Migrates one file's text: every import of `aws-cdk-lib/aws-stepfunctions-tasks` (and `aws_stepfunctions_tasks` of
 * `aws-cdk-lib`) becomes imports of the packages exporting its symbols. Only the rewritten ranges change.
 */
export function transformSource(source: string, options: TransformOptions): TransformResult {
  const unchanged = (problems: Problem[] = []): TransformResult => ({ output: source, packages: [], rewritten: 0, problems });
  if (!MENTIONS.test(source)) return unchanged();
  // The parser skips a byte order mark and reads \r\n as \n, and so does the transform; its edits are mapped back
  // to the file at the end.
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = source.slice(bom.length);
  const text = body.replace(/\r\n/g, '\n');
  let parsed: { j: JSCodeshift; root: Collection };
  try {
    parsed = parse(text, options.file);
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    const message = e instanceof Error ? e.message.replace(/\s*\(\d+:\d+\)$/, '') : String(e);
    return unchanged([{ file: options.file, line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1, message: `cannot parse the file: ${message}` }]);
  }
  const { j, root } = parsed;
  const ctx = new FileContext(j, root, text, options.file, options.map, /\.[cm]?tsx?$/.test(options.file), namesInFile(j, root));
  // 1. find the imports
  const finder = new Finder(ctx);
  const found = finder.find();
  // 2. map each symbol to its package, and 3. rewrite
  new Rewriter(ctx, finder).run(found);
  const output = ctx.edits.empty ? source : bom + applyEdits(body, toOriginalLineEnds(body, ctx.edits.resolve()));
  // 4. report
  const core = options.map.core;
  const packages = ctx.packages.size ? [core, ...[...ctx.packages].filter((p) => p !== core).sort()] : [];
  return { output, packages, rewritten: ctx.rewritten, problems: sortProblems(ctx.problems) };
}
