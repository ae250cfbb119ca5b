import type { Collection, JSCodeshift } from 'jscodeshift';

type Node = { type: string; [key: string]: unknown };

/** Parent node types whose `key` is a property name, not a binding or a reference (unless computed). */
const KEYED = new Set([
  'ObjectProperty', 'Property', 'ObjectMethod', 'ClassProperty', 'ClassMethod', 'ClassPrivateProperty', 'ClassAccessorProperty',
  'TSPropertySignature', 'TSMethodSignature', 'TSAbstractMethodDefinition', 'TSAbstractPropertyDefinition', 'MethodDefinition',
  'PropertyDefinition', 'TSEnumMember',
]);

/** Whether the identifier at `node` under `parent` only names a property (so it is no name in scope). */
export function isPropertyName(node: Node, parent: Node): boolean {
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === node) return !parent.computed;
  if (parent.type === 'TSQualifiedName' && parent.right === node) return true;
  if (KEYED.has(parent.type) && parent.key === node) return !parent.computed && !parent.shorthand;
  if (parent.type === 'ImportSpecifier' && parent.imported === node) return (parent.local as Node | undefined)?.name !== node.name;
  return false;
}

/**
 * Every name bound or referenced anywhere in the file (property names aside): a new import must not take one of
 * them, whichever scope it is in, so that it neither shadows nor is shadowed.
 */
export function namesInFile(j: JSCodeshift, root: Collection): Set<string> {
  const names = new Set<string>();
  root.find(j.Identifier).forEach((path) => {
    const node = path.node as unknown as Node;
    const parent = path.parent.node as Node;
    // `export { A as B } from 'm'` binds nothing in the file.
    const reexported = parent.type === 'ExportSpecifier' && !!(path.parent.parent?.node as Node | undefined)?.source;
    if (!reexported && !isPropertyName(node, parent)) names.add(String(node.name));
  });
  root.find(j.JSXIdentifier).forEach((path) => {
    names.add(path.node.name);
  });
  return names;
}

function pascal(name: string): string {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/**
 * The local names of the symbols a file imports from the packages: the symbol's own name when it is free,
 * otherwise the namespace's name in front (`tasks.LambdaInvoke` → `TasksLambdaInvoke`), then a number.
 * A symbol the file already imports from its package keeps that import's name.
 */
export class Namer {
  private readonly locals = new Map<string, { local: string; typeOnly: boolean }>();

  constructor(private readonly taken: Set<string>) {}

  /**
   * Records that `local` already names `symbol` of `pkg` in the file (an existing import, or one just rewritten);
   * `typeOnly` when that import is type-only (`import type`, `type X`), so it serves type-only symbols alone.
   */
  register(pkg: string, symbol: string, local: string, typeOnly = false): void {
    const known = this.locals.get(`${pkg}#${symbol}`);
    if (!known || (known.typeOnly && !typeOnly)) this.locals.set(`${pkg}#${symbol}`, { local, typeOnly });
    this.taken.add(local);
  }

  /**
   * The local name of `symbol` from `pkg`, and whether it is new (so the caller writes its import);
   * `needsValue` unless the symbol is only a type.
   */
  allocate(pkg: string, symbol: string, namespace: string, needsValue: boolean): { local: string; added: boolean } {
    const known = this.locals.get(`${pkg}#${symbol}`);
    if (known && !(known.typeOnly && needsValue)) return { local: known.local, added: false };
    let local = symbol;
    if (this.taken.has(local)) {
      const prefixed = `${pascal(namespace)}${symbol}`;
      local = prefixed;
      for (let n = 2; this.taken.has(local); n++) local = `${prefixed}${n}`;
    }
    this.locals.set(`${pkg}#${symbol}`, { local, typeOnly: false });
    this.taken.add(local);
    return { local, added: true };
  }
}
