import { App, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import { EvaluateExpression } from '../src';

describe('EvaluateExpression offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its mock: the value of the expression', async () => {
    const stack = new Stack(new App(), 'Stack');
    const toSeconds = new EvaluateExpression(stack, 'Convert to seconds', { expression: '$.waitMilliseconds / 1000', resultPath: '$.waitSeconds' });

    const run = await runStateMachine(toSeconds, {
      input: { waitMilliseconds: 5000 },
      mocks: [mock(toSeconds).answers((call) => ({ result: (call.input as { expressionAttributeValues: Record<string, number> }).expressionAttributeValues['$.waitMilliseconds'] / 1000 }))],
    });

    expect(run).toHaveSucceeded({ waitMilliseconds: 5000, waitSeconds: 5 });
    expect(run).toHaveCalled(toSeconds, { expression: '$.waitMilliseconds / 1000', expressionAttributeValues: { '$.waitMilliseconds': 5000 } });
  });
});
