import { App, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { synthInStateMachine, templateStatements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EvaluateExpression } from '../src';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function functionId(): string {
  const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function');
  const ids = Object.keys(functions);
  expect(ids).toHaveLength(1);
  return ids[0];
}

function inStateMachine(...tasks: EvaluateExpression[]): Template {
  const chain = tasks.slice(1).reduce((c, t) => c.next(t), sfn.Chain.start(tasks[0]));
  return synthInStateMachine(chain, { id: 'StateMachine' });
}

describe('EvaluateExpression', () => {
  it('renders the JSONPath state: the function ARN, the expression and each path\'s value', () => {
    const task = new EvaluateExpression(stack, 'Eval', { expression: '$.a + $.b.c' });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::GetAtt': [functionId(), 'Arn'] },
      Parameters: { expression: '$.a + $.b.c', expressionAttributeValues: { '$.a.$': '$.a', '$.b.c.$': '$.b.c' } },
    });
  });

  it('renders the JSONata state with Arguments: the state input and the paths for the function to select', () => {
    const task = new EvaluateExpression(stack, 'Eval', { expression: '$.list.map(x => x * 2)', queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(stack.resolve(task.toStateJson())).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: { 'Fn::GetAtt': [functionId(), 'Arn'] },
      Arguments: { expression: '$.list.map(x => x * 2)', input: '{% $states.input %}', paths: ['$.list'] },
    });
  });

  it('renders only the expression in JSONata when it has no paths', () => {
    const task = new EvaluateExpression(stack, 'Eval', { expression: 'Date.now()', queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(stack.resolve(task.toStateJson())).toMatchObject({ Arguments: { expression: 'Date.now()' } });
  });

  it('follows the JSONata of its state machine', () => {
    const task = new EvaluateExpression(stack, 'Eval', { expression: '$.a' });
    new sfn.StateMachine(stack, 'StateMachine', {
      queryLanguage: sfn.QueryLanguage.JSONATA,
      definitionBody: sfn.DefinitionBody.fromChainable(task),
    });
    const definition = JSON.stringify(Template.fromStack(stack).findResources('AWS::StepFunctions::StateMachine'));
    expect(definition).toContain('\\"Arguments\\":{\\"expression\\":\\"$.a\\",\\"input\\":\\"{% $states.input %}\\",\\"paths\\":[\\"$.a\\"]}');
  });

  it('references the receiver of a method call, not the method (the reference passes $.list.map)', () => {
    const task = new EvaluateExpression(stack, 'Eval', { expression: '$.list.map(x => x * 2)' });
    expect(stack.resolve(task.toStateJson())).toMatchObject({
      Parameters: { expressionAttributeValues: { '$.list.$': '$.list' } },
    });
  });

  it('ends a path at the bracket that closes an array literal (the reference passes $.b])', () => {
    const task = new EvaluateExpression(stack, 'Eval', { expression: '[$.a, $.b]' });
    expect(stack.resolve(task.toStateJson())).toMatchObject({
      Parameters: { expressionAttributeValues: { '$.a.$': '$.a', '$.b.$': '$.b' } },
    });
  });

  it('creates a function per task with the handler asset, the latest Node.js runtime and a shared logging role', () => {
    const template = inStateMachine(
      new EvaluateExpression(stack, 'One', { expression: '$.a' }),
      new EvaluateExpression(stack, 'Two', { expression: '$.b' }),
    );
    template.resourceCountIs('AWS::Lambda::Function', 2);
    template.resourceCountIs('AWS::IAM::Role', 2); // the functions' shared role and the state machine's
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', Runtime: 'nodejs24.x' });
  });

  it('shares one function per runtime and architecture when the dedicated-function flag is false', () => {
    stack.node.setContext('@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction', false);
    const template = inStateMachine(
      new EvaluateExpression(stack, 'One', { expression: '$.a' }),
      new EvaluateExpression(stack, 'Two', { expression: '$.b' }),
      new EvaluateExpression(stack, 'Three', { expression: '$.c', architecture: lambda.Architecture.ARM_64 }),
    );
    template.resourceCountIs('AWS::Lambda::Function', 2);
    template.hasResourceProperties('AWS::Lambda::Function', { Architectures: ['arm64'] });
  });

  it('uses the given runtime and architecture', () => {
    inStateMachine(new EvaluateExpression(stack, 'Eval', {
      expression: '$.a', runtime: lambda.Runtime.NODEJS_20_X, architecture: lambda.Architecture.ARM_64,
    }));
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs20.x', Architectures: ['arm64'] });
  });

  it('lets the state machine invoke the function and its versions', () => {
    const template = inStateMachine(new EvaluateExpression(stack, 'Eval', { expression: '$.a' }));
    const id = functionId();
    expect(templateStatements(template)).toEqual([{
      Action: 'lambda:InvokeFunction',
      Effect: 'Allow',
      Resource: [{ 'Fn::GetAtt': [id, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id, 'Arn'] }, ':*']] }],
    }]);
  });
});

describe('EvaluateExpression shared functions (dedicated-function flag false)', () => {
  const FLAG = '@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction';

  /** The logical ids of the Lambda functions of a stack where one task of `make` was built with these props. */
  function functionIds(make: (scope: Stack) => unknown): string[] {
    const own = new Stack(new App({ context: { [FLAG]: false } }), 'Shared');
    make(own);
    return Object.keys(Template.fromStack(own).findResources('AWS::Lambda::Function'));
  }

  const variants: Array<[string, { runtime?: lambda.Runtime; architecture?: lambda.Architecture }]> = [
    ['no runtime', {}],
    ['no runtime, arm64', { architecture: lambda.Architecture.ARM_64 }],
    ['Node.js 20', { runtime: lambda.Runtime.NODEJS_20_X }],
    ['Node.js 22, arm64', { runtime: lambda.Runtime.NODEJS_22_X, architecture: lambda.Architecture.ARM_64 }],
    ['Node.js 24', { runtime: lambda.Runtime.NODEJS_24_X }],
  ];

  it.each(variants)('keeps the logical id aws-cdk-lib gives the shared function (%s)', (_name, props) => {
    const ours = functionIds((scope) => new EvaluateExpression(scope, 'Eval', { expression: '$.a', ...props }));
    const theirs = functionIds((scope) => new reference.EvaluateExpression(scope, 'Eval', { expression: '$.a', ...props }));
    expect(ours).toHaveLength(1);
    expect(ours).toEqual(theirs);
  });

  it('names the shared function after aws-cdk-lib\'s uuid for the latest runtime', () => {
    expect(functionIds((scope) => new EvaluateExpression(scope, 'Eval', { expression: '$.a' })))
      .toEqual(['Eval41256dc5445742738ed917bc818694e54EB1134F']);
  });

  it('gives a Node.js runtime aws-cdk-lib does not list a shared function of its own', () => {
    const ids = functionIds((scope) => new EvaluateExpression(scope, 'Eval', {
      expression: '$.a', runtime: new lambda.Runtime('nodejs26.x', lambda.RuntimeFamily.NODEJS),
    }));
    expect(ids).toEqual([expect.stringMatching(/^Evalcdkstepfunctionsevaluateexpressionnodejs26xx8664/)]);
  });

  it('warns a task that shares the function aws-cdk-lib\'s EvaluateExpression made in the same stack', () => {
    const own = new Stack(new App({ context: { [FLAG]: false } }), 'Mixed');
    new reference.EvaluateExpression(own, 'Theirs', { expression: '$.a' });
    new EvaluateExpression(own, 'Ours', { expression: '$.b' });
    Annotations.fromStack(own).hasWarning('/Mixed/Ours', Match.stringLikeRegexp('shares the function Eval41256dc.*JSONPath tasks only'));
    expect(Object.keys(Template.fromStack(own).findResources('AWS::Lambda::Function'))).toHaveLength(1);
  });

  it('does not warn tasks that share a function this package made', () => {
    const own = new Stack(new App({ context: { [FLAG]: false } }), 'OursOnly');
    new EvaluateExpression(own, 'One', { expression: '$.a' });
    new EvaluateExpression(own, 'Two', { expression: '$.b' });
    Annotations.fromStack(own).hasNoWarning('*', Match.stringLikeRegexp('shares the function'));
  });
});
