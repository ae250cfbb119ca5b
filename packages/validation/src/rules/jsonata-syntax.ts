import jsonata = require('jsonata');
import { GRAPH_FIELDS, type DefinitionContext } from '../private/definition';
import { pointer } from '../private/pointer';
import { walkValues } from '../private/walk';
import type { ValidationProblem } from '../problem';

/** Fields whose strings are never evaluated. */
const LITERAL_FIELDS: ReadonlySet<string> = new Set(['Comment', 'Type', 'QueryLanguage', 'Next', 'Default', 'Resource', 'End']);

/**
 * `jsonata-syntax`: every JSONata expression (`"{% … %}"`) in a JSONata state, in any field at any depth, parses
 * with the `jsonata` library; a string that opens with `{%` but doesn't close with `%}` (or the reverse) is reported
 * too, since Step Functions would treat it as a literal.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
export function jsonataSyntax(context: DefinitionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const entry of context.states) {
    if (entry.language !== 'JSONata') continue;
    for (const [field, value] of Object.entries(entry.state)) {
      if (GRAPH_FIELDS.has(field) || LITERAL_FIELDS.has(field)) continue;
      walkValues(value, pointer(entry.pointer, field), (v, at) => {
        if (typeof v !== 'string') return;
        const why = expressionError(v);
        if (why) problems.push({ path: at, state: entry.name, rule: 'jsonata-syntax', message: `\`${field}\`: ${why}` });
      });
    }
  }
  return problems;
}

/** Why a string is not a valid JSONata expression, or undefined if it is one or is no expression at all. */
export function expressionError(value: string): string | undefined {
  const opens = value.startsWith('{%');
  const closes = value.endsWith('%}');
  if (!opens && !closes) return undefined;
  if (!opens || !closes || value.length < 4) {
    return `${JSON.stringify(value)} ${opens ? 'opens with `{%` but does not close with `%}`' : 'closes with `%}` but does not open with `{%`'}: a JSONata expression is the whole string, \`{% … %}\``;
  }
  const body = value.slice(2, -2);
  if (body.trim() === '') return `${JSON.stringify(value)} is an empty JSONata expression`;
  try {
    jsonata(body);
    return undefined;
  } catch (e) {
    const error = e as { message?: string; position?: number; token?: string };
    const at = typeof error.position === 'number' ? ` at character ${error.position}` : '';
    return `invalid JSONata expression ${JSON.stringify(value)}: ${error.message ?? String(e)}${at}`;
  }
}
