import type { DefinitionContext } from '../private/definition';
import { INTRINSIC_PATH_FIELDS } from '../private/fields';
import { intrinsicError } from '../private/intrinsics';
import { pointer } from '../private/pointer';
import { walkValues } from '../private/walk';
import type { ValidationProblem } from '../problem';
import { payloadTemplates } from './jsonpath-syntax';

/**
 * `intrinsic-syntax`: every intrinsic function of a JSONPath state (a `key.$` value, a Fail state's `CausePath` or
 * `ErrorPath`) is a known function with the right number of arguments, its argument list and quoted strings parse,
 * its paths are valid, and `States.Format`'s placeholders match its values.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */
export function intrinsicSyntax(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    if (entry.language !== 'JSONPath') continue;
    const check = (value: string, path: string, field: string): void => {
      const why = intrinsicError(value);
      if (why) problems.push({ path, state: entry.name, rule: 'intrinsic-syntax', message: `\`${field}\`: ${why}, in ${JSON.stringify(value)}` });
    };
    for (const field of INTRINSIC_PATH_FIELDS) {
      const value = entry.state[field];
      if (typeof value === 'string' && value.startsWith('States.')) check(value, pointer(entry.pointer, field), field);
    }
    for (const { template, path } of payloadTemplates(entry.state, entry.pointer)) {
      walkValues(template, path, (value, at, key) => {
        if (typeof key === 'string' && key.endsWith('.$') && typeof value === 'string' && value.startsWith('States.')) check(value, at, key);
      });
    }
  }
  return problems;
}
