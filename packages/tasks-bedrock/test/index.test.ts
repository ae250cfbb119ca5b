import { describe, expect, it } from 'vitest';
import * as api from '../src';

describe('@cdk-stepfunctions/tasks-bedrock', () => {
  it('exports every task, helper class and enum', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BedrockCreateModelCustomizationJob',
      'BedrockInvokeModel',
      'CustomizationType',
      'Guardrail',
    ]);
  });

  it('has the customization types of the reference', () => {
    expect(Object.values(api.CustomizationType)).toEqual(['FINE_TUNING', 'CONTINUED_PRE_TRAINING', 'DISTILLATION']);
  });
});
