import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../src';
import { machine } from './helpers';

describe('validateDefinition', () => {
  it('returns no problem for a valid definition, as an object or a string', () => {
    const definition = machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } });
    expect(validateDefinition(definition)).toEqual([]);
    expect(validateDefinition(JSON.stringify(definition))).toEqual([]);
  });

  it('reports JSON that does not parse as a problem', () => {
    expect(validateDefinition('{"StartAt": ')).toEqual([
      { path: '', rule: 'json-syntax', message: expect.stringMatching(/^the definition is not valid JSON: /) },
    ]);
  });

  it('reports a definition that is not an object', () => {
    expect(validateDefinition('[1]')).toEqual([{ path: '', rule: 'asl-schema', message: 'the definition must be a JSON object, got an array' }]);
    expect(validateDefinition('"x"')[0].message).toBe('the definition must be a JSON object, got string');
  });

  it('does not modify the definition', () => {
    const definition = machine({ A: { Type: 'Pass', End: true } });
    const copy = structuredClone(definition);
    validateDefinition(definition);
    expect(definition).toEqual(copy);
  });

  it.each([
    {},
    { States: null },
    { StartAt: 1, States: [] },
    { StartAt: 'A', States: { A: null, B: 'x', C: [] } },
    { StartAt: 'A', States: { A: { Type: 'Map', ItemProcessor: 'x', Iterator: [], Branches: {} } } },
    { StartAt: 'A', States: { A: { Type: 'Parallel', Branches: [null, 1, { States: 5 }] } } },
    { StartAt: 'A', States: { A: { Type: 'Choice', Choices: [null, { Not: null, And: 'x' }], Catch: 'x' } } },
    { StartAt: 'A', QueryLanguage: 'JSONata', States: { A: { Type: 'Task', Output: { a: [null, 1, '{%'] }, Catch: [null] } } },
    { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'a.$': null, 'b.$': 1, 'c.$': ['x'] }, ResultPath: 5 } } },
  ])('never throws on a malformed definition (%#)', (definition) => {
    const problems = validateDefinition(definition);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.rule === 'validator-error')).toEqual([]);
  });

  it('uses the EXPRESS rules only for an EXPRESS state machine', () => {
    const definition = machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } });
    expect(validateDefinition(definition)).toEqual([]);
    expect(validateDefinition(definition, { stateMachineType: 'EXPRESS' }).map((p) => p.rule)).toEqual(['express-unsupported-pattern']);
  });

  it('validates a 1,000-state definition quickly once the schemas are compiled', () => {
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) {
      states[`S${i}`] = {
        Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'f', 'Payload.$': '$', 'id.$': "States.Format('{}', $.id)" },
        ResultPath: `$.r${i}`, ...(i < 999 ? { Next: `S${i + 1}` } : { End: true }),
      };
    }
    validateDefinition(machine(states));
    const start = performance.now();
    expect(validateDefinition(machine(states))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
