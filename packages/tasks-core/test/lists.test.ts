import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { listOfStrings, validateIntegerInRange } from '../src';

describe('listOfStrings', () => {
  const stack = new Stack(new App(), 'Stack');

  it('returns a static list as it is', () => {
    expect(listOfStrings(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('builds a list with a JSON path in it with States.Array', () => {
    const rendered = stack.resolve(sfn.FieldUtils.renderObject({ L: listOfStrings(['a', sfn.JsonPath.stringAt('$.b')]) }));
    expect(rendered).toEqual({ 'L.$': "States.Array('a', $.b)" });
  });
});

describe('validateIntegerInRange', () => {
  const stack = new Stack(new App(), 'Stack');

  it('skips a JSONata expression standing in a number prop', () => {
    expect(() => validateIntegerInRange(stack, 'n', '{% $states.input.n %}' as unknown as number, 1, 2)).not.toThrow();
  });

  it('rejects a string that is no expression', () => {
    expect(() => validateIntegerInRange(stack, 'n', 'five' as unknown as number, 1, 2)).toThrow(/`n` must be an integer from 1 to 2, got 'five'/);
  });
});
