import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';
import { isJsonataExpression } from './validate';

/**
 * Whether `value` is only known when the state runs: a JSONPath reference from `JsonPath.stringAt()`,
 * `JsonPath.format()` and the like (rendered as a `.$` field), or a JSONata expression (`{% … %}`).
 *
 * Unlike {@link isDynamic}, a CDK token (a deploy-time value, whose encoding also starts with `$`) and a
 * literal `$…` string (rendered as text) are not: use this where a run-time value changes what is rendered or
 * granted, such as a resource name in an IAM ARN, which becomes `*`.
 */
export function isRuntimeValue(value: unknown): value is string {
  return typeof value === 'string' && (JsonPath.isEncodedJsonPath(value) || isJsonataExpression(value));
}
