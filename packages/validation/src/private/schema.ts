import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { QueryLanguageName } from './definition';

/**
 * asl-validator's JSON schemas, compiled once per process.
 *
 * asl-validator's own entry point builds a new Ajv instance and compiles every schema on each call (hundreds of
 * milliseconds); we load the same schema files into one Ajv instance, lazily, and reuse it. Its formats for paths
 * and JSONata accept every string here: the `jsonpath-syntax`, `intrinsic-syntax` and `jsonata-syntax` rules check
 * those with a precise message, so the schema rule doesn't report them a second time.
 */
export interface AslSchemas {
  /** The top-level fields of a state machine (`state-machine.json`), its states left to `stateSchema`. */
  readonly stateMachine: ValidateFunction;
  /** The state types the schemas know (`Choice`, `Fail`, …). */
  readonly stateTypes: string[];
  /** The schema of a state type in one query language, e.g. `Task` in JSONata; nested states left out. */
  stateSchema(type: string, language: QueryLanguageName): ValidateFunction | undefined;
}

const SCHEMA_ID = 'http://asl-validator.cloud';

let cached: AslSchemas | undefined;

/** The compiled schemas (compiled on first use). */
export function aslSchemas(): AslSchemas {
  cached ??= compile();
  return cached;
}

/** An ARN of any partition, or a `${placeholder}` of a definition substitution (the schema allows both). */
const ARN = /^arn:aws[a-z-]*:[^:\s]+:[^:\s]*:[^:\s]*:\S+$/;

/**
 * asl-validator's `not_jsonata` pattern `^(?!\{% )(.+)…` rejects an empty string, so `{ "Message": "" }` in a JSONata
 * state's `Arguments` would be reported; an empty string is a valid value there. Ours only rules out `{% …`.
 */
function allowingEmptyStrings(schema: Record<string, unknown>): Record<string, unknown> {
  const notJsonata = (schema.definitions as Record<string, { pattern?: string }> | undefined)?.not_jsonata;
  if (notJsonata?.pattern) notJsonata.pattern = '^(?!\\{% )[\\s\\S]*$';
  return schema;
}

function compile(): AslSchemas {
  const dir = join(dirname(require.resolve('asl-validator/package.json')), 'dist', 'src', 'schemas');
  const schemas = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => withoutNestedStates(JSON.parse(readFileSync(join(dir, f), 'utf8'))) as Record<string, unknown>)
    .map(allowingEmptyStrings);
  const ajv = new Ajv({
    schemas,
    allowUnionTypes: true,
    allErrors: true,
    // asl-validator's JSONata pattern `^\{% .+ %\}$` would reject a multi-line expression without the dotAll flag.
    code: { regExp: Object.assign((pattern: string, flags: string) => new RegExp(pattern, pattern.includes('%') ? `${flags}s` : flags), { code: 'new RegExp' }) },
  });
  addFormats(ajv);
  for (const name of ['asl_path', 'asl_ref_path', 'asl_payload_template', 'asl_result_path', 'jsonata_string', 'maybe_jsonata_string']) {
    ajv.addFormat(name, () => true);
  }
  ajv.addFormat('asl_arn', (value: string) => ARN.test(value));

  // Each state schema is a `oneOf` of a JSONPath and a JSONata variant; find which is which from the schemas.
  const variants = new Map<string, string>();
  for (const schema of schemas) {
    const id = typeof schema.$id === 'string' ? schema.$id.replace(/#$/, '') : undefined;
    const oneOf = schema.oneOf;
    if (!id || !Array.isArray(oneOf)) continue;
    const definitions = schema.definitions as Record<string, { enum?: unknown[] }> | undefined;
    const type = definitions?.Type?.enum?.[0];
    if (typeof type !== 'string') continue;
    oneOf.forEach((variant: { properties?: { QueryLanguage?: { $ref?: string } } }, i) => {
      const ref = variant.properties?.QueryLanguage?.$ref ?? '';
      const language = ref.startsWith('jsonata') ? 'JSONata' : ref.startsWith('paths') ? 'JSONPath' : undefined;
      if (language) variants.set(`${type}/${language}`, `${id}#/oneOf/${i}`);
    });
  }
  const get = (ref: string): ValidateFunction => {
    const fn = ajv.getSchema(ref);
    if (!fn) throw new Error(`asl-validator schema ${ref} not found`);
    return fn;
  };
  const compiledVariants = new Map<string, ValidateFunction>();
  return {
    stateMachine: get(`${SCHEMA_ID}/state-machine.json#`),
    stateTypes: [...new Set([...variants.keys()].map((k) => k.split('/')[0]))].sort(),
    stateSchema(type, language) {
      const key = `${type}/${language}`;
      const ref = variants.get(key);
      if (!ref) return undefined;
      let fn = compiledVariants.get(key);
      if (!fn) {
        fn = get(ref);
        compiledVariants.set(key, fn);
      }
      return fn;
    },
  };
}

/**
 * The schema with every reference to a state (`state.json`) replaced by `{}`.
 *
 * Each state is validated on its own against its type's schema, so a Map or Parallel schema need not compile every
 * state type again for its nested states, and an error is reported once, at the nested state.
 */
function withoutNestedStates(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNestedStates);
  if (typeof node !== 'object' || node === null) return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && /(^|\/)state\.json#?$/.test(ref)) return {};
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutNestedStates(v)]));
}

export type { ErrorObject };
