import { JsonPath } from 'aws-cdk-lib/aws-stepfunctions';

/**
 * A list of strings as a task can render it. aws-cdk-lib cannot render a JSON path inside an array (it fails with
 * "Cannot use JsonPath fields in an array"), so a list with one becomes a `States.Array(…)` intrinsic that builds
 * the list when the state runs; other lists are returned as they are.
 *
 * Typed `string[]` for the fields that hold it, though a list with a path is one encoded string.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-arrays
 */
export function listOfStrings(values: string[]): string[] {
  if (!values.some((v) => typeof v === 'string' && JsonPath.isEncodedJsonPath(v))) return values;
  return JsonPath.array(...values) as unknown as string[];
}
