import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/validation', () => {
  it('exports the validator, the aspect and the CloudFormation placeholder helper', () => {
    expect(Object.keys(api).sort()).toEqual(['StateMachineValidator', 'definitionFromCloudFormation', 'validateDefinition']);
    expect(typeof new api.StateMachineValidator().visit).toBe('function');
  });
});
