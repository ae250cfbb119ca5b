import { validatePath } from 'asl-path-validator';
import type { PathKind } from './fields';

/** asl-path-validator's context enum is not exported; its values are these strings. */
type AslPathContext = Parameters<typeof validatePath>[1];
const CONTEXTS = {
  path: 'path',
  reference_path: 'reference_path',
  result_path: 'result_path',
} as unknown as Record<PathKind, AslPathContext>;

const KIND_NAMES: Record<PathKind, string> = {
  path: 'a JSONPath',
  reference_path: 'a reference path (a JSONPath to one node: `.` and `[…]` only, no `@ , : ? *` or `..`)',
  result_path: 'a reference path without variables (a JSONPath to one node of the input: `$`, `$.a.b`, `$[\'a\'][0]`)',
};

/**
 * Why a JSONPath is not valid for a field, or undefined if it is (asl-path-validator's grammar: `$`, `$$` context
 * paths and `$variable` references; reference paths select one node).
 */
export function pathError(path: string, kind: PathKind): string | undefined {
  const key = `${kind}:${path}`;
  if (cache.has(key)) return cache.get(key);
  const error = check(path, kind);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, error);
  return error;
}

/** Results by kind and path: definitions repeat the same few paths (`$`, `$.id`, `$$.Execution.Id`) many times. */
const cache = new Map<string, string | undefined>();
const CACHE_SIZE = 10_000;

function check(path: string, kind: PathKind): string | undefined {
  if (!path.startsWith('$')) return `must be ${KIND_NAMES[kind]} starting with \`$\``;
  const result = validatePath(path, CONTEXTS[kind]);
  if (result.isValid) return undefined;
  switch (result.code as string) {
    case 'exp_has_functions':
      return `must be ${KIND_NAMES[kind]}: intrinsic functions are not allowed here`;
    case 'exp_has_variable':
      return `must be ${KIND_NAMES[kind]}: a variable can't be written to here`;
    case 'exp_has_non_reference_path_ops':
      return `must be ${KIND_NAMES[kind]}`;
    default:
      return `is not ${KIND_NAMES[kind]}${parseErrorDetail(result.message)}`;
  }
}

/** The parser's own message and column, from asl-path-validator's serialized parse error. */
function parseErrorDetail(serialized: string | undefined): string {
  try {
    const error = JSON.parse(serialized ?? '') as { found?: string | null; location?: { start?: { offset?: number } } };
    const offset = error.location?.start?.offset;
    if (typeof offset !== 'number') return '';
    return error.found == null ? ` (unexpected end at character ${offset + 1})` : ` (unexpected ${JSON.stringify(error.found)} at character ${offset + 1})`;
  } catch {
    return '';
  }
}
