import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionText, inMap, normalize, render, statements as grantedBy } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { StartExecutionOutputFormat, StepFunctionsStartExecution, type StepFunctionsStartExecutionProps } from '../src';
import { IMPORTED_SM_ARN, OTHER_ACCOUNT_SM_ARN, makeStateMachine, type StateMachineKind } from './fixtures';

const resource = (suffix: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:states:::states:startExecution${suffix}`]],
});
const partitionArn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function start(props: Partial<StepFunctionsStartExecutionProps> = {}, kind: StateMachineKind = 'imported') {
  return new StepFunctionsStartExecution(stack, 'Start', { stateMachine: makeStateMachine(stack, kind), ...props });
}

/** The statements granted once the task is in a state machine `Parent`, with ARNs normalized. */
function statements(task: sfn.IChainable): unknown {
  return normalize(grantedBy(task, 'Parent'));
}

describe('StepFunctionsStartExecution', () => {
  it('renders the JSONPath state with the state input as input by default', () => {
    expect(render(start())).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource(''),
      Parameters: { 'Input.$': '$', StateMachineArn: IMPORTED_SM_ARN },
    });
  });

  it('renders the JSONata state with $states.input as input by default', () => {
    const task = StepFunctionsStartExecution.jsonata(stack, 'Start', { stateMachine: makeStateMachine(stack, 'imported') });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource(''),
      Arguments: { Input: '{% $states.input %}', StateMachineArn: IMPORTED_SM_ARN },
    });
  });

  it('renders RUN_JOB as startExecution.sync:2 (output as a JSON object) by default', () => {
    const task = start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB, name: 'run-1' });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.sync:2'),
      Parameters: { 'Input.$': '$', StateMachineArn: IMPORTED_SM_ARN, Name: 'run-1' },
    });
  });

  it('renders RUN_JOB with JSON_OBJECT output format as startExecution.sync:2', () => {
    const task = start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB, runJobOutputFormat: StartExecutionOutputFormat.JSON_OBJECT });
    expect(render(task)).toMatchObject({ Resource: resource('.sync:2') });
  });

  it('renders RUN_JOB with JSON_STRING output format as the older startExecution.sync', () => {
    const task = StepFunctionsStartExecution.jsonata(stack, 'Start', {
      stateMachine: makeStateMachine(stack, 'imported'),
      integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING,
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.sync'),
      Arguments: { Input: '{% $states.input %}', StateMachineArn: IMPORTED_SM_ARN },
    });
  });

  it('renders the callback pattern with the token in the input', () => {
    const task = start({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, foo: 'bar' }),
      name: sfn.JsonPath.stringAt('$.name'),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: resource('.waitForTaskToken'),
      Parameters: { Input: { 'token.$': '$$.Task.Token', foo: 'bar' }, StateMachineArn: IMPORTED_SM_ARN, 'Name.$': '$.name' },
    });
  });

  it('renders the JSONata callback pattern', () => {
    const task = StepFunctionsStartExecution.jsonata(stack, 'Start', {
      stateMachine: makeStateMachine(stack, 'imported'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      input: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      name: '{% $states.input.name %}',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: resource('.waitForTaskToken'),
      Arguments: { Input: { token: '{% $states.context.Task.Token %}' }, StateMachineArn: IMPORTED_SM_ARN, Name: '{% $states.input.name %}' },
    });
  });

  it('adds the parent execution ID to the input with associateWithParent (JSONPath)', () => {
    const task = start({ associateWithParent: true, input: sfn.TaskInput.fromObject({ a: sfn.JsonPath.stringAt('$.a') }) });
    expect(render(task)).toMatchObject({
      Parameters: { Input: { 'a.$': '$.a', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' } },
    });
  });

  it('passes only the parent execution ID with associateWithParent and no input (JSONata)', () => {
    const task = StepFunctionsStartExecution.jsonata(stack, 'Start', { stateMachine: makeStateMachine(stack, 'imported'), associateWithParent: true });
    expect(render(task)).toMatchObject({
      Arguments: { Input: { AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: '{% $states.context.Execution.Id %}' } },
    });
  });

  it('passes a text input through as is', () => {
    expect(render(start({ input: sfn.TaskInput.fromText('{"a":1}') }))).toMatchObject({ Parameters: { Input: '{"a":1}' } });
  });

  it('follows the JSONata query language of the state machine', () => {
    const task = start();
    new sfn.StateMachine(stack, 'Parent', {
      definitionBody: sfn.DefinitionBody.fromChainable(task),
      queryLanguage: sfn.QueryLanguage.JSONATA,
    });
    expect(stack.resolve(task.toStateJson(sfn.QueryLanguage.JSONATA))).toMatchObject({
      Arguments: { Input: '{% $states.input %}', StateMachineArn: IMPORTED_SM_ARN },
    });
  });

  it('renders Arguments inside a Map of a JSONata state machine (aws/aws-cdk#34352)', () => {
    const task = start();
    const definition = definitionText(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition).toContain('\\"Arguments\\":{\\"Input\\":\\"{% $states.input %}\\"');
    expect(definition).not.toContain('Parameters');
  });

  it('exposes no metrics', () => {
    expect(() => start().metricFailed()).toThrow();
  });

  describe('permissions', () => {
    it('grants only StartExecution on the state machine for REQUEST_RESPONSE', () => {
      expect(statements(start())).toEqual([{ Action: 'states:StartExecution', Effect: 'Allow', Resource: IMPORTED_SM_ARN }]);
    });

    it('grants only StartExecution for WAIT_FOR_TASK_TOKEN', () => {
      const task = start({
        integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        input: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }),
      });
      expect(statements(task)).toEqual([{ Action: 'states:StartExecution', Effect: 'Allow', Resource: IMPORTED_SM_ARN }]);
    });

    it('scopes RUN_JOB executions to this state machine (execution:<name>:*) and grants the managed rule', () => {
      expect(statements(start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }))).toEqual([
        { Action: 'states:StartExecution', Effect: 'Allow', Resource: IMPORTED_SM_ARN },
        {
          Action: ['states:DescribeExecution', 'states:StopExecution'],
          Effect: 'Allow',
          Resource: partitionArn(':states:us-east-1:123456789012:execution:Child:*'),
        },
        {
          Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
          Effect: 'Allow',
          Resource: partitionArn(':events:us-east-1:123456789012:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule'),
        },
      ]);
    });

    it('grants the same for the JSON_STRING output format', () => {
      const task = start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB, runJobOutputFormat: StartExecutionOutputFormat.JSON_STRING });
      expect(statements(task)).toContainEqual({
        Action: ['states:DescribeExecution', 'states:StopExecution'],
        Effect: 'Allow',
        Resource: partitionArn(':states:us-east-1:123456789012:execution:Child:*'),
      });
    });

    it('puts the executions of a state machine in another account and region there', () => {
      expect(statements(start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }, 'otherAccount'))).toContainEqual({
        Action: ['states:DescribeExecution', 'states:StopExecution'],
        Effect: 'Allow',
        Resource: partitionArn(':states:eu-west-1:999999999999:execution:Remote:*'),
      });
      expect(OTHER_ACCOUNT_SM_ARN).toContain('eu-west-1:999999999999');
    });

    it('derives the execution ARN of an owned state machine from its Ref', () => {
      const granted = statements(start({ integrationPattern: sfn.IntegrationPattern.RUN_JOB }, 'owned')) as unknown[];
      expect(granted[0]).toEqual({ Action: 'states:StartExecution', Effect: 'Allow', Resource: { Ref: 'ChildDAB30558' } });
      expect(granted[1]).toEqual({
        Action: ['states:DescribeExecution', 'states:StopExecution'],
        Effect: 'Allow',
        Resource: {
          'Fn::Join': ['', [
            'arn:', { Ref: 'AWS::Partition' }, ':states:us-east-1:123456789012:execution:',
            { 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: 'ChildDAB30558' }] }] },
            ':*',
          ]],
        },
      });
    });
  });
});
