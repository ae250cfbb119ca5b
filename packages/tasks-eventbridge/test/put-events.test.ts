import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionText, inMap, normalize, render, statements as grantedBy } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventBridgePutEvents, type EventBridgePutEventsEntry } from '../src';
import { IMPORTED_BUS_ARN, OTHER_ACCOUNT_BUS_ARN, makeBus } from './fixtures';

const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::events:putEvents']] };
const DEFAULT_BUS = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':events:us-east-1:123456789012:event-bus/default']] };

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
});

const entry = (extra: Partial<EventBridgePutEventsEntry> = {}): EventBridgePutEventsEntry => ({
  detail: sfn.TaskInput.fromObject({ Message: 'Hello', id: sfn.JsonPath.stringAt('$.id') }),
  detailType: 'OrderPlaced',
  source: 'com.example.orders',
  ...extra,
});

/** The statements granted once the task is in a state machine `Parent`, with ARNs normalized. */
function statements(task: sfn.IChainable): unknown {
  return normalize(grantedBy(task, 'Parent'));
}

describe('EventBridgePutEvents', () => {
  it('renders the JSONPath state for the default bus', () => {
    const task = new EventBridgePutEvents(stack, 'Put', { entries: [entry()] });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: {
        Entries: [{ Detail: { Message: 'Hello', 'id.$': '$.id' }, DetailType: 'OrderPlaced', Source: 'com.example.orders' }],
      },
    });
  });

  it('renders the JSONata state with the bus ARN as EventBusName', () => {
    const task = EventBridgePutEvents.jsonata(stack, 'Put', {
      entries: [entry({ detail: sfn.TaskInput.fromText('{% $states.input.detail %}'), eventBus: makeBus(stack, 'imported') })],
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: RESOURCE,
      Arguments: {
        Entries: [{ Detail: '{% $states.input.detail %}', DetailType: 'OrderPlaced', EventBusName: IMPORTED_BUS_ARN, Source: 'com.example.orders' }],
      },
    });
  });

  it('renders the callback pattern', () => {
    const task = new EventBridgePutEvents(stack, 'Put', {
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      entries: [entry({ detail: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken }) })],
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::events:putEvents.waitForTaskToken']] },
      Parameters: { Entries: [{ Detail: { 'token.$': '$$.Task.Token' }, DetailType: 'OrderPlaced', Source: 'com.example.orders' }] },
    });
  });

  it('renders a JSON path detail and text detail', () => {
    const task = new EventBridgePutEvents(stack, 'Put', {
      entries: [entry({ detail: sfn.TaskInput.fromJsonPathAt('$.detail') }), entry({ detail: sfn.TaskInput.fromText('{"a":1}') })],
    });
    expect(render(task)).toMatchObject({
      Parameters: { Entries: [{ 'Detail.$': '$.detail' }, { Detail: '{"a":1}' }] },
    });
  });

  it('renders Arguments inside a Map of a JSONata state machine (aws/aws-cdk#34352)', () => {
    const task = new EventBridgePutEvents(stack, 'Put', { entries: [entry({ detail: sfn.TaskInput.fromObject({ a: 1 }) })] });
    const definition = definitionText(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition).toContain('\\"Arguments\\":{\\"Entries\\"');
    expect(definition).not.toContain('Parameters');
  });

  it('exposes no metrics', () => {
    expect(() => new EventBridgePutEvents(stack, 'Put', { entries: [entry()] }).metricFailed()).toThrow();
  });

  describe('permissions', () => {
    it('grants PutEvents on the default bus when no bus is given', () => {
      expect(statements(new EventBridgePutEvents(stack, 'Put', { entries: [entry()] }))).toEqual([
        { Action: 'events:PutEvents', Effect: 'Allow', Resource: DEFAULT_BUS },
      ]);
    });

    it('grants PutEvents on each bus once', () => {
      const owned = makeBus(stack, 'owned');
      const task = new EventBridgePutEvents(stack, 'Put', {
        entries: [entry({ eventBus: owned }), entry({ eventBus: owned }), entry(), entry({ eventBus: makeBus(stack, 'otherAccount', 'Other') })],
      });
      expect(statements(task)).toEqual([
        {
          Action: 'events:PutEvents',
          Effect: 'Allow',
          Resource: [{ 'Fn::GetAtt': ['BusEA82B648', 'Arn'] }, DEFAULT_BUS, OTHER_ACCOUNT_BUS_ARN],
        },
      ]);
    });
  });
});
