import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionText, inParallel, render, statements as grantedBy } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { StepFunctionsInvokeActivity, type StepFunctionsInvokeActivityProps } from '../src';
import { IMPORTED_ACTIVITY_ARN, type ActivityKind, makeActivity } from './fixtures';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

function invoke(props: Partial<StepFunctionsInvokeActivityProps> = {}, kind: ActivityKind = 'imported') {
  return new StepFunctionsInvokeActivity(stack, 'Invoke', { activity: makeActivity(stack, kind), ...props });
}

/** The statements granted once the task is in a state machine `Parent`. */
function statements(task: sfn.IChainable): unknown[] {
  return grantedBy(task, 'Parent');
}

describe('StepFunctionsInvokeActivity', () => {
  it('renders the activity ARN as the resource and no input by default (JSONPath)', () => {
    expect(render(invoke())).toEqual({ Type: 'Task', End: true, Resource: IMPORTED_ACTIVITY_ARN });
  });

  it('renders the JSONata state with no input by default', () => {
    const task = StepFunctionsInvokeActivity.jsonata(stack, 'Invoke', { activity: makeActivity(stack, 'imported') });
    expect(render(task)).toEqual({ Type: 'Task', QueryLanguage: 'JSONata', End: true, Resource: IMPORTED_ACTIVITY_ARN });
  });

  it('renders an owned activity by its Ref', () => {
    expect(render(invoke({}, 'owned'))).toEqual({ Type: 'Task', End: true, Resource: { Ref: 'Activity04690B0A' } });
  });

  it('renders parameters with JSON paths', () => {
    const task = invoke({ parameters: { comment: 'x', size: sfn.JsonPath.stringAt('$.size'), token: sfn.JsonPath.taskToken } });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: IMPORTED_ACTIVITY_ARN,
      Parameters: { comment: 'x', 'size.$': '$.size', 'token.$': '$$.Task.Token' },
    });
  });

  it('renders arguments in JSONata', () => {
    const task = StepFunctionsInvokeActivity.jsonata(stack, 'Invoke', {
      activity: makeActivity(stack, 'imported'),
      arguments: { size: '{% $states.input.size %}' },
      outputs: '{% $states.result %}',
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: IMPORTED_ACTIVITY_ARN,
      Arguments: { size: '{% $states.input.size %}' },
      Output: '{% $states.result %}',
    });
  });

  it('renders a JSONata expression as the whole arguments', () => {
    const task = StepFunctionsInvokeActivity.jsonata(stack, 'Invoke', { activity: makeActivity(stack, 'imported'), arguments: '{% $states.input.job %}' });
    expect(render(task)).toMatchObject({ Arguments: '{% $states.input.job %}' });
  });

  it('renders only the field of the query language in force', () => {
    const jsonPath = render(invoke({ arguments: { a: sfn.JsonPath.stringAt('$.a') } }));
    expect(jsonPath).toEqual({ Type: 'Task', End: true, Resource: IMPORTED_ACTIVITY_ARN, Parameters: { 'a.$': '$.a' } });
  });

  it('renders Arguments inside a Parallel of a JSONata state machine (aws/aws-cdk#34352)', () => {
    const task = invoke({ arguments: { a: '{% $states.input.a %}' } });
    const definition = definitionText(inParallel(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition).toContain('\\"Arguments\\":{\\"a\\":\\"{% $states.input.a %}\\"}');
    expect(definition).not.toContain('Parameters');
  });

  it('exposes activity metrics with the activity ARN as dimension', () => {
    const task = invoke();
    expect(task.metricFailed().metricName).toBe('ActivitiesFailed');
    expect(task.metricRunTime().metricName).toBe('ActivityRunTime');
    expect(task.metricFailed().dimensions).toEqual({ ActivityArn: IMPORTED_ACTIVITY_ARN });
  });

  describe('permissions', () => {
    it('needs no statement for an activity without a customer managed key', () => {
      expect(statements(invoke({}, 'owned'))).toEqual([]);
    });

    it('needs no statement for an activity encrypted with an AWS owned key', () => {
      expect(statements(invoke({}, 'awsOwnedKey'))).toEqual([]);
    });

    it("grants the activity's customer managed key in the activity's encryption context", () => {
      expect(statements(invoke({}, 'encrypted'))).toEqual([
        {
          Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
          Condition: { StringEquals: { 'kms:EncryptionContext:aws:states:activityArn': { Ref: 'Activity04690B0A' } } },
        },
      ]);
    });
  });
});
