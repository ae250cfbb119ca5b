import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { renderBoth } from '../src/parity';
import { render, templateProblems, withoutDefinitionCheck } from '../src/testing';

function machine(state: (stack: Stack) => sfn.IChainable): Stack {
  const stack = new Stack(new App(), 'Stack');
  new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(state(stack)) });
  return stack;
}

const badPath = (stack: Stack) => new sfn.CustomState(stack, 'Bad', { stateJson: { Type: 'Pass', InputPath: '$..[' } });

describe('the definition check every test project runs', () => {
  it('fails Template.fromStack() on an invalid definition, naming the state machine, pointer and rule', () => {
    expect(() => Template.fromStack(machine(badPath))).toThrow(/SM\w* \/States\/Bad\/InputPath \[jsonpath-syntax\]/);
  });

  it('fails app.synth() too', () => {
    const stack = machine(badPath);
    expect(() => (stack.node.root as App).synth()).toThrow(/invalid \(validateDefinition\)/);
  });

  it('passes a valid definition', () => {
    expect(() => Template.fromStack(machine((s) => new sfn.Pass(s, 'Ok')))).not.toThrow();
  });

  it('is off inside withoutDefinitionCheck()', () => {
    const template = withoutDefinitionCheck(() => Template.fromStack(machine(badPath)));
    expect(templateProblems(template.toJSON()).map((p) => p.rule)).toContain('jsonpath-syntax');
  });

  it('checks a state rendered on its own', () => {
    const stack = new Stack(new App(), 'Stack');
    expect(() => render(new sfn.Pass(stack, 'P', { inputPath: '$..[' }))).toThrow(/The state P is invalid/);
    expect(render(new sfn.Pass(stack, 'Q', { inputPath: '$.a' }))).toMatchObject({ InputPath: '$.a' });
  });

  it('throws when our definition is invalid', () => {
    expect(() => renderBoth((scope) => new sfn.Pass(scope, 'P', { inputPath: '$..[' }))).toThrow(/Our state machine definition is invalid/);
  });

  it('records the reference\'s invalid definitions in parity snapshots', () => {
    // aws-cdk-lib renders a JSONPath Parameters field for a task in a JSONata Map of a JSONPath state machine.
    const { ours, reference: ref } = renderBoth((scope, implementation) => (implementation === 'ours'
      ? sfn.Pass.jsonata(scope, 'Invoke')
      : new reference.LambdaInvoke(scope, 'Invoke', {
        lambdaFunction: lambda.Function.fromFunctionArn(scope, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'),
        queryLanguage: sfn.QueryLanguage.JSONATA,
        outputPath: '$.Payload',
      })), { wrap: (scope, state) => sfn.Map.jsonata(scope, 'Map').itemProcessor(state) });
    expect(ours.problems).toEqual([]);
    expect(ref.problems.map((p) => p.rule)).toContain('wrong-query-language-field');
  });
});
