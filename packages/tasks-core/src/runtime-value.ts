import type * as s3 from 'aws-cdk-lib/aws-s3';
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

/** The body of a JSONata expression: `$x` of `{% $x %}`. */
function jsonataBody(expression: string): string {
  return expression.trim().slice(2, -2).trim();
}

/**
 * The `s3://<bucket>/<key>` URI of an S3 location (with a trailing `/` for a prefix).
 *
 * A bucket or key only known when the state runs makes it an expression that builds the URI then: one JSONata
 * expression (`{% "s3://" & ($states.input.bucket) & "/" & … %}`) when either is JSONata, else `States.Format(…)`
 * (`JsonPath.format()`) for JSON paths. Written into the text instead, a JSONata expression would be read as text,
 * and aws-cdk-lib refuses to render a JSON path inside text.
 *
 * @param location the bucket and key (or key prefix)
 * @param trailingSlash whether the URI ends with `/` (a prefix, such as a query's result location)
 */
export function s3UriOf(location: s3.Location, trailingSlash = false): string {
  const { bucketName, objectKey } = location;
  const end = trailingSlash ? '/' : '';
  if (isJsonataExpression(bucketName) || isJsonataExpression(objectKey)) {
    const parts = ['s3://', bucketName, '/', objectKey, ...(end ? [end] : [])]
      .map((p) => (isJsonataExpression(p) ? `(${jsonataBody(p)})` : JSON.stringify(p)));
    return `{% ${parts.join(' & ')} %}`;
  }
  if (JsonPath.isEncodedJsonPath(bucketName) || JsonPath.isEncodedJsonPath(objectKey)) {
    return JsonPath.format(`s3://{}/{}${end}`, bucketName, objectKey);
  }
  return `s3://${bucketName}/${objectKey}${end}`;
}
