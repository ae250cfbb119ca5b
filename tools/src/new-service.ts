/**
 * Adds (or removes) a service package: one `repo.addService(...)` line in `.projenrc.ts`, then `npx projen`
 * and an install so the new package is linked.
 *
 *   npm run new-service -- <service> "<Title>" [reference .d.ts files...]
 *   npm run new-service -- --remove <service>
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNPM } from '../projen/versions';

const root = resolve(__dirname, '..', '..');
const projenrc = join(root, '.projenrc.ts');

/** The `.projenrc.ts` line that declares a service package. */
export function serviceLine(service: string, title: string, reference: string[]): string {
  const refs = reference.map((r) => `'${r}'`).join(', ');
  return `repo.addService('${service}', '${title.replace(/'/g, "\\'")}', [${refs}]);`;
}

/** `.projenrc.ts` with the service's line added after the last `addService` line. */
export function withService(source: string, line: string): string {
  const lines = source.split('\n');
  const last = lines.map((l) => l.startsWith('repo.addService(')).lastIndexOf(true);
  if (last < 0) throw new Error('.projenrc.ts has no repo.addService(...) line to add after');
  lines.splice(last + 1, 0, line);
  return lines.join('\n');
}

/** `.projenrc.ts` without the service's line. */
export function withoutService(source: string, service: string): string {
  return source.split('\n').filter((l) => !l.startsWith(`repo.addService('${service}',`)).join('\n');
}

function sync(): void {
  execSync('npx projen', { cwd: root, stdio: 'inherit' });
  execSync(`${PNPM} install --no-frozen-lockfile`, { cwd: root, stdio: 'inherit' });
}

function main(args: string[]): void {
  const source = readFileSync(projenrc, 'utf8');
  if (args[0] === '--remove') {
    const service = args[1];
    if (!service) throw new Error('usage: new-service --remove <service>');
    writeFileSync(projenrc, withoutService(source, service));
    rmSync(join(root, 'packages', `tasks-${service}`), { recursive: true, force: true });
    sync();
    return;
  }
  const [service, title, ...reference] = args;
  if (!service || !/^[a-z][a-z0-9-]*$/.test(service) || !title) {
    throw new Error('usage: new-service <service> "<Title>" [reference .d.ts files...] (service: lowercase kebab-case)');
  }
  if (existsSync(join(root, 'packages', `tasks-${service}`))) throw new Error(`packages/tasks-${service} already exists`);
  writeFileSync(projenrc, withService(source, serviceLine(service, title, reference)));
  sync();
  console.log(`Created packages/tasks-${service}: write src/, test/ and README.md, then add a changeset.`);
}

if (require.main === module) main(process.argv.slice(2));
