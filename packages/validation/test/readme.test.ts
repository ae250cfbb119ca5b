import { describe, expect, it } from 'vitest';
import { App, Aspects, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { StateMachineValidator, validateDefinition } from '../src';

describe('README examples', () => {
  it('the one-line setup makes synth report an error on the state', () => {
    const app = new App();
    const stack = new Stack(app, 'Orders');
    const lookup = new sfn.Pass(stack, 'Lookup', { inputPath: '$.items[' });
    const map = new sfn.Map(stack, 'Map').itemProcessor(lookup);
    new sfn.StateMachine(stack, 'Process', { definitionBody: sfn.DefinitionBody.fromChainable(map) });
    Aspects.of(app).add(new StateMachineValidator());
    app.synth();
    Annotations.fromStack(stack).hasError('/Orders/Lookup', Match.stringLikeRegexp('Invalid definition of state machine Orders/Process: state "Lookup" at /States/Map/ItemProcessor/States/Lookup/InputPath: `InputPath` is not a JSONPath .* \\[jsonpath-syntax\\]'));
  });

  it('validateDefinition returns no problem for the README definition and one for a broken intrinsic', () => {
    const definition = {
      StartAt: 'Greet',
      States: {
        Greet: { Type: 'Pass', Parameters: { 'text.$': "States.Format('Hello {}', $.name)" }, Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    expect(validateDefinition(definition, { stateMachineType: 'STANDARD' })).toEqual([]);
    definition.States.Greet.Parameters['text.$'] = "States.Format('Hello {}')";
    expect(validateDefinition(definition)).toEqual([
      { path: '/States/Greet/Parameters/text.$', state: 'Greet', rule: 'intrinsic-syntax', message: expect.any(String) },
    ]);
  });
});
