import { isObject, type DefinitionContext, type StateEntry } from '../private/definition';
import { CATCHER_JSONATA_ONLY, CATCHER_JSONPATH_ONLY, CHOICE_OPERATOR, JSONATA_ONLY_FIELDS, JSONPATH_ONLY_FIELDS } from '../private/fields';
import { pointer } from '../private/pointer';
import { choiceRules, fieldAt } from '../private/walk';
import type { ValidationProblem } from '../problem';

/**
 * `wrong-query-language-field`: no field of the other query language in a state. A JSONata state has no
 * `InputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `OutputPath`, `ItemsPath`, `…Path` fields or Choice
 * `Variable`; a JSONPath state has no `Arguments`, `Output`, `Items` or Choice `Condition`. A state's language is
 * its own `QueryLanguage`, else the state machine's top-level one (not its Map's or Parallel's).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
export function wrongQueryLanguageField(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    const jsonata = entry.language === 'JSONata';
    const report = (path: string, field: string, instead: string): void => {
      problems.push({
        path, state: entry.name, rule: 'wrong-query-language-field',
        message: `\`${field}\` is a ${jsonata ? 'JSONPath' : 'JSONata'} field, but state "${entry.name}" is ${entry.language} ` +
          `(${languageSource(entry, context)}); use ${instead}` +
          ` or set the state's \`QueryLanguage\` to ${jsonata ? 'JSONPath' : 'JSONata'}`,
      });
    };
    for (const { keys, instead } of jsonata ? JSONPATH_ONLY_FIELDS : JSONATA_ONLY_FIELDS) {
      if (fieldAt(entry.state, keys).found) report(pointer(entry.pointer, ...keys), keys.join('.'), instead);
    }
    if (Array.isArray(entry.state.Catch)) {
      entry.state.Catch.forEach((catcher, i) => {
        if (!isObject(catcher)) return;
        for (const field of jsonata ? CATCHER_JSONPATH_ONLY : CATCHER_JSONATA_ONLY) {
          if (field in catcher) report(pointer(entry.pointer, 'Catch', i, field), `Catch[${i}].${field}`, jsonata ? '`Output` or `Assign`' : '`ResultPath`');
        }
      });
    }
    for (const { rule, path, topLevel } of choiceRules(entry.state, entry.pointer)) {
      for (const key of Object.keys(rule)) {
        if (jsonata && (key === 'Variable' || key === 'And' || key === 'Or' || key === 'Not' || CHOICE_OPERATOR.test(key))) {
          report(pointer(path, key), key, 'a `Condition` with a JSONata expression');
        } else if (!jsonata && (key === 'Condition' || (topLevel && key === 'Output'))) {
          report(pointer(path, key), key, key === 'Condition' ? '`Variable` and a comparison operator' : '`OutputPath`');
        }
      }
    }
  }
  return problems;
}

/** Where a state's language comes from, for messages. */
export function languageSource(entry: StateEntry, context: DefinitionContext): string {
  if (entry.state.QueryLanguage === entry.language) return 'its own `QueryLanguage`';
  const top = context.definition.QueryLanguage === undefined ? 'the default top-level language' : "the state machine's top-level `QueryLanguage`";
  const container = entry.graph.container;
  return container && container.language !== entry.language
    ? `${top}: a state without \`QueryLanguage\` doesn't take its ${container.type ?? 'container'}'s (${container.language})`
    : top;
}
