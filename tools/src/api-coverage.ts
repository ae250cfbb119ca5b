import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { listPackages, REPO_ROOT, referenceLibDir, type WorkspacePackage } from './workspace';

/** The declaration kinds the coverage check compares. */
export type DeclarationKind = 'class' | 'interface' | 'enum';

/** How one reference symbol is covered by a package. */
export interface SymbolCoverage {
  readonly name: string;
  readonly kind: DeclarationKind;
  /** The reference file declaring it, relative to `aws-stepfunctions-tasks/lib/`. */
  readonly file: string;
  /** What is missing or different; empty when the symbol matches. */
  readonly problems: readonly string[];
}

/** The coverage of one package against its reference files. */
export interface PackageCoverage {
  readonly packageName: string;
  /** Reference symbols in scope (exported, not deprecated). */
  readonly total: number;
  /** Those that fully match. */
  readonly complete: number;
  readonly symbols: readonly SymbolCoverage[];
  /** Deprecated reference symbols and members, out of scope. */
  readonly skipped: readonly string[];
}

/** The coverage of every checked package. */
export interface CoverageReport {
  readonly packages: readonly PackageCoverage[];
  /** Whether every package covers every symbol in scope. */
  readonly complete: boolean;
}

/** The comparable shape of one member: a property, method, constructor or enum member. */
interface MemberShape {
  readonly kind: 'property' | 'method' | 'constructor' | 'enum member';
  readonly optional: boolean;
  readonly readonly: boolean;
  readonly visibility: 'public' | 'protected';
  /** The member's type as text, or an enum member's value. */
  readonly type: string;
}

function hasTag(symbol: ts.Symbol, tag: string): boolean {
  return (symbol.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === tag));
}

function modifierFlags(symbol: ts.Symbol): ts.ModifierFlags {
  return (symbol.declarations ?? []).reduce((flags, d) => flags | ts.getCombinedModifierFlags(d), ts.ModifierFlags.None);
}

/** Members outside the public API: private, `#private`, underscore-prefixed or `@internal`. */
function isHidden(symbol: ts.Symbol): boolean {
  const name = symbol.getName();
  return name.startsWith('_') || name.startsWith('#') || name.startsWith('__#')
    || (modifierFlags(symbol) & ts.ModifierFlags.Private) !== 0 || hasTag(symbol, 'internal');
}

function kindOf(symbol: ts.Symbol): DeclarationKind | undefined {
  if (symbol.flags & ts.SymbolFlags.Class) return 'class';
  if (symbol.flags & ts.SymbolFlags.Enum) return 'enum';
  if (symbol.flags & ts.SymbolFlags.Interface) return 'interface';
  return undefined;
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function typeText(checker: ts.TypeChecker, type: ts.Type): string {
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
}

function memberShape(checker: ts.TypeChecker, symbol: ts.Symbol): MemberShape {
  const flags = modifierFlags(symbol);
  const getterOnly = (symbol.flags & ts.SymbolFlags.GetAccessor) !== 0 && (symbol.flags & ts.SymbolFlags.SetAccessor) === 0;
  return {
    kind: symbol.flags & ts.SymbolFlags.Method ? 'method' : 'property',
    optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
    readonly: (flags & ts.ModifierFlags.Readonly) !== 0 || getterOnly,
    visibility: flags & ts.ModifierFlags.Protected ? 'protected' : 'public',
    type: typeText(checker, checker.getTypeOfSymbol(symbol)),
  };
}

/**
 * The public members of a class, interface or enum, inherited ones included, keyed by name
 * (`static <name>` for statics, `constructor` for the construct signatures).
 */
function shapeOf(checker: ts.TypeChecker, symbol: ts.Symbol, skip: (member: ts.Symbol) => boolean): Map<string, MemberShape> {
  const shape = new Map<string, MemberShape>();
  const kind = kindOf(symbol);
  if (kind === 'enum') {
    for (const member of symbol.exports?.values() ?? []) {
      const decl = member.declarations?.find(ts.isEnumMember);
      const value = decl ? checker.getConstantValue(decl) : undefined;
      if (!skip(member)) shape.set(member.getName(), { kind: 'enum member', optional: false, readonly: true, visibility: 'public', type: JSON.stringify(value) });
    }
    return shape;
  }
  const add = (prefix: string, members: readonly ts.Symbol[]): void => {
    for (const member of members) {
      if (!isHidden(member) && !skip(member)) shape.set(prefix + member.getName(), memberShape(checker, member));
    }
  };
  add('', checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)));
  if (kind === 'class') {
    const staticSide = checker.getTypeOfSymbol(symbol);
    add('static ', checker.getPropertiesOfType(staticSide).filter((m) => m.getName() !== 'prototype'));
    const signatures = staticSide.getConstructSignatures().map((s) => checker.signatureToString(s));
    shape.set('constructor', { kind: 'constructor', optional: false, readonly: false, visibility: 'public', type: signatures.join('; ') });
  }
  return shape;
}

function compareShapes(reference: Map<string, MemberShape>, ours: Map<string, MemberShape>): string[] {
  const problems: string[] = [];
  for (const [key, want] of reference) {
    const got = ours.get(key);
    if (!got) {
      problems.push(`${key}: missing (${want.kind}${want.optional ? ', optional' : ''}: ${want.type})`);
      continue;
    }
    const fields: (keyof MemberShape)[] = ['kind', 'optional', 'readonly', 'visibility', 'type'];
    for (const field of fields) {
      if (want[field] !== got[field]) problems.push(`${key}: ${field} is ${String(want[field])} in the reference, ${String(got[field])} here`);
    }
  }
  return problems;
}

function createProgram(packages: readonly WorkspacePackage[], files: readonly string[]): ts.Program {
  const paths = Object.fromEntries(packages.map((p) => [p.name, [relative(REPO_ROOT, join(p.dir, 'src', 'index.ts'))]]));
  return ts.createProgram({
    rootNames: [...files, ...packages.map((p) => join(p.dir, 'src', 'index.ts'))],
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
      // Workspace packages are read from source, so the check needs no build.
      baseUrl: REPO_ROOT,
      paths,
    },
  });
}

function moduleExports(program: ts.Program, file: string): Map<string, ts.Symbol> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  return new Map(exports.map((s) => [s.getName(), resolveAlias(checker, s)]));
}

/**
 * The classes, interfaces and enums a namespace declares (`EmrCreateCluster.InstancesConfigProperty`), for a symbol
 * that is also a namespace (a class merged with one, as jsii allows); empty otherwise.
 */
function nestedTypes(checker: ts.TypeChecker, symbol: ts.Symbol): Map<string, ts.Symbol> {
  if (!(symbol.flags & (ts.SymbolFlags.NamespaceModule | ts.SymbolFlags.ValueModule))) return new Map();
  return new Map(checker.getExportsOfModule(symbol)
    .map((m) => resolveAlias(checker, m))
    .filter((m) => kindOf(m) !== undefined || (m.flags & ts.SymbolFlags.NamespaceModule) !== 0)
    .map((m) => [m.getName(), m]));
}

/**
 * The exported classes, interfaces and enums of `referenceFiles` compared with the exports of `oursFile`, the types
 * nested in namespaces included (as `Outer.Inner`).
 */
function compareApi(program: ts.Program, referenceFiles: readonly string[], oursFile: string): { symbols: SymbolCoverage[]; skipped: string[] } {
  const checker = program.getTypeChecker();
  const ours = moduleExports(program, oursFile);
  const symbols: SymbolCoverage[] = [];
  const skipped = new Set<string>();

  const compare = (name: string, symbol: ts.Symbol, mine: ts.Symbol | undefined, file: string): void => {
    if (hasTag(symbol, 'deprecated')) {
      skipped.add(name);
      return;
    }
    const kind = kindOf(symbol);
    if (kind) {
      const problems: string[] = [];
      const mineKind = mine && kindOf(mine);
      if (!mine) problems.push('missing');
      else if (mineKind !== kind) problems.push(`is ${mineKind ?? 'neither a class, an interface nor an enum'} here, ${kind} in the reference`);
      else {
        const deprecated = (m: ts.Symbol): boolean => hasTag(m, 'deprecated') && skipped.add(`${name}.${m.getName()}`).size > 0;
        problems.push(...compareShapes(shapeOf(checker, symbol, deprecated), shapeOf(checker, mine, () => false)));
      }
      symbols.push({ name, kind, file, problems });
    }
    const mineNested = mine ? nestedTypes(checker, mine) : new Map<string, ts.Symbol>();
    for (const [inner, nested] of nestedTypes(checker, symbol)) compare(`${name}.${inner}`, nested, mineNested.get(inner), file);
  };

  for (const file of referenceFiles) {
    const relativeFile = relative(referenceLibDir(), file).replace(/^(\.\.\/)+/, '');
    for (const [name, symbol] of moduleExports(program, file)) compare(name, symbol, ours.get(name), relativeFile);
  }
  return { symbols, skipped: [...skipped] };
}

/**
 * Compares the module `oursFile` with the reference declaration files `referenceFiles` (absolute paths): the core
 * of {@link checkApiCoverage}, exposed for fixtures.
 */
export function compareFiles(referenceFiles: readonly string[], oursFile: string): PackageCoverage {
  const program = createProgram([], [...referenceFiles, oursFile]);
  return summarize(oursFile, compareApi(program, referenceFiles, oursFile));
}

function summarize(packageName: string, result: { symbols: SymbolCoverage[]; skipped: string[] }): PackageCoverage {
  const complete = result.symbols.filter((s) => s.problems.length === 0).length;
  return { packageName, total: result.symbols.length, complete, ...result };
}

/**
 * Compares each package's public API (its `src/index.ts`) with the exported classes, interfaces and enums of the
 * reference declaration files listed for it in `tools/reference-map.json`.
 *
 * @param names - packages to check; every package of the reference map by default
 */
export function checkApiCoverage(names?: readonly string[]): CoverageReport {
  const all = listPackages();
  const selected = names?.length ? all.filter((p) => names.includes(p.name)) : all;
  const unknown = (names ?? []).filter((n) => !all.some((p) => p.name === n));
  if (unknown.length) throw new Error(`unknown packages: ${unknown.join(', ')}`);
  const referenceFiles = [...new Set(selected.flatMap((p) => p.reference.map((f) => join(referenceLibDir(), f))))];
  const program = createProgram(all, referenceFiles);
  const packages = selected.map((p) =>
    summarize(p.name, compareApi(program, p.reference.map((f) => join(referenceLibDir(), f)), join(p.dir, 'src', 'index.ts'))));
  return { packages, complete: packages.every((p) => p.complete === p.total) };
}

/** The report as text: `<package>: symbols complete X/Y`, then what is missing or different. */
export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = [];
  for (const pkg of report.packages) {
    lines.push(`${pkg.packageName}: symbols complete ${pkg.complete}/${pkg.total}`);
    for (const symbol of pkg.symbols.filter((s) => s.problems.length)) {
      lines.push(`  ${symbol.kind} ${symbol.name} (${symbol.file}):`);
      lines.push(...symbol.problems.map((p) => `    - ${p}`));
    }
    if (pkg.skipped.length) lines.push(`  skipped as deprecated: ${pkg.skipped.join(', ')}`);
  }
  return lines.join('\n');
}
