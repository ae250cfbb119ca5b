import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { normalize } from '@cdk-stepfunctions/tools/testing';

/** Applies `fn` to every string in `value`, deeply. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? fn(v) : v)) as T;
}

/** A snapshot with `fn` applied to every string of the state and the template (the definition string included). */
export function adjustRendered(snapshot: ParitySnapshot, fn: (s: string) => string): ParitySnapshot {
  return { ...snapshot, state: mapStrings(snapshot.state, fn), template: mapStrings(snapshot.template, fn) };
}

/** A snapshot whose statements with `action` are replaced by `adjust(statement)`. */
export function adjustStatements(
  snapshot: ParitySnapshot,
  action: string,
  adjust: (statement: Record<string, unknown>) => Record<string, unknown>,
): ParitySnapshot {
  const statements = (normalize(snapshot.statements) as Array<Record<string, unknown>>).map((s) => {
    const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
    return actions.includes(action) ? adjust(s) : s;
  });
  return { ...snapshot, statements };
}
