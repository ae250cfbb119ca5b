import type { IConstruct } from 'constructs';
import { FieldUtils, QueryLanguage, type CatchProps } from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, validationError } from '../errors';
import { isJsonataExpression } from '../validate';

/*
 * Fields of the other query language in a rendered task state. aws-cdk-lib renders whatever props it was given, so a
 * JSONata task with `inputPath`, or a JSONPath task with `outputs`, synthesizes and is then rejected by
 * CreateStateMachine (or silently passes a path as text). The check runs on the rendered state, where the language
 * the task renders in is known, and names the prop that wrote each field.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */

/** The prop (or API) behind each top-level field, for messages. */
const PROP_OF_FIELD: { readonly [field: string]: string } = {
  InputPath: 'inputPath',
  OutputPath: 'outputPath',
  ResultPath: 'resultPath',
  ResultSelector: 'resultSelector',
  Parameters: 'the task input (Parameters)',
  TimeoutSecondsPath: 'taskTimeout (Timeout.at())',
  HeartbeatSecondsPath: 'heartbeatTimeout (Timeout.at())',
  TimeoutSeconds: 'taskTimeout (Timeout.jsonata())',
  HeartbeatSeconds: 'heartbeatTimeout (Timeout.jsonata())',
  Arguments: 'the task input (Arguments)',
  Output: 'outputs',
  Credentials: 'credentials',
  Assign: 'assign',
  Catch: 'addCatch()',
};

const JSONPATH_ONLY_FIELDS = ['InputPath', 'OutputPath', 'ResultPath', 'ResultSelector', 'Parameters', 'TimeoutSecondsPath', 'HeartbeatSecondsPath'];
const JSONATA_ONLY_FIELDS = ['Arguments', 'Output'];

/** The fields of aws-cdk-lib's `State` read here (private in its typings): the catchers added with `addCatch()`. */
interface StateInternals {
  readonly catches?: Array<{ readonly props?: CatchProps }>;
}

/**
 * Throws when the rendered `state` of `task` has a field, or a value, of the query language it does not render in;
 * a catcher's `outputs` (which aws-cdk-lib drops from a JSONPath state) is read from the task itself.
 */
export function validateQueryLanguageFields(task: IConstruct, state: { readonly [key: string]: unknown }, language: QueryLanguage): void {
  const scope = task;
  if (language === QueryLanguage.JSONATA) {
    for (const field of JSONPATH_ONLY_FIELDS) {
      if (state[field] !== undefined) fail(scope, field, state[field], 'JSONPath', 'JSONata');
    }
    for (const field of ['Arguments', 'Credentials', 'Assign']) {
      // JsonPath references become `.$` fields once rendered as JSONPath would render them.
      const rendered = isObject(state[field]) ? FieldUtils.renderObject(state[field] as { [key: string]: unknown }) : state[field];
      const path = findKey(rendered, (k) => k.endsWith('.$'));
      if (path) fail(scope, `${field}.${path.at}`, path.value, 'JSONPath', 'JSONata', field);
    }
    catches(state).forEach((c, i) => {
      if (c.ResultPath !== undefined) fail(scope, `Catch[${i}].ResultPath`, c.ResultPath, 'JSONPath', 'JSONata', 'Catch');
      const path = findKey(c.Assign, (k) => k.endsWith('.$'));
      if (path) fail(scope, `Catch[${i}].Assign.${path.at}`, path.value, 'JSONPath', 'JSONata', 'Catch');
    });
    return;
  }
  for (const field of JSONATA_ONLY_FIELDS) {
    if (state[field] !== undefined) fail(scope, field, state[field], 'JSONata', 'JSONPath');
  }
  for (const field of ['TimeoutSeconds', 'HeartbeatSeconds']) {
    if (typeof state[field] === 'string') fail(scope, field, state[field], 'JSONata', 'JSONPath');
  }
  ((task as unknown as StateInternals).catches ?? []).forEach((c, i) => {
    if (c.props?.outputs !== undefined) fail(scope, `Catch[${i}].Output`, c.props.outputs, 'JSONata', 'JSONPath', 'Catch');
  });
  catches(state).forEach((c, i) => {
    const expression = findValue(c.Assign, isJsonataExpression);
    if (expression) fail(scope, `Catch[${i}].Assign.${expression.at}`, expression.value, 'JSONata', 'JSONPath', 'Catch');
  });
  for (const field of ['Parameters', 'Credentials', 'Assign', 'ResultSelector']) {
    const expression = findValue(state[field], isJsonataExpression);
    if (expression) fail(scope, `${field}.${expression.at}`, expression.value, 'JSONata', 'JSONPath', field);
  }
}

function fail(scope: IConstruct, field: string, value: unknown, fieldLanguage: string, stateLanguage: string, propField?: string): never {
  const hint = stateLanguage === 'JSONata'
    ? 'a JSONata state takes Arguments, Output and {% %} expressions'
    : 'a JSONPath state takes JsonPath references, inputPath, resultSelector, resultPath and outputPath';
  const prop = PROP_OF_FIELD[propField ?? field] ?? field;
  let what = propField === undefined ? 'be undefined' : `not set ${field}`;
  if (field.endsWith('.$')) what = 'not contain JSONPath references (`.$` fields)';
  else if (propField !== undefined && propField !== 'Catch' && isJsonataExpression(value)) what = 'not contain JSONata expressions';
  throw validationError(scope, `\`${prop}\` must ${what} when the state runs in ${stateLanguage} (${field} is ` +
    `${fieldLanguage}; ${hint}), got ${describeValue(value)}`);
}

interface RenderedCatch {
  readonly ResultPath?: unknown;
  readonly Assign?: unknown;
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function catches(state: { readonly [key: string]: unknown }): RenderedCatch[] {
  return Array.isArray(state.Catch) ? (state.Catch as RenderedCatch[]) : [];
}

interface Found {
  /** Where: keys joined with `.`. */
  readonly at: string;
  readonly value: unknown;
}

/** The first key (depth first) of objects within `value` that `test` accepts. */
function findKey(value: unknown, test: (key: string) => boolean, at = ''): Found | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const here = at ? `${at}.${key}` : key;
    if (!Array.isArray(value) && test(key)) return { at: here, value: child };
    const found = findKey(child, test, here);
    if (found) return found;
  }
  return undefined;
}

/** The first string (depth first) within `value` that `test` accepts. */
function findValue(value: unknown, test: (text: string) => boolean, at = ''): Found | undefined {
  if (typeof value === 'string') return test(value) ? { at: at || '(value)', value } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findValue(child, test, at ? `${at}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}
