/**
 * Generates the codemod's symbol map from the service packages' own exports: every name their `src/index.ts`
 * exports (following `export *` and `export { … } from` through their files), with the package's version and
 * peer dependencies from its package.json. A new package or a new export is picked up by the next build.
 *
 * Usage (the package's build, before tsc): `tsx scripts/generate-symbol-map.ts lib/symbol-map.json`.
 *
 * Only syntax is read (no type checker, no build of the other packages): a name is type-only when every
 * declaration of it is an interface or a type alias, or when it is exported with `export type`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as ts from 'typescript';
import type { PackageEntry, SymbolEntry, SymbolMap } from '../src/symbol-map';

const SERVICE_PREFIX = '@cdk-stepfunctions/tasks-';
const CORE = '@cdk-stepfunctions/tasks-core';

/** Exported name → whether it is type-only. */
type Exports = Map<string, boolean>;

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly peerDependencies?: Record<string, string>;
}

/** A workspace package the map is built from. */
interface SourcePackage {
  readonly manifest: Manifest;
  readonly entry: string;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

/** The names a declaration statement binds, and whether they are types only; empty for other statements. */
function declaredNames(statement: ts.Statement): [string, boolean][] {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) return [[statement.name.text, true]];
  if ((ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) && statement.name) return [[statement.name.text, false]];
  if (ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) {
    return ts.isIdentifier(statement.name) ? [[statement.name.text, false]] : [];
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [[d.name.text, false] as [string, boolean]] : []));
  }
  return [];
}

/** Merges `typeOnly` into a map of names: a name is type-only only if all its declarations are. */
function add(into: Exports, name: string, typeOnly: boolean): void {
  const known = into.get(name);
  into.set(name, known === undefined ? typeOnly : known && typeOnly);
}

/** Reads what TypeScript modules export, by syntax alone. */
class ExportReader {
  private readonly cache = new Map<string, Exports>();

  constructor(
    /** Resolves a bare specifier (another workspace package) to its entry file. */
    private readonly resolveBare: (specifier: string) => string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  exportsOf(file: string): Exports {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const exports: Exports = new Map();
    this.cache.set(file, exports); // a cycle sees what is known so far
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const locals: Exports = new Map();
    const imports = new Map<string, { from: string; name: string; typeOnly: boolean }>();
    for (const statement of source.statements) {
      for (const [name, typeOnly] of declaredNames(statement)) add(locals, name, typeOnly);
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const from = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        const bindings = clause?.namedBindings;
        if (clause?.name) imports.set(clause.name.text, { from, name: 'default', typeOnly: clause.isTypeOnly });
        if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { from, name: '*', typeOnly: clause.isTypeOnly });
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text, typeOnly: clause.isTypeOnly || element.isTypeOnly });
          }
        }
      }
    }
    const localTypeOnly = (name: string): boolean => {
      if (locals.has(name)) return locals.get(name)!;
      const imported = imports.get(name);
      if (!imported) return false;
      if (imported.typeOnly) return true;
      const target = imported.name === '*' ? undefined : this.resolve(file, imported.from);
      return target ? (this.exportsOf(target).get(imported.name) ?? false) : false;
    };

    for (const statement of source.statements) {
      if (ts.isExportDeclaration(statement)) {
        const specifier = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
        const target = specifier === undefined ? undefined : this.resolve(file, specifier);
        const targetExports = target ? this.exportsOf(target) : new Map<string, boolean>();
        if (specifier !== undefined && !target) this.warn(`${file}: cannot resolve '${specifier}', its exports are left out`);
        const clause = statement.exportClause;
        if (!clause) {
          for (const [name, typeOnly] of targetExports) if (name !== 'default') add(exports, name, statement.isTypeOnly || typeOnly);
        } else if (ts.isNamespaceExport(clause)) {
          add(exports, clause.name.text, statement.isTypeOnly);
        } else {
          for (const element of clause.elements) {
            const local = (element.propertyName ?? element.name).text;
            const typeOnly = statement.isTypeOnly || element.isTypeOnly
              || (specifier === undefined ? localTypeOnly(local) : (targetExports.get(local) ?? false));
            add(exports, element.name.text, typeOnly);
          }
        }
      } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword) && !hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
        for (const [name, typeOnly] of declaredNames(statement)) add(exports, name, typeOnly);
      }
    }
    return exports;
  }

  private resolve(from: string, specifier: string): string | undefined {
    if (!specifier.startsWith('.')) return this.resolveBare(specifier);
    const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
  }
}

function readManifest(dir: string): Manifest | undefined {
  const file = join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** The published `@cdk-stepfunctions/tasks-*` packages under `packagesDir`, by name. */
function servicePackages(packagesDir: string): Map<string, SourcePackage> {
  const packages = new Map<string, SourcePackage>();
  for (const entry of readdirSync(packagesDir).sort()) {
    const dir = join(packagesDir, entry);
    const manifest = readManifest(dir);
    const index = join(dir, 'src', 'index.ts');
    if (manifest?.name.startsWith(SERVICE_PREFIX) && !manifest.private && existsSync(index)) {
      packages.set(manifest.name, { manifest, entry: index });
    }
  }
  return packages;
}

/**
 * The symbol map of the packages in `packagesDir` (the workspace's `packages/`). A name exported by two packages
 * goes to the service package rather than tasks-core, else to the first by name (with a warning).
 */
export function generateSymbolMap(packagesDir: string, warn: (message: string) => void = (m) => console.warn(m)): SymbolMap {
  const packages = servicePackages(packagesDir);
  const reader = new ExportReader((specifier) => packages.get(specifier)?.entry, warn);
  const symbols = new Map<string, SymbolEntry>();
  // tasks-core last: a service package's name wins over a helper of the same name in core.
  const order = [...packages.keys()].sort((a, b) => Number(a === CORE) - Number(b === CORE) || a.localeCompare(b));
  for (const name of order) {
    for (const [symbol, typeOnly] of reader.exportsOf(packages.get(name)!.entry)) {
      const known = symbols.get(symbol);
      if (known) {
        if (name !== CORE && known.package !== CORE) warn(`${symbol} is exported by ${known.package} and ${name}: mapped to ${known.package}`);
        continue;
      }
      symbols.set(symbol, { package: name, typeOnly });
    }
  }
  const entries: [string, PackageEntry][] = [...packages.values()]
    .map(({ manifest }) => [manifest.name, { version: manifest.version, peerDependencies: manifest.peerDependencies ?? {} }]);
  entries.sort(([a], [b]) => a.localeCompare(b));
  return {
    core: CORE,
    packages: Object.fromEntries(entries),
    symbols: Object.fromEntries([...symbols].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The workspace's `packages/` folder. */
export const PACKAGES_DIR = resolve(__dirname, '..', '..');

if (require.main === module) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx scripts/generate-symbol-map.ts <out.json>');
    process.exit(2);
  }
  const map = generateSymbolMap(PACKAGES_DIR);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const header = { '//': 'Generated by scripts/generate-symbol-map.ts from the exports of the @cdk-stepfunctions/tasks-* packages.' };
  writeFileSync(out, `${JSON.stringify({ ...header, ...map }, undefined, 2)}\n`);
  console.log(`${out}: ${Object.keys(map.symbols).length} symbols from ${Object.keys(map.packages).length} packages`);
}
