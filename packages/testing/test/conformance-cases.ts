import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MockFunction, MockResponse, RunOptions, TaskCall } from '../src';

/** Where a case's expectation comes from: an AWS Developer Guide page, or an AWS history LocalStack keeps. */
export interface CaseSource {
  readonly kind: 'aws-docs' | 'localstack-snapshot';
  readonly url?: string;
  readonly repository?: string;
  readonly test?: string;
  readonly [key: string]: unknown;
}

/** One recorded call of a mocked state: the parameters it was called with (when recorded) and what it returned. */
export interface CaseMock extends MockResponse {
  readonly parameters?: unknown;
}

/** A conformance case: a definition, its input and mocks, and the outcome its source recorded. */
export interface ConformanceCase {
  readonly name: string;
  readonly source: CaseSource;
  readonly definition: unknown;
  readonly input?: unknown;
  readonly options?: Partial<RunOptions>;
  readonly mocks?: Record<string, CaseMock[]>;
  readonly expected: {
    readonly status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';
    readonly output?: unknown;
    readonly error?: string;
    readonly cause?: string;
    readonly eventTypes?: string[];
  };
  /** Why the case is known not to pass yet (it is then skipped). */
  readonly knownGap?: string;
}

const ROOT = join(__dirname, '..', 'conformance');

/** Every case of the corpus, with its file path relative to conformance/. */
export function loadCases(): { file: string; testCase: ConformanceCase }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'tools') walk(join(dir, e.name));
      } else if (e.name.endsWith('.json')) files.push(join(dir, e.name));
    }
  };
  walk(ROOT);
  return files.sort().map((f) => ({ file: relative(ROOT, f), testCase: JSON.parse(readFileSync(f, 'utf8')) as ConformanceCase }));
}

/** LocalStack's placeholder words for run-specific text. */
const WORDS = new Set(['date', 'timestamp', 'generated-uuid', 'start-time', 'entered-time']);
const PLACEHOLDER = /<[^<>\s]+>/;
const PLACEHOLDERS = /<[^<>\s]+>/g;
const regexCache = new Map<string, RegExp>();

/**
 * Whether an actual value conforms to a recorded one. LocalStack's snapshots replace run-specific values
 * (ARNs, names, dates, UUIDs, random numbers) with placeholders; a placeholder matches any text, `date`,
 * `timestamp`, `start-time` and `entered-time` any string, `RandomNumberGenerated` any number, `generated-uuid` any string.
 */
export function conforms(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string') {
    if (WORDS.has(expected)) return typeof actual === 'string';
    if (expected === 'RandomNumberGenerated') return typeof actual === 'number';
    if (typeof actual !== 'string') return false;
    if (actual === expected) return true;
    if (!PLACEHOLDER.test(expected)) return false;
    let re = regexCache.get(expected);
    if (!re) {
      const source = expected
        .split(PLACEHOLDERS)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\S]*?');
      re = new RegExp(`^${source}$`);
      regexCache.set(expected, re);
    }
    return re.test(actual);
  }
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => conforms(actual[i], e));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = Object.keys(e);
  return keys.length === Object.keys(a).length && keys.every((k) => k in a && conforms(a[k], e[k]));
}

/**
 * The mocks of a case as functions: each call takes the first unused recorded response whose recorded
 * parameters the call's input conforms to, so a call with other parameters than AWS saw fails the case.
 */
export function caseMocks(mocks: Record<string, CaseMock[]> = {}): Record<string, MockFunction> {
  const out: Record<string, MockFunction> = {};
  for (const [state, list] of Object.entries(mocks)) {
    const used = new Set<number>();
    out[state] = (call: TaskCall) => {
      const index = list.findIndex((m, i) => !used.has(i) && (m.parameters === undefined || conforms(call.input, m.parameters)));
      if (index < 0) {
        return { error: 'Conformance.UnexpectedCall', cause: `no recorded call of '${state}' has the parameters ${JSON.stringify(call.input)}` };
      }
      used.add(index);
      const { parameters: _parameters, ...response } = list[index];
      return response;
    };
  }
  return out;
}
