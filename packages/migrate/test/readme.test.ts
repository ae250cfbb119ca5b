import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/transform';
import { MAP, read } from './helpers';

const README = read(join(__dirname, '..', 'README.md'));

/** The first fenced block of `lang` after `heading` (a line of the README). */
function blockAfter(heading: string, lang: string): string {
  const from = README.indexOf(`\n${heading}`);
  expect(from).toBeGreaterThan(-1);
  const match = new RegExp('```' + lang + '\\n([^]*?)```').exec(README.slice(from));
  return match![1];
}

describe('README', () => {
  it('shows what the codemod makes of its TypeScript example', () => {
    const before = blockAfter('Before:', 'ts');
    const after = blockAfter('After `npx @cdk-stepfunctions/migrate`:', 'ts');
    const result = transformSource(before, { file: 'stack.ts', map: MAP });
    expect(result.output).toBe(after);
    expect(result.problems).toEqual([]);
    const diff = blockAfter('and in package.json', 'diff');
    for (const pkg of result.packages) expect(diff).toContain(`+    "${pkg}": "^`);
    expect(result.packages).toEqual(['core', 'dynamodb', 'lambda', 'sqs'].map((s) => `@cdk-stepfunctions/tasks-${s}`));
  });

  it('shows what the codemod makes of its CommonJS example', () => {
    const [before, after] = blockAfter('CommonJS is rewritten in kind:', 'js').split('\n// after\n');
    const output = transformSource(before.replace('// before\n', ''), { file: 'stack.js', map: MAP }).output;
    expect(output).toBe(after);
  });
});
