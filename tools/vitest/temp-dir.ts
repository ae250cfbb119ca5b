// Setup file of every test project: the scratch folders a test file makes in the OS temp folder (aws-cdk-lib
// writes a `cdk.out*` folder there for each app it synthesizes without an outdir) go into one folder per test file,
// removed when the file's tests end, so a run of many thousand synthesizing tests leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const previous = process.env.TMPDIR;
const dir = mkdtempSync(join(tmpdir(), 'cdk-sfn-vitest-'));
process.env.TMPDIR = dir;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  rmSync(dir, { recursive: true, force: true });
});
