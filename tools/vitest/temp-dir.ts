// Setup file of every test project: the scratch folders tests make in the OS temp folder (aws-cdk-lib writes a
// `cdk.out*` folder there for each app it synthesizes without an outdir) go into one folder per test process,
// emptied when each test file's tests end and removed when the process exits, so a run of many thousand
// synthesizing tests leaves nothing behind.
//
// The folder lives as long as the process, not the file: test files share a process (`isolate: false`), and
// aws-cdk-lib remembers the temp folder it saw first (`FileSystem.tmpdir`), so a folder removed after one file
// would break the next file's custom resources.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const key = Symbol.for('@cdk-stepfunctions/tools/vitest/temp-dir');
const processGlobal = globalThis as { [key]?: string };

if (processGlobal[key] === undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-sfn-vitest-'));
  processGlobal[key] = dir;
  process.env.TMPDIR = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
}
const dir = processGlobal[key];

afterAll(() => {
  for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
});
