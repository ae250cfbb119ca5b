import { dirname, join, resolve } from 'node:path';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The API coverage check compares exported classes, interfaces and enums; the nested types of EmrCreateCluster and
 * EmrModifyInstanceGroupByName live in namespaces merged with the classes (declared across several files here), so
 * this test compares those namespaces with the reference's: same types, same members, optionality, types and enum
 * values.
 */

const REPO_ROOT = resolve(__dirname, '../../..');
const REFERENCE_DIR = join(dirname(require.resolve('aws-cdk-lib/package.json')), 'aws-stepfunctions-tasks', 'lib', 'emr');
const OURS = resolve(__dirname, '../src/index.ts');

interface NestedShape {
  readonly kind: 'interface' | 'enum';
  readonly members: Record<string, string>;
}

function program(files: string[]): ts.Program {
  return ts.createProgram({
    rootNames: files,
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      baseUrl: REPO_ROOT,
      paths: { '@cdk-stepfunctions/tasks-core': ['packages/tasks-core/src/index.ts'] },
    },
  });
}

/** The nested types of the class `className` exported by `file`. */
function nestedTypes(prog: ts.Program, file: string, className: string): Record<string, NestedShape> {
  const checker = prog.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(prog.getSourceFile(file)!)!;
  let symbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.getName() === className)!;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const shapes: Record<string, NestedShape> = {};
  for (const nested of symbol.exports?.values() ?? []) {
    if (nested.flags & ts.SymbolFlags.Enum) {
      const members: Record<string, string> = {};
      for (const member of nested.exports?.values() ?? []) {
        members[member.getName()] = JSON.stringify(checker.getConstantValue(member.declarations![0] as ts.EnumMember));
      }
      shapes[nested.getName()] = { kind: 'enum', members };
    } else if (nested.flags & ts.SymbolFlags.Interface) {
      const members: Record<string, string> = {};
      for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(nested))) {
        const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
        const deprecated = (property.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'deprecated'));
        const type = checker.typeToString(checker.getTypeOfSymbol(property), undefined, ts.TypeFormatFlags.NoTruncation);
        members[property.getName()] = `${optional}: ${type}${deprecated ? ' (deprecated)' : ''}`;
      }
      shapes[nested.getName()] = { kind: 'interface', members };
    }
  }
  return shapes;
}

describe('nested types', () => {
  const reference = program([join(REFERENCE_DIR, 'emr-create-cluster.d.ts'), join(REFERENCE_DIR, 'emr-modify-instance-group-by-name.d.ts')]);
  const ours = program([OURS]);

  it.each([
    ['EmrCreateCluster', 'emr-create-cluster.d.ts'],
    ['EmrModifyInstanceGroupByName', 'emr-modify-instance-group-by-name.d.ts'],
  ])('%s has the reference nested types, members and enum values', (className, referenceFile) => {
    const want = nestedTypes(reference, join(REFERENCE_DIR, referenceFile), className);
    const got = nestedTypes(ours, OURS, className);
    expect(Object.keys(want).length).toBeGreaterThan(2);
    expect(got).toEqual(want);
  });
});
