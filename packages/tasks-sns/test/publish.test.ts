import { App, type CfnElement, Stack } from 'aws-cdk-lib/core';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { definitionText, inMap, render, statements } from '@cdk-stepfunctions/tools/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { MessageAttributeDataType, SnsPublish, type SnsPublishProps } from '../src';
import { IMPORTED_ARN, IMPORTED_KEY_ARN, type TopicKind, makeTopic } from './fixtures';

const RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sns:publish']] };
const CALLBACK_RESOURCE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::sns:publish.waitForTaskToken']] };
const T = MessageAttributeDataType;

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack');
});

function publish(props: Partial<SnsPublishProps>, kind: TopicKind = 'imported'): SnsPublish {
  return new SnsPublish(stack, 'Publish', { topic: makeTopic(stack, kind), message: sfn.TaskInput.fromText('hi'), ...props });
}

describe('SnsPublish', () => {
  it('renders the JSONPath state', () => {
    expect(render(publish({ message: sfn.TaskInput.fromJsonPathAt('$.message') }))).toEqual({
      Type: 'Task',
      End: true,
      Resource: RESOURCE,
      Parameters: { TopicArn: IMPORTED_ARN, 'Message.$': '$.message' },
    });
  });

  it('renders the JSONata state', () => {
    const task = SnsPublish.jsonata(stack, 'Publish', {
      topic: makeTopic(stack, 'imported'),
      message: sfn.TaskInput.fromText('{% $states.input.message %}'),
    });
    expect(render(task)).toEqual({
      Type: 'Task',
      QueryLanguage: 'JSONata',
      End: true,
      Resource: RESOURCE,
      Arguments: { TopicArn: IMPORTED_ARN, Message: '{% $states.input.message %}' },
    });
  });

  it('renders the JSONPath state from the jsonPath() factory', () => {
    const task = SnsPublish.jsonPath(stack, 'Publish', { topic: makeTopic(stack, 'imported'), message: sfn.TaskInput.fromText('hi') });
    expect(render(task)).toEqual({ Type: 'Task', End: true, Resource: RESOURCE, Parameters: { TopicArn: IMPORTED_ARN, Message: 'hi' } });
  });

  it('renders every optional field and the callback resource', () => {
    const task = publish({
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromObject({ default: 'hi', token: sfn.JsonPath.taskToken }),
      messagePerSubscriptionType: true,
      subject: 'Subject',
      messageGroupId: 'group',
      messageDeduplicationId: sfn.JsonPath.stringAt('$$.Execution.Name'),
      messageAttributes: { n: { value: 1 }, p: { value: sfn.JsonPath.stringAt('$.p') } },
    }, 'importedFifo');
    expect(render(task)).toEqual({
      Type: 'Task',
      End: true,
      Resource: CALLBACK_RESOURCE,
      Parameters: {
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:imported.fifo',
        Message: { default: 'hi', 'token.$': '$$.Task.Token' },
        MessageStructure: 'json',
        Subject: 'Subject',
        MessageGroupId: 'group',
        'MessageDeduplicationId.$': '$$.Execution.Name',
        MessageAttributes: {
          n: { DataType: 'Number', StringValue: '1' },
          p: { DataType: 'String', 'StringValue.$': '$.p' },
        },
      },
    });
  });

  it('renders the callback resource in JSONata', () => {
    const task = SnsPublish.jsonata(stack, 'Publish', {
      topic: makeTopic(stack, 'imported'),
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      message: sfn.TaskInput.fromObject({ token: '{% $states.context.Task.Token %}' }),
    });
    expect(render(task)).toMatchObject({
      Resource: CALLBACK_RESOURCE,
      Arguments: { TopicArn: IMPORTED_ARN, Message: { token: '{% $states.context.Task.Token %}' } },
    });
  });

  it('renders static attributes of every type with their inferred data types', () => {
    const task = publish({
      messageAttributes: {
        s: { value: 'x' },
        n: { value: 2.5 },
        b: { value: true },
        l: { value: ['a', 1, true, null] },
        // A Python None (Java null) element reaches us as undefined: null, as aws-cdk-lib sends it.
        u: { value: ['a', undefined] },
        bin: { value: 'aGk=', dataType: T.BINARY },
        path: { value: sfn.TaskInput.fromJsonPathAt('$.bin'), dataType: T.BINARY },
      },
    });
    expect(render(task).Parameters.MessageAttributes).toEqual({
      s: { DataType: 'String', StringValue: 'x' },
      n: { DataType: 'Number', StringValue: '2.5' },
      b: { DataType: 'String', StringValue: 'true' },
      l: { DataType: 'String.Array', StringValue: '["a",1,true,null]' },
      u: { DataType: 'String.Array', StringValue: '["a",null]' },
      bin: { DataType: 'Binary', BinaryValue: 'aGk=' },
      path: { DataType: 'Binary', 'BinaryValue.$': '$.bin' },
    });
  });

  describe('String.Array attributes (the reference always throws on a typed non-empty array)', () => {
    const messageAttributes = {
      handles: { value: ['@a', 2, false, null], dataType: T.STRING_ARRAY },
    };

    it('renders an array typed String.Array as its JSON text', () => {
      expect(render(publish({ messageAttributes })).Parameters.MessageAttributes).toEqual({
        handles: { DataType: 'String.Array', StringValue: '["@a",2,false,null]' },
      });
    });

    it('renders it in JSONata too', () => {
      const task = publish({ messageAttributes, queryLanguage: sfn.QueryLanguage.JSONATA });
      expect(render(task).Arguments.MessageAttributes).toEqual({
        handles: { DataType: 'String.Array', StringValue: '["@a",2,false,null]' },
      });
    });

    it('is what aws-cdk-lib rejects', () => {
      const task = new reference.SnsPublish(stack, 'Reference', {
        topic: makeTopic(stack, 'imported'),
        message: sfn.TaskInput.fromText('hi'),
        messageAttributes,
      });
      expect(() => render(task)).toThrow(/Array values must be one of/);
    });
  });

  it('keeps an explicit data type for a JSONata attribute (the reference renders String)', () => {
    const task = SnsPublish.jsonata(stack, 'Publish', {
      topic: makeTopic(stack, 'imported'),
      message: sfn.TaskInput.fromText('hi'),
      messageAttributes: {
        n: { value: '{% $states.input.count %}', dataType: T.NUMBER },
        l: { value: '{% $string($states.input.tags) %}', dataType: T.STRING_ARRAY },
      },
    });
    expect(render(task).Arguments.MessageAttributes).toEqual({
      n: { DataType: 'Number', StringValue: '{% $states.input.count %}' },
      l: { DataType: 'String.Array', StringValue: '{% $string($states.input.tags) %}' },
    });
  });

  it('renders a String.Array holding CloudFormation tokens as JSON text with the tokens resolved', () => {
    const other = new sns.Topic(stack, 'Other');
    expect(render(publish({ messageAttributes: { t: { value: [other.topicName] } } })).Parameters.MessageAttributes).toEqual({
      t: { DataType: 'String.Array', StringValue: { 'Fn::Join': ['', ['["', { 'Fn::GetAtt': [stack.getLogicalId(other.node.defaultChild as CfnElement), 'TopicName'] }, '"]']] } },
    });
  });

  it('exposes no service metrics', () => {
    expect(() => publish({}).metricFailed()).toThrow();
  });

  describe('IAM', () => {
    it('grants sns:Publish on an unencrypted topic, nothing else', () => {
      expect(statements(publish({}))).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: IMPORTED_ARN }]);
    });

    it('grants sns:Publish on an owned topic by its Ref', () => {
      expect(statements(publish({}, 'owned'))).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'TopicBFC7AF6E' } }]);
    });

    it('grants kms:Decrypt and kms:GenerateDataKey* on the key of an encrypted topic (aws/aws-cdk#32303)', () => {
      expect(statements(publish({}, 'encrypted'))).toEqual([
        { Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'TopicBFC7AF6E' } },
        { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] } },
      ]);
    });

    it('grants the KMS actions on the key of an imported encrypted topic', () => {
      expect(statements(publish({}, 'importedEncrypted'))).toEqual([
        { Action: 'sns:Publish', Effect: 'Allow', Resource: IMPORTED_ARN },
        { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: IMPORTED_KEY_ARN },
      ]);
    });

    it('grants the KMS actions on the target key of an alias, not on the alias ARN', () => {
      const key = new kms.Key(stack, 'TargetKey');
      const topic = new sns.Topic(stack, 'AliasTopic', { masterKey: new kms.Alias(stack, 'TopicAlias', { aliasName: 'alias/orders', targetKey: key }) });
      const task = new SnsPublish(stack, 'ViaAlias', { topic, message: sfn.TaskInput.fromText('hi') });
      expect(statements(task)).toEqual([
        { Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'AliasTopicE3FF73F3' } },
        { Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['TargetKeyBFBC6095', 'Arn'] } },
      ]);
    });

    it('grants nothing on a key for an alias imported by name (e.g. the AWS managed alias/aws/sns), as aws-cdk-lib', () => {
      const managedTopic = (scope: Stack) =>
        new sns.Topic(scope, 'ManagedTopic', { masterKey: kms.Alias.fromAliasName(scope, 'Managed', 'alias/aws/sns') });
      const ours = new SnsPublish(stack, 'Ours', { topic: managedTopic(stack), message: sfn.TaskInput.fromText('hi') });
      const other = new Stack(new App(), 'Stack');
      const theirs = new reference.SnsPublish(other, 'Theirs', { topic: managedTopic(other), message: sfn.TaskInput.fromText('hi') });
      const expected = [{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'ManagedTopic67D61E97' } }];
      expect(statements(ours)).toEqual(expected);
      expect(statements(theirs)).toEqual(expected);
    });

    it('is what aws-cdk-lib does not grant', () => {
      const task = new reference.SnsPublish(stack, 'Reference', { topic: makeTopic(stack, 'encrypted'), message: sfn.TaskInput.fromText('hi') });
      expect(statements(task)).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: 'TopicBFC7AF6E' } }]);
    });
  });

  it('follows a JSONata state machine when nested in a Map', () => {
    const task = publish({ message: sfn.TaskInput.fromText('{% $states.input.m %}') });
    const definition = definitionText(inMap(stack, task), { queryLanguage: sfn.QueryLanguage.JSONATA });
    expect(definition).toContain('\\"Arguments\\":{\\"TopicArn\\":\\"' + IMPORTED_ARN);
  });
});
