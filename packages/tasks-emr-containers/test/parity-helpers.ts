import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';

/** `value` with `fn` applied to each of its strings, at any depth. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? fn(v) : v)) as T;
}

/** A snapshot with `fn` applied to each string of its state, statements and template (the definition included). */
export function mapSnapshotStrings(snapshot: ParitySnapshot, fn: (s: string) => string): ParitySnapshot {
  return {
    ...snapshot,
    state: mapStrings(snapshot.state, fn),
    statements: mapStrings(snapshot.statements, fn),
    template: mapStrings(snapshot.template, fn),
  };
}

/** Whether any string in `value` contains `text`. */
export function containsText(value: unknown, text: string): boolean {
  return JSON.stringify(value).includes(JSON.stringify(text).slice(1, -1));
}
