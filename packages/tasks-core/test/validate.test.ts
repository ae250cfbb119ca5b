import { App, Stack, Token } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  TaskErrors,
  describeValue,
  isDynamic,
  isJsonPathExpression,
  isJsonataExpression,
  validateIntegerInRange,
  validateNotCombined,
  validateStringLength,
  validateStringPattern,
  validationError,
} from '../src';

const stack = new Stack(new App(), 'Stack');
const scope = new sfn.Pass(stack, 'Task');

describe('expression detection', () => {
  it('recognises JSONata expressions', () => {
    expect(isJsonataExpression('{% $states.input %}')).toBe(true);
    expect(isJsonataExpression(' {%\n1 + 1\n%} ')).toBe(true);
    expect(isJsonataExpression('{% not closed')).toBe(false);
    expect(isJsonataExpression(42)).toBe(false);
  });

  it('recognises JSONPath references, encoded or literal', () => {
    expect(isJsonPathExpression(sfn.JsonPath.stringAt('$.a'))).toBe(true);
    expect(isJsonPathExpression('$.a')).toBe(true);
    expect(isJsonPathExpression('$')).toBe(true);
    expect(isJsonPathExpression('$$.Execution.Id')).toBe(true);
    expect(isJsonPathExpression('$[0]')).toBe(true);
    expect(isJsonPathExpression('a')).toBe(false);
    expect(isJsonPathExpression('$dollars')).toBe(false);
    expect(isJsonPathExpression(Token.asString({ Ref: 'Param' }))).toBe(false);
  });

  it('treats tokens, paths and expressions as dynamic', () => {
    expect(isDynamic(Token.asString({ Ref: 'X' }))).toBe(true);
    expect(isDynamic(Token.asNumber({ Ref: 'X' }))).toBe(true);
    expect(isDynamic('$.a')).toBe(true);
    expect(isDynamic('{% 1 %}')).toBe(true);
    expect(isDynamic('plain')).toBe(false);
    expect(isDynamic(undefined)).toBe(false);
  });
});

describe('validators', () => {
  it('checks integer ranges, skipping tokens', () => {
    expect(() => validateIntegerInRange(scope, 'delay', 901, 0, 900)).toThrow(
      "Pass at 'Stack/Task': `delay` must be an integer from 0 to 900, got 901",
    );
    expect(() => validateIntegerInRange(scope, 'delay', 1.5, 0, 900)).toThrow(/got 1.5/);
    expect(() => validateIntegerInRange(scope, 'delay', 900, 0, 900)).not.toThrow();
    expect(() => validateIntegerInRange(scope, 'delay', Token.asNumber({ Ref: 'X' }), 0, 900)).not.toThrow();
    expect(() => validateIntegerInRange(scope, 'delay', undefined, 0, 900)).not.toThrow();
  });

  it('checks string lengths, skipping dynamic values', () => {
    expect(() => validateStringLength(scope, 'id', '', 1, 128)).toThrow(
      /`id` must be from 1 to 128 characters long, got 0 characters \(''\)/,
    );
    expect(() => validateStringLength(scope, 'id', 'x'.repeat(128), 1, 128)).not.toThrow();
    expect(() => validateStringLength(scope, 'id', '$.id', 1, 2)).not.toThrow();
  });

  it('checks string patterns, skipping dynamic values', () => {
    expect(() => validateStringPattern(scope, 'name', 'a b', /^\S+$/, 'without spaces')).toThrow(
      "Pass at 'Stack/Task': `name` must be without spaces, got 'a b'",
    );
    expect(() => validateStringPattern(scope, 'name', sfn.JsonPath.stringAt('$.n'), /^\S+$/, 'x')).not.toThrow();
  });

  it('rejects combined props, naming those given', () => {
    expect(() => validateNotCombined(scope, 'payloadResponseOnly', { qualifier: 'x', invocationType: undefined, flag: false })).toThrow(
      '`payloadResponseOnly` cannot be combined with `qualifier`, `invocationType`, `flag`, got `qualifier`',
    );
    expect(() => validateNotCombined(scope, 'payloadResponseOnly', { qualifier: undefined })).not.toThrow();
  });
});

describe('validation errors', () => {
  it('are recognised by TaskErrors.isValidationError and named ValidationError', () => {
    const error = validationError(scope, 'bad');
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(TaskErrors.isValidationError(new Error('bad'))).toBe(false);
    expect(TaskErrors.isValidationError(undefined)).toBe(false);
  });

  it('take a class name when there is no construct', () => {
    expect(validationError('Schedule.rate', '`duration` must be whole minutes').message).toBe(
      'Schedule.rate: `duration` must be whole minutes',
    );
  });

  it('describe values readably', () => {
    expect(describeValue('x')).toBe("'x'");
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(undefined)).toBe('undefined');
  });
});
