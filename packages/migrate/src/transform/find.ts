/**
 * Step 1: find every place that takes something from the reference module — imports, re-exports, `require()`,
 * aws-cdk-lib's `aws_stepfunctions_tasks` member, type imports — as sites to rewrite. What cannot be rewritten
 * (dynamic imports, `export *`, the CDK v1 module, shapes the codemod does not take apart) is reported here.
 */
import { type ASTPath, child, children, inStatementList, type N, nameOf, nodeOf, requiredModule } from './ast';
import { BARREL_MEMBER, CDK_MODULE, type FileContext, TASKS_MODULE, V1_MODULE } from './context';
import type { ModuleSite, NamedItem, NamedSite, Site } from './sites';
import { bracesSpacingOf, requote, styleOf } from './style';

/** A `require(…)` or `… .X` that names a symbol directly; rewritten in place (the module string changes). */
export interface InlineSite {
  readonly kind: 'inline';
  /** The symbol's name. */
  readonly symbol: string;
  /** What to replace: the module string, or the `aws_stepfunctions_tasks` member of a `require` of aws-cdk-lib's root. */
  readonly target: N;
  /** The replacement, given the symbol's package. */
  readonly render: (pkg: string) => string;
  /** Where to report an unknown symbol. */
  readonly at: N;
}

/** What step 1 found in one file. */
export interface Found {
  readonly sites: Site[];
  readonly inline: InlineSite[];
}

export class Finder {
  private readonly sites: Site[] = [];
  private readonly inline: InlineSite[] = [];
  private readonly braceSpacing: boolean;
  /** Whether new sites join `sites` (during `find`), or only go back to the caller (aliases found later). */
  private collecting = true;

  constructor(private readonly ctx: FileContext) {
    this.braceSpacing = bracesSpacingOf(ctx.source);
  }

  find(): Found {
    const { j, root } = this.ctx;
    root.find(j.StringLiteral).forEach((path) => {
      const value = (path.node as { value: string }).value;
      if (value === TASKS_MODULE) this.tasksModule(path);
      else if (value === CDK_MODULE) this.cdkModule(path);
      else if (value === V1_MODULE) this.ctx.report(path.node, `${V1_MODULE} is CDK v1: move the app to aws-cdk-lib v2 first, then run the codemod again`);
    });
    this.collecting = false;
    return { sites: [...this.sites], inline: [...this.inline] };
  }

  /**
   * An alias or destructuring of a module binding, found while rewriting its uses (`const t = cdk.aws_stepfunctions_tasks`):
   * its site; null when it is one but cannot be rewritten (reported); undefined when `use` is no alias.
   */
  alias(use: ASTPath, of: ModuleSite): Site | null | undefined {
    const parent = use.parent as ASTPath;
    const node = nodeOf(parent);
    if (node.type === 'VariableDeclarator' && node.init === use.node) return this.declarator(parent, use.node as N, of) ?? null;
    if (node.type === 'TSImportEqualsDeclaration' && node.moduleReference === use.node && !node.isExport) {
      const id = child(node, 'id')!;
      return this.moduleSite(parent, { local: id.name!, binding: id, output: 'import', declarationKind: 'const', typeOnly: false, prefix: [], quoted: quoteOf(of) });
    }
    return undefined;
  }

  private tasksModule(path: ASTPath): void {
    const parent = path.parent as ASTPath;
    const node = nodeOf(parent);
    switch (node.type) {
      case 'ImportDeclaration':
        return this.tasksImport(parent);
      case 'ExportNamedDeclaration':
        return this.tasksReexport(parent);
      case 'ExportAllDeclaration':
        return this.ctx.report(node, `export * from '${TASKS_MODULE}' is not migrated: export the names from their packages`);
      case 'TSExternalModuleReference': {
        const declaration = path.parent.parent as ASTPath;
        const d = nodeOf(declaration);
        if (d.isExport) return this.ctx.report(d, `export import … = require('${TASKS_MODULE}') is not migrated`);
        this.moduleSite(declaration, { local: nameOf(child(d, 'id'))!, binding: child(d, 'id')!, output: 'import', declarationKind: 'const', typeOnly: d.importKind === 'type', prefix: [], quoted: this.ctx.text(path.node) });
        return;
      }
      case 'CallExpression':
        if (requiredModule(node) === TASKS_MODULE) return this.tasksRequire(parent);
        if (child(node, 'callee')?.type === 'Import') return this.ctx.report(node, `a dynamic import('${TASKS_MODULE}') is not migrated`);
        break;
      case 'ImportExpression':
        return this.ctx.report(node, `a dynamic import('${TASKS_MODULE}') is not migrated`);
      case 'TSImportType':
        return this.importType(path, node);
      default:
        break;
    }
    this.ctx.report(path.node, `this use of '${TASKS_MODULE}' is not migrated`);
  }

  private cdkModule(path: ASTPath): void {
    const parent = path.parent as ASTPath;
    const node = nodeOf(parent);
    const quoted = this.ctx.text(path.node);
    if (node.type === 'ImportDeclaration') {
      for (const specifier of children(node, 'specifiers')) {
        const local = child(specifier, 'local')!;
        if (specifier.type === 'ImportSpecifier' && nameOf(child(specifier, 'imported')) === BARREL_MEMBER) {
          this.moduleSite(parent, { local: local.name!, binding: local, item: specifier, output: 'import', declarationKind: 'const', typeOnly: node.importKind === 'type' || specifier.importKind === 'type', prefix: [], quoted });
        } else if (specifier.type === 'ImportNamespaceSpecifier' || specifier.type === 'ImportDefaultSpecifier') {
          this.moduleSite(parent, { local: local.name!, binding: local, item: specifier, output: 'import', declarationKind: 'const', typeOnly: node.importKind === 'type', prefix: [BARREL_MEMBER], quoted, root: true });
        }
      }
    } else if (node.type === 'ExportNamedDeclaration') {
      if (children(node, 'specifiers').some((s) => nameOf(child(s, 'local')) === BARREL_MEMBER)) {
        this.ctx.report(node, `re-exporting ${BARREL_MEMBER} from '${CDK_MODULE}' is not migrated`);
      }
    } else if (node.type === 'TSExternalModuleReference') {
      const declaration = path.parent.parent as ASTPath;
      const d = nodeOf(declaration);
      if (!d.isExport) this.moduleSite(declaration, { local: nameOf(child(d, 'id'))!, binding: child(d, 'id')!, output: 'import', declarationKind: 'const', typeOnly: false, prefix: [BARREL_MEMBER], quoted, root: true });
    } else if (requiredModule(node) === CDK_MODULE) {
      this.cdkRequire(parent, quoted);
    }
  }

  private tasksImport(declaration: ASTPath): void {
    const node = nodeOf(declaration);
    const specifiers = children(node, 'specifiers');
    if (specifiers.length === 0) return; // `import 'aws-cdk-lib/aws-stepfunctions-tasks'`: nothing to move
    const whole = specifiers.filter((s) => s.type !== 'ImportSpecifier');
    const named = specifiers.filter((s) => s.type === 'ImportSpecifier');
    const typeOnly = node.importKind === 'type';
    const quoted = this.ctx.text(child(node, 'source')!);
    if (whole.length && named.length) {
      this.ctx.report(node, 'an import of the whole module and of names in one statement is not migrated: split it, then run the codemod again');
      return;
    }
    if (whole.length) {
      const local = child(whole[0], 'local')!;
      this.moduleSite(declaration, { local: local.name!, binding: local, output: 'import', declarationKind: 'const', typeOnly, prefix: [], quoted });
      return;
    }
    const items = named.map((s): NamedItem => ({
      imported: nameOf(child(s, 'imported'))!,
      local: nameOf(child(s, 'local'))!,
      node: s,
      text: this.ctx.text(s),
      typeOnly: s.importKind === 'type',
    }));
    this.named(declaration, declaration, 'import', items, typeOnly, 'const', quoted);
  }

  private tasksReexport(declaration: ASTPath): void {
    const node = nodeOf(declaration);
    const specifiers = children(node, 'specifiers');
    if (specifiers.some((s) => s.type !== 'ExportSpecifier')) {
      this.ctx.report(node, `export * as … from '${TASKS_MODULE}' is not migrated: export the names from their packages`);
      return;
    }
    const items = specifiers.map((s): NamedItem => ({
      imported: nameOf(child(s, 'local'))!,
      local: nameOf(child(s, 'exported'))!,
      node: s,
      text: this.ctx.text(s),
      typeOnly: s.exportKind === 'type',
    }));
    this.named(declaration, declaration, 'export', items, node.exportKind === 'type', 'const', this.ctx.text(child(node, 'source')!));
  }

  /** `require('aws-cdk-lib/aws-stepfunctions-tasks')` somewhere. */
  private tasksRequire(call: ASTPath): void {
    const parent = call.parent as ASTPath;
    const node = nodeOf(parent);
    if (node.type === 'VariableDeclarator' && node.init === call.node) {
      this.declarator(parent, call.node as N);
      return;
    }
    // TypeScript's CommonJS output for `import * as tasks from …`: `const tasks = __importStar(require(…))`.
    const above = parent.parent as ASTPath | undefined;
    const aboveNode = above && nodeOf(above);
    if (isImportStar(node, call.node as N) && aboveNode?.type === 'VariableDeclarator' && aboveNode.init === parent.node) {
      this.declarator(above!, node);
      return;
    }
    if (node.type === 'ExpressionStatement') return; // `require('aws-cdk-lib/aws-stepfunctions-tasks');`: nothing to move
    const member = this.memberOf(call);
    const literal = children(nodeOf(call), 'arguments')[0];
    if (member) {
      this.inline.push({ kind: 'inline', symbol: member.name, target: literal, render: (pkg) => requote(this.ctx.text(literal), pkg), at: member.node });
      return;
    }
    this.ctx.report(call.node, `this require('${TASKS_MODULE}') is not migrated`);
  }

  /** A `require` call of aws-cdk-lib's root module (in the app being migrated) somewhere. */
  private cdkRequire(call: ASTPath, quoted: string): void {
    const parent = call.parent as ASTPath;
    const node = nodeOf(parent);
    if (node.type === 'VariableDeclarator' && node.init === call.node) {
      const id = child(node, 'id')!;
      const declaration = parent.parent as ASTPath;
      const kind = nodeOf(declaration).kind ?? 'const';
      if (id.type === 'Identifier') {
        if (this.declarationOk(declaration, false)) {
          this.moduleSite(declaration, { local: id.name!, binding: id, item: node, output: 'require', declarationKind: kind, typeOnly: false, prefix: [BARREL_MEMBER], quoted, root: true });
        }
      } else if (id.type === 'ObjectPattern') {
        const property = children(id, 'properties').find((p) => p.type === 'ObjectProperty' && !p.computed && nameOf(child(p, 'key')) === BARREL_MEMBER);
        const value = property && child(property, 'value');
        if (!property) return;
        if (value?.type !== 'Identifier') {
          this.ctx.report(property, `this destructuring of ${BARREL_MEMBER} is not migrated: bind it to a name (\`${BARREL_MEMBER}: tasks\`)`);
        } else if (this.declarationOk(declaration, true)) {
          this.moduleSite(declaration, { local: value.name!, binding: value, item: property, output: 'require', declarationKind: kind, typeOnly: false, prefix: [], quoted });
        }
      }
      return;
    }
    const member = this.memberOf(call);
    if (member?.name !== BARREL_MEMBER) return;
    // The `aws_stepfunctions_tasks` member of that require call …
    const above = member.path.parent as ASTPath;
    const aboveNode = nodeOf(above);
    if (aboveNode.type === 'VariableDeclarator' && aboveNode.init === member.node) {
      this.declarator(above, member.node);
      return;
    }
    const symbol = this.memberOf(member.path);
    if (symbol) {
      this.inline.push({ kind: 'inline', symbol: symbol.name, target: member.node, render: (pkg) => `require(${requote(quoted, pkg)})`, at: symbol.node });
      return;
    }
    this.ctx.report(member.node, `this use of ${BARREL_MEMBER} is not migrated`);
  }

  /**
   * `const x = <module>` or `const { A, B: C } = <module>`, where `<module>` is the reference module
   * (a `require`, a member of aws-cdk-lib, or an alias of `from`, a module binding). When `from` is an ESM
   * import, the new statements are imports after its statement.
   */
  private declarator(declarator: ASTPath, init: N, from?: ModuleSite): Site | undefined {
    const node = nodeOf(declarator);
    const declaration = declarator.parent as ASTPath;
    const kind = nodeOf(declaration).kind ?? 'const';
    const id = child(node, 'id')!;
    const esm = from?.output === 'import' ? from : undefined;
    if (!this.declarationOk(declaration, !!esm)) return undefined;
    const quoted = from ? quoteOf(from) : this.moduleQuote(init);
    if (id.type === 'Identifier') {
      return this.moduleSite(declaration, {
        local: id.name!, binding: id, item: node, output: esm ? 'import' : 'require', declarationKind: kind, typeOnly: false, prefix: [], quoted,
        anchor: esm?.anchor,
      });
    }
    if (id.type !== 'ObjectPattern') {
      this.ctx.report(id, `this destructuring of '${TASKS_MODULE}' is not migrated`);
      return undefined;
    }
    const properties = children(id, 'properties');
    const simple = properties.every((p) => p.type === 'ObjectProperty' && !p.computed && nameOf(child(p, 'key')) && child(p, 'value')?.type === 'Identifier');
    if (!simple) {
      this.ctx.report(id, `this destructuring of '${TASKS_MODULE}' is not migrated (defaults, rest or nested patterns): name each symbol plainly`);
      return undefined;
    }
    const items = properties.map((p): NamedItem => {
      const imported = nameOf(child(p, 'key'))!;
      const local = nameOf(child(p, 'value'))!;
      return { imported, local, node: p, text: esm ? (imported === local ? imported : `${imported} as ${local}`) : this.ctx.text(p), typeOnly: false };
    });
    return this.named(declaration, esm ? esm.anchor : declaration, esm ? 'import' : 'require', items, false, kind, quoted, esm);
  }

  /** The quote of the module string in `require('…')` or `require('…').aws_stepfunctions_tasks`. */
  private moduleQuote(init: N): string {
    const call = init.type === 'CallExpression' ? init : child(init, 'object');
    let literal = call && children(call, 'arguments')[0];
    if (literal?.type === 'CallExpression') literal = children(literal, 'arguments')[0]; // __importStar(require(…))
    return literal ? this.ctx.text(literal) : "''";
  }

  /**
   * Whether a variable declaration can be rewritten: a statement of its own (not exported, not a `for` head);
   * `esm` (its new statements are imports) also needs it at the top level of the module.
   */
  private declarationOk(declaration: ASTPath, esm: boolean): boolean {
    const node = nodeOf(declaration);
    const parent = nodeOf(declaration.parent as ASTPath);
    if (parent.type === 'ExportNamedDeclaration') {
      this.ctx.report(node, `an exported binding of '${TASKS_MODULE}' is not migrated: export the names from their packages`);
      return false;
    }
    if (!inStatementList(declaration) || (esm && parent.type !== 'Program')) {
      this.ctx.report(node, `this declaration of '${TASKS_MODULE}' is not migrated: move it to the top level of the module`);
      return false;
    }
    return true;
  }

  /** The member `x.Name` above `path`, as a node. */
  private memberOf(path: ASTPath): { path: ASTPath; name: string; node: N } | undefined {
    const parent = path.parent as ASTPath;
    const node = nodeOf(parent);
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object === path.node) {
      const property = child(node, 'property');
      const name = node.computed ? (property?.type === 'StringLiteral' ? nameOf(property) : undefined) : nameOf(property);
      if (name !== undefined) return { path: parent, name, node };
    }
    return undefined;
  }

  private importType(path: ASTPath, node: N): void {
    const qualifier = child(node, 'qualifier');
    if (qualifier?.type !== 'Identifier') {
      this.ctx.report(node, `this import('${TASKS_MODULE}') type is not migrated`);
      return;
    }
    const literal = path.node as N;
    this.inline.push({ kind: 'inline', symbol: qualifier.name!, target: literal, render: (pkg) => requote(this.ctx.text(literal), pkg), at: qualifier });
  }

  private named(statement: ASTPath, anchor: ASTPath, output: NamedSite['output'], items: NamedItem[], typeOnly: boolean, declarationKind: string, quoted: string, esm?: ModuleSite): NamedSite {
    const style = esm ? esm.style : styleOf(this.ctx.text(statement.node), quoted, this.braceSpacing);
    const site: NamedSite = { kind: 'named', statement, anchor, output, items, typeOnly, declarationKind, style };
    if (this.collecting) this.sites.push(site);
    return site;
  }

  private moduleSite(statement: ASTPath, o: {
    local: string; binding: N; item?: N; output: ModuleSite['output']; declarationKind: string; typeOnly: boolean;
    prefix: string[]; quoted: string; root?: boolean; anchor?: ASTPath;
  }): ModuleSite {
    const style = styleOf(this.ctx.text(statement.node), o.quoted, this.braceSpacing);
    // A single item is the whole statement: dropping it drops the statement.
    const site: ModuleSite = {
      kind: 'module', local: o.local, binding: o.binding, statement, item: o.item, anchor: o.anchor ?? statement, output: o.output,
      declarationKind: o.declarationKind, typeOnly: o.typeOnly, prefix: o.prefix, ownsBinding: !o.root,
      style: { ...style, multiline: undefined },
    };
    if (this.collecting) this.sites.push(site);
    return site;
  }
}

/** A pair of the quotes `site` writes its module strings in. */
/**
 * Whether `call` is the interop helper TypeScript wraps a namespace import's `require` in when it emits CommonJS,
 * applied to `argument`: `__importStar(…)`, `tslib_1.__importStar(…)` or `(0, tslib_1.__importStar)(…)`.
 */
function isImportStar(call: N, argument: N): boolean {
  if (call.type !== 'CallExpression') return false;
  const args = children(call, 'arguments');
  if (args.length !== 1 || args[0] !== argument) return false;
  let callee = child(call, 'callee');
  if (callee?.type === 'SequenceExpression') callee = children(callee, 'expressions').at(-1);
  if (callee?.type === 'MemberExpression' && !callee.computed) callee = child(callee, 'property');
  return callee?.type === 'Identifier' && callee.name === '__importStar';
}

function quoteOf(site: ModuleSite): string {
  return `${site.style.quote}${site.style.quote}`;
}
