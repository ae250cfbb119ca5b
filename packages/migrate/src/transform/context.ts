import type { Collection, JSCodeshift } from 'jscodeshift';
import type { Problem } from '../report';
import { type SymbolEntry, type SymbolMap, V1_REPLACEMENTS } from '../symbol-map';
import { StatementEdits } from './edits';
import { Namer } from './names';
import { position, span } from './text';

/** The reference module. */
export const TASKS_MODULE = 'aws-cdk-lib/aws-stepfunctions-tasks';
/** aws-cdk-lib's root module, whose `aws_stepfunctions_tasks` member is the reference module. */
export const CDK_MODULE = 'aws-cdk-lib';
/** The reference module's name as a member of aws-cdk-lib's root module. */
export const BARREL_MEMBER = 'aws_stepfunctions_tasks';
/** The CDK v1 module of the same classes. */
export const V1_MODULE = '@aws-cdk/aws-stepfunctions-tasks';

/** What one file's transform knows and collects: the parsed file, the symbol map, its edits and problems. */
export class FileContext {
  readonly edits: StatementEdits;
  readonly problems: Problem[] = [];
  /** Packages the rewritten references come from. */
  readonly packages = new Set<string>();
  /** How many references (specifiers, uses) were rewritten. */
  rewritten = 0;
  readonly namer: Namer;

  constructor(
    readonly j: JSCodeshift,
    readonly root: Collection,
    readonly source: string,
    readonly file: string,
    readonly map: SymbolMap,
    /** Whether the file is TypeScript (it may say `import type`). */
    readonly typescript: boolean,
    names: Set<string>,
  ) {
    this.edits = new StatementEdits(source);
    this.namer = new Namer(names);
  }

  /** The source text of a node. */
  text(node: object): string {
    const { start, end } = span(node);
    return this.source.slice(start, end);
  }

  /** Records something left for the user at `node`. */
  report(node: object, message: string): void {
    this.problems.push({ file: this.file, ...position(this.source, span(node).start), message });
  }

  /**
   * Where `symbol` lives now; undefined (and reported at `node`) when no package exports it, with the class that
   * replaces a CDK v1 one.
   */
  lookup(symbol: string, node: object): SymbolEntry | undefined {
    const entry = Object.prototype.hasOwnProperty.call(this.map.symbols, symbol) ? this.map.symbols[symbol] : undefined;
    if (entry) return entry;
    const replacement = V1_REPLACEMENTS[symbol];
    if (replacement) {
      const home = this.map.symbols[replacement]?.package;
      this.report(node, `${symbol} belongs to the deprecated CDK v1 API, which the @cdk-stepfunctions packages leave out: `
        + `not migrated; replace it with ${replacement}${home ? ` from ${home}` : ''}`);
    } else {
      this.report(node, `${symbol} is not exported by any @cdk-stepfunctions package yet: left on '${TASKS_MODULE}'`);
    }
    return undefined;
  }

  /** Counts a rewritten reference to a symbol of `pkg`. */
  rewrote(pkg: string): void {
    this.rewritten++;
    this.packages.add(pkg);
  }
}
