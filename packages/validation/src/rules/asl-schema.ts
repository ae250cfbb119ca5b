import type { DefinitionContext, QueryLanguageName } from '../private/definition';
import { CATCHER_JSONATA_ONLY, CATCHER_JSONPATH_ONLY, JSONATA_ONLY_FIELDS, JSONPATH_ONLY_FIELDS } from '../private/fields';
import { pointer, tokensOf } from '../private/pointer';
import { aslSchemas, type ErrorObject } from '../private/schema';
import type { ValidationProblem } from '../problem';

/** Top-level fields of each language that `wrong-query-language-field` reports instead. */
const OTHER_LANGUAGE_FIELDS: Record<QueryLanguageName, ReadonlySet<string>> = {
  JSONPath: new Set([...JSONATA_ONLY_FIELDS.map((f) => f.keys[0]), ...CATCHER_JSONATA_ONLY, 'Condition']),
  JSONata: new Set([...JSONPATH_ONLY_FIELDS.map((f) => f.keys[0]), ...CATCHER_JSONPATH_ONLY, 'Variable']),
};

/**
 * `asl-schema`: the definition matches asl-validator's JSON schemas of the States Language, in the state's query
 * language: required fields, field types, enums and ranges, no unknown fields, ARN-shaped `Resource`s.
 *
 * Each state is checked against its own type's schema in its language (a state without `QueryLanguage` is read in
 * the top-level language, as asl-validator and Step Functions read it), so each error points at its state.
 *
 * @see https://states-language.net/spec.html
 */
export function aslSchema(context: DefinitionContext): ValidationProblem[] {
  const schemas = aslSchemas();
  const problems: ValidationProblem[] = [];

  if (!schemas.stateMachine(context.definition)) {
    problems.push(...toProblems(schemas.stateMachine.errors ?? [], '', undefined, 'JSONPath'));
  }
  for (const entry of context.states) {
    if (entry.type === undefined || !schemas.stateTypes.includes(entry.type)) {
      problems.push({
        path: pointer(entry.pointer, 'Type'), state: entry.name, rule: 'asl-schema',
        message: `\`Type\` must be one of ${schemas.stateTypes.join(', ')}, got ${JSON.stringify(entry.state.Type)}`,
      });
      continue;
    }
    const validate = schemas.stateSchema(entry.type, entry.language);
    if (!validate) continue;
    const state = 'QueryLanguage' in entry.state ? entry.state : { ...entry.state, QueryLanguage: entry.language };
    if (validate(state)) continue;
    problems.push(...toProblems(validate.errors ?? [], entry.pointer, entry.name, entry.language, entry.type));
  }
  return problems;
}

/** Turns Ajv's errors for one object into problems: one per field, alternatives of a `oneOf` merged. */
function toProblems(errors: ErrorObject[], base: string, state: string | undefined, language: QueryLanguageName, type?: string): ValidationProblem[] {
  // An alternative of a `oneOf` fails at the `oneOf`'s own path when a deeper field is at fault: keep the deepest.
  const paths = new Set(errors.map((e) => e.instancePath));
  const kept = errors.filter((e) => {
    if (e.keyword === 'additionalProperties' || e.keyword === 'required') return true;
    return ![...paths].some((p) => p.startsWith(`${e.instancePath}/`));
  });

  const byPath = new Map<string, string[]>();
  const add = (path: string, message: string): void => {
    const list = byPath.get(path) ?? [];
    if (!list.includes(message)) list.push(message);
    byPath.set(path, list);
  };
  for (const error of kept) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const at = base + error.instancePath;
    if (error.keyword === 'additionalProperties') {
      const field = String((error.params as { additionalProperty: string }).additionalProperty);
      // A top-level field of the other language: `wrong-query-language-field` explains it better.
      if (error.instancePath === '' && type && OTHER_LANGUAGE_FIELDS[language].has(field)) continue;
      add(pointer(at, field), `is not a field of ${where(error.instancePath, language, type)}`);
      continue;
    }
    add(at, describe(error));
  }
  // A `oneOf` whose alternatives all failed at its own path and said nothing else.
  for (const error of kept) {
    if (error.keyword === 'oneOf' && !byPath.has(base + error.instancePath)) add(base + error.instancePath, 'matches none of the shapes this field allows');
  }

  return [...byPath].map(([path, messages]) => ({
    path,
    state,
    rule: 'asl-schema',
    message: `${fieldName(path, base)}${messages.join(', or ')}`,
  }));
}

function where(instancePath: string, language: QueryLanguageName, type?: string): string {
  if (instancePath !== '') return `\`${tokensOf(instancePath).join('.')}\``;
  return type ? `a ${language} ${type} state` : 'a state machine';
}

function fieldName(path: string, base: string): string {
  const tokens = tokensOf(path.slice(base.length));
  return tokens.length === 0 ? '' : `\`${tokens.join('.')}\` `;
}

/** A readable message for one Ajv error. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `requires \`${String(params.missingProperty)}\``;
    case 'type':
      return `must be ${Array.isArray(params.type) ? params.type.join(' or ') : String(params.type)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern': {
      const pattern = String(params.pattern);
      if (pattern.includes('(?!\\{% )')) return 'must not be a JSONata expression (`{% … %}`) in a JSONPath state';
      if (pattern.includes('\\{%')) return 'must be a JSONata expression `{% … %}`';
      if (pattern.includes('\\$\\{')) return 'must be a `${…}` definition substitution';
      return `must match ${pattern}`;
    }
    case 'format':
      return params.format === 'asl_arn' ? 'must be an ARN (`arn:<partition>:<service>:…`)' : `must be a ${String(params.format)}`;
    default:
      return error.message ?? error.keyword;
  }
}
