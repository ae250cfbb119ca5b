import type { ParitySnapshot } from '@cdk-stepfunctions/tools/parity';
import { normalize } from '@cdk-stepfunctions/tools/testing';

/** `value` with `fn` applied to every string in it, deeply (keys stay). */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? fn(v) : v)) as T;
}

/** `value` without the object fields named `key` whose value is null, deeply. */
function dropNullField<T>(value: T, key: string): T {
  return JSON.parse(JSON.stringify(value), (k, v) => (k === key && v === null ? undefined : v)) as T;
}

/** The snapshot with statements normalized, for comparison. */
export function normalized(snapshot: ParitySnapshot): ParitySnapshot {
  return { ...snapshot, statements: normalize(snapshot.statements) };
}

/**
 * The snapshot without the `"<key>": null` fields aws-cdk-lib writes into a JSONata state's `Arguments`, both in the
 * state and in the definition strings of the template.
 */
export function withoutNullField(snapshot: ParitySnapshot, key: string): ParitySnapshot {
  const strip = (s: string) => s.split(`,"${key}":null`).join('').split(`"${key}":null,`).join('');
  return {
    ...snapshot,
    state: dropNullField(snapshot.state, key),
    template: mapStrings(snapshot.template, strip),
  };
}

/**
 * The snapshot without the request field `"<key>": <value>` (a string), from the state's `Parameters`/`Arguments`
 * and from the definition strings of the template.
 */
export function withoutField(snapshot: ParitySnapshot, key: string, value: string): ParitySnapshot {
  const text = `"${key}":${JSON.stringify(value)}`;
  const strip = (s: string) => s.split(`,${text}`).join('').split(`${text},`).join('');
  const state = JSON.parse(JSON.stringify(snapshot.state)) as { Arguments?: Record<string, unknown>; Parameters?: Record<string, unknown> };
  for (const input of [state.Arguments, state.Parameters]) {
    if (input && typeof input === 'object' && input[key] === value) delete input[key];
  }
  return { ...snapshot, state, template: mapStrings(snapshot.template, strip) };
}

/** The snapshot's statements with `fn` applied to every string (after normalizing their ARNs). */
export function mapStatements(snapshot: ParitySnapshot, fn: (s: string) => string): ParitySnapshot {
  return { ...snapshot, statements: mapStrings(normalize(snapshot.statements), fn) };
}

/** The field `key` of the state's request (`Parameters` or `Arguments`). */
export function requestField(snapshot: ParitySnapshot, key: string): unknown {
  const state = snapshot.state as { Arguments?: Record<string, unknown>; Parameters?: Record<string, unknown> };
  return (state.Arguments ?? state.Parameters ?? {})[key];
}
