import { App, Duration, Stack } from 'aws-cdk-lib/core';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { definitionText, inMap, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { SqsSendMessage, type SqsSendMessageProps } from '../src';
import { IMPORTED_KEY_ARN, type QueueKind, makeQueue } from './fixtures';

const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sqs:sendMessage']] };
const CALLBACK_RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sqs:sendMessage.waitForTaskToken']] };
const IMPORTED_URL = {
  'Fn::Join': ['', ['https://sqs.us-east-1.', { Ref: 'AWS::URLSuffix' }, '/123456789012/imported']],
};
const IMPORTED_QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:imported';
const KMS_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey*'];

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function send(props: Partial<SqsSendMessageProps>, kind: QueueKind = 'imported'): SqsSendMessage {
  return new SqsSendMessage(stack, 'Send', { queue: makeQueue(stack, kind), messageBody: sfn.TaskInput.fromText('hi'), ...props });
}

describe('SqsSendMessage', () => {
  it('renders the JSONPath state', () => {
    expect(render(send({ messageBody: sfn.TaskInput.fromJsonPathAt('$.message') }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: { QueueUrl: IMPORTED_URL, 'MessageBody.$': '$.message' },
    });
  });

  it('renders the JSONata state', () => {
    const task = SqsSendMessage.jsonata(stack, 'Send', {
      queue: makeQueue(stack, 'imported'),
      messageBody: sfn.TaskInput.fromText('{% $states.input.message %}'),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: RESOURCE,
      Arguments: { QueueUrl: IMPORTED_URL, MessageBody: '{% $states.input.message %}' },
    });
  });

  it('renders the JSONPath state from the jsonPath() factory', () => {
    const task = SqsSendMessage.jsonPath(stack, 'Send', { queue: makeQueue(stack, 'imported'), messageBody: sfn.TaskInput.fromText('hi') });
    expect(render(task)).toEqual({ Type: 'Task', End: true, Resource: RESOURCE, Parameters: { QueueUrl: IMPORTED_URL, MessageBody: 'hi' } });
  });

  it('renders every optional field and the callback resource', () => {
    const task = send({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: sfn.JsonPath.taskToken, id: sfn.JsonPath.stringAt('$.id') }),
      delay: Duration.minutes(15),
      messageGroupId: 'tenant-1',
      messageDeduplicationId: sfn.JsonPath.stringAt('$$.Execution.Name'),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: CALLBACK_RESOURCE,
      Parameters: {
        QueueUrl: IMPORTED_URL,
        MessageBody: { 'token.$': '$$.Task.Token', 'id.$': '$.id' },
        DelaySeconds: 900,
        MessageGroupId: 'tenant-1',
        'MessageDeduplicationId.$': '$$.Execution.Name',
      },
    });
  });

  it('renders the callback resource in JSONata', () => {
    const task = SqsSendMessage.jsonata(stack, 'Send', {
      queue: makeQueue(stack, 'imported'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      messageBody: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
      delay: Duration.seconds(0),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: CALLBACK_RESOURCE,
      Arguments: { QueueUrl: IMPORTED_URL, MessageBody: { token: '{% $states.context.Task.Token %}' }, DelaySeconds: 0 },
    });
  });

  it('renders a FIFO queue with its ids', () => {
    const task = send({ messageGroupId: 'g', messageDeduplicationId: 'd' }, 'fifo');
    expect(render(task).Parameters).toEqual({ QueueUrl: { Ref: 'Queue4A7E3555' }, MessageBody: 'hi', MessageGroupId: 'g', MessageDeduplicationId: 'd' });
  });

  describe('IAM', () => {
    it('grants sqs:SendMessage on an unencrypted queue, nothing else', () => {
      expect(statements(send({}))).toEqual([{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: IMPORTED_QUEUE_ARN }]);
    });

    it('grants nothing on KMS for a queue encrypted with an AWS managed or SQS managed key', () => {
      for (const kind of ['kmsManaged', 'sqsManaged'] as const) {
        stack = new Stack(new App(), 'Stack');
        expect(statements(send({}, kind))).toEqual([
          { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] } },
        ]);
      }
    });

    it('grants kms:Decrypt and kms:GenerateDataKey* on the customer managed key of an encrypted queue', () => {
      expect(statements(send({}, 'encryptedOwnKey'))).toEqual([
        { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] } },
        { Action: KMS_ACTIONS, Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      ]);
    });

    it('grants the KMS actions on the key the queue created for itself', () => {
      const granted = statements(send({}, 'encrypted')) as Array<{ Action: unknown; Resource: unknown }>;
      expect(granted[1]).toEqual({ Action: KMS_ACTIONS, Effect: 'Allow', Resource: { 'Fn::GetAtt': ['QueueKey39FCBAE6', 'Arn'] } });
    });

    it('grants the KMS actions on the key of an imported encrypted queue', () => {
      expect(statements(send({}, 'importedEncrypted'))).toEqual([
        { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: IMPORTED_QUEUE_ARN },
        { Action: KMS_ACTIONS, Effect: 'Allow', Resource: IMPORTED_KEY_ARN },
      ]);
    });
  });

  it('follows a JSONata state machine when nested in a Map', () => {
    const task = send({ messageBody: sfn.TaskInput.fromText('{% $states.input.m %}') });
    const definition = definitionText(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition).toContain('\\"Arguments\\":{\\"QueueUrl\\"');
  });
});
