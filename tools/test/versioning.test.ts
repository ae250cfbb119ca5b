import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Monorepo } from '../projen';

let outdir: string;
beforeEach(() => {
  outdir = mkdtempSync(join(tmpdir(), 'cdk-sfn-projen-'));
});
afterEach(() => {
  rmSync(outdir, { recursive: true, force: true });
});

function writeManifest(dir: string, manifest: object): void {
  mkdirSync(join(outdir, dir), { recursive: true });
  writeFileSync(join(outdir, dir, 'package.json'), JSON.stringify(manifest, null, 2));
}

function manifest(dir: string): { version: string; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(outdir, dir, 'package.json'), 'utf8'));
}

function synth(): void {
  const previous = process.env.NODE_ENV;
  delete process.env.NODE_ENV; // projen writes nothing under NODE_ENV=test
  try {
    const repo = new Monorepo(outdir);
    repo.addService('lambda', 'AWS Lambda', ['lambda/invoke.d.ts']);
    repo.synth();
  } finally {
    process.env.NODE_ENV = previous;
  }
}

describe('projen and changesets', () => {
  it('starts a new package at 0.1.0 with a range on tasks-core', () => {
    synth();
    expect(manifest('packages/tasks-core').version).toBe('0.1.0');
    expect(manifest('packages/tasks-lambda').dependencies).toEqual({ '@cdk-stepfunctions/tasks-core': '^0.1.0' });
  });

  it('keeps the versions `changeset version` wrote, and the range it wrote on tasks-core', () => {
    // What `changeset version` leaves after a minor of core and a patch of lambda (updateInternalDependencies: patch).
    writeManifest('packages/tasks-core', { name: '@cdk-stepfunctions/tasks-core', version: '1.3.0' });
    writeManifest('packages/tasks-lambda', {
      name: '@cdk-stepfunctions/tasks-lambda',
      version: '2.0.1',
      dependencies: { '@cdk-stepfunctions/tasks-core': '^1.3.0' },
    });
    synth();
    expect(manifest('packages/tasks-core').version).toBe('1.3.0');
    expect(manifest('packages/tasks-lambda').version).toBe('2.0.1');
    expect(manifest('packages/tasks-lambda').dependencies).toEqual({ '@cdk-stepfunctions/tasks-core': '^1.3.0' });
  });
});
