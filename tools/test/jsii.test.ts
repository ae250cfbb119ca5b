import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindingNames, JSII_BUILD } from '../projen';
import { listPackages } from '../src/workspace';

interface Assembly {
  readonly name: string;
  readonly version: string;
  readonly targets: Record<string, unknown>;
}

/**
 * tasks-core and the service packages are jsii modules: their build is jsii itself (so `nx run-many -t build`
 * failing is how a public API that leaves jsii's rules shows), and the assembly it writes beside `lib/` names the
 * Python, Java and Go packages the package component sets. (The bindings' own tests are examples/python,
 * examples/java and examples/go.)
 */
describe('jsii assemblies', () => {
  it.each(listPackages().map((p) => [p.name, p.dir]))('%s builds with jsii into an assembly for Python, Java and Go', (name, dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string>; files: string[] };
    expect(manifest.scripts.build).toBe(JSII_BUILD);
    expect(manifest.files).toContain('.jsii');
    expect(existsSync(join(dir, '.jsii')), `${name} has no .jsii: build it (nx run-many -t build)`).toBe(true);
    const assembly = JSON.parse(readFileSync(join(dir, '.jsii'), 'utf8')) as Assembly;
    expect(assembly.name).toBe(name);
    expect(assembly.version).toBe(manifest.version);
    const names = bindingNames(name.split('/')[1]);
    expect(assembly.targets).toEqual({
      js: { npm: name },
      python: names.python,
      java: { package: names.java.package, maven: { groupId: names.java.groupId, artifactId: names.java.artifactId } },
      go: { moduleName: names.go.moduleName, packageName: names.go.packageName },
    });
  });
});
