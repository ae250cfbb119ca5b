import type { ASTNode, ASTPath } from 'jscodeshift';

/** A node of Babel's AST, read loosely: callers check `type` before reading a field through the helpers below. */
export interface N {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly computed?: boolean;
  readonly shorthand?: boolean;
  readonly importKind?: string;
  readonly exportKind?: string;
  readonly kind?: string;
  readonly [field: string]: unknown;
}

/** The node of a path, read loosely. */
export function nodeOf(path: ASTPath): N {
  return path.node as unknown as N;
}

/** A child node, or undefined. */
export function child(node: N, field: string): N | undefined {
  const value = node[field];
  return value && typeof value === 'object' && 'type' in value ? (value as N) : undefined;
}

/** A list of child nodes (empty when absent). */
export function children(node: N, field: string): N[] {
  const value = node[field];
  return Array.isArray(value) ? (value as N[]) : [];
}

/** The name of an identifier, or the value of a string literal (`import { 'x' as y }`, `tasks['X']`). */
export function nameOf(node: N | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'StringLiteral' && typeof node.value === 'string') return node.value;
  return undefined;
}

/** Whether the node is `require('<string>')`; the string, when it is. */
export function requiredModule(node: N | undefined): string | undefined {
  if (node?.type !== 'CallExpression') return undefined;
  const callee = child(node, 'callee');
  const args = children(node, 'arguments');
  if (callee?.type !== 'Identifier' || callee.name !== 'require' || args.length !== 1) return undefined;
  return args[0].type === 'StringLiteral' && typeof args[0].value === 'string' ? args[0].value : undefined;
}

/**
 * The member one step up from `path`: `x.Name`, `x['Name']`, `x?.Name` with `path` as `x`, or `x.Name` in a type
 * (a qualified name). Undefined when `path` is not the object of such a member.
 */
export function memberAbove(path: ASTPath): { path: ASTPath; name: string } | undefined {
  const parent = path.parent as ASTPath | undefined;
  if (!parent) return undefined;
  const node = nodeOf(parent);
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object === path.node) {
    const property = child(node, 'property');
    const name = node.computed ? (property?.type === 'StringLiteral' ? nameOf(property) : undefined) : nameOf(property);
    return name === undefined ? undefined : { path: parent, name };
  }
  if (node.type === 'TSQualifiedName' && node.left === path.node) {
    const name = nameOf(child(node, 'right'));
    return name === undefined ? undefined : { path: parent, name };
  }
  return undefined;
}

/** Whether a statement sits directly in a list of statements (a module, block or namespace body). */
export function inStatementList(path: ASTPath): boolean {
  const parent = path.parent as ASTPath | undefined;
  return !!parent && ['Program', 'BlockStatement', 'TSModuleBlock', 'StaticBlock'].includes(nodeOf(parent).type);
}

export type { ASTNode, ASTPath };
