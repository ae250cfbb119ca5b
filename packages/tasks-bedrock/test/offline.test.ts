import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { mock, runStateMachine } from '@cdk-stepfunctions/testing';
import '@cdk-stepfunctions/testing/vitest';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import { BedrockInvokeModel } from '../src';

describe('BedrockInvokeModel offline (@cdk-stepfunctions/testing)', () => {
  it('runs through its typed mock: the model\'s body shaped by outputs', async () => {
    const stack = new Stack(new App(), 'Stack');
    const model = bedrock.FoundationModel.fromFoundationModelId(stack, 'Model', bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);
    const prompt = BedrockInvokeModel.jsonata(stack, 'Prompt model', {
      model,
      body: sfn.TaskInput.fromObject({ inputText: '{% "Names for " & $states.input.topic %}' }),
      outputs: '{% $states.result.Body.results[0].outputText %}',
    });

    const run = await runStateMachine(prompt, {
      input: { topic: 'cats' },
      queryLanguage: sfn.QueryLanguage.JSONATA,
      mocks: [mock(prompt).returns({ Body: { results: [{ outputText: 'Tom, Felix' }] }, ContentType: 'application/json' })],
    });

    expect(run).toHaveSucceeded('Tom, Felix');
    expect(run).toHaveCalled(prompt, { Body: { inputText: 'Names for cats' } });
  });
});
