import { type ASTPath, children, child, type N } from './ast';
import { type Edit, insertAfterStatement, removeListItems, replaceStatement, span } from './text';

interface Statement {
  readonly path: ASTPath;
  /** Items (specifiers, declarators, pattern properties) dropped from it. */
  readonly dropped: Set<object>;
  /** Drop the whole statement. */
  whole: boolean;
  /** New statements to write after it, or in its place when it goes. */
  readonly lines: string[];
}


/**
 * The edits of one file, by statement: what to drop from each, and what new statements to write after it (or in its
 * place when nothing of it is left). Resolved once at the end, so several rewrites of one statement (two bindings
 * of one import) combine into one consistent edit.
 */
export class StatementEdits {
  private readonly statements = new Map<object, Statement>();
  private readonly edits: Edit[] = [];

  constructor(private readonly source: string) {}

  /** A plain edit inside a statement that is otherwise kept (a use of a binding). */
  replace(node: object, text: string): void {
    this.edits.push({ ...span(node), text });
  }

  /** Drops one item of `statement`: an import or export specifier, a variable declarator, or a property of a declarator's pattern. */
  dropItem(statement: ASTPath, item: object): void {
    this.entry(statement).dropped.add(item);
  }

  /** Drops a whole statement. */
  dropStatement(statement: ASTPath): void {
    this.entry(statement).whole = true;
  }

  /** Writes `lines` after `statement` (or in its place, when all of it is dropped). */
  addLines(statement: ASTPath, lines: readonly string[]): void {
    this.entry(statement).lines.push(...lines);
  }

  /** Whether the file changes at all. */
  get empty(): boolean {
    return this.edits.length === 0 && this.statements.size === 0;
  }

  /** Every edit, the statements' resolved. */
  resolve(): Edit[] {
    const out = [...this.edits];
    for (const statement of this.statements.values()) {
      const node = statement.path.node as unknown as N;
      const kept = statement.whole ? { edits: [], empty: true } : this.itemEdits(node, statement.dropped);
      const range = span(node);
      if (kept.empty) {
        out.push(replaceStatement(this.source, range, statement.lines));
      } else {
        out.push(...kept.edits);
        if (statement.lines.length) out.push(insertAfterStatement(this.source, range, statement.lines));
      }
    }
    return out;
  }

  private entry(path: ASTPath): Statement {
    let entry = this.statements.get(path.node);
    if (!entry) {
      entry = { path, dropped: new Set(), whole: false, lines: [] };
      this.statements.set(path.node, entry);
    }
    return entry;
  }

  /** The edits that drop `dropped` from a statement, or `empty` when nothing of it would be left. */
  private itemEdits(node: N, dropped: ReadonlySet<object>): { edits: Edit[]; empty: boolean } {
    if (dropped.size === 0) return { edits: [], empty: false };
    if (node.type === 'VariableDeclaration') return this.declarationEdits(node, dropped);
    if (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration') return this.specifierEdits(node, dropped);
    throw new Error(`cannot drop items of a ${node.type}`);
  }

  private declarationEdits(node: N, dropped: ReadonlySet<object>): { edits: Edit[]; empty: boolean } {
    const declarators = children(node, 'declarations');
    const edits: Edit[] = [];
    const goneDeclarators = new Set<number>();
    declarators.forEach((declarator, index) => {
      if (dropped.has(declarator)) {
        goneDeclarators.add(index);
        return;
      }
      const id = child(declarator, 'id');
      if (id?.type !== 'ObjectPattern') return;
      const properties = children(id, 'properties');
      const gone = new Set(properties.flatMap((p, i) => (dropped.has(p) ? [i] : [])));
      if (gone.size === 0) return;
      if (gone.size === properties.length) goneDeclarators.add(index);
      else edits.push(...removeListItems(properties.map(span), gone));
    });
    if (goneDeclarators.size === declarators.length) return { edits: [], empty: true };
    edits.push(...removeListItems(declarators.map(span), goneDeclarators));
    return { edits, empty: false };
  }

  private specifierEdits(node: N, dropped: ReadonlySet<object>): { edits: Edit[]; empty: boolean } {
    const specifiers = children(node, 'specifiers');
    if (specifiers.every((s) => dropped.has(s))) return { edits: [], empty: true };
    const named = specifiers.filter((s) => s.type === 'ImportSpecifier' || s.type === 'ExportSpecifier');
    const others = specifiers.filter((s) => !named.includes(s));
    const edits: Edit[] = [];
    const goneNamed = new Set(named.flatMap((s, i) => (dropped.has(s) ? [i] : [])));
    if (goneNamed.size > 0 && goneNamed.size === named.length) {
      // `import cdk, { x } from …` without x: from the end of `cdk` to the closing brace.
      const close = this.source.indexOf('}', span(named[named.length - 1]).end);
      edits.push({ start: span(others[others.length - 1]).end, end: close + 1, text: '' });
    } else if (goneNamed.size > 0) {
      edits.push(...removeListItems(named.map(span), goneNamed));
    }
    for (const other of others.filter((s) => dropped.has(s))) {
      // `import cdk, { Stack } from …` without cdk: the default import and its comma.
      const { start, end } = span(other);
      const comma = /^\s*,\s*/.exec(this.source.slice(end))?.[0] ?? '';
      edits.push({ start, end: end + comma.length, text: '' });
    }
    return { edits, empty: false };
  }
}
