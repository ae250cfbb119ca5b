import { App, Stack } from 'aws-cdk-lib/core';
import * as ddb from 'aws-cdk-lib/aws-dynamodb';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as reference from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { TaskErrors } from '@cdk-stepfunctions/tasks-core';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  DynamoAttributeValue as A,
  DynamoDeleteItem,
  DynamoGetItem,
  DynamoProjectionExpression,
  DynamoPutItem,
  DynamoReturnValues,
  DynamoUpdateItem,
} from '../src';
import { makeTable } from './fixtures';

type AnyProps = { [key: string]: unknown };
type Build = (scope: Construct, id: string, props: AnyProps) => sfn.State;

/** Each task with the props it needs besides `table`. */
const TASKS: Array<[string, Build, AnyProps]> = [
  ['DynamoGetItem', (s, id, p) => new DynamoGetItem(s, id, p as never), { key: { pk: A.fromString('a') } }],
  ['DynamoPutItem', (s, id, p) => new DynamoPutItem(s, id, p as never), { item: { pk: A.fromString('a') } }],
  ['DynamoUpdateItem', (s, id, p) => new DynamoUpdateItem(s, id, p as never), { key: { pk: A.fromString('a') } }],
  ['DynamoDeleteItem', (s, id, p) => new DynamoDeleteItem(s, id, p as never), { key: { pk: A.fromString('a') } }],
];
const WRITES = TASKS.slice(1);
const KEYED = TASKS.filter(([name]) => name !== 'DynamoPutItem');

/**
 * Builds and renders a task in a fresh stack, then runs its construct validations as synthesis does (validation may
 * happen at any of the three steps).
 */
function build(task: Build, props: AnyProps, table?: (scope: Construct) => ddb.ITableRef): unknown {
  const stack = new Stack(new App(), 'Stack');
  const state = task(stack, 'Task', { table: table ? table(stack) : makeTable(stack, 'importedName'), ...props });
  const rendered = stack.resolve(state.toStateJson());
  const errors = state.node.validate();
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return rendered;
}

const each = (tasks: Array<[string, Build, AnyProps]>, cases: Array<[string, AnyProps, RegExp]>) =>
  tasks.flatMap(([name, task, base]) => cases.map(([what, props, message]) => [name, what, task, { ...base, ...props }, message] as const));

describe('DynamoDB task validation', () => {
  it.each(each(TASKS, [
    ['RUN_JOB', { integrationPattern: sfn.IntegrationPattern.RUN_JOB }, /`integrationPattern` must be one of REQUEST_RESPONSE, got RUN_JOB/],
    ['WAIT_FOR_TASK_TOKEN', { integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN }, /`integrationPattern` must be one of REQUEST_RESPONSE, got WAIT_FOR_TASK_TOKEN/],
    ['expression attribute names without #', { expressionAttributeNames: { OTHER_KEY: '#OK' } },
      /`expressionAttributeNames` keys must be # followed by letters, digits or _ \(such as '#name'\), got 'OTHER_KEY'/],
    ['an expression attribute name with a space', { expressionAttributeNames: { '#a b': 'x' } }, /`expressionAttributeNames` keys must be #/],
    ['empty expression attribute names', { expressionAttributeNames: {} },
      /`expressionAttributeNames` must have at least one entry or be undefined \(DynamoDB rejects an empty map\), got \{\}/],
    ['an empty attribute name', { expressionAttributeNames: { '#a': '' } },
      /`expressionAttributeNames` '#a' must be an attribute name of 1 to 65535 characters, got ''/],
  ]))('%s fails on %s (aws-cdk-lib renders it; the integration pattern is ignored, the request rejected by DynamoDB)', (_t, _w, task, props, message) => {
    expect(() => build(task, props)).toThrow(message);
  });

  it.each(each(WRITES, [
    ['expression attribute values without :', { expressionAttributeValues: { val: A.fromString('x') } },
      /`expressionAttributeValues` keys must be : followed by letters, digits or _ \(such as ':value'\), got 'val'/],
    ['empty expression attribute values', { expressionAttributeValues: {} },
      /`expressionAttributeValues` must have at least one entry or be undefined \(DynamoDB rejects an empty map\), got \{\}/],
    ['a blank condition expression', { conditionExpression: '  ' }, /`conditionExpression` must be a non-blank expression of at most 4096 characters, got 2 characters/],
    ['a condition expression over 4 KB', { conditionExpression: 'a'.repeat(4097) }, /`conditionExpression` must be .* got 4097 characters/],
    ['an expression attribute value that is not a DynamoAttributeValue', { expressionAttributeValues: { ':v': 'x' } },
      /`expressionAttributeValues` ':v' must be a DynamoAttributeValue/],
  ]))('%s fails on %s', (_t, _w, task, props, message) => {
    expect(() => build(task, props)).toThrow(message);
  });

  it.each(each(KEYED, [
    ['an empty key', { key: {} }, /`key` must have 1 or 2 attributes \(the partition key, and the sort key if the table has one\), got 0/],
    ['a key of three attributes', { key: { a: A.fromString('a'), b: A.fromString('b'), c: A.fromString('c') } }, /`key` must have 1 or 2 attributes.*got 3/],
    ['a boolean key', { key: { pk: A.fromBoolean(true) } },
      /`key` 'pk' must be a String, Number or Binary \(fromString\(\), fromNumber\(\), numberFromString\(\) or fromBinary\(\)\), the only types of key attributes, got 'BOOL'/],
    ['a map key', { key: { pk: A.mapFromJsonPath('$.m') } }, /`key` 'pk' must be a String, Number or Binary.*got 'M'/],
    ['an empty string key', { key: { pk: A.fromString('') } }, /`key` 'pk' must not be empty \(key attributes of type String and Binary take at least one character\)/],
    ['an empty binary key', { key: { pk: A.fromBinary('') } }, /`key` 'pk' must not be empty/],
    ['a plain object key', { key: { pk: { S: 'a' } } }, /`key` 'pk' must be a DynamoAttributeValue/],
  ]))('%s fails on %s', (_t, _w, task, props, message) => {
    expect(() => build(task, props)).toThrow(message);
  });

  describe('table', () => {
    it.each(TASKS)('%s fails on a table name DynamoDB rejects', (_name, task, props) => {
      expect(() => build(task, props, (s) => ddb.Table.fromTableName(s, 'T', 'ab')))
        .toThrow(/`table` must be a table named with 3 to 255 of a-z, A-Z, 0-9, _, - and \., got 'ab'/);
      expect(() => build(task, props, (s) => ddb.Table.fromTableName(s, 'T', 'my table')))
        .toThrow(/`table` must be a table named with 3 to 255/);
    });

    it('fails on a table in another region whose ARN names no valid table', () => {
      expect(() => build(TASKS[0][1], TASKS[0][2], (s) => ddb.Table.fromTableArn(s, 'T', 'arn:aws:dynamodb:eu-west-1:123456789012:table/a')))
        .toThrow(/`table` must be a DynamoDB table ARN \(arn:<partition>:dynamodb:<region>:<account>:table\/<name>\)/);
    });
  });

  describe('DynamoGetItem', () => {
    const [, get, base] = TASKS[0];
    it('fails on an empty projection', () => {
      expect(() => build(get, { ...base, projectionExpression: [] })).toThrow(/`projectionExpression` must have at least one path, got \[\]/);
    });

    it('fails on a projection path without an attribute', () => {
      expect(() => build(get, { ...base, projectionExpression: [new DynamoProjectionExpression()] }))
        .toThrow(/`projectionExpression\[0\]` must name an attribute \(withAttribute\(\)\), got an empty expression/);
    });
  });

  describe('DynamoPutItem', () => {
    const [, put, base] = TASKS[1];
    it('fails on an empty item', () => {
      expect(() => build(put, { item: {} })).toThrow(/`item` must have at least one attribute \(its primary key\), got none/);
    });

    it('fails on an empty attribute name', () => {
      expect(() => build(put, { item: { pk: A.fromString('a'), '': A.fromString('b') } }))
        .toThrow(/the attribute names of `item` must be from 1 to 65535 characters long, got ''/);
    });

    it.each([DynamoReturnValues.ALL_NEW, DynamoReturnValues.UPDATED_OLD, DynamoReturnValues.UPDATED_NEW])('fails on return values %s', (returnValues) => {
      expect(() => build(put, { ...base, returnValues }))
        .toThrow(new RegExp(`\`returnValues\` must be one of NONE, ALL_OLD for PutItem \\(DynamoDB takes no other\\), got '${returnValues}'`));
    });
  });

  describe('DynamoUpdateItem', () => {
    const [, update, base] = TASKS[2];
    it('fails on a blank update expression', () => {
      expect(() => build(update, { ...base, updateExpression: '' })).toThrow(/`updateExpression` must be a non-blank expression/);
    });
  });

  describe('DynamoDeleteItem', () => {
    const [, remove, base] = TASKS[3];
    it.each([DynamoReturnValues.ALL_NEW, DynamoReturnValues.UPDATED_NEW])('fails on return values %s', (returnValues) => {
      expect(() => build(remove, { ...base, returnValues })).toThrow(/`returnValues` must be one of NONE, ALL_OLD for DeleteItem/);
    });
  });

  it('reports expression attribute names and return values DynamoDB rejects when the app synthesizes, not at construction', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const task = new DynamoDeleteItem(stack, 'Task', {
      table: makeTable(stack, 'importedName'),
      key: { pk: A.fromString('a') },
      expressionAttributeNames: { OTHER_KEY: '#OK' },
    });
    expect(stack.resolve(task.toStateJson())).toHaveProperty('Parameters.ExpressionAttributeNames', { OTHER_KEY: '#OK' });
    new sfn.StateMachine(stack, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(task) });
    expect(() => app.synth()).toThrow(/DynamoDeleteItem at 'Stack\/Task': `expressionAttributeNames` keys must be #/);
  });

  it('rejects the inputs of aws-cdk-lib\'s own tests that DynamoDB would reject, which aws-cdk-lib renders', () => {
    const props = {
      key: { SOME_KEY: A.fromString('1234') },
      conditionExpression: 'ForumName <> :f and Subject <> :s',
      expressionAttributeNames: { OTHER_KEY: '#OK' },
      returnValues: DynamoReturnValues.ALL_NEW,
    };
    const stack = new Stack(new App(), 'Stack');
    const table = makeTable(stack, 'importedName');
    expect(() => new reference.DynamoDeleteItem(stack, 'Reference', { table, ...props } as reference.DynamoDeleteItemProps)).not.toThrow();
    expect(new DynamoDeleteItem(stack, 'Ours', { table, ...props }).node.validate().join()).toMatch(/`expressionAttributeNames` keys must be #/);
    expect(new DynamoDeleteItem(stack, 'Ours2', { table, ...props, expressionAttributeNames: { '#ok': 'OTHER_KEY' } }).node.validate().join())
      .toMatch(/`returnValues` must be one of NONE, ALL_OLD for DeleteItem/);
  });

  it('throws errors recognised by TaskErrors.isValidationError, naming the class and path', () => {
    let error: unknown;
    try {
      build(TASKS[0][1], { key: {} });
    } catch (e) {
      error = e;
    }
    expect(TaskErrors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^DynamoGetItem at 'Stack\/Task': /);
  });

  it('accepts dynamic values without checking them', () => {
    for (const [, task, base] of TASKS) {
      expect(() => build(task, {
        ...base,
        expressionAttributeNames: { '#n': sfn.JsonPath.stringAt('$.name') },
      }, (s) => ddb.Table.fromTableName(s, 'T', sfn.JsonPath.stringAt('$.table')))).not.toThrow();
    }
    for (const [, task, base] of WRITES) {
      expect(() => build(task, { ...base, conditionExpression: sfn.JsonPath.stringAt('$.condition') })).not.toThrow();
    }
    expect(() => build(TASKS[2][1], { ...TASKS[2][2], updateExpression: sfn.JsonPath.stringAt('$.update') })).not.toThrow();
  });
});
