import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/testing', () => {
  it('exports the engine API', () => {
    expect(typeof api.runDefinition).toBe('function');
    expect(api.DEFAULT_START_TIME).toBe('2025-01-01T00:00:00.000Z');
    expect(api.StatesErrors.RUNTIME).toBe('States.Runtime');
    expect(api.MOCK_MISSING).toBe('Testing.MockMissing');
    expect(new api.DefinitionError('x')).toBeInstanceOf(Error);
  });

  it('exports the CDK API: runStateMachine, mock, describeRun and the matchers', () => {
    expect(typeof api.runStateMachine).toBe('function');
    expect(api.mock('State')).toBeInstanceOf(api.TaskMock);
    expect(typeof api.describeRun).toBe('function');
    expect(Object.keys(api.runMatchers).sort()).toEqual(['toHaveCalled', 'toHaveFailedWith', 'toHaveSucceeded', 'toHaveTimedOut', 'toHaveVisited']);
    expect(new api.UnrunnableError('x')).toBeInstanceOf(Error);
    expect(api.StrictModeError.prototype).toBeInstanceOf(Error);
  });

  it('works from CommonJS (its dependencies load through require)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(typeof require('jsonata')).toBe('function');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(typeof require('jsonpath-plus').JSONPath).toBe('function');
  });
});
