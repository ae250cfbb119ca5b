/**
 * Steps 2 and 3: map each symbol to its package and rewrite. Named imports split into one import per package;
 * a module binding's uses (`tasks.LambdaInvoke`, `tasks.LambdaInvokeProps` in a type) become named imports; what
 * no package exports stays where it was, reported.
 */
import { type ASTPath, memberAbove, type N, nodeOf } from './ast';
import type { FileContext } from './context';
import type { Finder, Found, InlineSite } from './find';
import { isPropertyName } from './names';
import type { ModuleSite, NamedItem, NamedSite, Site } from './sites';
import { exportStatement, importStatement, requireStatement, type Style } from './style';
import { indentAt, span } from './text';
import type { SymbolEntry } from '../symbol-map';

const SCOPE = '@cdk-stepfunctions/';
/** TypeScript nodes whose identifier children are parameters, which the scope analysis does not see. */
const SIGNATURES = new Set([
  'TSFunctionType', 'TSConstructorType', 'TSMethodSignature', 'TSCallSignatureDeclaration', 'TSConstructSignatureDeclaration',
  'TSDeclareFunction', 'TSDeclareMethod', 'TSIndexSignature',
]);

/** A symbol a module site imports anew. */
interface Added {
  readonly symbol: string;
  readonly local: string;
  readonly entry: SymbolEntry;
}

export class Rewriter {
  constructor(private readonly ctx: FileContext, private readonly finder: Finder) {}

  run(found: Found): void {
    this.registerExistingImports();
    // Named imports first: their local names are the user's, and a namespace use of the same symbol reuses them.
    for (const site of found.sites) if (site.kind === 'named') this.named(site);
    for (const site of found.sites) if (site.kind === 'module') this.module(site);
    for (const site of found.inline) this.inline(site);
  }

  /** Rewrites a site; true when nothing of it refers to the reference module any more. */
  private site(site: Site): boolean {
    return site.kind === 'named' ? this.named(site) : this.module(site);
  }

  /** The names the file already imports from our packages: a namespace use of one of them reuses it. */
  private registerExistingImports(): void {
    const { j, root, namer } = this.ctx;
    root.find(j.ImportDeclaration).forEach((path) => {
      const node = nodeOf(path);
      const source = (node.source as N).value;
      if (typeof source !== 'string' || !source.startsWith(SCOPE)) return;
      for (const specifier of (node.specifiers as N[] | undefined) ?? []) {
        if (specifier.type !== 'ImportSpecifier') continue;
        const imported = (specifier.imported as N).name ?? (specifier.imported as N).value;
        namer.register(source, String(imported), String((specifier.local as N).name), node.importKind === 'type' || specifier.importKind === 'type');
      }
    });
  }

  private named(site: NamedSite): boolean {
    const { ctx } = this;
    const groups = new Map<string, NamedItem[]>();
    let left = 0;
    for (const item of site.items) {
      const entry = ctx.lookup(item.imported, item.node);
      if (!entry) {
        left++;
        continue;
      }
      groups.set(entry.package, [...(groups.get(entry.package) ?? []), item]);
      ctx.edits.dropItem(site.statement, item.node);
      ctx.rewrote(entry.package);
      if (site.output !== 'export') ctx.namer.register(entry.package, item.imported, item.local, item.typeOnly || site.typeOnly);
    }
    if (groups.size === 0) return left === 0;
    const indent = indentAt(ctx.source, span(site.anchor.node).start);
    const lines = [...groups].map(([pkg, items]) => {
      // One specifier per line only where the original had that and there are several.
      const style: Style = items.length > 1 ? site.style : { ...site.style, multiline: undefined };
      const texts = items.map((i) => i.text);
      if (site.output === 'import') return importStatement(texts, pkg, site.typeOnly, style, indent);
      if (site.output === 'export') return exportStatement(texts, pkg, site.typeOnly, style, indent);
      return requireStatement(site.declarationKind, texts, pkg, style, indent);
    });
    ctx.edits.addLines(site.anchor, lines);
    return left === 0;
  }

  private module(site: ModuleSite): boolean {
    const { ctx } = this;
    const added = new Map<string, Added[]>();
    let left = 0;
    let rewritten = 0;
    for (const use of this.references(site)) {
      let at: ASTPath | undefined = use;
      for (const member of site.prefix) {
        const up: { path: ASTPath; name: string } | undefined = memberAbove(at);
        at = up?.name === member ? up.path : undefined;
        if (!at) break;
      }
      if (!at) {
        left++; // another member of aws-cdk-lib (`cdk.Stack`)
        continue;
      }
      const member = memberAbove(at);
      if (member) {
        const entry = ctx.lookup(member.name, member.path.node);
        if (!entry) {
          left++;
          continue;
        }
        const namespace = site.prefix.length ? 'tasks' : site.local;
        const { local, added: isNew } = ctx.namer.allocate(entry.package, member.name, namespace, !entry.typeOnly);
        if (isNew) added.set(entry.package, [...(added.get(entry.package) ?? []), { symbol: member.name, local, entry }]);
        ctx.edits.replace(member.path.node, local);
        ctx.rewrote(entry.package);
        rewritten++;
        continue;
      }
      const alias = this.finder.alias(at, site);
      if (alias && this.site(alias)) {
        rewritten++;
        continue;
      }
      if (alias === undefined) {
        const text = at === use ? site.local : ctx.text(at.node);
        ctx.report(at.node, `${text} is used as a whole here, not as ${text}.Name: not migrated`);
      }
      left++;
    }
    const drop = left === 0 && (site.ownsBinding || rewritten > 0);
    if (drop && site.item) ctx.edits.dropItem(site.statement, site.item);
    else if (drop) ctx.edits.dropStatement(site.statement);
    if (added.size) ctx.edits.addLines(site.anchor, this.moduleLines(site, added));
    return drop;
  }

  private moduleLines(site: ModuleSite, added: Map<string, Added[]>): string[] {
    const indent = indentAt(this.ctx.source, span(site.anchor.node).start);
    return [...added].sort(([a], [b]) => a.localeCompare(b)).map(([pkg, symbols]) => {
      const sorted = [...symbols].sort((a, b) => a.symbol.localeCompare(b.symbol));
      if (site.output === 'require') {
        const texts = sorted.map((s) => (s.local === s.symbol ? s.symbol : `${s.symbol}: ${s.local}`));
        return requireStatement(site.declarationKind, texts, pkg, site.style, indent);
      }
      const ts = this.ctx.typescript;
      const allTypes = site.typeOnly || (ts && sorted.every((s) => s.entry.typeOnly));
      const texts = sorted.map((s) => `${!allTypes && ts && s.entry.typeOnly ? 'type ' : ''}${s.symbol}${s.local === s.symbol ? '' : ` as ${s.local}`}`);
      return importStatement(texts, pkg, allTypes, site.style, indent);
    });
  }

  /** The uses of a module binding in its scope (not shadowed, not property names). */
  private references(site: ModuleSite): ASTPath[] {
    const { j, root } = this.ctx;
    const scope = site.statement.scope as { isGlobal?: boolean } | undefined;
    // The binding itself (and its twin in `import { aws_stepfunctions_tasks }`, where imported and local are one identifier).
    const seen = new Set<number>([span(site.binding).start]);
    return root.find(j.Identifier, { name: site.local }).paths().filter((path) => {
      const node = path.node as unknown as N;
      const parent = nodeOf(path.parent as ASTPath);
      // A parameter of a function type or signature (`(tasks: string) => void`) declares its own name.
      if (isPropertyName(node, parent) || SIGNATURES.has(parent.type)) return false;
      const found = (path.scope as { lookup(name: string): unknown } | undefined)?.lookup(site.local);
      // Bindings the scope analysis does not know (`import x = require(…)`) are the module's.
      if (found ? found !== scope : !scope?.isGlobal) return false;
      const { start } = span(node);
      if (seen.has(start)) return false; // `{ tasks }`: the key and the value are one identifier
      seen.add(start);
      return true;
    });
  }

  private inline(site: InlineSite): void {
    const entry = this.ctx.lookup(site.symbol, site.at);
    if (!entry) return;
    this.ctx.edits.replace(site.target, site.render(entry.package));
    this.ctx.rewrote(entry.package);
  }
}
