/** A JSON value as Step Functions passes it between states. */
export type Json = null | boolean | number | string | Json[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type name AWS uses in its messages: object, array, string, number, boolean, null. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Compact JSON text, as Step Functions writes payloads into error causes. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/** Structural equality of two JSON values (key order ignored). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!jsonEquals((a as JsonObject)[k], (b as JsonObject)[k])) return false;
  }
  return true;
}

/**
 * A JSON value with every `undefined` removed and non-JSON values turned into JSON, as a value crossing the wire
 * would be. Values already JSON are returned as they are (no copy).
 */
export function toJson(value: unknown): Json {
  return copy(value) ?? null;
}

/** A JSON copy as JSON.stringify + JSON.parse would make it (undefined where JSON.stringify drops the value). */
function copy(value: unknown): Json | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object': {
      if (value === null) return null;
      const withToJson = value as { toJSON?: () => unknown };
      if (typeof withToJson.toJSON === 'function') return copy(withToJson.toJSON());
      if (Array.isArray(value)) return value.map((item) => copy(item) ?? null);
      const out: JsonObject = {};
      for (const key of Object.keys(value)) {
        const item = copy((value as Record<string, unknown>)[key]);
        if (item !== undefined) out[key] = item;
      }
      return out;
    }
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
}
