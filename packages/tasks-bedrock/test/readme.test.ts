import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { BedrockCreateModelCustomizationJob, BedrockInvokeModel, CustomizationType, Guardrail } from '../src';

describe('README examples', () => {
  it('synthesize, one per class', () => {
    const stack = new Stack(new App(), 'Stack');
    const model = bedrock.FoundationModel.fromFoundationModelId(stack, 'Model',
      bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1);

    const prompt = BedrockInvokeModel.jsonata(stack, 'Prompt model', {
      model,
      body: sfn.TaskInput.fromObject({
        inputText: '{% "Generate a list of five names for " & $states.input.topic %}',
        textGenerationConfig: { maxTokenCount: 100, temperature: 1 },
      }),
      guardrail: Guardrail.enable('abc123def456', 1),
      outputs: '{% $states.result.Body.results[0].outputText %}',
    });

    const profile: bedrock.IModel = {
      modelArn: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0',
    };
    const summarize = BedrockInvokeModel.jsonata(stack, 'Summarize', {
      model: profile,
      input: { s3InputUri: '{% $states.input.promptUri %}' },
      output: { s3OutputUri: '{% $states.input.answerUri %}' },
    });

    const dataBucket = new s3.Bucket(stack, 'Data');
    const fineTune = BedrockCreateModelCustomizationJob.jsonata(stack, 'Fine-tune', {
      baseModel: bedrock.FoundationModel.fromFoundationModelId(stack, 'Base',
        bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1),
      customizationType: CustomizationType.FINE_TUNING,
      customModelName: '{% "support-model-" & $states.input.version %}',
      jobName: '{% "support-" & $states.input.version %}',
      trainingData: { bucket: dataBucket, path: 'training/data.jsonl' },
      validationData: [{ bucket: dataBucket, path: 'validation/data.jsonl' }],
      outputData: { bucket: dataBucket, path: 'output/' },
      hyperParameters: { epochCount: '2' },
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    });

    new sfn.StateMachine(stack, 'StateMachine', {
      queryLanguage: sfn.QueryLanguage.JSONATA,
      definitionBody: sfn.DefinitionBody.fromChainable(prompt.next(summarize).next(fineTune)),
    });
    const text = JSON.stringify(Template.fromStack(stack).toJSON());
    expect(text).toContain(':states:::bedrock:invokeModel\\"');
    expect(text).toContain(':states:::bedrock:createModelCustomizationJob.sync\\"');
    expect(text).toContain('bedrock:InferenceProfileArn');
  });
});
