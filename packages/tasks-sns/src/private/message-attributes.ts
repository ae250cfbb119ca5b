import type { IConstruct } from 'constructs';
import { Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describeValue, isJsonataExpression, validationError } from '@cdk-stepfunctions/tasks-core';
import { MessageAttributeDataType, type MessageAttribute } from '../sns-types';

/** One rendered entry of the Publish API's `MessageAttributes`. */
export interface MessageAttributeValue {
  readonly DataType: MessageAttributeDataType;
  readonly StringValue?: unknown;
  readonly BinaryValue?: unknown;
}

/**
 * A valid attribute name: A-Z, a-z, 0-9, `_`, `-` and `.`, up to 256 characters, not starting or ending with a
 * period nor with two in a row, and not starting with the reserved `AWS.` or `Amazon.` (any case).
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 */
const ATTRIBUTE_NAME = /^(?!\.)(?!.*\.\.)(?!.*\.$)(?!aws\.)(?!amazon\.)[A-Za-z0-9_.-]{1,256}$/i;

/** The element types a String.Array may hold (besides `null`). */
const ARRAY_ELEMENT_TYPES = ['string', 'number', 'boolean'];

/**
 * Checks every attribute and renders the Publish API's `MessageAttributes`, or undefined when none are given.
 * Throws on a name SNS rejects or a value that does not fit its data type.
 */
export function renderMessageAttributes(
  scope: IConstruct,
  attributes: { [name: string]: MessageAttribute } | undefined,
): { [name: string]: MessageAttributeValue } | undefined {
  if (attributes === undefined) return undefined;
  const rendered: { [name: string]: MessageAttributeValue } = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!Token.isUnresolved(name) && !ATTRIBUTE_NAME.test(name)) {
      throw validationError(scope, `\`messageAttributes\` names must be 1 to 256 of A-Z, a-z, 0-9, _, -, . ` +
        'not starting or ending with a period nor with two in a row, and not starting with AWS. or Amazon., ' +
        `got ${describeValue(name)}`);
    }
    rendered[name] = renderMessageAttribute(scope, `messageAttributes.${name}`, attribute);
  }
  return rendered;
}

/**
 * One attribute: a `TaskInput`, a JSON path or a JSONata expression takes the data type given (default String);
 * a static value must fit the data type given, or sets it (Number, String.Array, String).
 */
function renderMessageAttribute(scope: IConstruct, prop: string, attribute: MessageAttribute): MessageAttributeValue {
  const { value, dataType } = attribute;
  if (value instanceof sfn.TaskInput) return typed(dataType ?? MessageAttributeDataType.STRING, value.value);
  if (Token.isUnresolved(value) || isJsonataExpression(value)) {
    return typed(dataType ?? MessageAttributeDataType.STRING, value);
  }
  if (Array.isArray(value)) return renderArray(scope, prop, value, dataType);

  const kind = typeof value;
  if (value === null || !['string', 'number', 'boolean'].includes(kind)) {
    throw validationError(scope, `\`${prop}.value\` must be a string, number, boolean, array, TaskInput, JSON path ` +
      `or JSONata expression, got ${describeValue(value)}`);
  }
  if (kind === 'number' && !Number.isFinite(value)) {
    throw validationError(scope, `\`${prop}.value\` must be a finite number, got ${String(value)}`);
  }
  if (dataType === MessageAttributeDataType.BINARY) return typed(dataType, `${value}`);

  const inferred = kind === 'number' ? MessageAttributeDataType.NUMBER : MessageAttributeDataType.STRING;
  if (dataType !== undefined && dataType !== inferred) {
    throw validationError(scope, `\`${prop}.dataType\` ${dataType} does not fit a ${kind} value (${describeValue(value)}): ` +
      `a ${kind} must be ${kind === 'number' ? 'Number' : 'String'}` +
      (dataType === MessageAttributeDataType.STRING_ARRAY ? ', and a String.Array value must be an array' : ''));
  }
  return typed(inferred, `${value}`);
}

/**
 * A static array is a String.Array, sent as its JSON text. SNS takes strings, numbers, `true`, `false` and `null`
 * (`undefined` included) as elements; a JSON path or JSONata expression cannot sit inside the JSON text.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
 */
function renderArray(
  scope: IConstruct,
  prop: string,
  value: unknown[],
  dataType: MessageAttributeDataType | undefined,
): MessageAttributeValue {
  if (dataType !== undefined && dataType !== MessageAttributeDataType.STRING_ARRAY) {
    throw validationError(scope, `\`${prop}.dataType\` must be String.Array (or unset) for an array value, got ${dataType}`);
  }
  value.forEach((element, index) => {
    // `undefined` is sent as null, as JSON.stringify writes it: jsii passes a Python None (Java null) element that way.
    const valid = element === null || element === undefined
      || (ARRAY_ELEMENT_TYPES.includes(typeof element) && (typeof element !== 'number' || Number.isFinite(element)));
    if (!valid) {
      throw validationError(scope, `\`${prop}.value[${index}]\` must be a string, finite number, boolean or null, ` +
        `got ${describeValue(element)}`);
    }
    const dynamic = typeof element === 'string'
      ? sfn.JsonPath.isEncodedJsonPath(element) || isJsonataExpression(element)
      : typeof element === 'number' && Token.isUnresolved(element);
    if (dynamic) {
      throw validationError(scope, `\`${prop}.value[${index}]\` must be a static value: a JSON path or JSONata ` +
        'expression cannot sit inside the String.Array text; give the whole attribute value as one path or expression, ' +
        `got ${describeValue(element)}`);
    }
  });
  return typed(MessageAttributeDataType.STRING_ARRAY, JSON.stringify(value));
}

function typed(dataType: MessageAttributeDataType, value: unknown): MessageAttributeValue {
  return dataType === MessageAttributeDataType.BINARY
    ? { DataType: dataType, BinaryValue: value }
    : { DataType: dataType, StringValue: value };
}
