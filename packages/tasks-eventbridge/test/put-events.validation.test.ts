import { App, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import { describe, expect, it } from 'vitest';
import { EventBridgePutEvents, type EventBridgePutEventsEntry, type EventBridgePutEventsProps } from '../src';

const entry = (extra: Partial<EventBridgePutEventsEntry> = {}): EventBridgePutEventsEntry => ({
  detail: sfn.TaskInput.fromObject({ Message: 'Hello' }),
  detailType: 'OrderPlaced',
  source: 'com.example.orders',
  ...extra,
});

function put(props: Partial<EventBridgePutEventsProps>): EventBridgePutEvents {
  return new EventBridgePutEvents(new Stack(new App(), 'Stack'), 'Put', { entries: [entry()], ...props });
}

function putReference(props: Partial<EventBridgePutEventsProps>): unknown {
  return new reference.EventBridgePutEvents(new Stack(new App(), 'Reference'), 'Put', { entries: [entry()], ...props });
}

const CALLBACK = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

describe('EventBridgePutEvents validation', () => {
  describe('where the reference throws, we throw', () => {
    it.each([
      ['no entries', { entries: [] }, /EventBridgePutEvents at 'Stack\/Put': `entries` must contain 1 to 10 entries, got 0/],
      ['a source starting with aws.', { entries: [entry({ source: 'aws.ec2' })] },
        /`entries\[0\]\.source` must not start with 'aws\.', which is reserved for AWS services, got 'aws\.ec2'/],
      ['a second entry with an aws. source', { entries: [entry(), entry({ source: 'aws.' })] }, /`entries\[1\]\.source` must not start with 'aws\.'/],
      ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB },
        /`integrationPattern` must be one of REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN, got RUN_JOB/],
      ['WAIT_FOR_TASK_TOKEN without the token', { integrationPattern: CALLBACK },
        /`entries\[\]\.detail` must contain the task token when `integrationPattern` is WAIT_FOR_TASK_TOKEN/],
      ['WAIT_FOR_TASK_TOKEN with a JSONata detail lacking the token', {
        integrationPattern: CALLBACK, queryLanguage: sfn.QueryLanguage.JSONATA,
        entries: [entry({ detail: sfn.TaskInput.fromObject({ a: '{% $states.input %}' }) })],
      }, /`entries\[\]\.detail` must contain the task token/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => putReference(props as Partial<EventBridgePutEventsProps>)).toThrow();
      expect(() => put(props as Partial<EventBridgePutEventsProps>)).toThrow(message);
    });
  });

  describe('what we check beyond the reference', () => {
    it.each([
      ['11 entries', { entries: Array.from({ length: 11 }, () => entry()) }, /`entries` must contain 1 to 10 entries, got 11/],
      ['an empty detailType', { entries: [entry({ detailType: '' })] }, /`entries\[0\]\.detailType` must be from 1 to 128 characters long, got 0/],
      ['a detailType over 128 characters', { entries: [entry({ detailType: 'x'.repeat(129) })] },
        /`entries\[0\]\.detailType` must be from 1 to 128 characters long, got 129/],
      ['an empty source', { entries: [entry({ source: '' })] }, /`entries\[0\]\.source` must be from 1 to 256 characters long, got 0/],
      ['a source over 256 characters', { entries: [entry(), entry({ source: 's'.repeat(257) })] },
        /`entries\[1\]\.source` must be from 1 to 256 characters long, got 257/],
      ['a text detail that is not JSON', { entries: [entry({ detail: sfn.TaskInput.fromText('hello') })] },
        /`entries\[0\]\.detail` must be a JSON object, got text 'hello'/],
      ['a text detail that is a JSON array', { entries: [entry({ detail: sfn.TaskInput.fromText('[1,2]') })] },
        /`entries\[0\]\.detail` must be a JSON object, got text '\[1,2\]'/],
    ] as const)('fails on %s', (_name, props, message) => {
      expect(() => put(props as Partial<EventBridgePutEventsProps>)).toThrow(message);
    });

    it('accepts 10 entries, the limits and dynamic values', () => {
      expect(() => put({ entries: Array.from({ length: 10 }, () => entry()) })).not.toThrow();
      expect(() => put({ entries: [entry({ detailType: 'x'.repeat(128), source: 's'.repeat(256) })] })).not.toThrow();
      expect(() => put({ entries: [entry({
        detailType: sfn.JsonPath.stringAt('$.type'),
        source: sfn.JsonPath.stringAt('$.source'),
        detail: sfn.TaskInput.fromText(sfn.JsonPath.format('{"id":"{}"}', sfn.JsonPath.stringAt('$.id'))),
      })] })).not.toThrow();
      expect(() => put({ queryLanguage: sfn.QueryLanguage.JSONATA, entries: [entry({
        detailType: '{% $states.input.type %}', source: '{% $states.input.source %}', detail: sfn.TaskInput.fromText('{% $states.input %}'),
      })] })).not.toThrow();
    });
  });

  it('throws a validation error recognised by TaskErrors.isValidationError', () => {
    let error: unknown;
    try {
      put({ entries: [] });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
  });
});
