import { isObject, type DefinitionContext } from '../private/definition';
import { CHOICE_OPERATOR, INTRINSIC_PATH_FIELDS, PATH_FIELDS, PAYLOAD_TEMPLATE_FIELDS, type PathKind } from '../private/fields';
import { pathError } from '../private/jsonpath';
import { pointer } from '../private/pointer';
import { choiceRules, fieldAt, walkValues } from '../private/walk';
import type { ValidationProblem } from '../problem';

/**
 * `jsonpath-syntax`: every path of a JSONPath state parses, and is of the kind its field takes: `InputPath`,
 * `OutputPath`, `ResultPath` (and a catcher's), `ItemsPath`, the `…Path` fields, the `key.$` values of payload
 * templates (`Parameters`, `ResultSelector`, `ItemSelector`, `Assign`, …) and a Choice rule's `Variable` and
 * `…Path` operators; context paths `$$.` and variables `$name` included.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
 */
export function jsonPathSyntax(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    if (entry.language !== 'JSONPath') continue;
    const { state, name } = entry;
    const check = (value: unknown, path: string, field: string, kind: PathKind): void => {
      if (typeof value !== 'string') return; // null or another type: the schema's concern
      const why = pathError(value, kind);
      if (why) problems.push({ path, state: name, rule: 'jsonpath-syntax', message: `\`${field}\` ${why}, got ${JSON.stringify(value)}` });
    };

    for (const { keys, kind } of PATH_FIELDS) {
      const { found, value } = fieldAt(state, keys);
      if (!found) continue;
      const field = keys.join('.');
      if (INTRINSIC_PATH_FIELDS.has(field) && typeof value === 'string' && value.startsWith('States.')) continue;
      check(value, pointer(entry.pointer, ...keys), field, kind);
    }
    if (Array.isArray(state.Catch)) {
      state.Catch.forEach((catcher, i) => {
        if (isObject(catcher) && 'ResultPath' in catcher) {
          check(catcher.ResultPath, pointer(entry.pointer, 'Catch', i, 'ResultPath'), `Catch[${i}].ResultPath`, 'result_path');
        }
      });
    }
    for (const { rule, path } of choiceRules(state, entry.pointer)) {
      for (const [key, value] of Object.entries(rule)) {
        if (key === 'Variable' || (CHOICE_OPERATOR.test(key) && key.endsWith('Path'))) check(value, pointer(path, key), key, 'path');
      }
    }
    for (const { template, path } of payloadTemplates(state, entry.pointer)) {
      walkValues(template, path, (value, at, key) => {
        if (typeof key !== 'string' || !key.endsWith('.$') || typeof value !== 'string') return;
        if (value.startsWith('States.')) return; // intrinsic-syntax
        if (!value.startsWith('$')) {
          problems.push({
            path: at, state: name, rule: 'jsonpath-syntax',
            message: `\`${key}\` must be a path (\`$…\`) or an intrinsic function (\`States.…\`), got ${JSON.stringify(value)}; a literal value needs a key without \`.$\``,
          });
          return;
        }
        check(value, at, key, 'path');
      });
    }
  }
  return problems;
}

/** The payload templates of a JSONPath state (catchers' and choice rules' `Assign` included), with their pointers. */
export function payloadTemplates(state: Record<string, unknown>, at: string): { template: unknown; path: string }[] {
  const found: { template: unknown; path: string }[] = [];
  for (const keys of PAYLOAD_TEMPLATE_FIELDS) {
    const { found: present, value } = fieldAt(state, keys);
    if (present) found.push({ template: value, path: pointer(at, ...keys) });
  }
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((catcher, i) => {
      if (isObject(catcher) && 'Assign' in catcher) found.push({ template: catcher.Assign, path: pointer(at, 'Catch', i, 'Assign') });
    });
  }
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, i) => {
      if (isObject(rule) && 'Assign' in rule) found.push({ template: rule.Assign, path: pointer(at, 'Choices', i, 'Assign') });
    });
  }
  return found;
}
