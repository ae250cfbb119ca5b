/**
 * The data type of an SNS message attribute.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
 */
export enum MessageAttributeDataType {
  /**
   * Unicode text with UTF-8 binary encoding.
   */
  STRING = 'String',

  /**
   * An array of strings, numbers, `true`, `false` and `null`, sent as its JSON text.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   */
  STRING_ARRAY = 'String.Array',

  /**
   * A positive or negative integer or floating-point number.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   */
  NUMBER = 'Number',

  /**
   * Any binary data, such as compressed data, encrypted data or images.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   */
  BINARY = 'Binary',
}

/**
 * A message attribute sent with an SNS message, for subscription filter policies and subscribers.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 */
export interface MessageAttribute {
  /**
   * The attribute's value: a string, number, boolean, array of strings/numbers/booleans/nulls, a `TaskInput`,
   * a JSON path (`JsonPath.stringAt()` and friends) or a JSONata expression.
   */
  readonly value: any;

  /**
   * The attribute's data type.
   *
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html#SNSMessageAttributes.DataTypes
   * @default - from the value: Number for a number, String.Array for an array, String otherwise
   */
  readonly dataType?: MessageAttributeDataType;
}
