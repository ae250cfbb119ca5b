import { App, Stack } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionOf } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EchoTask } from './echo-task';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

describe('TaskStateBase', () => {
  it('renders Parameters with JSONPath fields by default', () => {
    const task = new EchoTask(stack, 'Echo', {});
    expect(stack.resolve(task.toStateJson())).toMatchObject({ Type: 'Task', Parameters: { 'Message.$': '$.message' } });
  });

  it('renders Arguments when the state is JSONata', () => {
    const task = new EchoTask(stack, 'Echo', { queryLanguage: sfn.QueryLanguage.JSONATA, message: '{% $states.input.m %}' });
    expect(stack.resolve(task.toStateJson())).toMatchObject({
      QueryLanguage: 'JSONata',
      Arguments: { Message: '{% $states.input.m %}' },
    });
  });

  it('chains with aws-cdk-lib states and registers its policies on the state machine role', () => {
    const chain = new sfn.Pass(stack, 'Start').next(new EchoTask(stack, 'Echo', {})).next(new sfn.Succeed(stack, 'Done'));
    const def = definitionOf(chain);
    expect(Object.keys(def.States)).toEqual(['Start', 'Echo', 'Done']);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'echo:Say', Effect: 'Allow', Resource: '*' }] },
    });
  });

  it('follows a JSONata state machine through a Map (aws/aws-cdk#34352)', () => {
    const map = new sfn.Map(stack, 'Map').itemProcessor(new EchoTask(stack, 'Echo', { message: '{% 1 %}' }));
    const def = definitionOf(map, { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(def.States.Map.ItemProcessor.States.Echo).toMatchObject({ Arguments: { Message: '{% 1 %}' } });
    expect(def.States.Map.ItemProcessor.States.Echo).not.toHaveProperty('QueryLanguage');
  });

  it('follows the nearest enclosing state that sets a query language', () => {
    const inner = sfn.Map.jsonPath(stack, 'Inner').itemProcessor(new EchoTask(stack, 'Echo', {}));
    const outer = sfn.Map.jsonata(stack, 'Outer').itemProcessor(new sfn.Pass(stack, 'P'));
    const def = definitionOf(new sfn.Parallel(stack, 'Par').branch(inner).branch(outer));
    const echo = def.States.Par.Branches[0].States.Inner.ItemProcessor.States.Echo;
    expect(echo).toMatchObject({ Parameters: { 'Message.$': '$.message' } });
  });

  it('renders the same state JSON as before when called directly after rendering', () => {
    const task = new EchoTask(stack, 'Echo', {});
    definitionOf(sfn.Map.jsonata(stack, 'Map').itemProcessor(task));
    expect(stack.resolve(task.toStateJson())).toHaveProperty('Parameters');
  });
});
