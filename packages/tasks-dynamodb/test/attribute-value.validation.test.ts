import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { DynamoAttributeValue as A, DynamoProjectionExpression } from '../src';

const R = reference.DynamoAttributeValue;

describe('DynamoAttributeValue validation', () => {
  describe('what the reference validates, we validate', () => {
    const cases: Array<[string, () => unknown, () => unknown, RegExp]> = [
      ['mapFromJsonPath without a path', () => A.mapFromJsonPath('invalid'), () => R.mapFromJsonPath('invalid'),
        /^DynamoAttributeValue\.mapFromJsonPath: `value` must be a JSON path: '\$', '\$\.field', '\$\$\.Context' or JsonPath\.stringAt\('\$\.field'\), got 'invalid'/],
      ['listFromJsonPath without a path', () => A.listFromJsonPath('items'), () => R.listFromJsonPath('items'), /`value` must be a JSON path/],
      ['booleanFromJsonPath without a path', () => A.booleanFromJsonPath('invalid'), () => R.booleanFromJsonPath('invalid'), /`value` must be a JSON path/],
      ['mapFromJsonata without {% %}', () => A.mapFromJsonata('$item'), () => R.mapFromJsonata('$item'),
        /^DynamoAttributeValue\.mapFromJsonata: `value` must be a JSONata expression \('\{% … %\}'\), got '\$item'/],
      ['listFromJsonata without %}', () => A.listFromJsonata('{% $items'), () => R.listFromJsonata('{% $items'), /must be a JSONata expression/],
      ['booleanFromJsonata with a path', () => A.booleanFromJsonata('$.flag'), () => R.booleanFromJsonata('$.flag'), /must be a JSONata expression/],
    ];

    it.each(cases)('fails on %s, as the reference does', (_name, ours, theReference, message) => {
      expect(theReference).toThrow();
      expect(ours).toThrow(message);
    });

    it('fails on a projection that starts with a list index, as the reference does', () => {
      expect(() => new reference.DynamoProjectionExpression().atIndex(0)).toThrow();
      expect(() => new DynamoProjectionExpression().atIndex(0)).toThrow(/must start with an attribute/);
    });
  });

  describe('beyond the reference', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['fromNumber(NaN)', () => A.fromNumber(Number.NaN), /`value` must be a finite number of magnitude 0 or from 1E-130 to below 1E\+126 \(DynamoDB's number range\), got null/],
      ['fromNumber(Infinity)', () => A.fromNumber(Number.POSITIVE_INFINITY), /must be a finite number/],
      ['fromNumber(1e126)', () => A.fromNumber(1e126), /must be a finite number of magnitude 0 or from 1E-130 to below 1E\+126/],
      ['fromNumber(1e-131)', () => A.fromNumber(1e-131), /from 1E-130/],
      ['numberFromString of text', () => A.numberFromString('twelve'),
        /`value` must be the text of a number within DynamoDB's range \(such as '123\.45' or '-1E\+10'\), a JSON path or a JSONata expression, got 'twelve'/],
      ['numberFromString of an empty string', () => A.numberFromString(''), /must be the text of a number/],
      ['numberFromString with spaces', () => A.numberFromString(' 1'), /must be the text of a number/],
      ['numberFromString out of range', () => A.numberFromString('1e200'), /must be the text of a number within DynamoDB's range/],
      ['fromBinary of text that is not base64', () => A.fromBinary('not base64!'),
        /`value` must be base64-encoded data \(A-Z, a-z, 0-9, \+ and \/, padded with = to a multiple of 4 characters\), a JSON path or a JSONata expression, got 'not base64!'/],
      ['fromBinary without padding', () => A.fromBinary('YQ'), /must be base64-encoded data/],
      ['fromNull(false)', () => A.fromNull(false), /^DynamoAttributeValue\.fromNull: `value` must be true \(DynamoDB takes "NULL": true only\), got false/],
      ['an empty string set', () => A.fromStringSet([]), /^DynamoAttributeValue\.fromStringSet: `value` must be a non-empty array \(DynamoDB sets have at least one element\), got \[\]/],
      ['an empty number set', () => A.fromNumberSet([]), /fromNumberSet: `value` must be a non-empty array/],
      ['an empty number set from strings', () => A.numberSetFromStrings([]), /numberSetFromStrings: `value` must be a non-empty array/],
      ['an empty binary set', () => A.fromBinarySet([]), /fromBinarySet: `value` must be a non-empty array/],
      ['a string set with duplicates', () => A.fromStringSet(['a', 'b', 'a']),
        /`value` must not contain an element twice \(DynamoDB sets are distinct\), got 'a' twice/],
      ['a number set with duplicates', () => A.fromNumberSet([1, 2, 1]), /must not contain an element twice.*got '1' twice/],
      ['a number set with a non-number text', () => A.numberSetFromStrings(['1', 'x']), /`value\[1\]` must be the text of a number/],
      ['a number set with NaN', () => A.fromNumberSet([Number.NaN]), /must be a finite number/],
      ['a binary set with a non-base64 element', () => A.fromBinarySet(['YQ==', '***']), /`value\[1\]` must be base64-encoded data/],
      ['a map with an empty attribute name', () => A.fromMap({ '': A.fromString('x') }),
        /the attribute names of `value` must be from 1 to 65535 characters long, got ''/],
      ['a map of plain objects', () => A.fromMap({ a: { S: 'x' } as unknown as A }),
        /`value` 'a' must be a DynamoAttributeValue \(DynamoAttributeValue\.fromString\(\) and the like\), got \{"S":"x"\}/],
      ['a list of plain objects', () => A.fromList([{ S: 'x' } as unknown as A]), /`value\[0\]` must be a DynamoAttributeValue/],
      ['a list that is not an array', () => A.fromList('x' as unknown as A[]), /`value` must be an array of DynamoAttributeValue, got 'x'/],
      ['mapFromJsonPath of a JSONata expression', () => A.mapFromJsonPath('{% $m %}'), /must be a JSON path/],
    ];

    it.each(cases)('fails on %s', (_name, build, message) => {
      expect(build).toThrow(message);
    });

    it('throws validation errors naming the factory', () => {
      let error: unknown;
      try {
        A.fromNull(false);
      } catch (e) {
        error = e;
      }
      expect(TaskErrors.isValidationError(error)).toBe(true);
    });
  });

  it('accepts the bounds and dynamic values without checking them', () => {
    expect(() => A.fromNumber(1e-130)).not.toThrow();
    expect(() => A.fromNumber(-9.99e125)).not.toThrow();
    expect(() => A.numberFromString('.5')).not.toThrow();
    expect(() => A.numberFromString('+7')).not.toThrow();
    expect(() => A.numberFromString('$.n')).not.toThrow();
    expect(() => A.fromBinary('{% $b %}')).not.toThrow();
    expect(() => A.fromStringSet([sfn.JsonPath.stringAt('$.a'), sfn.JsonPath.stringAt('$.a')])).not.toThrow();
    expect(() => A.fromStringSet(['{% $a %}', '{% $a %}'])).not.toThrow();
    expect(() => A.mapFromJsonata('  {% $m %}  ')).not.toThrow();
  });
});
