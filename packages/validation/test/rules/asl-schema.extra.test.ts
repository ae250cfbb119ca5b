import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../src';

describe('asl-schema on JSONata states', () => {
  const task = (args: object) => ({
    QueryLanguage: 'JSONata', StartAt: 'T',
    States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Arguments: args, End: true } },
  });

  it('passes an empty string in Arguments', () => {
    expect(validateDefinition(task({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', Message: '' }))).toEqual([]);
  });

  it('still reports a JSONata-looking string that is no expression', () => {
    expect(validateDefinition(task({ Message: '{% 1' })).map((p) => p.rule)).not.toEqual([]);
  });
});
