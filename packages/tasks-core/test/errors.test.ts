import { App, Duration, Errors, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { TaskErrors, describeValue, validateIntegerInRange, validationError } from '../src';
import { EchoTask } from './echo-task';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('validation errors', () => {
  const stack = new Stack(new App(), 'Stack');

  it('pass aws-cdk-lib\'s Errors.isValidationError() and Errors.isConstructError()', () => {
    const error = validationError(stack, 'bad');
    expect(Errors.isValidationError(error)).toBe(true);
    expect(Errors.isConstructError(error)).toBe(true);
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect(Errors.isValidationError(new Error('bad'))).toBe(false);
  });

  it('carry the construct path, level and type aws-cdk-lib\'s errors carry', () => {
    const error = validationError(stack, 'bad') as Error & { constructPath?: string; level?: string; type?: string; time?: string };
    expect(error.constructPath).toBe('Stack');
    expect(error.level).toBe('error');
    expect(error.type).toBe('validation');
    expect(Number.isNaN(Date.parse(error.time ?? ''))).toBe(false);
  });

  it('have no construct path without a construct', () => {
    expect((validationError('Schedule.rate', 'bad') as Error & { constructPath?: string }).constructPath).toBeUndefined();
  });

  it('start their stack at the caller, not inside tasks-core\'s helpers', () => {
    const error = thrown(() => validateIntegerInRange(stack, 'n', 5, 1, 2));
    const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
    expect(frames[0]).toContain('errors.test.ts');
    expect(error.stack).not.toMatch(/tasks-core[\\/]src[\\/]validate\.ts/);
  });

  it('start their stack at the task\'s construction for a bad prop, past TaskStateBase', () => {
    const error = thrown(() => new EchoTask(stack, 'Echo', { taskTimeout: sfn.Timeout.duration(Duration.seconds(0)) }));
    const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
    // EchoTask is a test file, so it counts as the caller here; a service package's src/ would be skipped too.
    expect(frames[0]).toMatch(/new EchoTask .*echo-task\.ts/);
    expect(error.stack).not.toMatch(/tasks-core[\\/]src[\\/]/);
    expect(error.stack?.split('\n')[0]).toContain("EchoTask at 'Stack/Echo'");
  });
});

describe('describeValue', () => {
  it('quotes strings and writes JSON otherwise', () => {
    expect(describeValue('x')).toBe("'x'");
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(undefined)).toBe('undefined');
  });

  it('escapes line breaks, control characters, backslashes and quotes in strings', () => {
    expect(describeValue('a\nb')).toBe("'a\\nb'");
    expect(describeValue('tab\there\r')).toBe("'tab\\there\\r'");
    expect(describeValue('it\'s "x" \\ y')).toBe("'it\\'s \"x\" \\\\ y'");
    expect(describeValue('\u0001\u2028')).toBe("'\\u0001\\u2028'");
    expect(describeValue('a\nb')).not.toContain('\n');
  });

  it('keeps a message on one line whatever the value', () => {
    const error = thrown(() => validateIntegerInRange(stack0(), 'n', 1.5, 1, 2));
    expect(error.message.split('\n')).toHaveLength(1);
  });
});

function stack0(): Stack {
  return new Stack(new App(), 'S');
}


describe('validation error messages', () => {
  it('stay on one line even where a caller interpolated a raw value', () => {
    const error = validationError('X', `\`name\` must be short, got ${'a\nb\u2028c'}`);
    expect(error.message).toBe('X: `name` must be short, got a\\nb\\u2028c');
  });
});
