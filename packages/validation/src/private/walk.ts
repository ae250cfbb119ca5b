import { isObject } from './definition';
import { pointer } from './pointer';

/** Calls `visit` on every value under `value` (itself included), depth first, with its JSON pointer and field name. */
export function walkValues(
  value: unknown,
  at: string,
  visit: (value: unknown, path: string, key: string | number | undefined) => void,
  key?: string | number,
): void {
  visit(value, at, key);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkValues(item, pointer(at, i), visit, i));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) walkValues(v, pointer(at, k), visit, k);
  }
}

/** The choice rules of a Choice state, nested ones (`And`, `Or`, `Not`) included, with their pointers. */
export function choiceRules(state: Record<string, unknown>, at: string): { rule: Record<string, unknown>; path: string; topLevel: boolean }[] {
  const found: { rule: Record<string, unknown>; path: string; topLevel: boolean }[] = [];
  const visit = (rule: unknown, path: string, topLevel: boolean): void => {
    if (!isObject(rule)) return;
    found.push({ rule, path, topLevel });
    for (const op of ['And', 'Or']) {
      const list = rule[op];
      if (Array.isArray(list)) list.forEach((r, i) => visit(r, pointer(path, op, i), false));
    }
    if (rule.Not !== undefined) visit(rule.Not, pointer(path, 'Not'), false);
  };
  if (Array.isArray(state.Choices)) state.Choices.forEach((r, i) => visit(r, pointer(at, 'Choices', i), true));
  return found;
}

/** A field nested in a state by a list of keys (`['ItemReader', 'ReaderConfig', 'MaxItemsPath']`), if present. */
export function fieldAt(state: Record<string, unknown>, keys: string[]): { found: boolean; value: unknown } {
  let current: unknown = state;
  for (const key of keys) {
    if (!isObject(current) || !(key in current)) return { found: false, value: undefined };
    current = current[key];
  }
  return { found: true, value: current };
}
