import type { IConstruct } from 'constructs';
import { QueryLanguage, FieldUtils } from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, isDynamic, validationError } from '@cdk-stepfunctions/tasks-core';
import { attributeValueMap, type DynamoAttributeValue } from '../attribute-value';
import type { DynamoReturnValues } from '../dynamodb-types';

/** The longest expression string DynamoDB takes: 4 KB. */
const MAX_EXPRESSION_LENGTH = 4096;

/** An expression attribute name: `#` and letters, digits or `_` (with `.$` when its value is a JSON path). */
const EXPRESSION_ATTRIBUTE_NAME = /^#[A-Za-z0-9_]+(\.\$)?$/;
/** An expression attribute value: `:` and letters, digits or `_`. */
const EXPRESSION_ATTRIBUTE_VALUE = /^:[A-Za-z0-9_]+$/;

/** The attribute types a key attribute can have. */
const KEY_TYPES = ['S', 'N', 'B'];

/**
 * The objects of the `key` map after checking it: one or two attributes (partition key, and sort key when the table
 * has one), each a String, Number or Binary, not empty when static.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-Key
 */
export function keyObjects(scope: IConstruct, key: { [name: string]: DynamoAttributeValue }): { [name: string]: unknown } {
  const objects = attributeValueMap(key, scope, '`key`');
  const names = Object.keys(objects);
  if (names.length < 1 || names.length > 2) {
    throw validationError(scope, '`key` must have 1 or 2 attributes (the partition key, and the sort key if the table ' +
      `has one), got ${names.length}`);
  }
  for (const name of names) {
    const value = objects[name] as { [type: string]: unknown };
    const type = Object.keys(value)[0]?.replace(/\.\$$/, '');
    if (!KEY_TYPES.includes(type)) {
      throw validationError(scope, `\`key\` '${name}' must be a String, Number or Binary (fromString(), fromNumber(), ` +
        `numberFromString() or fromBinary()), the only types of key attributes, got ${describeValue(type)}`);
    }
    const data = value[type];
    if ((type === 'S' || type === 'B') && data === '') {
      throw validationError(scope, `\`key\` '${name}' must not be empty (key attributes of type String and Binary ` +
        'take at least one character), got \'\'');
    }
  }
  return objects;
}

/**
 * The objects of the `item` map after checking it: at least one attribute.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-Item
 */
export function itemObjects(scope: IConstruct, item: { [name: string]: DynamoAttributeValue }): { [name: string]: unknown } {
  const objects = attributeValueMap(item, scope, '`item`');
  if (Object.keys(objects).length === 0) {
    throw validationError(scope, '`item` must have at least one attribute (its primary key), got none');
  }
  return objects;
}

/**
 * Throws unless `expressionAttributeNames` has entries, every name is `#` followed by letters, digits or `_`, and
 * every static attribute name it stands for is 1 to 65535 characters long.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html
 */
export function validateExpressionAttributeNames(scope: IConstruct, names: { [key: string]: string } | undefined): void {
  if (names === undefined) return;
  requireEntries(scope, 'expressionAttributeNames', names);
  for (const [placeholder, name] of Object.entries(names)) {
    if (!EXPRESSION_ATTRIBUTE_NAME.test(placeholder)) {
      throw validationError(scope, '`expressionAttributeNames` keys must be # followed by letters, digits or _ ' +
        `(such as '#name'), got ${describeValue(placeholder)}`);
    }
    if (typeof name !== 'string' || (!isDynamic(name) && (name.length === 0 || name.length > 65535))) {
      throw validationError(scope, `\`expressionAttributeNames\` '${placeholder}' must be an attribute name of 1 to 65535 ` +
        `characters, got ${describeValue(name)}`);
    }
  }
}

/**
 * The objects of `expressionAttributeValues` after checking that it has entries and every name is `:` followed by
 * letters, digits or `_`; undefined when it is.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeValues.html
 */
export function expressionAttributeValueObjects(
  scope: IConstruct,
  values: { [key: string]: DynamoAttributeValue } | undefined,
): { [key: string]: unknown } | undefined {
  if (values === undefined) return undefined;
  requireEntries(scope, 'expressionAttributeValues', values);
  for (const placeholder of Object.keys(values)) {
    if (!EXPRESSION_ATTRIBUTE_VALUE.test(placeholder)) {
      throw validationError(scope, '`expressionAttributeValues` keys must be : followed by letters, digits or _ ' +
        `(such as ':value'), got ${describeValue(placeholder)}`);
    }
  }
  return attributeValueMap(values, scope, '`expressionAttributeValues`');
}

/** Throws when a map DynamoDB takes only with entries is empty. */
function requireEntries(scope: IConstruct, prop: string, map: object): void {
  if (map !== null && typeof map === 'object' && Object.keys(map).length === 0) {
    throw validationError(scope, `\`${prop}\` must have at least one entry or be undefined (DynamoDB rejects an empty map), got {}`);
  }
}

/**
 * Throws unless a static expression (`conditionExpression`, `updateExpression`) is 1 to 4096 characters long.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#limits-expression-parameters
 */
export function validateExpression(scope: IConstruct, prop: string, expression: string | undefined): void {
  if (expression === undefined || isDynamic(expression)) return;
  if (expression.trim().length === 0 || expression.length > MAX_EXPRESSION_LENGTH) {
    throw validationError(scope, `\`${prop}\` must be a non-blank expression of at most ${MAX_EXPRESSION_LENGTH} characters, ` +
      `got ${expression.length} characters (${describeValue(expression)})`);
  }
}

/**
 * Throws unless `returnValues` is one the action takes: PutItem and DeleteItem take NONE and ALL_OLD only.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#DDB-PutItem-request-ReturnValues
 */
export function validateReturnValues(
  scope: IConstruct,
  returnValues: DynamoReturnValues | undefined,
  allowed: readonly DynamoReturnValues[],
  action: string,
): void {
  if (returnValues === undefined || allowed.includes(returnValues)) return;
  throw validationError(scope, `\`returnValues\` must be one of ${allowed.join(', ')} for ${action} (DynamoDB takes no other), ` +
    `got ${describeValue(returnValues)}`);
}

/**
 * Throws when a JSONata task's input holds JSON paths (`JsonPath.stringAt()`, `DynamoAttributeValue.mapFromJsonPath()`
 * and the like): a JSONata state does not evaluate them, so DynamoDB would get the path as text.
 */
export function rejectJsonPathsInJsonata(scope: IConstruct, input: object, queryLanguage: QueryLanguage): void {
  if (queryLanguage !== QueryLanguage.JSONATA) return;
  const paths = FieldUtils.findReferencedPaths(input);
  if (paths.length > 0) {
    throw validationError(scope, 'the task input must not contain JSON paths (JsonPath.stringAt(), ' +
      '*FromJsonPath() and the like) when the task runs in JSONata, which reads {% … %} expressions instead, ' +
      `got ${paths.map((p) => describeValue(p)).join(', ')}`);
  }
}
