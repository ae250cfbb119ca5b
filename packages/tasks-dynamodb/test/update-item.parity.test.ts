import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { sharedCases } from './parity-cases';
import { type Case, type Lib, checkParity, inputOf } from './parity-helpers';

const key = (lib: Lib) => ({ MessageId: lib.DynamoAttributeValue.fromString('message-007') });

const cases: Case[] = [
  ...sharedCases({
    action: 'dynamodb:UpdateItem',
    writes: true,
    base: (lib) => ({ key: key(lib) }),
    jsonataBase: (lib) => ({ key: { MessageId: lib.DynamoAttributeValue.fromString('{% $states.input.id %}') } }),
    jsonPathBase: (lib) => ({ key: { MessageId: lib.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) } }),
  }),
  { name: 'update expression', props: (_s, lib) => ({ key: key(lib), updateExpression: 'REMOVE Obsolete' }) },
  { name: 'update expression from a JSON path', props: (_s, lib) => ({ key: key(lib), updateExpression: sfn.JsonPath.stringAt('$.update') }) },
  { name: 'update expression, JSONata', factory: 'jsonata', props: (_s, lib) => ({
    key: key(lib), updateExpression: 'SET #c = #c + :n', expressionAttributeNames: { '#c': 'count' },
    expressionAttributeValues: { ':n': lib.DynamoAttributeValue.numberFromString('{% $string($states.input.n) %}') },
  }) },
  ...(['UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'] as const).map((v): Case => ({
    name: `return values ${v}`, props: (_s, lib) => ({ key: key(lib), updateExpression: 'SET a = :a',
      expressionAttributeValues: { ':a': lib.DynamoAttributeValue.fromString('x') }, returnValues: lib.DynamoReturnValues[v] }),
  })),
  { name: 'composite key', props: (_s, lib) => ({
    key: { pk: lib.DynamoAttributeValue.fromString('a'), sk: lib.DynamoAttributeValue.fromNumber(1) }, updateExpression: 'REMOVE x',
  }) },
  { name: 'every option at once', table: 'ownedNamed', props: (_s, lib) => ({
    key: { SOME_KEY: lib.DynamoAttributeValue.fromString('1234') },
    conditionExpression: 'ForumName <> :f',
    expressionAttributeNames: { '#t': 'TotalCount' },
    expressionAttributeValues: {
      ':val': lib.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
      ':f': lib.DynamoAttributeValue.fromString('f'),
    },
    returnConsumedCapacity: lib.DynamoConsumedCapacity.TOTAL,
    returnItemCollectionMetrics: lib.DynamoItemCollectionMetrics.SIZE,
    returnValues: lib.DynamoReturnValues.ALL_NEW,
    updateExpression: 'SET #t = #t + :val',
  }) },
  { name: 'README: UpdateItem', props: (_s, lib) => ({
    key: { MessageId: lib.DynamoAttributeValue.fromString('message-007') },
    expressionAttributeValues: {
      ':val': lib.DynamoAttributeValue.numberFromString(sfn.JsonPath.stringAt('$.Item.TotalCount.N')),
      ':rand': lib.DynamoAttributeValue.fromNumber(20),
    },
    updateExpression: 'SET TotalCount = :val + :rand',
  }) },
  { name: 'a number from the state input to add (aws/aws-cdk#12456)', props: (_s, lib) => ({
    key: key(lib), updateExpression: 'ADD TotalCount :n',
    expressionAttributeValues: { ':n': lib.DynamoAttributeValue.fromNumber(sfn.JsonPath.numberAt('$.increment')) },
  }), differs: (ours, ref) => {
    expect(inputOf(ours).ExpressionAttributeValues).toEqual({ ':n': { 'N.$': 'States.JsonToString($.increment)' } });
    expect(inputOf(ref).ExpressionAttributeValues).toEqual({ ':n': { 'N.$': '$.increment' } });
  } },
];

describe('DynamoUpdateItem parity with aws-cdk-lib', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkParity('DynamoUpdateItem', c);
  });

  it('covers at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});
