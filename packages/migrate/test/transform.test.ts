import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/transform';
import { FIXTURES, MAP, read, reportLines } from './helpers';

/** Every `<case>.input.<ext>` of the fixtures folder, with its `.output.<ext>` and (when something is left) `.report.txt`. */
const CASES = readdirSync(FIXTURES).filter((f) => /\.input\.[cm]?[jt]sx?$/.test(f)).sort();

describe('transformSource fixtures', () => {
  it('has a fixture per import form', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('%s', (input) => {
    const output = input.replace('.input.', '.output.');
    const reportFile = join(FIXTURES, input.replace(/\.input\.\w+$/, '.report.txt'));
    const result = transformSource(read(join(FIXTURES, input)), { file: input, map: MAP });
    expect(result.output).toBe(read(join(FIXTURES, output)));
    expect(reportLines(result.problems)).toBe(existsSync(reportFile) ? read(reportFile) : '');
    // A second run changes nothing and reports the same things (at their new lines).
    const again = transformSource(result.output, { file: input, map: MAP });
    expect(again.output).toBe(result.output);
    expect(again.rewritten).toBe(0);
    expect(again.problems.map((p) => p.message)).toEqual(result.problems.map((p) => p.message));
  });
});
