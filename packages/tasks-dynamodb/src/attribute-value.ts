import type { IConstruct } from 'constructs';
import { Token, Tokenization } from 'aws-cdk-lib/core';
import { FieldUtils, JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import {
  describeValue, isDynamic, isJsonataExpression, isJsonPathExpression, listOfStrings, validationError,
} from '@cdk-stepfunctions/tasks-core';

/** The smallest and largest magnitudes of a DynamoDB number (zero aside). */
const MIN_MAGNITUDE = 1e-130;
const MAX_MAGNITUDE_EXCLUSIVE = 1e126;

/** A number written as DynamoDB reads it: an optional sign, digits with an optional fraction, an optional exponent. */
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Base64 text, padded. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A DynamoDB attribute value: its data type (`S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL` or `BOOL`) and its
 * data, static or taken from the state input by a JSON path or a JSONata expression.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
 */
export class DynamoAttributeValue {
  /**
   * A String (`S`): text, a JSON path (`JsonPath.stringAt('$.name')`) or a JSONata expression (`'{% $name %}'`).
   */
  public static fromString(value: string): DynamoAttributeValue {
    return DynamoAttributeValue.of({ S: value });
  }

  /**
   * A Number (`N`) from a number, sent to DynamoDB as its text.
   *
   * A number read from the state input (`JsonPath.numberAt('$.count')`) is turned into text when the state runs
   * (`States.JsonToString`), since DynamoDB takes numbers as strings. Static numbers must be finite and within
   * DynamoDB's range (magnitudes from 1E-130 to below 1E+126).
   */
  public static fromNumber(value: number): DynamoAttributeValue {
    return DynamoAttributeValue.of({ N: numberText(value, 'DynamoAttributeValue.fromNumber') });
  }

  /**
   * A Number (`N`) from its text: a number such as `'123.45'`, a JSON path to a string (`JsonPath.stringAt()`) or a
   * JSONata expression.
   */
  public static numberFromString(value: string): DynamoAttributeValue {
    checkNumberText(value, 'DynamoAttributeValue.numberFromString', '`value`');
    return DynamoAttributeValue.of({ N: value.toString() });
  }

  /**
   * A Binary (`B`) from its base64 text, a JSON path or a JSONata expression.
   *
   * @param value base64-encoded data
   */
  public static fromBinary(value: string): DynamoAttributeValue {
    checkBase64(value, 'DynamoAttributeValue.fromBinary', '`value`');
    return DynamoAttributeValue.of({ B: value });
  }

  /**
   * A String Set (`SS`): one or more distinct strings.
   *
   * An element may be a JSON path (`JsonPath.stringAt()`): the set is then built when the state runs
   * (`States.Array`).
   */
  public static fromStringSet(value: string[]): DynamoAttributeValue {
    checkSet(value, 'DynamoAttributeValue.fromStringSet');
    return DynamoAttributeValue.of({ SS: listOfStrings(value) });
  }

  /**
   * A Number Set (`NS`) from one or more distinct numbers, sent as text.
   *
   * An element may be a number read from the state input (`JsonPath.numberAt()`): the set is then built when the
   * state runs.
   */
  public static fromNumberSet(value: number[]): DynamoAttributeValue {
    const texts = (value ?? []).map((n) => numberText(n, 'DynamoAttributeValue.fromNumberSet'));
    checkSet(texts, 'DynamoAttributeValue.fromNumberSet');
    return DynamoAttributeValue.of({ NS: listOfStrings(texts) });
  }

  /**
   * A Number Set (`NS`) from one or more distinct numbers written as text.
   *
   * An element may be a JSON path to a string (`JsonPath.stringAt()`): the set is then built when the state runs.
   */
  public static numberSetFromStrings(value: string[]): DynamoAttributeValue {
    checkSet(value, 'DynamoAttributeValue.numberSetFromStrings');
    value.forEach((text, i) => checkNumberText(text, 'DynamoAttributeValue.numberSetFromStrings', `\`value[${i}]\``));
    return DynamoAttributeValue.of({ NS: listOfStrings(value) });
  }

  /**
   * A Binary Set (`BS`) from one or more distinct base64 texts.
   */
  public static fromBinarySet(value: string[]): DynamoAttributeValue {
    checkSet(value, 'DynamoAttributeValue.fromBinarySet');
    value.forEach((text, i) => checkBase64(text, 'DynamoAttributeValue.fromBinarySet', `\`value[${i}]\``));
    return DynamoAttributeValue.of({ BS: listOfStrings(value) });
  }

  /**
   * A Map (`M`) of attribute names to values.
   */
  public static fromMap(value: { [key: string]: DynamoAttributeValue }): DynamoAttributeValue {
    return DynamoAttributeValue.of({ M: attributeValueMap(value, 'DynamoAttributeValue.fromMap', '`value`') });
  }

  /**
   * A Map (`M`) from a JSONata expression that evaluates to a map of attribute values.
   *
   * @param value a JSONata expression, `{% … %}`
   */
  public static mapFromJsonata(value: string): DynamoAttributeValue {
    checkJsonata(value, 'DynamoAttributeValue.mapFromJsonata');
    return DynamoAttributeValue.of({ M: value });
  }

  /**
   * A Map (`M`) from a JSON path to a map of attribute values in the state input.
   *
   * @param value a JSON path: `'$.item.M'` or `JsonPath.stringAt('$.item.M')`
   */
  public static mapFromJsonPath(value: string): DynamoAttributeValue {
    return DynamoAttributeValue.of({ M: jsonPathReference(value, 'DynamoAttributeValue.mapFromJsonPath') });
  }

  /**
   * A List (`L`) of attribute values.
   */
  public static fromList(value: DynamoAttributeValue[]): DynamoAttributeValue {
    if (!Array.isArray(value)) {
      throw validationError('DynamoAttributeValue.fromList', `\`value\` must be an array of DynamoAttributeValue, got ${describeValue(value)}`);
    }
    return DynamoAttributeValue.of({ L: value.map((v, i) => attributeValueObject(v, 'DynamoAttributeValue.fromList', `\`value[${i}]\``)) });
  }

  /**
   * A List (`L`) from a JSONata expression that evaluates to a list of attribute values.
   *
   * @param value a JSONata expression, `{% … %}`
   */
  public static listFromJsonata(value: string): DynamoAttributeValue {
    checkJsonata(value, 'DynamoAttributeValue.listFromJsonata');
    return DynamoAttributeValue.of({ L: value });
  }

  /**
   * A List (`L`) from a JSON path to a list of attribute values in the state input.
   *
   * @param value a JSON path: `'$.item.L'` or `JsonPath.stringAt('$.item.L')`
   */
  public static listFromJsonPath(value: string): DynamoAttributeValue {
    return DynamoAttributeValue.of({ L: jsonPathReference(value, 'DynamoAttributeValue.listFromJsonPath') });
  }

  /**
   * A Null (`NULL`). DynamoDB takes only `true`.
   */
  public static fromNull(value: boolean): DynamoAttributeValue {
    if (value !== true && !Token.isUnresolved(value)) {
      throw validationError('DynamoAttributeValue.fromNull', `\`value\` must be true (DynamoDB takes "NULL": true only), got ${describeValue(value)}`);
    }
    return DynamoAttributeValue.of({ NULL: value });
  }

  /**
   * A Boolean (`BOOL`).
   */
  public static fromBoolean(value: boolean): DynamoAttributeValue {
    return DynamoAttributeValue.of({ BOOL: value });
  }

  /**
   * A Boolean (`BOOL`) from a JSONata expression.
   *
   * @param value a JSONata expression, `{% … %}`
   */
  public static booleanFromJsonata(value: string): DynamoAttributeValue {
    checkJsonata(value, 'DynamoAttributeValue.booleanFromJsonata');
    return DynamoAttributeValue.of({ BOOL: value });
  }

  /**
   * A Boolean (`BOOL`) from a JSON path to a boolean in the state input.
   *
   * @param value a JSON path: `'$.flag'` or `JsonPath.stringAt('$.flag')`
   */
  public static booleanFromJsonPath(value: string): DynamoAttributeValue {
    return DynamoAttributeValue.of({ BOOL: jsonPathReference(value, 'DynamoAttributeValue.booleanFromJsonPath') });
  }

  /** An attribute value holding `value`; the constructor takes none, as the reference's declares. */
  private static of(value: any): DynamoAttributeValue {
    const attribute = new DynamoAttributeValue();
    (attribute as { attributeValue: any }).attributeValue = value;
    return attribute;
  }

  /**
   * The attribute value as DynamoDB takes it: its data type as the only key, such as `{ "S": "Hello" }`.
   */
  public readonly attributeValue: any;

  private constructor() {}

  /**
   * The attribute value as DynamoDB takes it, such as `{ "S": "Hello" }`.
   */
  public toObject(): any {
    return this.attributeValue;
  }
}

/**
 * The objects of a map of attribute values, after checking that each name is not empty and each value is a
 * DynamoAttributeValue.
 *
 * @internal
 */
export function attributeValueMap(
  map: { [key: string]: DynamoAttributeValue },
  source: string | IConstruct,
  prop: string,
): { [key: string]: unknown } {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw validationError(source, `${prop} must be a map of attribute names to DynamoAttributeValue, got ${describeValue(map)}`);
  }
  const result: { [key: string]: unknown } = {};
  for (const [name, value] of Object.entries(map)) {
    if (name.length === 0 || name.length > 65535) {
      throw validationError(source, `the attribute names of ${prop} must be from 1 to 65535 characters long, got ${describeValue(name)}`);
    }
    result[name] = attributeValueObject(value, source, `${prop} '${name}'`);
  }
  return result;
}

/**
 * The object of one attribute value, after checking that it is a DynamoAttributeValue.
 *
 * @internal
 */
export function attributeValueObject(value: unknown, source: string | IConstruct, prop: string): unknown {
  if (!(value instanceof DynamoAttributeValue) && !looksLikeAttributeValue(value)) {
    throw validationError(source, `${prop} must be a DynamoAttributeValue (DynamoAttributeValue.fromString() and the ` +
      `like), got ${describeValue(value)}`);
  }
  return (value as DynamoAttributeValue).toObject();
}

/** An attribute value from another copy of this package (another version in node_modules). */
function looksLikeAttributeValue(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { toObject?: unknown }).toObject === 'function'
    && 'attributeValue' in value;
}

/**
 * The text of a DynamoDB number: the number itself, or, for a number only known at deploy or run time, a token
 * that renders it as text.
 */
function numberText(value: number, source: string): string {
  if (typeof value !== 'number') {
    throw validationError(source, `\`value\` must be a number, got ${describeValue(value)}`);
  }
  if (Token.isUnresolved(value)) {
    const path = FieldUtils.renderObject({ value })?.['value.$'] as string | undefined;
    // A number read from the state input: Step Functions writes it as text when the state runs.
    if (path !== undefined) return JsonPath.jsonToString(value);
    // A deploy-time number (a CloudFormation parameter and the like): its text.
    return Tokenization.stringifyNumber(value);
  }
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || (magnitude !== 0 && (magnitude < MIN_MAGNITUDE || magnitude >= MAX_MAGNITUDE_EXCLUSIVE))) {
    throw validationError(source, '`value` must be a finite number of magnitude 0 or from 1E-130 to below 1E+126 ' +
      `(DynamoDB's number range), got ${describeValue(value)}`);
  }
  return value.toString();
}

function checkNumberText(value: string, source: string, prop: string): void {
  if (typeof value !== 'string') {
    throw validationError(source, `${prop} must be the text of a number, got ${describeValue(value)}`);
  }
  if (isDynamic(value)) return;
  const magnitude = Math.abs(Number(value));
  if (!NUMBER_TEXT.test(value) || (magnitude !== 0 && (magnitude < MIN_MAGNITUDE || magnitude >= MAX_MAGNITUDE_EXCLUSIVE))) {
    throw validationError(source, `${prop} must be the text of a number within DynamoDB's range (such as '123.45' or ` +
      `'-1E+10'), a JSON path or a JSONata expression, got ${describeValue(value)}`);
  }
}

function checkBase64(value: string, source: string, prop: string): void {
  if (typeof value !== 'string') {
    throw validationError(source, `${prop} must be base64 text, got ${describeValue(value)}`);
  }
  if (isDynamic(value)) return;
  if (!BASE64.test(value)) {
    throw validationError(source, `${prop} must be base64-encoded data (A-Z, a-z, 0-9, + and /, padded with = to a ` +
      `multiple of 4 characters), a JSON path or a JSONata expression, got ${describeValue(value)}`);
  }
}

/** A set has at least one element and no static element twice. */
function checkSet(values: unknown, source: string): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw validationError(source, `\`value\` must be a non-empty array (DynamoDB sets have at least one element), got ${describeValue(values)}`);
  }
  const seen = new Set<unknown>();
  for (const v of values) {
    if (typeof v === 'string' && isDynamic(v)) continue;
    if (seen.has(v)) {
      throw validationError(source, `\`value\` must not contain an element twice (DynamoDB sets are distinct), got ${describeValue(v)} twice`);
    }
    seen.add(v);
  }
}

function checkJsonata(value: string, source: string): void {
  if (!isJsonataExpression(value)) {
    throw validationError(source, `\`value\` must be a JSONata expression ('{% … %}'), got ${describeValue(value)}`);
  }
}

/**
 * A JSON path (literal, such as `'$.item'`, or from `JsonPath.stringAt()`) as a reference that renders as a
 * `<field>.$` entry in JSONPath states.
 */
function jsonPathReference(value: string, source: string): string {
  if (!isJsonPathExpression(value)) {
    throw validationError(source, '`value` must be a JSON path: \'$\', \'$.field\', \'$$.Context\' or ' +
      `JsonPath.stringAt('$.field'), got ${describeValue(value)}`);
  }
  return JsonPath.isEncodedJsonPath(value) ? value : JsonPath.stringAt(value);
}
